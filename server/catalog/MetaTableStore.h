#pragma once

#include "catalog/Principal.h"
#include "core/MetaTable.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// True for the textual form of a UUID (8-4-4-4-12 hex digits).
bool isUuid(const std::string& text);

// Full MetaTables (data source, contract, snapshot, projections, incoming FKs) in the
// order of `uids`; unknown uids are skipped. With a principal, incoming FKs from tables
// it cannot see are left out.
std::vector<cc::MetaTable> loadMetaTables(db::Connection& connection,
                                          const std::vector<std::string>& uids,
                                          const Principal* viewer = nullptr);
std::optional<cc::MetaTable> loadMetaTable(db::Connection& connection, const std::string& uid,
                                           const Principal* viewer = nullptr);

// The catalog row without projections, for permission and existence checks.
struct TableRow {
    std::string uid;
    std::string dataSourceUid;
    std::optional<std::string> identifier;
    std::optional<std::string> ns;
    std::string managementMode;
    std::string physicalSchema;
    std::string physicalTableName;
    bool protect = false;

    bool visibleTo(const Principal& p) const { return p.canSee(ns.value_or(""), ns.has_value()); }
};

std::optional<TableRow> tableRow(db::Connection& connection, const std::string& uid);
std::vector<TableRow> tableRows(db::Connection& connection, const std::vector<std::string>& uids);

// Stores an introspection snapshot (§6 JSON) on the table; nothing else changes.
void saveIntrospectionSnapshot(db::Connection& connection, const std::string& uid,
                               const cc::Json& snapshot);

// SQL condition "the principal can see table alias t" with the namespace list bound as
// parameter `$n` (a text[]).
std::string visibilityCondition(const std::string& alias, int paramIndex);

} // namespace tsm::catalog
