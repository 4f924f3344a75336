#pragma once

#include "ui/query/QueryErrorText.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace cc::ui {

// A refusal or failure shown in place: a title in words, the HTTP status, error code and
// SQLSTATE, the server's message and what to do. Selectable so it can be copied.
class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const QueryErrorText& text);
    // A warning or note without machine facts.
    void showNotice(const QString& title, const QString& detail);
    void clear();
    // All the banner says, as plain text (for tests and copy).
    QString text() const;

private:
    void setTone(bool error);

    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_advice = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace cc::ui
