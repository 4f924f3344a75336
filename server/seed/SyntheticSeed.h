#pragma once

#include <string>

namespace tsm::seed {

struct SyntheticReport {
    long long tablesCreated = 0;
    long long foreignKeys = 0;
    double seconds = 0;
};

// A large catalog for benchmarks: `tables` MetaTables in `ns` on the data source
// `synthetic` (catalog rows only; there are no physical tables behind them), each with
// five to eight columns, a primary-key index and `fksPerTable` foreign keys to
// lower-numbered tables (a DAG with long chains). Names and descriptions are built from
// word lists so that text search has something to rank. All rows are written by a few
// set-based statements; idempotent.
SyntheticReport seedSynthetic(const std::string& catalogConninfo, long long tables, int fksPerTable,
                              const std::string& ns);

} // namespace tsm::seed
