#pragma once

#include "exec/OperationRunner.h"

#include "core/CompiledSqlOperation.h"
#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace cc::test {

// An execute-operation answer, the body parsed with its key order kept.
struct ExecReply {
    int status = 0;
    OrderedJson body;

    std::string code() const;
};

// A throwaway database in the pg_cluster fixture for tsm::OperationRunner tests:
// schema `sales` (in scope: orders with 3,000 rows, customers, a partitioned table, a view
// over orders, a table with an odd quoted name) and schema `hr` (out of scope: salaries,
// plus a view and functions that reach it). Dropped by the destructor.
class ExecTestDatabase {
public:
    ExecTestDatabase() = default;
    ~ExecTestDatabase();
    ExecTestDatabase(const ExecTestDatabase&) = delete;
    ExecTestDatabase& operator=(const ExecTestDatabase&) = delete;

    // False with `error` set when the fixture is missing or setup failed.
    bool create(QString& error);

    // The first value of SQL the test itself runs (setup and state checks), or "<error>".
    std::string scalar(const std::string& sql);

    tsm::ExecutionTarget target(const QStringList& withoutCapabilities = {}) const;
    // sales.orders and sales.customers, read only.
    std::vector<tsm::ScopedRelation> readScope() const;

    static tsm::ScopedRelation table(const char* uid, const char* schema, const char* name,
                                     bool write = false);
    static cc::CompiledSqlOperation operation(const char* sql, Json parameters = Json::object(),
                                              const char* op = "select");
    static ExecReply run(tsm::OperationRunner& runner, const cc::CompiledSqlOperation& op,
                         const std::vector<tsm::ScopedRelation>& scope,
                         const tsm::ExecutionTarget& target);
    // '...' with quotes doubled, for the test's own SQL.
    static std::string quoted(const std::string& text);

private:
    std::string m_adminConninfo;
    std::string m_database;
    std::string m_dataConninfo;
    PGconn* m_data = nullptr;
};

} // namespace cc::test
