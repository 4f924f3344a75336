#pragma once

#include "db/PgConnection.h"

namespace tsm::catalog {

// Creates (or completes) the `tsm` catalog schema in the catalog database. Idempotent:
// every statement is IF NOT EXISTS / OR REPLACE, serialized by an advisory lock so that
// two `init` runs at once do not race.
void initCatalog(db::Connection& connection);

// True when the `tsm` schema exists and has the tables `serve` needs.
bool catalogReady(db::Connection& connection);

} // namespace tsm::catalog
