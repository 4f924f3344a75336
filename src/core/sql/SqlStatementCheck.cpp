#include "core/sql/SqlStatementCheck.h"

#include "core/sql/SqlLexer.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace cc::sql {

namespace {

using Kind = SqlToken::Kind;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqlStatementCheck)
};

// Token ranges [begin, end) of the non-empty statements between semicolons.
std::vector<std::pair<int, int>> splitStatements(const QString& sql,
                                                 const std::vector<SqlToken>& tokens) {
    std::vector<std::pair<int, int>> statements;
    int begin = 0;
    const int n = int(tokens.size());
    for (int i = 0; i <= n; ++i) {
        if (i == n || isPunctuation(sql, tokens[i], ';')) {
            if (i > begin)
                statements.emplace_back(begin, i);
            begin = i + 1;
        }
    }
    return statements;
}

// One statement's tokens with its parentheses matched, so that skipping a parenthesised
// group is constant time and every walk below stays linear.
class Statement {
public:
    Statement(const QString& sql, const std::vector<SqlToken>& tokens, int begin, int end)
        : m_sql(sql)
        , m_tokens(tokens)
        , m_begin(begin)
        , m_end(end)
        , m_match(size_t(end - begin), -1) {
        std::vector<int> open;
        for (int i = begin; i < end; ++i) {
            if (punct(i, '(')) {
                open.push_back(i);
            } else if (punct(i, ')')) {
                if (open.empty()) {
                    if (m_unmatched < 0)
                        m_unmatched = i;
                    continue;
                }
                m_match[size_t(open.back() - begin)] = i;
                m_match[size_t(i - begin)] = open.back();
                open.pop_back();
            }
        }
        if (m_unmatched < 0 && !open.empty())
            m_unmatched = open.front();
    }

    int begin() const { return m_begin; }
    int end() const { return m_end; }
    // The first unmatched parenthesis, or -1.
    int unmatched() const { return m_unmatched; }
    const SqlToken& token(int i) const { return m_tokens[size_t(i)]; }

    bool kw(int i, const char* keyword) const {
        return i >= m_begin && i < m_end && isKeyword(m_sql, m_tokens[size_t(i)], keyword);
    }
    bool punct(int i, char c) const {
        return i >= m_begin && i < m_end && isPunctuation(m_sql, m_tokens[size_t(i)], c);
    }
    // The index of the ')' that closes the '(' at i, or -1.
    int closing(int i) const {
        if (!punct(i, '('))
            return -1;
        return m_match[size_t(i - m_begin)];
    }
    // The index after the group opened at i (the end when it is not closed).
    int after(int i) const {
        const int c = closing(i);
        return c < 0 ? m_end : c + 1;
    }

    bool isMainKeyword(int i) const {
        return kw(i, "SELECT") || kw(i, "VALUES") || kw(i, "TABLE") || kw(i, "INSERT") ||
               kw(i, "UPDATE") || kw(i, "DELETE") || kw(i, "MERGE");
    }

    // `name [(columns)] AS`, the start of a WITH query.
    bool looksLikeCteStart(int i) const {
        if (i >= m_end || (token(i).kind != Kind::Word && token(i).kind != Kind::QuotedIdentifier))
            return false;
        int k = i + 1;
        if (punct(k, '('))
            k = after(k);
        return kw(k, "AS");
    }

    // From just after WITH to the token after its query list. Query bodies (the index of
    // their first token) are collected when `bodies` is given. A list that does not look
    // as expected falls back to the first statement keyword at this level.
    int skipWithList(int i, std::vector<int>* bodies) const {
        if (kw(i, "RECURSIVE"))
            ++i;
        while (i < m_end) {
            const int cteStart = i;
            if (!looksLikeCteStart(i))
                return firstMainKeyword(cteStart);
            ++i;
            if (punct(i, '('))
                i = after(i);
            ++i; // AS
            if (kw(i, "NOT"))
                ++i;
            if (kw(i, "MATERIALIZED"))
                ++i;
            if (!punct(i, '('))
                return firstMainKeyword(cteStart);
            if (bodies)
                bodies->push_back(i + 1);
            i = after(i);
            if (kw(i, "SEARCH") || kw(i, "CYCLE"))
                i = skipSearchOrCycle(i);
            if (!punct(i, ','))
                return i;
            ++i;
        }
        return m_end;
    }

