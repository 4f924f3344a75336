#pragma once

#include "core/Json.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

// What an error body says (spec §5): the message chosen as the SDK chooses it (first
// non-empty of detail, error, message, non_field_errors, errors; non-strings as JSON;
// else the raw text), and the machine fields of the structured envelope when present.
struct ErrorBody {
    QString message;
    QString code;                     // `error.code`, `detail.code` or `code`
    std::optional<QString> sqlstate;  // `error.sqlstate`
    std::optional<QString> capability; // `error.capability`
    std::optional<bool> retryable;
    Json details = Json(); // the parsed body, or null when it was not JSON
};

// A failed request, as every layer above the network sees it.
struct ApiError {
    enum class Kind {
        Network,      // connection refused, reset, DNS, TLS
        Timeout,      // no complete answer within the request's timeout
        Cancelled,    // the caller aborted it
        Http,         // the server answered with a non-2xx status
        Decode,       // 2xx, but the body does not match the contract
        Configuration // nothing was sent: missing URL, token, or a refused insecure URL
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when nothing came back
    QString method;
    QString url; // never carries credentials
    ErrorBody body;
    QString message; // one sentence for the user
    QByteArray rawBody;

    bool isAuthentication() const { return httpStatus == 401; }
    bool isPermission() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isConflict() const { return httpStatus == 409; }
    // Refused by the backend on its merits: validation, capability, scope (400, 408, 422).
    bool isRefusal() const
    {
        return kind == Kind::Http && (httpStatus == 400 || httpStatus == 408 || httpStatus == 422);
    }
    bool isServerFailure() const { return kind == Kind::Http && httpStatus >= 500; }
};

} // namespace cc
