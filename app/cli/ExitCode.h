#pragma once

namespace cc::cli {

// Exit statuses of command-center-cli; `--help` documents the same table.
enum ExitCode : int {
    Ok = 0,
    Failure = 1,         // an unexpected local failure (writing the output file, ...)
    Usage = 2,           // bad arguments or configuration
    AuthFailed = 3,      // authentication or permission refused (401, 403)
    NotFound = 4,        // the table or route does not exist (404)
    ServerFailed = 5,    // network failure, timeout, 5xx or a malformed reply
    Refused = 6,         // refused by the backend: validation, capability, scope
    DeleteRefused = 10,  // dependents: a strict delete would be refused
    CompatibleChanges = 20, // validate: compatible changes only
    BreakingChanges = 21,   // validate: breaking changes
};

} // namespace cc::cli
