#pragma once

#include "core/CatalogTypes.h"
#include "core/CompiledSqlOperation.h"
#include "core/DataSource.h"
#include "core/ExecuteReply.h"
#include "core/IntrospectionSnapshot.h"
#include "core/Json.h"
#include "core/MetaTable.h"
#include "core/SchemaGraph.h"
#include "core/ValidateReply.h"
#include "net/ApiCall.h"
#include "net/ApiResult.h"
#include "net/ClientConfig.h"
#include "net/RouteMap.h"

#include <QObject>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;

namespace cc {

class NamespaceDetector;
class TokenRenewer;

// The TS Manager REST client (spec §1, §2, §9) over one QNetworkAccessManager.
//
// Asynchronous only: every call returns at once with an ApiCall handle and later runs its
// callback exactly once with an ApiResult (a value, or an ApiError whose `message` is one
// sentence for the user). The callback never runs before the call returned, runs on the
// thread of `context`, and is skipped when `context` is destroyed first (the request is
// then aborted). `context` may be null: the callback then runs on the client's thread.
// Use the client from the thread it lives on. Destroying the client drops pending calls
// without callbacks.
//
// Behaviour common to all calls:
// - routes: the configured namespace, or auto-detected once (requests wait meanwhile);
// - auth: `Authorization: Bearer <access>`; a 401 renews the token once (refresh token,
//   else user name and password) and retries once; a second 401 is final. Credentials are
//   never sent over plain http:// to a non-loopback host unless allowInsecureHttp
//   (Kind::Configuration instead, nothing sent);
// - retries: GETs on connection refused/reset, a timeout before any header, 429, 500,
//   502, 503, 504 (exponential backoff, Retry-After honoured on 429/503); other methods
//   only when the connection was refused;
// - bodies above 64 KiB are decoded off the calling thread.
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(ClientConfig config, QObject* parent = nullptr);
    ~ApiClient() override;

    const ClientConfig& config() const { return m_config; }
    // The configured namespace, else what detection found; Auto until then.
    ApiNamespace apiNamespace() const;
    RouteMap routes() const { return RouteMap(apiNamespace()); }
    ConnectionState connectionState() const { return m_state; }
    // Replaces the tokens; emits tokensChanged when either changed.
    void setTokens(const QString& accessToken, const QString& refreshToken);

    // The generic primitive: a 2xx answer gives the raw body, anything else an ApiError.
    ApiCall* send(RequestBuilder build, QObject* context, Callback<QByteArray> callback);

    // `GET meta_table/` with `search` (Mode::Catalog), or `description-search/` /
    // `column-search/` with `q`; filters as spec §2.1 (see catalogQueryItems).
    ApiCall* listTables(const CatalogQuery& query, QObject* context,
                        Callback<Page<MetaTable>> callback);
    // Follows a page's `next` link as is (a path is resolved against the origin).
    ApiCall* fetchPage(const QString& nextUrl, QObject* context,
                       Callback<Page<MetaTable>> callback);
    // `GET meta_table/<uid>/`; the result's rawBody() is the detail JSON as received.
    ApiCall* getTable(const QString& uid, QObject* context, Callback<MetaTable> callback);
    // A UUID goes to the detail route; anything else is looked up with `?identifier=`.
    // No match gives Kind::Http with httpStatus 404, several give 409 (nothing was changed).
    ApiCall* resolveTable(const QString& uidOrIdentifier, QObject* context,
                          Callback<MetaTable> callback);
    ApiCall* namespaces(QObject* context, Callback<std::vector<NamespaceInfo>> callback);
    ApiCall* dataSources(QObject* context, Callback<std::vector<DataSource>> callback);
    // `include_incoming` is sent as True/False, like the SDK.
    ApiCall* schemaGraph(const QString& uid, int depth, bool includeIncoming, QObject* context,
                         Callback<SchemaGraph> callback);
    ApiCall* introspect(const QString& uid, QObject* context, Callback<IntrospectReply> callback);
    // `POST validate-contract/` (empty uid) or `POST <uid>/validate-contract/` with
    // `{"table_contract": ..., "management_mode"?: ...}` (an empty mode is left out).
    ApiCall* validateContract(const QString& uid, const Json& tableContract,
                              const QString& managementMode, QObject* context,
                              Callback<ValidateReply> callback);
    // One `POST execute-operation/` as given (ExecutePager follows next_offset).
    ApiCall* executeOperation(const CompiledSqlOperation& operation, QObject* context,
                              Callback<ExecuteReply> callback);
    ApiCall* patchTable(const QString& uid, const Json& changes, QObject* context,
                        Callback<MetaTable> callback);
    // `DELETE <uid>/` with all four flags. The result is the reply's JSON (null for an
    // empty body). `dryRun` adds `dry_run=True`, an extension of tsm-refserver: a server
    // that ignores it really deletes, so a dry-run reply without `"dry_run": true` is
    // reported as Kind::Decode with a warning that the delete may have happened.
    ApiCall* deleteTable(const QString& uid, const DeleteFlags& flags, bool dryRun,
                         QObject* context, Callback<Json> callback);
    // `POST /auth/jwt-token/token/`; on success the tokens are stored (tokensChanged).
    ApiCall* login(const QString& username, const QString& password, QObject* context,
                   Callback<AuthTokens> callback);

    // The query of listTables: `search` or `q`; one namespace as `namespace`, several as
    // `namespace__in=a,b`; `labels__in`; `management_mode`; `data_source__uid`; the
    // extra filters; `limit`; `offset`.
    static QueryItems catalogQueryItems(const CatalogQuery& query);

signals:
    // Also after a rotation, so a profile can persist the new refresh token.
    void tokensChanged(const QString& accessToken, const QString& refreshToken);
    // Every HTTP exchange, retries and auth requests included; status 0 when none came back.
    void requestFinished(const QString& method, const QUrl& url, int status, qint64 elapsedMs);
    void connectionStateChanged(cc::ConnectionState state);
    void apiNamespaceDetected(cc::ApiNamespace apiNamespace);

private:
    friend class ApiCall;
    friend class NamespaceDetector;
    friend class TokenRenewer;

    ApiCall* startCall(RequestBuilder build, ApiCall::Policy policy, QObject* context,
                       ApiCall::BodyHandler onBody, ApiCall::ErrorHandler onError);
    void noteExchange(const QString& method, const QUrl& url, int status, qint64 elapsedMs);
    void setConnectionState(ConnectionState state);

    ClientConfig m_config;
    QNetworkAccessManager* m_network;
    NamespaceDetector* m_detector;
    TokenRenewer* m_renewer;
    ConnectionState m_state = ConnectionState::Unknown;
};

} // namespace cc
