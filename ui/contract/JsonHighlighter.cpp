#include "ui/contract/JsonHighlighter.h"

#include "ui/Theme.h"

#include <QRegularExpression>

namespace cc::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
    m_key.setForeground(theme::toneColor(theme::Tone::Accent));
    m_string.setForeground(theme::toneColor(theme::Tone::Success));
    m_number.setForeground(theme::toneColor(theme::Tone::Warning));
    m_literal.setForeground(theme::toneColor(theme::Tone::Danger));
}

void JsonHighlighter::highlightBlock(const QString& text) {
    static const QRegularExpression string(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?)"));
    static const QRegularExpression number(
        QStringLiteral(R"((?<![\w."])-?\d+(\.\d+)?([eE][+-]?\d+)?)"));
    static const QRegularExpression literal(QStringLiteral(R"(\b(true|false|null)\b)"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    for (auto it = literal.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_literal);
    }
    // Strings last: a number or literal inside a string is string text.
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool isKey = !m.captured(1).isEmpty();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), isKey ? m_key : m_string);
    }
}

} // namespace cc::ui
