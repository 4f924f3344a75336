#pragma once

#include "cli/Arguments.h"

namespace tsm::cli {

// One function per subcommand; each returns the process exit status and reports
// failures on stderr. Exceptions are caught by main().
int runInit(const Arguments& args);
int runDataSourceAdd(const Arguments& args);
int runUserCreate(const Arguments& args);
int runTokenCreate(const Arguments& args);
int runSeed(const Arguments& args);
int runImport(const Arguments& args);
int runServe(const Arguments& args);

void printUsage();

} // namespace tsm::cli
