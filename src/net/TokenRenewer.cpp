#include "net/TokenRenewer.h"

#include "net/ApiCall.h"
#include "net/ApiClient.h"
#include "net/ErrorReport.h"
#include "net/Logging.h"
#include "net/ReplyDecoding.h"

namespace cc {

DecodeResult<AuthTokens> decodeAuthTokens(const Json& json) {
    if (!json.is_object())
        return DecodeError{QString(), QStringLiteral("expected object")};
    AuthTokens tokens;
    const auto access = json.find("access");
    if (access == json.end())
        return DecodeError{QStringLiteral("access"), QStringLiteral("required key missing")};
    if (!access->is_string() || access->get_ref<const std::string&>().empty())
        return DecodeError{QStringLiteral("access"), QStringLiteral("expected non-empty string")};
    tokens.access = QString::fromStdString(access->get<std::string>());
    const auto refresh = json.find("refresh");
    if (refresh != json.end() && !refresh->is_null()) {
        if (!refresh->is_string())
            return DecodeError{QStringLiteral("refresh"), QStringLiteral("expected string")};
        tokens.refresh = QString::fromStdString(refresh->get<std::string>());
    }
    return tokens;
}

TokenRenewer::TokenRenewer(ApiClient* client)
    : QObject(client)
    , m_client(client) {}

void TokenRenewer::renew(ApiCall* waiter, const QString& staleToken) {
    const QString current = m_client->config().accessToken;
    if (!current.isEmpty() && current != staleToken && !m_busy) {
        // Another call renewed the token after this one was sent.
        waiter->authRenewed();
        return;
    }
    m_waiting.append(waiter);
    if (m_busy)
        return;
    if (!m_client->config().refreshToken.isEmpty())
        startRefresh();
    else if (m_client->config().hasCredentials())
        startLogin();
    else
        failed(int(staleToken.isEmpty() ? net::AuthFailure::NoCredentials
                                        : net::AuthFailure::TokenRejected),
               nullptr);
}

void TokenRenewer::startRefresh() {
    m_busy = true;
    qCInfo(lcNet) << "access token refused; refreshing it";
    const Json body = {{"refresh", m_client->config().refreshToken.toStdString()}};
    postTokens(RouteMap::refreshPath(), body, this, [this](ApiResult<AuthTokens> result) {
        if (result) {
            succeeded(result.value());
            return;
        }
        const ApiError& error = result.error();
        if (error.kind == ApiError::Kind::Http && m_client->config().hasCredentials()) {
            startLogin();
            return;
        }
        failed(int(error.kind == ApiError::Kind::Http ? net::AuthFailure::RenewalRefused
                                                      : net::AuthFailure::RenewalFailed),
               &error);
    });
}

void TokenRenewer::startLogin() {
    m_busy = true;
    qCInfo(lcNet) << "access token refused; logging in again";
    const ClientConfig& config = m_client->config();
    const Json body = {{"username", config.username.toStdString()},
                       {"password", config.password.toStdString()}};
    postTokens(RouteMap::loginPath(), body, this, [this](ApiResult<AuthTokens> result) {
        if (result) {
            succeeded(result.value());
            return;
        }
        const ApiError& error = result.error();
        failed(int(error.kind == ApiError::Kind::Http ? net::AuthFailure::RenewalRefused
                                                      : net::AuthFailure::RenewalFailed),
               &error);
    });
}

void TokenRenewer::succeeded(const AuthTokens& tokens) {
    Q_UNUSED(tokens); // already stored by postTokens
    m_busy = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiCall>& call : waiting)
        if (call)
            call->authRenewed();
}

void TokenRenewer::failed(int failure, const ApiError* error) {
    m_busy = false;
    m_client->setConnectionState(ConnectionState::Unauthorized);
    const ApiError copy = error ? *error : ApiError();
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiCall>& call : waiting)
        if (call)
            call->authNotRenewed(failure, error ? &copy : nullptr);
}

ApiCall* TokenRenewer::login(const QString& username, const QString& password, QObject* context,
                             Callback<AuthTokens> callback) {
    const Json body = {{"username", username.toStdString()}, {"password", password.toStdString()}};
    return postTokens(RouteMap::loginPath(), body, context, std::move(callback));
}

ApiCall* TokenRenewer::postTokens(const QString& path, const Json& body, QObject* context,
                                  Callback<AuthTokens> callback) {
    ApiCall::Policy policy;
    policy.needsRoutes = false;
    policy.sendToken = false;
    policy.recoverUnauthorized = false;
    auto build = [path, body](const RouteMap&) { return ApiRequest::withJson("POST", path, body); };
    // Store the tokens on the client's thread before anyone hears about them.
    // A refresh that does not rotate keeps the refresh token; a login replaces both.
    const bool keepRefresh = path == RouteMap::refreshPath();
    auto store = [this, keepRefresh](const ApiResult<AuthTokens>& result) {
        if (!result)
            return;
        const AuthTokens& tokens = result.value();
        m_client->setTokens(tokens.access, keepRefresh && tokens.refresh.isEmpty()
                                               ? m_client->config().refreshToken
                                               : tokens.refresh);
    };
    return m_client->startCall(build, policy, context,
                               net::jsonBodyHandler<AuthTokens>(&decodeAuthTokens, callback, store),
                               net::errorHandler<AuthTokens>(callback));
}

} // namespace cc
