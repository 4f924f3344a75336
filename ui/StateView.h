#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cc::ui {

// The centred "nothing to show here" page of a view: loading, empty, or an error that says
// what happened with a Retry button.
class StateView : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Loading, Empty, Error, Info };

    explicit StateView(QWidget* parent = nullptr);

    void showLoading(const QString& text);
    void showEmpty(const QString& title, const QString& detail = QString());
    void showError(const QString& title, const QString& detail);
    void showInfo(const QString& iconName, const QString& title, const QString& detail);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString detail() const;
    QPushButton* retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    void present(Kind kind, const QString& iconName, const QString& title, const QString& detail);

    Kind m_kind = Kind::Info;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace cc::ui
