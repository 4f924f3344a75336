#pragma once

namespace tsm::seed {

// The demo data database, as SQL run once inside one transaction: schemas and tables
// with comments (DemoSchemaSql.cpp), then deterministic rows (DemoDataSql.cpp). The
// foreign keys of markets.trades are added after its million rows are loaded, which is
// far faster than checking them row by row.
extern const char* const kDemoSchemaSql;
extern const char* const kDemoDataSql;
extern const char* const kDemoLateConstraintsSql;

} // namespace tsm::seed
