#pragma once

#include "core/TableContract.h"

#include <string>

namespace tsm::catalog {

// CREATE TABLE for a platform-managed table, built from its contract: column types from
// backend_type (or the dtype token's PostgreSQL type), NOT NULL, DEFAULT server_default,
// PRIMARY KEY over the primary-key columns, UNIQUE, and COMMENT ON COLUMN for
// descriptions. Types and defaults are checked against a conservative grammar because
// DDL cannot bind parameters; `error` says what was refused and the result is empty.
std::string createTableSql(const cc::TableContract& contract, bool ifNotExists, std::string& error);

} // namespace tsm::catalog
