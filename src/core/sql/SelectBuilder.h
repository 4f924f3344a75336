#pragma once

#include "core/CompiledSqlOperation.h"
#include "core/Json.h"
#include "core/MetaTable.h"
#include "core/sql/SqlStatementCheck.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc::sql {

// PostgreSQL identifier quoting as quote_ident() does it: a name made of lowercase ASCII
// letters, digits and `_` (not starting with a digit) that is not a reserved, type/function
// or column-name keyword stays bare; anything else is double-quoted with inner quotes
// doubled. An empty name gives `""`.
QString quoteIdentifier(const QString& name);
// `schema.table` with each part quoted; the bare table when the schema is absent or empty.
QString quoteQualifiedName(const std::optional<QString>& schema, const QString& table);

// The SELECT behind "Browse data".
struct BrowseQuery {
    QString sql;
    QStringList orderBy;              // the columns the rows are ordered by
    bool orderedByPrimaryKey = false; // a key order: pages are stable and disjoint
    QString note;                     // translated; why the order is weaker, empty when keyed
};

// `SELECT c1, c2 FROM schema.table AS t ORDER BY pk1, pk2`. Columns come from the
// normalized projection (by ordinal position), else from the contract; the primary key
// from the columns, else from the introspection snapshot's PRIMARY KEY constraint. Without
// a primary key the rows are ordered by every column whose type can be ordered, and the
// note says so.
BrowseQuery browseTableSql(const MetaTable& table);
BrowseQuery browseTableSql(const std::optional<QString>& schema, const QString& table,
                           const QStringList& columns, const QStringList& primaryKeyColumns);

// One bound value. A string value of a typed parameter is parsed for that type (see
// convertParameterValue()).
struct SqlParameter {
    QString name;
    Json value;
    QString dataType; // dtype token or synonym; empty: untyped, sent as given
};

struct SelectLimits {
    qint64 maxRows = 1000;
    qint64 offset = 0;
    qint64 statementTimeoutMs = 15000;
};

// A problem that stops the operation from being built. `parameter` names the parameter it
// is about, empty for the SQL, the scope or the limits.
struct OperationError {
    QString parameter;
    QString message; // translated

    bool operator==(const OperationError& o) const {
        return parameter == o.parameter && message == o.message;
    }
};

struct SelectOperationResult {
    CompiledSqlOperation operation; // complete only when ok()
    std::vector<OperationError> errors;
    std::vector<SqlIssue> sqlIssues; // checkSelect(): its errors also make the result fail

    bool ok() const {
        if (!errors.empty())
            return false;
        for (const SqlIssue& issue : sqlIssues)
            if (issue.isError())
                return false;
        return true;
    }
};

// A compiled-sql.v1 `select` (spec §4.1): version, dialect and paramstyle fixed; values of
// typed parameters converted (dates `YYYY-MM-DD`, timestamps UTC with `Z`) and their
// normalized tokens in `parameter_types` (every date and timestamp parameter has one;
// other known tokens are included too, unknown ones are not). Errors: a value that does
// not parse (naming the parameter), a placeholder without a value, a duplicate or
// unusable parameter name, an empty scope, limits out of range, and SQL errors.
SelectOperationResult buildSelectOperation(const QString& sql,
                                           const std::vector<SqlParameter>& parameters,
                                           const std::vector<ScopeTable>& tables,
                                           const SelectLimits& limits = {},
                                           const std::optional<QString>& dataSourceUid = {});

} // namespace cc::sql
