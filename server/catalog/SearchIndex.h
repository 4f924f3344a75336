#pragma once

#include "db/PgConnection.h"

#include <string>
#include <vector>

namespace tsm::catalog {

// Rebuilds the TableSearchIndex documents of these tables from the catalog rows (table,
// labels, data source name, column names and descriptions). Idempotent.
void refreshSearchDocuments(db::Connection& connection, const std::vector<std::string>& uids);
// Every document at once (after a bulk seed).
void refreshAllSearchDocuments(db::Connection& connection);

} // namespace tsm::catalog
