#pragma once

#include "core/ApiError.h"

#include <QString>

namespace cc::ui {

// A failed query in words: what happened, the machine facts, the server's message and
// what the user can do about it.
struct QueryErrorText {
    QString title;   // one line, e.g. "The query reads a table outside its scope"
    QString facts;   // "HTTP 403 · scope_access_denied · SQLSTATE 42501"; empty without a reply
    QString message; // the server's own message (or the client's sentence)
    QString advice;  // what to do next; may be empty

    // Everything as plain text, one part per line.
    QString toPlainText() const;
};

// Refusals (spec §5.2) by `error.code`: out-of-scope relations, capabilities, timeouts,
// forbidden functions, SQL errors by SQLSTATE class; transport failures by kind and status.
QueryErrorText describeQueryError(const ApiError& error, qint64 statementTimeoutMs = 0);

} // namespace cc::ui
