#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cc::sql {

// A finding about a SQL text, at a character position (an index into the QString).
struct SqlIssue {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message; // translated, context "SqlStatementCheck"
    int position = 0;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const SqlIssue& o) const {
        return severity == o.severity && message == o.message && position == o.position;
    }
};

// What a statement does, in the words `compiled-sql.v1` uses for `operation` (an
// INSERT ... ON CONFLICT is an Insert here).
enum class StatementKind { Select, Insert, Update, Delete, Other };

// "select", "insert", "update", "delete" or "other".
QString statementKindName(StatementKind kind);

// Checks that the text is one read-only SELECT fit for a bounded, paged query. Errors:
// empty text, more than one statement, a first keyword other than SELECT or WITH (leading
// parentheses are allowed), a WITH whose main statement is not a SELECT or whose queries
// modify data, unbalanced parentheses, an unterminated string, quoted identifier, dollar
// quote or block comment. Warning: no ORDER BY at the top level of the main query.
// A lexer, not a parser: linear time, never fails.
std::vector<SqlIssue> checkSelect(const QString& sql);

// The distinct `%(name)s` parameter names in order of first use, ignoring any inside
// strings, quoted identifiers, dollar quotes and comments.
QStringList placeholders(const QString& sql);

// The kind of the first statement; a WITH takes the kind of its main statement.
StatementKind statementKind(const QString& sql);

} // namespace cc::sql
