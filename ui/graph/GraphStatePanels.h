#pragma once

#include <QFrame>
#include <QWidget>

class QLabel;

namespace cc::ui {

// Shown over the canvas while a graph is fetched or laid out.
class GraphBusyOverlay : public QFrame {
    Q_OBJECT

public:
    explicit GraphBusyOverlay(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const;

private:
    QLabel* m_text;
};

// Replaces the canvas when the graph could not be fetched or laid out.
class GraphErrorPage : public QWidget {
    Q_OBJECT

public:
    explicit GraphErrorPage(QWidget* parent = nullptr);
    void setMessage(const QString& message);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel* m_message;
};

} // namespace cc::ui
