#pragma once

#include "exec/OperationRunner.h"

#include "core/Json.h"

#include <string>

namespace tsm::exec {

// An operation the runner will not (or could not) carry out: the HTTP status, the
// machine code of spec §5.2 and one sentence for the caller. `extra` holds further
// machine fields of `error` (sqlstate, capability, relation, ...).
struct Refusal {
    int httpStatus = 400;
    std::string code;
    std::string detail;
    cc::Json extra = cc::Json::object();
};

Refusal badRequest(std::string code, std::string detail, cc::Json extra = cc::Json::object());
Refusal forbidden(std::string code, std::string detail, cc::Json extra = cc::Json::object());

// A failed SQL call as PostgreSQL reported it. An empty sqlstate means the connection
// failed rather than the statement.
struct SqlFailure {
    std::string sqlstate;
    std::string message;
};

// statement_timeout (57014) → 408, connection failures → 503, anything else → 400
// `sql_error` carrying the sqlstate and PostgreSQL's message.
Refusal refusalFor(const SqlFailure& failure, long long statementTimeoutMs);

// The §5.2 envelope.
ExecutionResult toResult(const Refusal& refusal);

} // namespace tsm::exec
