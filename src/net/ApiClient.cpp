#include "net/ApiClient.h"

#include "core/codec/ContractCodec.h"
#include "core/codec/GraphCodec.h"
#include "core/codec/IntrospectionCodec.h"
#include "core/codec/MetaTableCodec.h"
#include "core/codec/OperationCodec.h"
#include "net/ErrorReport.h"
#include "net/Logging.h"
#include "net/NamespaceDetector.h"
#include "net/ReplyDecoding.h"
#include "net/TokenRenewer.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace cc {

namespace {

bool looksLikeUuid(const QString& text) {
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

DecodeResult<QByteArray> rawBody(const QByteArray& body, bool*) {
    return body;
}

// An empty body (204) is JSON null.
DecodeResult<Json> jsonOrNull(const QByteArray& body, bool* syntax) {
    if (body.trimmed().isEmpty())
        return Json(nullptr);
    DecodeResult<Json> parsed = parseJson(body);
    if (!parsed)
        *syntax = true;
    return parsed;
}

DecodeResult<ExecuteReply> executeReply(const QByteArray& body, bool* syntax) {
    DecodeResult<OrderedJson> parsed = parseOrderedJson(body);
    if (!parsed) {
        *syntax = true;
        return parsed.error();
    }
    return decodeExecuteReply(parsed.value());
}

} // namespace

ApiClient::ApiClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_detector(new NamespaceDetector(this, m_config.apiNamespace))
    , m_renewer(new TokenRenewer(this)) {}

ApiClient::~ApiClient() {
    // Calls first: they detach from their replies before the network manager goes.
    const auto calls = findChildren<ApiCall*>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

ApiNamespace ApiClient::apiNamespace() const {
    return m_detector->resolved().value_or(ApiNamespace::Auto);
}

void ApiClient::setTokens(const QString& accessToken, const QString& refreshToken) {
    if (accessToken == m_config.accessToken && refreshToken == m_config.refreshToken)
        return;
    m_config.accessToken = accessToken;
    m_config.refreshToken = refreshToken;
    qCInfo(lcNet) << "tokens replaced";
    emit tokensChanged(accessToken, refreshToken);
}

ApiCall* ApiClient::startCall(RequestBuilder build, ApiCall::Policy policy, QObject* context,
                              ApiCall::BodyHandler onBody, ApiCall::ErrorHandler onError) {
    auto* call =
        new ApiCall(this, std::move(build), policy, context, std::move(onBody), std::move(onError));
    // Started from the event loop so that no callback runs before the caller has the handle.
    QTimer::singleShot(0, call, [call] { call->start(); });
    return call;
}

void ApiClient::noteExchange(const QString& method, const QUrl& url, int status, qint64 elapsedMs) {
    const QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    qCDebug(lcNet).noquote() << method << net::displayUrl(url) << "->" << status << "in"
                             << elapsedMs << "ms";
    if (status == 0)
        setConnectionState(ConnectionState::Unreachable);
    else if (status != 401)
        setConnectionState(ConnectionState::Connected);
    emit requestFinished(method, shown, status, elapsedMs);
}

void ApiClient::setConnectionState(ConnectionState state) {
    if (state == m_state)
        return;
    m_state = state;
    emit connectionStateChanged(state);
}

ApiCall* ApiClient::send(RequestBuilder build, QObject* context, Callback<QByteArray> callback) {
    return startCall(std::move(build), {}, context,
                     net::decodingHandler<QByteArray>(&rawBody, callback),
                     net::errorHandler<QByteArray>(callback));
}

QueryItems ApiClient::catalogQueryItems(const CatalogQuery& query) {
    QueryItems items;
    const QString text = query.text.trimmed();
    if (!text.isEmpty())
        items.emplace_back(query.mode == CatalogQuery::Mode::Catalog ? QStringLiteral("search")
                                                                     : QStringLiteral("q"),
                           text);
    if (query.namespaces.size() == 1)
        items.emplace_back(QStringLiteral("namespace"), query.namespaces.front());
    else if (query.namespaces.size() > 1)
        items.emplace_back(QStringLiteral("namespace__in"),
                           query.namespaces.join(QLatin1Char(',')));
    if (!query.labels.isEmpty())
        items.emplace_back(QStringLiteral("labels__in"), query.labels.join(QLatin1Char(',')));
    if (!query.managementMode.isEmpty())
        items.emplace_back(QStringLiteral("management_mode"), query.managementMode);
    if (!query.dataSourceUid.isEmpty())
        items.emplace_back(QStringLiteral("data_source__uid"), query.dataSourceUid);
    for (const auto& [key, value] : query.extraFilters)
        if (!key.isEmpty())
            items.emplace_back(key, value);
    if (query.limit > 0)
        items.emplace_back(QStringLiteral("limit"), QString::number(query.limit));
    items.emplace_back(QStringLiteral("offset"),
                       QString::number(std::max<qint64>(0, query.offset)));
    return items;
}

ApiCall* ApiClient::listTables(const CatalogQuery& query, QObject* context,
                               Callback<Page<MetaTable>> callback) {
    auto build = [query](const RouteMap& routes) {
        QString path = routes.metaTables();
        if (query.mode == CatalogQuery::Mode::Description)
            path = routes.metaTableAction(QStringLiteral("description-search"));
        else if (query.mode == CatalogQuery::Mode::Column)
            path = routes.metaTableAction(QStringLiteral("column-search"));
        ApiRequest request = ApiRequest::get(path, catalogQueryItems(query));
        // The search routes require a non-empty `q` (spec §2.3): say so without a round trip.
        if (query.mode != CatalogQuery::Mode::Catalog && query.text.trimmed().isEmpty())
            request.refusal = tr("Type a search term: description and column search need one.");
        return request;
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<Page<MetaTable>>(&decodeMetaTablePage, callback),
                     net::errorHandler<Page<MetaTable>>(callback));
}

ApiCall* ApiClient::fetchPage(const QString& nextUrl, QObject* context,
                              Callback<Page<MetaTable>> callback) {
    auto build = [nextUrl](const RouteMap&) {
        ApiRequest request;
        request.absoluteUrl = QUrl(nextUrl, QUrl::TolerantMode);
        return request;
    };
    ApiCall::Policy policy;
    policy.needsRoutes = false;
    return startCall(build, policy, context,
                     net::jsonBodyHandler<Page<MetaTable>>(&decodeMetaTablePage, callback),
                     net::errorHandler<Page<MetaTable>>(callback));
}

ApiCall* ApiClient::getTable(const QString& uid, QObject* context, Callback<MetaTable> callback) {
    auto build = [uid](const RouteMap& routes) { return ApiRequest::get(routes.metaTable(uid)); };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<MetaTable>(&decodeMetaTable, callback),
                     net::errorHandler<MetaTable>(callback));
}

ApiCall* ApiClient::resolveTable(const QString& uidOrIdentifier, QObject* context,
                                 Callback<MetaTable> callback) {
    const QString key = uidOrIdentifier.trimmed();
    if (looksLikeUuid(key))
        return getTable(key, context, std::move(callback));

    auto build = [key](const RouteMap& routes) {
        // limit=2 is enough to tell "exactly one" from "several".
        return ApiRequest::get(
            routes.metaTables(),
            {{QStringLiteral("identifier"), key}, {QStringLiteral("limit"), QStringLiteral("2")}});
    };
    auto onBody = [key, callback](ApiCall& call, const QByteArray& body, int status) {
        const auto decode = net::jsonDecoder<Page<MetaTable>>(&decodeMetaTablePage);
        const auto out = net::runDecoder(decode, body);
        const DecodeResult<Page<MetaTable>>& page = *out->result;
        std::shared_ptr<ApiResult<MetaTable>> result;
        if (!page.ok()) {
            result = std::make_shared<ApiResult<MetaTable>>(net::decodeError(
                call.method(), call.url(), status, body, page.error(), out->syntax));
        } else if (page.value().results.size() == 1) {
            // The raw body is the one table as the list sent it, not the whole page. A list
            // serializer may be lighter than the detail one: callers that need every field
            // fetch the detail by uid.
            const OrderedJson list = OrderedJson::parse(body.constBegin(), body.constEnd(), nullptr, false);
            const OrderedJson& item = list.is_array() ? list.at(0)
                                      : list.contains("results") ? list["results"].at(0)
                                                                 : list;
            result = std::make_shared<ApiResult<MetaTable>>(
                page.value().results.front(), status,
                QByteArray::fromStdString(item.dump(-1, ' ', false, OrderedJson::error_handler_t::replace)));
        } else {
            // Reported like the detail route would: 404 for none, 409 for several.
            const bool none = page.value().results.empty();
            ApiError error;
            error.kind = ApiError::Kind::Http;
            error.httpStatus = none ? 404 : 409;
            error.method = call.method();
            error.url = call.url().toString(QUrl::RemoveUserInfo);
            error.rawBody = body;
            error.message = none ? tr("No table has the identifier \"%1\".").arg(key)
                                 : tr("Several tables have the identifier \"%1\": use the table's "
                                      "uid instead.")
                                       .arg(key);
            error.body.message = error.message;
            result = std::make_shared<ApiResult<MetaTable>>(error);
        }
        call.deliver([callback, result] {
            if (callback)
                callback(std::move(*result));
        });
    };
    return startCall(build, {}, context, onBody, net::errorHandler<MetaTable>(callback));
}

ApiCall* ApiClient::namespaces(QObject* context, Callback<std::vector<NamespaceInfo>> callback) {
    auto build = [](const RouteMap& routes) {
        return ApiRequest::get(routes.metaTableAction(QStringLiteral("namespaces")));
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<std::vector<NamespaceInfo>>(&decodeNamespaces, callback),
                     net::errorHandler<std::vector<NamespaceInfo>>(callback));
}

ApiCall* ApiClient::dataSources(QObject* context, Callback<std::vector<DataSource>> callback) {
    auto build = [](const RouteMap& routes) { return ApiRequest::get(routes.dataSources()); };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<std::vector<DataSource>>(&decodeDataSourceList, callback),
                     net::errorHandler<std::vector<DataSource>>(callback));
}

