#pragma once

#include <string>

namespace tsm::seed {

// The names tests and docs refer to.
namespace demo {
inline constexpr const char* kDataDatabase = "tsm_demo_data";
inline constexpr const char* kMainSource = "demo-postgres"; // every capability
inline constexpr const char* kArchiveSource =
    "archive-replica"; // read-only: no compiled writes, no DDL
inline constexpr const char* kLegacySource =
    "legacy-warehouse"; // no introspection, no DDL, no writes
inline constexpr const char* kDriftedTable = "crm.contacts";
} // namespace demo

struct DemoSeedReport {
    std::string dataConninfo;
    bool dataLoaded = false; // false when the data database was already seeded
    int tablesRegistered = 0;
    int tablesAlreadyRegistered = 0;
    bool driftApplied = false;
};

// Builds the demo catalog: a data database with markets/CRM/operations tables (about 50,
// one of them with a million rows), three data sources with different capabilities, and
// every table registered through the same path as `register/`. Deterministic and
// idempotent: a second run finds everything in place and changes nothing.
// `dataConninfo` empty means database `tsm_demo_data` on the catalog's server.
DemoSeedReport seedDemo(const std::string& catalogConninfo, const std::string& dataConninfo);

} // namespace tsm::seed
