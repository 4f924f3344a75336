#include "ui/query/SqlEditor.h"

#include "ui/Theme.h"
#include "ui/query/SqlCompletion.h"
#include "ui/query/SqlHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

namespace cc::ui {

SqlEditor::SqlEditor(QWidget* parent)
    : CodeEditor(parent) {
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    setPlaceholderText(tr("SELECT … FROM schema.table AS t WHERE t.col = %(value)s ORDER BY …"));
    m_highlighter = new SqlHighlighter(document());

    m_words = new QStringListModel(this);
    m_completer = new QCompleter(m_words, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &SqlEditor::insertCompletion);
}

void SqlEditor::setScope(const std::vector<ScopeEntry>& scope) {
    m_scope = scope;
}

void SqlEditor::goToPosition(int position) {
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus();
}

bool SqlEditor::complete(bool explicitRequest) {
    const CompletionContext ctx = completionContext(toPlainText(), textCursor().position());
    QStringList words = completionCandidates(ctx, m_scope);
    const bool afterDot = !ctx.qualifier.isEmpty();
    if (words.isEmpty() || (!explicitRequest && !afterDot && ctx.prefix.size() < 2) ||
        (words.size() == 1 && words.front() == ctx.prefix)) {
        m_completer->popup()->hide();
        return false;
    }
    m_words->setStringList(words);
    m_completer->setCompletionPrefix(ctx.prefix);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) +
               m_completer->popup()->verticalScrollBar()->sizeHint().width() + 16);
    r.translate(lineNumberAreaWidth(), 0);
    m_completer->complete(r);
    return true;
}

void SqlEditor::insertCompletion(const QString& completion) {
    const CompletionContext ctx = completionContext(toPlainText(), textCursor().position());
    QTextCursor cursor = textCursor();
    cursor.setPosition(ctx.prefixStart);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    setTextCursor(cursor);
}

bool SqlEditor::event(QEvent* event) {
    // Keys the completion list or the editor itself answers must not trigger window
    // shortcuts (Escape cancels a query only when no list is open).
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool popup = m_completer->popup()->isVisible();
        if (popup && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return ||
                      key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab)) {
            event->accept();
            return true;
        }
    }
    return CodeEditor::event(event);
}

void SqlEditor::keyPressEvent(QKeyEvent* event) {
    const bool popup = m_completer->popup()->isVisible();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (popup) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (!ctrl) {
                event->ignore(); // the completer takes these
                return;
            }
            break;
        default:
            break;
        }
    }
    if (ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_completer->popup()->hide();
        emit runRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape && !popup) {
        emit cancelRequested();
        return;
    }
    if (ctrl && event->key() == Qt::Key_Space) {
        complete(true);
        return;
    }
    if (event->key() == Qt::Key_Tab && !(event->modifiers() & ~Qt::KeypadModifier)) {
        insertPlainText(QStringLiteral("    "));
        return;
    }
    CodeEditor::keyPressEvent(event);
    const QString typed = event->text();
    if (typed.isEmpty() || ctrl) {
        if (event->key() != Qt::Key_Backspace)
            return;
    }
    const QChar last = typed.isEmpty() ? QChar() : typed.back();
    if (!last.isNull() && !last.isLetterOrNumber() && last != QLatin1Char('_') &&
        last != QLatin1Char('.')) {
        m_completer->popup()->hide();
        return;
    }
    if (popup || last == QLatin1Char('.') || !last.isNull())
        complete(false);
}

} // namespace cc::ui
