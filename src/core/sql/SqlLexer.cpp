#include "core/sql/SqlLexer.h"

#include <cstring>

namespace cc::sql {

namespace {

using Kind = SqlToken::Kind;
using Unterminated = SqlLexResult::Unterminated;

bool isAsciiLetter(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}
// PostgreSQL treats every non-ASCII character as a letter in identifiers.
bool isWordStart(char16_t c) {
    return isAsciiLetter(c) || c == u'_' || c >= 0x80;
}
bool isWordChar(char16_t c) {
    return isWordStart(c) || isDigit(c) || c == u'$';
}
bool isTagChar(char16_t c) {
    return isWordStart(c) || isDigit(c);
}
bool isSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

class Lexer {
public:
    explicit Lexer(const QString& sql)
        : m_sql(sql)
        , m_d(reinterpret_cast<const char16_t*>(sql.constData()))
        , m_n(int(sql.size())) {}

    SqlLexResult run() {
        int i = 0;
        while (i < m_n && m_result.unterminated == Unterminated::None)
            i = step(i);
        return std::move(m_result);
    }

private:
    char16_t at(int i) const { return i < m_n ? m_d[i] : u'\0'; }

    void push(Kind kind, int start, int end) {
        m_result.tokens.push_back({kind, start, end - start});
    }

    int fail(Unterminated what, int start) {
        m_result.unterminated = what;
        m_result.unterminatedAt = start;
        return m_n;
    }

    // Lexes one token (or skips one comment / space run) at i; returns where to go on.
    int step(int i) {
        const char16_t c = m_d[i];
        if (isSpace(c))
            return i + 1;
        if (c == u'-' && at(i + 1) == u'-')
            return lineComment(i);
        if (c == u'/' && at(i + 1) == u'*')
            return blockComment(i);
        if (c == u'\'')
            return quoted(i, i, u'\'', Kind::String, false);
        if (c == u'"')
            return quoted(i, i, u'"', Kind::QuotedIdentifier, false);
        if (isWordStart(c))
            return word(i);
        if (c == u'$')
            return dollar(i);
        if (isDigit(c) || (c == u'.' && isDigit(at(i + 1))))
            return number(i);
        if (c == u'%')
            return percent(i);
        if (c == u'(' || c == u')' || c == u'[' || c == u']' || c == u',' || c == u';' ||
            c == u'.') {
            push(Kind::Punctuation, i, i + 1);
            return i + 1;
        }
        push(Kind::Operator, i, i + 1);
        return i + 1;
    }

    int lineComment(int i) {
        int j = i + 2;
        while (j < m_n && m_d[j] != u'\n')
            ++j;
        return j;
    }

    // PostgreSQL block comments nest.
    int blockComment(int i) {
        int depth = 1;
        int j = i + 2;
        while (j < m_n) {
            if (m_d[j] == u'/' && at(j + 1) == u'*') {
                ++depth;
                j += 2;
            } else if (m_d[j] == u'*' && at(j + 1) == u'/') {
                j += 2;
                if (--depth == 0)
                    return j;
            } else {
                ++j;
            }
        }
        return fail(Unterminated::BlockComment, i);
    }

    // A '...' or "..." run starting at the quote q; a doubled quote stands for itself and,
    // in E'...' strings, a backslash escapes the next character.
    int quoted(int tokenStart, int q, char16_t quote, Kind kind, bool backslashEscapes) {
        int j = q + 1;
        while (j < m_n) {
            const char16_t c = m_d[j];
            if (backslashEscapes && c == u'\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (at(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                push(kind, tokenStart, j + 1);
                return j + 1;
            }
            ++j;
        }
        return fail(kind == Kind::String ? Unterminated::String : Unterminated::QuotedIdentifier,
                    tokenStart);
    }