ApiCall* ApiClient::schemaGraph(const QString& uid, int depth, bool includeIncoming,
                                QObject* context, Callback<SchemaGraph> callback) {
    auto build = [uid, depth, includeIncoming](const RouteMap& routes) {
        return ApiRequest::get(routes.metaTableDetailAction(uid, QStringLiteral("schema-graph")),
                               {{QStringLiteral("depth"), QString::number(std::max(0, depth))},
                                {QStringLiteral("include_incoming"), queryBool(includeIncoming)}});
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<SchemaGraph>(&decodeSchemaGraph, callback),
                     net::errorHandler<SchemaGraph>(callback));
}

ApiCall* ApiClient::introspect(const QString& uid, QObject* context,
                               Callback<IntrospectReply> callback) {
    auto build = [uid](const RouteMap& routes) {
        return ApiRequest::withJson("POST",
                                    routes.metaTableDetailAction(uid, QStringLiteral("introspect")),
                                    Json::object());
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<IntrospectReply>(&decodeIntrospectReply, callback),
                     net::errorHandler<IntrospectReply>(callback));
}

ApiCall* ApiClient::validateContract(const QString& uid, const Json& tableContract,
                                     const QString& managementMode, QObject* context,
                                     Callback<ValidateReply> callback) {
    Json body = {{"table_contract", tableContract}};
    if (!managementMode.isEmpty())
        body["management_mode"] = managementMode.toStdString();
    auto build = [uid, body](const RouteMap& routes) {
        const QString action = QStringLiteral("validate-contract");
        return ApiRequest::withJson("POST",
                                    uid.isEmpty() ? routes.metaTableAction(action)
                                                  : routes.metaTableDetailAction(uid, action),
                                    body);
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<ValidateReply>(&decodeValidateReply, callback),
                     net::errorHandler<ValidateReply>(callback));
}

