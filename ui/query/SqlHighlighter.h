#pragma once

#include "core/sql/SqlLexer.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <cstdint>
#include <vector>

namespace cc::ui {

// Colours SQL from the tokens of sql::lexSql: keywords, strings (quoted and dollar),
// numbers, %(name)s placeholders, quoted identifiers and comments (the text between
// tokens that is not white space). The whole text is lexed once per change, so a quote
// opened on one line colours the lines after it.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    enum class Style : std::uint8_t {
        Plain,
        Keyword,
        String,
        Number,
        Placeholder,
        Identifier,
        Comment
    };

    explicit SqlHighlighter(QTextDocument* document);

    // The style at a character of the document (after highlighting), for tests.
    Style styleAt(int position) const;
    static bool isSqlKeyword(QStringView word);

protected:
    void highlightBlock(const QString& text) override;

private:
    void relex();
    QTextCharFormat format(Style style) const;

    QString m_text;
    bool m_dirty = true;
    std::vector<Style> m_styles; // per character of m_text
};

} // namespace cc::ui