    int word(int i) {
        const char16_t c = m_d[i];
        // String prefixes: E'..' (escapes), B'..', X'..', N'..', U&'..' and U&"..".
        if (at(i + 1) == u'\'') {
            if (c == u'E' || c == u'e')
                return quoted(i, i + 1, u'\'', Kind::String, true);
            if (c == u'B' || c == u'b' || c == u'X' || c == u'x' || c == u'N' || c == u'n')
                return quoted(i, i + 1, u'\'', Kind::String, false);
        }
        if ((c == u'U' || c == u'u') && at(i + 1) == u'&') {
            if (at(i + 2) == u'\'')
                return quoted(i, i + 2, u'\'', Kind::String, false);
            if (at(i + 2) == u'"')
                return quoted(i, i + 2, u'"', Kind::QuotedIdentifier, false);
        }
        int j = i + 1;
        while (j < m_n && isWordChar(m_d[j]))
            ++j;
        push(Kind::Word, i, j);
        return j;
    }

    int dollar(int i) {
        if (isDigit(at(i + 1))) {
            int j = i + 1;
            while (j < m_n && isDigit(m_d[j]))
                ++j;
            push(Kind::PositionalParameter, i, j);
            return j;
        }
        int j = i + 1;
        if (j < m_n && isWordStart(m_d[j])) {
            while (j < m_n && isTagChar(m_d[j]))
                ++j;
        }
        if (at(j) != u'$') {
            push(Kind::Operator, i, i + 1);
            return i + 1;
        }
        const QStringView tag = QStringView(m_sql).mid(i, j - i + 1);
        const qsizetype close = QStringView(m_sql).indexOf(tag, j + 1);
        if (close < 0)
            return fail(Unterminated::DollarQuote, i);
        const int end = int(close + tag.size());
        push(Kind::DollarString, i, end);
        return end;
    }

    int number(int i) {
        int j = i;
        while (j < m_n && (isDigit(m_d[j]) || m_d[j] == u'.' || m_d[j] == u'_'))
            ++j;
        if ((at(j) == u'e' || at(j) == u'E') &&
            (isDigit(at(j + 1)) ||
             ((at(j + 1) == u'+' || at(j + 1) == u'-') && isDigit(at(j + 2))))) {
            j += 2;
            while (j < m_n && isDigit(m_d[j]))
                ++j;
        }
        push(Kind::Number, i, j);
        return j;
    }

    // `%(name)s` is a placeholder and `%%` a literal percent; any other % is the operator.
    // Names are word characters only, which also keeps the scan linear.
    int percent(int i) {
        if (at(i + 1) == u'%') {
            push(Kind::Operator, i, i + 2);
            return i + 2;
        }
        if (at(i + 1) == u'(') {
            int j = i + 2;
            while (j < m_n && isTagChar(m_d[j]))
                ++j;
            if (j > i + 2 && at(j) == u')' && at(j + 1) == u's') {
                push(Kind::Placeholder, i, j + 2);
                return j + 2;
            }
        }
        push(Kind::Operator, i, i + 1);
        return i + 1;
    }

    const QString& m_sql;
    const char16_t* m_d;
    int m_n;
    SqlLexResult m_result;
};

} // namespace

SqlLexResult lexSql(const QString& sql) {
    return Lexer(sql).run();
}

QStringView placeholderName(const QString& sql, const SqlToken& token) {
    if (token.kind != SqlToken::Kind::Placeholder || token.length < 4)
        return {};
    return QStringView(sql).mid(token.start + 2, token.length - 4);
}

bool isKeyword(const QString& sql, const SqlToken& token, const char* keyword) {
    if (token.kind != SqlToken::Kind::Word)
        return false;
    const auto len = qsizetype(std::strlen(keyword));
    if (token.length != len)
        return false;
    return token.text(sql).compare(QLatin1String(keyword, len), Qt::CaseInsensitive) == 0;
}

bool isPunctuation(const QString& sql, const SqlToken& token, char c) {
    return token.kind == SqlToken::Kind::Punctuation && token.length == 1 &&
           sql.at(token.start) == QLatin1Char(c);
}

} // namespace cc::sql
