#pragma once

#include "db/DataConnections.h"
#include "db/PgConnection.h"

#include <string>
#include <vector>

namespace tsm::seed {

struct ImportReport {
    int registered = 0;
    int alreadyRegistered = 0;
    std::vector<std::string> refused; // "table: reason"
};

// Registers every table of `schema` on the data source as an external MetaTable whose
// contract, columns, indexes and foreign keys are reflected from pg_catalog. The
// namespace defaults to the schema name; identifiers are `<namespace>.<table>`.
// Throws std::runtime_error when the data source does not exist.
ImportReport importSchema(db::Connection& catalog, db::DataConnections& pools,
                          const std::string& dataSourceName, const std::string& schema,
                          const std::string& ns);

} // namespace tsm::seed