ApiCall* ApiClient::executeOperation(const CompiledSqlOperation& operation, QObject* context,
                                     Callback<ExecuteReply> callback) {
    const Json body = encodeCompiledSqlOperation(operation);
    auto build = [body](const RouteMap& routes) {
        return ApiRequest::withJson(
            "POST", routes.metaTableAction(QStringLiteral("execute-operation")), body);
    };
    return startCall(build, {}, context,
                     net::decodingHandler<ExecuteReply>(&executeReply, callback),
                     net::errorHandler<ExecuteReply>(callback));
}

ApiCall* ApiClient::patchTable(const QString& uid, const Json& changes, QObject* context,
                               Callback<MetaTable> callback) {
    auto build = [uid, changes](const RouteMap& routes) {
        return ApiRequest::withJson("PATCH", routes.metaTable(uid), changes);
    };
    return startCall(build, {}, context,
                     net::jsonBodyHandler<MetaTable>(&decodeMetaTable, callback),
                     net::errorHandler<MetaTable>(callback));
}

ApiCall* ApiClient::deleteTable(const QString& uid, const DeleteFlags& flags, bool dryRun,
                                QObject* context, Callback<Json> callback) {
    auto build = [uid, flags, dryRun](const RouteMap& routes) {
        ApiRequest request;
        request.method = "DELETE";
        request.path = routes.metaTable(uid);
        request.query = {
            {QStringLiteral("full_delete_selected"), queryBool(flags.fullDeleteSelected)},
            {QStringLiteral("full_delete_downstream_tables"),
             queryBool(flags.fullDeleteDownstreamTables)},
            {QStringLiteral("delete_with_no_table"), queryBool(flags.deleteWithNoTable)},
            {QStringLiteral("override_protection"), queryBool(flags.overrideProtection)}};
        if (dryRun)
            request.query.emplace_back(QStringLiteral("dry_run"), queryBool(true));
        return request;
    };
    net::BodyDecoder<Json> decode = &jsonOrNull;
    if (dryRun) {
        decode = [](const QByteArray& body, bool* syntax) -> DecodeResult<Json> {
            DecodeResult<Json> json = jsonOrNull(body, syntax);
            if (!json)
                return json;
            const Json& value = json.value();
            const bool confirmed = value.is_object() && value.find("dry_run") != value.end() &&
                                   *value.find("dry_run") == Json(true);
            if (!confirmed)
                return DecodeError{QStringLiteral("dry_run"),
                                   tr("the server did not confirm a dry run, so the delete may "
                                      "have been carried out. Check the table")};
            return json;
        };
    }
    return startCall(build, {}, context, net::decodingHandler<Json>(decode, callback),
                     net::errorHandler<Json>(callback));
}

ApiCall* ApiClient::login(const QString& username, const QString& password, QObject* context,
                          Callback<AuthTokens> callback) {
    return m_renewer->login(username, password, context, std::move(callback));
}

} // namespace cc
