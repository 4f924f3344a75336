#pragma once

#include "core/ApiError.h"
#include "core/DecodeResult.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// Builders of the ApiError every failed call ends with. Each fills kind, method, url
// (without credentials), status, body and one sentence for the user that says what
// happened and what to do.
namespace cc::net {

// The URL as shown to users: no user info, no query.
QString displayUrl(const QUrl& url);
// scheme://host:port/ of a URL.
QString displayOrigin(const QUrl& url);

ApiError transportError(const QString& method, const QUrl& url, QNetworkReply::NetworkError code,
                        const QString& detail);
ApiError timeoutError(const QString& method, const QUrl& url, int timeoutMs);
ApiError httpError(const QString& method, const QUrl& url, int status, const QString& reason,
                   const QByteArray& body);
// A 2xx reply whose body is not JSON (`syntax`) or does not match the contract.
ApiError decodeError(const QString& method, const QUrl& url, int status, const QByteArray& body,
                     const DecodeError& error, bool syntax);
ApiError cancelledError(const QString& method, const QUrl& url);
ApiError configurationError(const QString& method, const QUrl& url, const QString& message);

// Why a 401 could not be recovered from (spec §1.2: one refresh, one retry).
enum class AuthFailure {
    NoCredentials,  // no token at all and nothing to log in with
    TokenRejected,  // a token was sent; no refresh token or password to renew it
    RenewalRefused, // the refresh (or login) was refused
    RenewalFailed,  // the refresh (or login) did not get through
    StillRejected   // refreshed, retried, 401 again
};
// `unauthorized` is the call's own 401; `renewal` the failed refresh or login, if any.
ApiError authError(const ApiError& unauthorized, AuthFailure why, const ApiError* renewal);

// Ends `text` with a full stop unless it already ends with punctuation.
QString sentence(const QString& text);

} // namespace cc::net
