#pragma once

#include "core/CompiledSqlOperation.h"
#include "core/sql/SelectBuilder.h"
#include "core/sql/SqlStatementCheck.h"
#include "ui/query/QueryDraft.h"

#include <QString>

#include <vector>

namespace cc::ui {

// What a console sends for its draft, or why it cannot be sent yet.
struct ConsoleOperation {
    CompiledSqlOperation operation;
    std::vector<sql::SqlIssue> issues;       // about the SQL text, at positions
    std::vector<sql::OperationError> errors; // parameters, scope, limits
    bool isWrite = false;
    QString writtenTable; // the table an INSERT/UPDATE/DELETE writes, as written in the SQL

    bool ok() const;
};

// A select through sql::buildSelectOperation (checks, typed parameters, limits). With
// `writesAllowed`, an INSERT/UPDATE/DELETE becomes that operation (statementKind()) with
// write access for the scope table it writes; without it, it is refused in words.
ConsoleOperation buildConsoleOperation(const QueryDraft& draft, bool writesAllowed);

// The table an INSERT INTO / UPDATE / DELETE FROM names, unquoted (`schema.table` or
// `table`); empty when there is none.
QString writtenTableName(const QString& sql);

// The scope table `name` refers to (alias, identifier, schema.table or table name), or -1.
int scopeIndexFor(const std::vector<ScopeEntry>& scope, const QString& name);

// The parameters of the draft as sql::SqlParameter values (NULL as JSON null).
std::vector<sql::SqlParameter> sqlParameters(const std::vector<ParameterEntry>& entries);

} // namespace cc::ui
