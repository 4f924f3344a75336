// tsm-refserver: a reference TS Manager backend on PostgreSQL.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "core/Version.h"
#include "db/PgConnection.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <stdexcept>

int main(int argc, char** argv) {
    using namespace tsm::cli;
    try {
        const Arguments args(argc, argv);
        const std::string command = args.word(0);
        if (args.has("version") && command.empty()) {
            std::cout << "tsm-refserver " << cc::kVersion << "\n";
            return 0;
        }
        if (args.has("help") || command.empty() || command == "help") {
            printUsage();
            return command.empty() && !args.has("help") ? 2 : 0;
        }
        const std::string sub = args.word(1);
        if (command == "init")
            return runInit(args);
        if (command == "seed")
            return runSeed(args);
        if (command == "import")
            return runImport(args);
        if (command == "serve")
            return runServe(args);
        if (command == "datasource" && sub == "add")
            return runDataSourceAdd(args);
        if (command == "user" && sub == "create")
            return runUserCreate(args);
        if (command == "token" && sub == "create")
            return runTokenCreate(args);
        std::cerr << "tsm-refserver: unknown command '" << command << (sub.empty() ? "" : " " + sub)
                  << "' (see --help)\n";
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "tsm-refserver: " << e.what() << " (see --help)\n";
        return 2;
    } catch (const tsm::db::PgError& e) {
        std::cerr << "tsm-refserver: PostgreSQL: " << e.what()
                  << (e.sqlstate().empty() ? "" : " [" + e.sqlstate() + "]") << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "tsm-refserver: " << e.what() << "\n";
        return 1;
    }
}
