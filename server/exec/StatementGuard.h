#pragma once

#include "exec/OperationRunner.h"
#include "exec/PgSession.h"
#include "exec/PyformatBinding.h"
#include "exec/Refusal.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::exec {

// Everything the guard needs to know about one request.
struct GuardRequest {
    const BoundStatement* statement = nullptr;
    std::string operation; // select | insert | update | delete | upsert
    const std::vector<ScopedRelation>* scope = nullptr;
    long long statementTimeoutMs = 0;
};

// Decides, with PostgreSQL, whether one statement may run for this scope. Runs inside the
// caller's open transaction and leaves no trace in it (its work happens in a savepoint
// that is rolled back), except the locks that parsing took, which keep the checked
// relations from changing before the statement runs.
//
// 1. Prepare: one statement only (`multiple_statements`), PostgreSQL settles the parameter
//    types (`types` is updated: pass it to the execution).
// 2. Routines: the statement, parameters as typed NULLs, becomes the body of a temporary
//    SQL-standard function (`BEGIN ATOMIC`), which PostgreSQL accepts only for
//    SELECT/INSERT/UPDATE/DELETE/MERGE (else `unsupported_statement`) and for which it records
//    every function and operator the statement (and any view it reads, recursively) refers to. See
//    RoutinePolicy.h.
// 3. Plan: EXPLAIN (VERBOSE, FORMAT JSON) with the bound values gives the statement type
//    (`operation_mismatch`) and every relation read or written. Each must be in the scope,
//    or be a partition/inheritance child of a scoped table; written ones need write access
//    (`scope_access_denied`).
std::optional<Refusal> guardStatement(PgSession& session, const GuardRequest& request,
                                      std::vector<Oid>& types);

} // namespace tsm::exec
