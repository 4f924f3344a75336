#include "ui/query/SqlHighlighter.h"

#include "ui/Theme.h"

#include <QHashFunctions>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace cc::ui {

namespace {

using Kind = sql::SqlToken::Kind;

const QSet<QString>& keywords() {
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : {"select",    "from",        "where",        "and",
                              "or",        "not",         "in",           "is",
                              "null",      "as",          "on",           "join",
                              "inner",     "left",        "right",        "full",
                              "outer",     "cross",       "natural",      "using",
                              "group",     "by",          "order",        "having",
                              "limit",     "offset",      "fetch",        "first",
                              "next",      "rows",        "only",         "union",
                              "all",       "intersect",   "except",       "distinct",
                              "with",      "recursive",   "case",         "when",
                              "then",      "else",        "end",          "asc",
                              "desc",      "nulls",       "last",         "between",
                              "like",      "ilike",       "similar",      "exists",
                              "any",       "some",        "true",         "false",
                              "cast",      "insert",      "into",         "values",
                              "update",    "set",         "delete",       "returning",
                              "conflict",  "do",          "nothing",      "default",
                              "over",      "partition",   "window",       "filter",
                              "lateral",   "interval",    "date",         "time",
                              "timestamp", "zone",        "at",           "escape",
                              "collate",   "array",       "row",          "for",
                              "share",     "of",          "nowait",       "skip",
                              "locked",    "tablesample", "current_date", "current_timestamp",
                              "now",       "coalesce",    "nullif",       "greatest",
                              "least",     "count",       "sum",          "avg",
                              "min",       "max",         "extract",      "epoch",
                              "boolean",   "integer",     "bigint",       "numeric",
                              "text",      "varchar",     "jsonb",        "json",
                              "uuid",      "ties"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(static_cast<QObject*>(document)) {
    // The QObject constructor leaves the document unset, so this connection comes first and
    // the text is marked dirty before QSyntaxHighlighter reacts to the same change.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_dirty = true; });
    setDocument(document);
}

bool SqlHighlighter::isSqlKeyword(QStringView word) {
    return keywords().contains(word.toString().toLower());
}

void SqlHighlighter::relex() {
    m_text = document()->toPlainText();
    m_dirty = false;
    m_styles.assign(std::size_t(m_text.size()), Style::Comment);
    // Between tokens there is only white space and comments.
    for (qsizetype i = 0; i < m_text.size(); ++i)
        if (m_text.at(i).isSpace())
            m_styles[std::size_t(i)] = Style::Plain;
    const sql::SqlLexResult lexed = sql::lexSql(m_text);
    for (const sql::SqlToken& token : lexed.tokens) {
        Style style = Style::Plain;
        switch (token.kind) {
        case Kind::Word:
            style = isSqlKeyword(token.text(m_text)) ? Style::Keyword : Style::Plain;
            break;
        case Kind::String:
        case Kind::DollarString:
            style = Style::String;
            break;
        case Kind::Number:
            style = Style::Number;
            break;
        case Kind::Placeholder:
        case Kind::PositionalParameter:
            style = Style::Placeholder;
            break;
        case Kind::QuotedIdentifier:
            style = Style::Identifier;
            break;
        case Kind::Punctuation:
        case Kind::Operator:
            style = Style::Plain;
            break;
        }
        const int end = std::min<int>(token.start + token.length, int(m_text.size()));
        for (int i = token.start; i < end; ++i)
            m_styles[std::size_t(i)] = style;
    }
    // An unterminated construct runs to the end of the text.
    if (lexed.unterminated != sql::SqlLexResult::Unterminated::None && lexed.unterminatedAt >= 0) {
        Style style = Style::String;
        if (lexed.unterminated == sql::SqlLexResult::Unterminated::BlockComment)
            style = Style::Comment;
        else if (lexed.unterminated == sql::SqlLexResult::Unterminated::QuotedIdentifier)
            style = Style::Identifier;
        for (qsizetype i = lexed.unterminatedAt; i < m_text.size(); ++i)
            m_styles[std::size_t(i)] = style;
    }
}

QTextCharFormat SqlHighlighter::format(Style style) const {
    const bool dark = theme::isDark();
    QTextCharFormat f;
    switch (style) {
    case Style::Plain:
        break;
    case Style::Keyword:
        f.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1f, 0x4f, 0xbf));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Style::String:
        f.setForeground(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x2e, 0x7d, 0x32));
        break;
    case Style::Number:
        f.setForeground(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb2, 0x4a, 0x00));
        break;
    case Style::Placeholder:
        f.setForeground(dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x8e, 0x24, 0xaa));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Style::Identifier:
        f.setForeground(dark ? QColor(0x89, 0xdd, 0xff) : QColor(0x00, 0x69, 0x7c));
        break;
    case Style::Comment:
        f.setForeground(theme::mutedText());
        f.setFontItalic(true);
        break;
    }
    return f;
}

void SqlHighlighter::highlightBlock(const QString& text) {
    if (m_dirty || m_text.size() != document()->characterCount() - 1)
        relex();
    const int start = currentBlock().position();
    int i = 0;
    while (i < text.size()) {
        const std::size_t at = std::size_t(start + i);
        if (at >= m_styles.size())
            break;
        const Style style = m_styles[at];
        int j = i + 1;
        while (j < text.size() && std::size_t(start + j) < m_styles.size() &&
               m_styles[std::size_t(start + j)] == style)
            ++j;
        if (style != Style::Plain)
            setFormat(i, j - i, format(style));
        i = j;
    }
    // The state is a fingerprint of the next line's styles: when an edit here changes how
    // that line lexes (an opened quote or comment), the state changes and Qt colours it too.
    const qsizetype nextStart = qsizetype(start) + text.size() + 1;
    if (nextStart >= qsizetype(m_styles.size())) {
        setCurrentBlockState(0);
        return;
    }
    qsizetype nextEnd = m_text.indexOf(QLatin1Char('\n'), nextStart);
    if (nextEnd < 0)
        nextEnd = m_text.size();
    const size_t fingerprint =
        qHashBits(m_styles.data() + nextStart, std::size_t(nextEnd - nextStart) * sizeof(Style));
    setCurrentBlockState(int(fingerprint & 0x3fffffff) + 1);
}

SqlHighlighter::Style SqlHighlighter::styleAt(int position) const {
    if (position < 0 || std::size_t(position) >= m_styles.size())
        return Style::Plain;
    return m_styles[std::size_t(position)];
}

} // namespace cc::ui
