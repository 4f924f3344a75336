#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace cc::sql {

// One token of PostgreSQL text. Comments and white space produce no token. Tokens refer to
// the lexed text by position so that lexing a large statement allocates no strings.
struct SqlToken {
    enum class Kind : std::uint8_t {
        Word,             // keyword or unquoted identifier
        QuotedIdentifier, // "..." (also U&"...")
        String,           // '...', E'...', B'...', X'...', N'...', U&'...'
        DollarString,     // $tag$...$tag$
        Number,
        Placeholder,         // pyformat %(name)s
        PositionalParameter, // $1
        Punctuation,         // ( ) [ ] , ; .
        Operator             // anything else, one character (or "%%")
    };

    Kind kind = Kind::Operator;
    int start = 0;  // index into the QString
    int length = 0; // in QChar units

    QStringView text(const QString& sql) const { return QStringView(sql).mid(start, length); }
};

struct SqlLexResult {
    // A construct whose end was not found; it runs to the end of the text and lexing
    // stops there.
    enum class Unterminated : std::uint8_t {
        None,
        String,
        QuotedIdentifier,
        DollarQuote,
        BlockComment
    };

    std::vector<SqlToken> tokens;
    Unterminated unterminated = Unterminated::None;
    int unterminatedAt = -1; // where the unterminated construct starts
};

// Linear in the length of the text; never fails.
SqlLexResult lexSql(const QString& sql);

// The name inside a Placeholder token: `%(since)s` gives `since`.
QStringView placeholderName(const QString& sql, const SqlToken& token);
// A Word token compared case-insensitively with an ASCII keyword.
bool isKeyword(const QString& sql, const SqlToken& token, const char* keyword);
// A Punctuation token that is exactly `c`.
bool isPunctuation(const QString& sql, const SqlToken& token, char c);

} // namespace cc::sql
