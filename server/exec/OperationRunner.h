#pragma once

#include "core/CompiledSqlOperation.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tsm {

// A scope table after the route has resolved it against the catalog: the caller may see
// it, and `write` is set only when the operation asked for write access and the caller
// may edit it.
struct ScopedRelation {
    QString metaTableUid;
    QString alias;
    bool write = false;
    std::string schema; // physical identity inside the data database
    std::string table;
};

// The data source every scoped table lives on.
struct ExecutionTarget {
    std::string dataConninfo;
    QString dataSourceUid;
    QString dataSourceName;
    std::map<QString, bool> capabilities;
};

// The HTTP answer: the spec §4.2 reply, or the §5.2 refusal envelope.
struct ExecutionResult {
    int httpStatus = 200;
    std::string body;
};

// Runs compiled-sql.v1 operations against PostgreSQL data sources with every check of
// spec §4.1 that does not need the catalog: version, dialect, paramstyle, capability,
// exactly one statement, statement type against `operation`, every relation the
// statement touches inside the scope (decided by PostgreSQL from the planned statement),
// written relations need write access. Parameters are bound by libpq; `select` runs in a
// read-only transaction; `statement_timeout` applies; pages are capped at `pageCap`.
// Thread-safe: the HTTP server calls it from many threads.
class OperationRunner {
public:
    explicit OperationRunner(long long pageCap);
    ~OperationRunner();
    OperationRunner(const OperationRunner&) = delete;
    OperationRunner& operator=(const OperationRunner&) = delete;

    ExecutionResult run(const cc::CompiledSqlOperation& operation,
                        const std::vector<ScopedRelation>& scope, const ExecutionTarget& target);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace tsm