    // The kind of the query starting at i: leading parentheses and WITH lists skipped.
    StatementKind kindAt(int i) const {
        for (;;) {
            while (punct(i, '('))
                ++i;
            if (!kw(i, "WITH"))
                break;
            i = skipWithList(i + 1, nullptr);
        }
        if (kw(i, "SELECT") || kw(i, "VALUES") || kw(i, "TABLE"))
            return StatementKind::Select;
        if (kw(i, "INSERT"))
            return StatementKind::Insert;
        if (kw(i, "UPDATE"))
            return StatementKind::Update;
        if (kw(i, "DELETE"))
            return StatementKind::Delete;
        return StatementKind::Other;
    }

    // Whether ORDER BY appears in [i, m_end) outside any parentheses.
    bool hasOrderByAtLevel(int i) const {
        while (i < m_end) {
            if (punct(i, '(')) {
                i = after(i);
                continue;
            }
            if (kw(i, "ORDER") && kw(i + 1, "BY"))
                return true;
            ++i;
        }
        return false;
    }

private:
    int firstMainKeyword(int i) const {
        while (i < m_end && !isMainKeyword(i))
            i = punct(i, '(') ? after(i) : i + 1;
        return i;
    }

    // SEARCH/CYCLE clauses (PostgreSQL 14) run to the next WITH query or the main statement.
    int skipSearchOrCycle(int i) const {
        while (i < m_end) {
            if (punct(i, '(')) {
                i = after(i);
                continue;
            }
            if ((punct(i, ',') && looksLikeCteStart(i + 1)) || isMainKeyword(i))
                return i;
            ++i;
        }
        return m_end;
    }

    const QString& m_sql;
    const std::vector<SqlToken>& m_tokens;
    int m_begin;
    int m_end;
    std::vector<int> m_match; // by index - m_begin
    int m_unmatched = -1;
};

QString tokenForMessage(const QString& sql, const SqlToken& token) {
    constexpr int kMax = 40;
    QString text = token.text(sql).left(kMax).toString().toUpper();
    if (token.length > kMax)
        text += QStringLiteral("…");
    return text;
}

QString unterminatedMessage(const QString& sql, const SqlLexResult& lexed) {
    switch (lexed.unterminated) {
    case SqlLexResult::Unterminated::String:
        return Text::tr("Unterminated string literal.");
    case SqlLexResult::Unterminated::QuotedIdentifier:
        return Text::tr("Unterminated quoted identifier.");
    case SqlLexResult::Unterminated::DollarQuote: {
        const int tagEnd = int(sql.indexOf(QLatin1Char('$'), lexed.unterminatedAt + 1));
        return Text::tr("Unterminated dollar-quoted string %1.")
            .arg(sql.mid(lexed.unterminatedAt, tagEnd - lexed.unterminatedAt + 1).left(40));
    }
    case SqlLexResult::Unterminated::BlockComment:
        return Text::tr("Unterminated /* comment.");
    case SqlLexResult::Unterminated::None:
        break;
    }
    return {};
}

SqlIssue error(QString message, int position) {
    return {SqlIssue::Severity::Error, std::move(message), position};
}

