#include "exec/Refusal.h"

#include "core/codec/ErrorCodec.h"

#include <QString>

namespace tsm::exec {

Refusal badRequest(std::string code, std::string detail, cc::Json extra) {
    return Refusal{400, std::move(code), std::move(detail), std::move(extra)};
}

Refusal forbidden(std::string code, std::string detail, cc::Json extra) {
    return Refusal{403, std::move(code), std::move(detail), std::move(extra)};
}

Refusal refusalFor(const SqlFailure& failure, long long statementTimeoutMs) {
    if (failure.sqlstate == "57014")
        return Refusal{408, "statement_timeout",
                       "The statement did not finish within its timeout of " +
                           std::to_string(statementTimeoutMs) + " ms.",
                       cc::Json{{"sqlstate", failure.sqlstate}, {"retryable", true}}};
    if (failure.sqlstate.empty() || failure.sqlstate.rfind("08", 0) == 0)
        return Refusal{503, "data_source_unavailable",
                       "The data source cannot be reached: " + failure.message,
                       cc::Json{{"retryable", true}}};
    return badRequest("sql_error", failure.message, cc::Json{{"sqlstate", failure.sqlstate}});
}

ExecutionResult toResult(const Refusal& refusal) {
    const cc::Json body = cc::encodeErrorBody(QString::fromStdString(refusal.detail),
                                              QString::fromStdString(refusal.code), refusal.extra);
    // PostgreSQL messages are UTF-8, but a broken byte must not turn a refusal into a crash.
    return ExecutionResult{refusal.httpStatus,
                           body.dump(-1, ' ', false, cc::Json::error_handler_t::replace)};
}

} // namespace tsm::exec
