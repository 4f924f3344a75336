#pragma once

#include "ui/query/QueryDraft.h"

#include "ui/CodeEditor.h"

#include <vector>

class QCompleter;
class QStringListModel;

namespace cc::ui {

class SqlHighlighter;

// The SQL editor of a query console: monospace, line numbers, highlighting over sql::lexSql
// and completion of aliases and columns of the scoped tables (after `alias.` only that
// table's columns). Ctrl+Enter asks to run, Escape to cancel, Ctrl+Space completes.
class SqlEditor : public CodeEditor {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget* parent = nullptr);

    void setScope(const std::vector<ScopeEntry>& scope);
    QCompleter* completer() const { return m_completer; }
    SqlHighlighter* highlighter() const { return m_highlighter; }
    // Opens the completion list for the word at the cursor; false when nothing fits.
    bool complete(bool explicitRequest);
    // Puts the cursor at a character of the text and shows it.
    void goToPosition(int position);

signals:
    void runRequested();
    void cancelRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void insertCompletion(const QString& completion);

    SqlHighlighter* m_highlighter = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_words = nullptr;
    std::vector<ScopeEntry> m_scope;
};

} // namespace cc::ui
