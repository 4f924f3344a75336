#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cc::ui {

// Colours JSON text in a QTextDocument: keys, strings, numbers and literals, in the
// theme's tones. Line-based, so it also colours text that is not (yet) valid JSON.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace cc::ui