// Checks the structure of the first statement; `lexedCompletely` is false when the text
// ended inside a string or comment, and then only the start of the statement is judged.
void checkStatement(const QString& sql, const Statement& st, bool lexedCompletely,
                    std::vector<SqlIssue>& issues) {
    int first = st.begin();
    while (st.punct(first, '(') && first + 1 < st.end())
        ++first;
    if (!st.kw(first, "SELECT") && !st.kw(first, "WITH")) {
        issues.push_back(error(Text::tr("A bounded query must start with SELECT or WITH, not %1.")
                                   .arg(tokenForMessage(sql, st.token(first))),
                               st.token(first).start));
        return;
    }
    if (lexedCompletely && st.unmatched() >= 0) {
        const int at = st.unmatched();
        issues.push_back(error(st.punct(at, '(')
                                   ? Text::tr("This parenthesis is never closed.")
                                   : Text::tr("This closing parenthesis has no match."),
                               st.token(at).start));
        return;
    }

    // Narrow [b, e) down to the main query: strip parentheses around all of it and step
    // over WITH lists, collecting the bodies of the outermost one.
    int b = st.begin();
    int e = st.end();
    std::vector<int> bodies;
    bool sawWith = false;
    int withAt = -1;
    for (;;) {
        while (st.punct(b, '(') && st.closing(b) == e - 1 && b + 1 < e - 1) {
            ++b;
            --e;
        }
        if (!st.kw(b, "WITH"))
            break;
        if (!sawWith)
            withAt = b;
        b = st.skipWithList(b + 1, sawWith ? nullptr : &bodies);
        sawWith = true;
    }

    if (sawWith) {
        for (int body : bodies) {
            const StatementKind kind = st.kindAt(body);
            if (kind == StatementKind::Insert || kind == StatementKind::Update ||
                kind == StatementKind::Delete) {
                issues.push_back(
                    error(Text::tr("A WITH query changes data (%1); a bounded query may only read.")
                              .arg(statementKindName(kind).toUpper()),
                          st.token(body).start));
            }
        }
        if (b >= e) {
            if (lexedCompletely)
                issues.push_back(error(Text::tr("WITH is not followed by a main statement."),
                                       st.token(withAt).start));
            return;
        }
        if (st.kindAt(b) != StatementKind::Select) {
            int at = b;
            while (st.punct(at, '(') && at + 1 < e)
                ++at;
            issues.push_back(
                error(Text::tr("The main statement after WITH must be a SELECT, not %1.")
                          .arg(tokenForMessage(sql, st.token(at))),
                      st.token(at).start));
            return;
        }
    }

    if (lexedCompletely && b < e && !st.hasOrderByAtLevel(b)) {
        issues.push_back({SqlIssue::Severity::Warning,
                          Text::tr("No ORDER BY at the top level: stable paging needs a "
                                   "deterministic order."),
                          st.token(b).start});
    }
}

} // namespace

QString statementKindName(StatementKind kind) {
    switch (kind) {
    case StatementKind::Select:
        return QStringLiteral("select");
    case StatementKind::Insert:
        return QStringLiteral("insert");
    case StatementKind::Update:
        return QStringLiteral("update");
    case StatementKind::Delete:
        return QStringLiteral("delete");
    case StatementKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::vector<SqlIssue> checkSelect(const QString& sql) {
    std::vector<SqlIssue> issues;
    const SqlLexResult lexed = lexSql(sql);
    const bool lexedCompletely = lexed.unterminated == SqlLexResult::Unterminated::None;
    if (!lexedCompletely)
        issues.push_back(error(unterminatedMessage(sql, lexed), lexed.unterminatedAt));

    const auto statements = splitStatements(sql, lexed.tokens);
    if (statements.empty()) {
        if (lexedCompletely)
            issues.push_back(error(Text::tr("The SQL text contains no statement."), 0));
        return issues;
    }
    if (statements.size() > 1) {
        issues.push_back(error(Text::tr("Only one statement is allowed; another one starts here."),
                               lexed.tokens[size_t(statements[1].first)].start));
    }
    const Statement first(sql, lexed.tokens, statements[0].first, statements[0].second);
    checkStatement(sql, first, lexedCompletely, issues);
    return issues;
}

QStringList placeholders(const QString& sql) {
    QStringList names;
    QSet<QString> seen;
    for (const SqlToken& token : lexSql(sql).tokens) {
        if (token.kind != Kind::Placeholder)
            continue;
        const QString name = placeholderName(sql, token).toString();
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    return names;
}

StatementKind statementKind(const QString& sql) {
    const SqlLexResult lexed = lexSql(sql);
    const auto statements = splitStatements(sql, lexed.tokens);
    if (statements.empty())
        return StatementKind::Other;
    const Statement first(sql, lexed.tokens, statements[0].first, statements[0].second);
    return first.kindAt(first.begin());
}

} // namespace cc::sql
