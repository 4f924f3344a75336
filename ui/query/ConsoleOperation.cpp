#include "ui/query/ConsoleOperation.h"

#include "core/sql/SqlLexer.h"

#include <QCoreApplication>

namespace cc::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConsoleOperation)
};

using sql::SqlToken;

QString unquote(const QString& sql, const SqlToken& token) {
    const QStringView text = token.text(sql);
    if (token.kind == SqlToken::Kind::QuotedIdentifier && text.size() >= 2 &&
        text.endsWith(QLatin1Char('"'))) {
        const qsizetype open = text.indexOf(QLatin1Char('"'));
        QString inner = text.mid(open + 1, text.size() - open - 2).toString();
        return inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    return text.toString().toLower();
}

bool isName(const SqlToken& token) {
    return token.kind == SqlToken::Kind::Word || token.kind == SqlToken::Kind::QuotedIdentifier;
}

sql::SqlIssue errorAt(const QString& message, int position) {
    return sql::SqlIssue{sql::SqlIssue::Severity::Error, message, position};
}

// The checks a write needs from the text alone: one statement, nothing left open.
std::vector<sql::SqlIssue> writeIssues(const QString& text) {
    std::vector<sql::SqlIssue> issues;
    const sql::SqlLexResult lexed = sql::lexSql(text);
    if (lexed.unterminated != sql::SqlLexResult::Unterminated::None)
        issues.push_back(errorAt(Text::tr("A string, quoted name or comment is never closed."),
                                 lexed.unterminatedAt));
    const auto& tokens = lexed.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (sql::isPunctuation(text, tokens[i], ';') && i + 1 < tokens.size() &&
            !sql::isPunctuation(text, tokens[i + 1], ';')) {
            issues.push_back(errorAt(Text::tr("Only one statement is allowed; another one "
                                              "starts here."),
                                     tokens[i + 1].start));
            break;
        }
    return issues;
}

std::vector<ScopeTable> scopeTables(const std::vector<ScopeEntry>& scope) {
    std::vector<ScopeTable> out;
    for (const ScopeEntry& s : scope) {
        ScopeTable t;
        t.metaTableUid = s.uid;
        if (!s.alias.trimmed().isEmpty())
            t.alias = s.alias.trimmed();
        t.access = QStringLiteral("read");
        out.push_back(t);
    }
    return out;
}

std::optional<QString> dataSourceOf(const std::vector<ScopeEntry>& scope) {
    for (const ScopeEntry& s : scope)
        if (!s.dataSourceUid.isEmpty())
            return s.dataSourceUid;
    return std::nullopt;
}

} // namespace

bool ConsoleOperation::ok() const {
    if (!errors.empty())
        return false;
    for (const sql::SqlIssue& issue : issues)
        if (issue.isError())
            return false;
    return true;
}

std::vector<sql::SqlParameter> sqlParameters(const std::vector<ParameterEntry>& entries) {
    std::vector<sql::SqlParameter> out;
    for (const ParameterEntry& e : entries) {
        sql::SqlParameter p;
        p.name = e.name;
        p.dataType = e.dataType;
        p.value = e.isNull ? Json() : Json(e.value.toStdString());
        out.push_back(p);
    }
    return out;
}

QString writtenTableName(const QString& text) {
    const sql::SqlLexResult lexed = sql::lexSql(text);
    const auto& t = lexed.tokens;
    int depth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (sql::isPunctuation(text, t[i], '('))
            ++depth;
        else if (sql::isPunctuation(text, t[i], ')'))
            --depth;
        if (depth != 0 || t[i].kind != SqlToken::Kind::Word)
            continue;
        std::size_t at = i + 1;
        auto skip = [&](const char* keyword) {
            if (at < t.size() && sql::isKeyword(text, t[at], keyword))
                ++at;
        };
        if (sql::isKeyword(text, t[i], "insert")) {
            if (at >= t.size() || !sql::isKeyword(text, t[at], "into"))
                return {};
            ++at;
        } else if (sql::isKeyword(text, t[i], "update")) {
            skip("only");
        } else if (sql::isKeyword(text, t[i], "delete")) {
            if (at >= t.size() || !sql::isKeyword(text, t[at], "from"))
                return {};
            ++at;
            skip("only");
        } else {
            continue;
        }
        if (at >= t.size() || !isName(t[at]))
            return {};
        QString name = unquote(text, t[at]);
        if (at + 2 < t.size() && sql::isPunctuation(text, t[at + 1], '.') && isName(t[at + 2]))
            name += QLatin1Char('.') + unquote(text, t[at + 2]);
        return name;
    }
    return {};
}

int scopeIndexFor(const std::vector<ScopeEntry>& scope, const QString& name) {
    if (name.isEmpty())
        return -1;
    const auto same = [&](const QString& other) {
        return !other.isEmpty() && other.compare(name, Qt::CaseInsensitive) == 0;
    };
    for (std::size_t i = 0; i < scope.size(); ++i) {
        const ScopeEntry& s = scope[i];
        const QString table = s.qualifiedName.section(QLatin1Char('.'), -1);
        if (same(s.alias) || same(s.qualifiedName) || same(s.displayName) || same(table))
            return int(i);
    }
    return -1;
}

ConsoleOperation buildConsoleOperation(const QueryDraft& draft, bool writesAllowed) {
    ConsoleOperation out;
    const sql::StatementKind kind = sql::statementKind(draft.sql);
    const bool write = kind == sql::StatementKind::Insert || kind == sql::StatementKind::Update ||
                       kind == sql::StatementKind::Delete;
    sql::SelectLimits limits;
    limits.maxRows = draft.maxRows;
    limits.statementTimeoutMs = draft.statementTimeoutMs;
    sql::SelectOperationResult built =
        sql::buildSelectOperation(draft.sql, sqlParameters(draft.parameters),
                                  scopeTables(draft.scope), limits, dataSourceOf(draft.scope));
    out.operation = built.operation;
    out.errors = built.errors;
    if (!write) {
        out.issues = built.sqlIssues;
        return out;
    }
    if (!writesAllowed) {
        out.issues.push_back(
            errorAt(Text::tr("This is a %1, and writes are turned off for this connection: enable "
                             "“Allow writes” in its settings to run it.")
                        .arg(sql::statementKindName(kind).toUpper()),
                    0));
        return out;
    }
    out.isWrite = true;
    out.issues = writeIssues(draft.sql);
    out.operation.operation = sql::statementKindName(kind);
    out.writtenTable = writtenTableName(draft.sql);
    const int index = scopeIndexFor(draft.scope, out.writtenTable);
    if (out.writtenTable.isEmpty()) {
        out.errors.push_back(
            {QString(), Text::tr("Cannot tell which table the statement writes.")});
    } else if (index < 0) {
        out.errors.push_back(
            {QString(),
             Text::tr("The statement writes %1, which is not in the scope: add it first.")
                 .arg(out.writtenTable)});
    } else {
        out.operation.tables[std::size_t(index)].access = QStringLiteral("write");
    }
    return out;
}

} // namespace cc::ui
