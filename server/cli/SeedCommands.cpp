// seed demo, seed synthetic, import.
#include "cli/Commands.h"
#include "db/DataConnections.h"
#include "seed/DemoSeed.h"
#include "seed/SchemaImport.h"
#include "seed/SyntheticSeed.h"

#include <chrono>
#include <iostream>
#include <stdexcept>

namespace tsm::cli {

int runSeed(const Arguments& args) {
    const std::string kind = args.word(1);
    if (kind == "demo") {
        const auto started = std::chrono::steady_clock::now();
        const seed::DemoSeedReport r =
            seed::seedDemo(args.required("db"), args.value("data-db", ""));
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cout << "demo catalog ready: " << r.tablesRegistered << " tables registered, "
                  << r.tablesAlreadyRegistered << " already registered, data "
                  << (r.dataLoaded ? "loaded" : "already loaded") << ", drift "
                  << (r.driftApplied ? "applied" : "already applied") << " (" << seconds << " s)\n";
        return 0;
    }
    if (kind == "synthetic") {
        const long long tables = args.integer("tables", -1);
        const long long fks = args.integer("fks-per-table", -1);
        if (tables < 1 || tables > 99999)
            throw std::invalid_argument("--tables must be between 1 and 99999");
        if (fks < 0 || fks > 16)
            throw std::invalid_argument("--fks-per-table must be between 0 and 16");
        const seed::SyntheticReport r = seed::seedSynthetic(args.required("db"), tables, int(fks),
                                                            args.value("namespace", "synthetic"));
        std::cout << "synthetic catalog: " << r.tablesCreated << " tables and " << r.foreignKeys
                  << " foreign keys created (" << r.seconds << " s)\n";
        return 0;
    }
    throw std::invalid_argument("seed needs 'demo' or 'synthetic'");
}

int runImport(const Arguments& args) {
    db::Connection catalog(args.required("db"));
    db::DataConnections pools(2);
    const seed::ImportReport r =
        seed::importSchema(catalog, pools, args.required("data-source"), args.required("schema"),
                           args.value("namespace", ""));
    std::cout << r.registered << " tables registered, " << r.alreadyRegistered
              << " already registered, " << r.refused.size() << " refused\n";
    for (const std::string& line : r.refused)
        std::cerr << "  refused " << line << "\n";
    return r.refused.empty() ? 0 : 1;
}

} // namespace tsm::cli
