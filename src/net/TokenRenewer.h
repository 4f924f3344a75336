#pragma once

#include "core/ApiError.h"
#include "core/DecodeResult.h"
#include "core/Json.h"
#include "net/ApiResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cc {

class ApiCall;
class ApiClient;

// `{"access", "refresh"?}` of the login and refresh routes.
DecodeResult<AuthTokens> decodeAuthTokens(const Json& json);

// Renews the access token after a 401 (spec §1.2): with the refresh token if there is one,
// else (or when the refresh is refused) by logging in with the configured user name and
// password. Concurrent 401s share one renewal; a call whose token was already replaced
// by a renewal retries at once.
class TokenRenewer : public QObject {
    Q_OBJECT

public:
    explicit TokenRenewer(ApiClient* client);

    void renew(ApiCall* waiter, const QString& staleToken);
    // POST the login route; on success the tokens are stored and announced.
    ApiCall* login(const QString& username, const QString& password, QObject* context,
                   Callback<AuthTokens> callback);

private:
    void startRefresh();
    void startLogin();
    void succeeded(const AuthTokens& tokens);
    void failed(int failure, const ApiError* error);
    ApiCall* postTokens(const QString& path, const Json& body, QObject* context,
                        Callback<AuthTokens> callback);

    ApiClient* m_client;
    QList<QPointer<ApiCall>> m_waiting;
    bool m_busy = false;
};

} // namespace cc
