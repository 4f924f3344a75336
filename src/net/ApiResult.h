#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace cc {

// The outcome of one API call: a decoded value or an ApiError. Success and failure both
// keep the HTTP status and the raw reply body (the UI's Raw JSON tab shows it).
template <typename T> class ApiResult {
public:
    ApiResult(T value, int httpStatus, QByteArray rawBody)
        : m_value(std::move(value))
        , m_status(httpStatus)
        , m_raw(std::move(rawBody)) {}
    ApiResult(ApiError error)
        : m_error(std::move(error))
        , m_status(m_error.httpStatus)
        , m_raw(m_error.rawBody) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    // Only when !ok().
    const ApiError& error() const { return m_error; }

    int httpStatus() const { return m_status; } // 0 when nothing came back
    const QByteArray& rawBody() const { return m_raw; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    int m_status = 0;
    QByteArray m_raw;
};

template <typename T> using Callback = std::function<void(ApiResult<T>)>;

// Reply of the JWT login and refresh routes (spec §1.2).
struct AuthTokens {
    QString access;
    QString refresh; // empty when the server did not rotate it
};

// The four flags of `DELETE <uid>/` (spec §2.16); all are always sent.
struct DeleteFlags {
    bool fullDeleteSelected = false;
    bool fullDeleteDownstreamTables = false;
    bool deleteWithNoTable = false;
    bool overrideProtection = false;
};

// What the status bar shows about the backend.
enum class ConnectionState {
    Unknown,     // nothing sent yet
    Detecting,   // probing which route namespace the server has
    Connected,   // the last exchange got an HTTP answer
    Unreachable, // the last exchange got no answer (refused, DNS, TLS, timeout)
    Unauthorized // the credentials were refused for good
};

} // namespace cc
