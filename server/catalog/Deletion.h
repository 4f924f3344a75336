#pragma once

#include "catalog/Principal.h"
#include "catalog/Refusal.h"
#include "core/Json.h"
#include "db/DataConnections.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>

namespace tsm::catalog {

// The four DELETE switches of spec §2.16 plus `dry_run`.
struct DeleteOptions {
    bool fullDeleteSelected = false; // also drop the physical table of platform-managed tables
    bool fullDeleteDownstreamTables = false; // also delete every transitive dependent
    bool deleteWithNoTable =
        false; // also delete tables of the data source whose physical table is gone
    bool overrideProtection = false; // admin only, with fullDeleteSelected
    bool dryRun = false;             // run everything in a transaction, then roll back
};

struct DeleteOutcome {
    std::optional<Refusal> refusal;
    cc::Json deletedMetaTables = cc::Json::array();     // [{uid, identifier}]
    cc::Json droppedPhysicalTables = cc::Json::array(); // ["schema.table"]
};

// Deletes a MetaTable (catalog rows; with fullDeleteSelected also the physical table of
// platform-managed tables). Refusals: 409 `incoming_foreign_keys` with the blocking
// edges when another table references it (self-references do not count) unless
// downstream deletion was asked for; 409 `protected`; 403 for an override by a
// non-admin or for dependents the caller cannot see; 409 `physical_drop_failed` when
// PostgreSQL refuses a DROP. A dry run performs the same statements and rolls back.
DeleteOutcome deleteMetaTable(db::Connection& catalog, db::DataConnections& data,
                              const Principal& principal, const std::string& uid,
                              const DeleteOptions& options);

} // namespace tsm::catalog
