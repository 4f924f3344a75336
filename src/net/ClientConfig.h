#pragma once

#include "net/RouteMap.h"

#include <QString>
#include <QUrl>

namespace cc {

// Everything an ApiClient needs to talk to one backend. A profile fills it in.
struct ClientConfig {
    QUrl baseUrl; // the origin, e.g. https://api.main-sequence.app (a path prefix is kept)
    ApiNamespace apiNamespace = ApiNamespace::Auto;

    QString accessToken;  // sent as `Authorization: Bearer <token>`
    QString refreshToken; // used once on a 401 (spec §1.2)
    QString username;     // optional: log in on a 401 when there is no refresh token
    QString password;

    int timeoutMs = 30000;       // per request: no byte moved for this long aborts it
    int maxGetRetries = 3;       // extra tries of a GET on transient failures
    int retryBaseDelayMs = 250;  // backoff: base * 2^n ...
    int retryMaxDelayMs = 8000;  // ... capped here
    int maxRetryAfterMs = 30000; // a longer Retry-After is not waited for

    bool verifyTls = true;          // a profile may turn it off for a self-signed server
    bool allowInsecureHttp = false; // allow credentials over http:// to a non-loopback host

    // The base URL without user info, query, fragment or trailing `/`.
    QUrl origin() const;
    bool hasCredentials() const { return !username.isEmpty() && !password.isEmpty(); }
};

// True for localhost, *.localhost, 127.0.0.0/8 and ::1 (no name lookup is made).
bool isLoopbackHost(const QString& host);

// Empty when credentials may be sent to `url` under `config`; else the one-sentence reason.
// Refused: plain http:// to a non-loopback host (unless allowInsecureHttp), any scheme other
// than http/https, and a host other than the configured origin's (a `next` link pointing
// elsewhere must not receive the token).
QString credentialTransportProblem(const ClientConfig& config, const QUrl& url);

} // namespace cc
