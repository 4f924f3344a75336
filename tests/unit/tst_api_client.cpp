// ApiClient against an in-process HTTP server: route namespaces and their detection, the
// requests the typed calls send, how replies decode, and how failures read.
#include "tst_api_fixtures.h"

#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cc;
using namespace cc::test;

class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FixtureHttpServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void legacyNamespaceRoutes() {
        m_server->enqueue(
            "GET", kLegacyTables + kAccountUid + "/",
            ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm__account")));
        ApiClient client(configFor(*m_server, ApiNamespace::Legacy));
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(out->value().uid, kAccountUid);
        QCOMPARE(m_server->requests().size(), 1); // no probe when the namespace is configured
    }

    void v1NamespaceRoutes() {
        m_server->enqueue(
            "GET", kV1Tables + kAccountUid + "/",
            ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm__account")));
        ApiClient client(configFor(*m_server, ApiNamespace::V1));
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void autoDetectFallsBackToLegacyOn404() {
        // The v1 probe is not scripted, so it gets 404.
        m_server->enqueue(
            "GET", kLegacyTables + kAccountUid + "/",
            ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm__account")));
        ApiClient client(configFor(*m_server, ApiNamespace::Auto));
        QSignalSpy detected(&client, &ApiClient::apiNamespaceDetected);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(client.apiNamespace(), ApiNamespace::Legacy);
        QCOMPARE(detected.count(), 1);
        const auto& log = m_server->requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].path, kV1Tables);
        QCOMPARE(log[0].rawQuery, QByteArray("limit=1"));
        QCOMPARE(log[1].path, kLegacyTables + kAccountUid + "/");
    }

    void autoDetectPicksV1On401() {
        m_server->enqueue(
            "GET", kV1Tables,
            ScriptedReply::json(401,
                                R"({"detail": "Authentication credentials were not provided."})"));
        m_server->enqueue(
            "GET", kV1Tables + kAccountUid + "/",
            ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm__account")));
        ApiClient client(configFor(*m_server, ApiNamespace::Auto));
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(client.apiNamespace(), ApiNamespace::V1);
        // The probe's 401 proves the route; it does not trigger a token renewal.
        QCOMPARE(m_server->count("POST", "/auth/jwt-token/token/refresh/"), 0);
    }

    void autoDetectRunsOnceForQueuedCalls() {
        m_server->enqueue("GET", kV1Tables, ScriptedReply::json(200, pageJson({})));
        m_server->enqueue("GET", kV1Tables + kAccountUid + "/",
                          ScriptedReply::json(200, metaTableJson(kAccountUid, "a")));
        ApiClient client(configFor(*m_server, ApiNamespace::Auto));
        auto a = makeOutcome<MetaTable>();
        auto b = makeOutcome<MetaTable>();
        auto c = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(a));
        client.getTable(kAccountUid, this, catchInto(b));
        client.getTable(kAccountUid, this, catchInto(c));
        QTRY_VERIFY(a->calls == 1 && b->calls == 1 && c->calls == 1);
        QVERIFY(a->ok() && b->ok() && c->ok());
        int probes = 0;
        for (const RecordedRequest& r : m_server->requests())
            probes += r.path == kV1Tables && r.rawQuery == "limit=1";
        QCOMPARE(probes, 1);
        QCOMPARE(m_server->count("GET", kV1Tables + kAccountUid + "/"), 3);
    }

    void autoDetectFailureIsClearAndRetriedLater() {
        m_server->enqueue("GET", kV1Tables, ScriptedReply::json(418, R"({"detail": "teapot"})"));
        ApiClient client(configFor(*m_server, ApiNamespace::Auto));
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, ApiError::Kind::Http);
        QVERIFY2(out->error().message.contains(QStringLiteral("Could not tell which API")),
                 qPrintable(out->error().message));
        QCOMPARE(client.apiNamespace(), ApiNamespace::Auto);
        auto again = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(again));
        QTRY_COMPARE(again->calls, 1);
        QCOMPARE(m_server->count("GET", kV1Tables), 2); // probed again
    }

    void sendsBearerTokenAndJsonHeaders() {
        m_server->enqueue("POST", kLegacyTables + kAccountUid + "/introspect/",
                          ScriptedReply::json(200, R"({"ok": true, "meta_table_uid": ")" +
                                                       kAccountUid.toUtf8() +
                                                       R"(", "introspection_snapshot": {}})"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<IntrospectReply>();
        client.introspect(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        const RecordedRequest& r = m_server->requests().front();
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.body, QByteArray("{}"));
    }

    void tokenNeverSentOverPlainHttpToRemoteHost() {
        ClientConfig config = configFor(*m_server);
        // Never contacted: the guard refuses before any name lookup or connection.
        config.baseUrl = QUrl(QStringLiteral("http://tsm.example.test:8000"));
        ApiClient client(config);
        QSignalSpy exchanges(&client, &ApiClient::requestFinished);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Configuration);
        QVERIFY(out->error().message.contains(QStringLiteral("plain HTTP")));
        QCOMPARE(exchanges.count(), 0);
        QVERIFY(!out->error().url.contains(QStringLiteral("token-1")));
    }

    void inFiltersAreCommaJoined() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, pageJson({})));
        ApiClient client(configFor(*m_server));
        CatalogQuery q;
        q.namespaces = {QStringLiteral("acme-crm"), QStringLiteral("markets")};
        q.labels = {QStringLiteral("crm"), QStringLiteral("daily")};
        q.text = QStringLiteral("acct+fx");
        q.limit = 25;
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(q, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        const RecordedRequest& r = m_server->requests().front();
        QCOMPARE(r.queryValue(QStringLiteral("namespace__in")), QStringLiteral("acme-crm,markets"));
        QCOMPARE(r.queryValue(QStringLiteral("labels__in")), QStringLiteral("crm,daily"));
        QCOMPARE(r.queryValue(QStringLiteral("search")), QStringLiteral("acct+fx"));
        QVERIFY(r.rawQuery.contains("namespace__in=acme-crm%2Cmarkets"));
        QVERIFY(r.rawQuery.contains("limit=25&offset=0"));
    }

    void searchModesUseTheirRoutes() {
        m_server->enqueue("GET", kLegacyTables + "description-search/",
                          ScriptedReply::json(200, metaTableJson(kAccountUid, "a")));
        ApiClient client(configFor(*m_server));
        CatalogQuery q;
        q.mode = CatalogQuery::Mode::Description;
        q.text = QStringLiteral("customer accounts");
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(q, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(out->value().results.size(), std::size_t(1)); // a single object is a page of one
        QCOMPARE(m_server->requests().front().queryValue(QStringLiteral("q")),
                 QStringLiteral("customer accounts"));

        // Without text nothing is sent.
        q.text.clear();
        auto empty = makeOutcome<Page<MetaTable>>();
        client.listTables(q, this, catchInto(empty));
        QTRY_COMPARE(empty->calls, 1);
        QCOMPARE(empty->error().kind, ApiError::Kind::Configuration);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void booleansAreSentCapitalised() {
        const QString graphPath = kLegacyTables + kAccountUid + "/schema-graph/";
        m_server->enqueue(
            "GET", graphPath,
            ScriptedReply::json(
                200, R"({"root_uid": ")" + kAccountUid.toUtf8() +
                         R"(", "depth": 2, "include_incoming": true, "nodes": [{"uid": ")" +
                         kAccountUid.toUtf8() + R"("}], "edges": []})"));
        m_server->enqueue("DELETE", kLegacyTables + kAccountUid + "/",
                          ScriptedReply::json(204, {}));
        ApiClient client(configFor(*m_server));
        auto graph = makeOutcome<SchemaGraph>();
        client.schemaGraph(kAccountUid, 2, true, this, catchInto(graph));
        QTRY_COMPARE(graph->calls, 1);
        QVERIFY2(graph->ok(), qPrintable(graph->error().message));
        QCOMPARE(m_server->requestsTo("GET", graphPath).front().rawQuery,
                 QByteArray("depth=2&include_incoming=True"));

        DeleteFlags flags;
        flags.fullDeleteSelected = true;
        auto deleted = makeOutcome<Json>();
        client.deleteTable(kAccountUid, flags, false, this, catchInto(deleted));
        QTRY_COMPARE(deleted->calls, 1);
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().message));
        QVERIFY(deleted->value().is_null()); // 204: no body
        QCOMPARE(m_server->requestsTo("DELETE", kLegacyTables + kAccountUid + "/").front().rawQuery,
                 QByteArray("full_delete_selected=True&full_delete_downstream_tables=False"
                            "&delete_with_no_table=False&override_protection=False"));
    }

    void dryRunMustBeConfirmed() {
        const QString path = kLegacyTables + kAccountUid + "/";
        m_server->enqueue("DELETE", path,
                          ScriptedReply::json(200, R"({"ok": true, "dry_run": true})"));
        m_server->enqueue("DELETE", path, ScriptedReply::json(200, R"({"ok": true})"));
        ApiClient client(configFor(*m_server));
        auto confirmed = makeOutcome<Json>();
        client.deleteTable(kAccountUid, {}, true, this, catchInto(confirmed));
        QTRY_COMPARE(confirmed->calls, 1);
        QVERIFY2(confirmed->ok(), qPrintable(confirmed->error().message));
        QVERIFY(m_server->requests().front().rawQuery.endsWith("&dry_run=True"));

        auto ignored = makeOutcome<Json>();
        client.deleteTable(kAccountUid, {}, true, this, catchInto(ignored));
        QTRY_COMPARE(ignored->calls, 1);
        QCOMPARE(ignored->error().kind, ApiError::Kind::Decode);
        QVERIFY(ignored->error().message.contains(QStringLiteral("may have been carried out")));
    }

    void nextUrlIsFollowedVerbatim() {
        const QString next = m_server->baseUrl().toString() + kLegacyTables +
                             QStringLiteral("?limit=1&namespace=acme-crm&offset=1");
        m_server->handle("GET", kLegacyTables, [&](const RecordedRequest& r) {
            if (r.queryValue(QStringLiteral("offset")) == QLatin1String("1"))
                return ScriptedReply::json(200, pageJson({metaTableJson(kPositionUid, "p")}));
            return ScriptedReply::json(200, pageJson({metaTableJson(kAccountUid, "a")}, next));
        });
        ApiClient client(configFor(*m_server));
        CatalogQuery q;
        q.namespaces = {QStringLiteral("acme-crm")};
        q.limit = 1;
        auto first = makeOutcome<Page<MetaTable>>();
        client.listTables(q, this, catchInto(first));
        QTRY_COMPARE(first->calls, 1);
        QVERIFY2(first->ok(), qPrintable(first->error().message));
        QCOMPARE(first->value().next.value_or(QString()), next);

        auto second = makeOutcome<Page<MetaTable>>();
        client.fetchPage(*first->value().next, this, catchInto(second));
        QTRY_COMPARE(second->calls, 1);
        QVERIFY2(second->ok(), qPrintable(second->error().message));
        QCOMPARE(second->value().results.front().uid, kPositionUid);
        QCOMPARE(m_server->requests().last().rawTarget,
                 (kLegacyTables + QStringLiteral("?limit=1&namespace=acme-crm&offset=1")).toUtf8());
        QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer token-1"));
    }

    void nextUrlToAnotherHostGetsNoToken() {
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.fetchPage(
            QStringLiteral("http://203.0.113.7/orm/api/ts_manager/meta_table/?offset=1"), this,
            catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Configuration);
        QVERIFY(out->error().message.contains(QStringLiteral("not the configured server")));
    }

    void malformedJsonIsADecodeError() {
        m_server->enqueue("GET", kLegacyTables,
                          ScriptedReply::json(200, R"({"count": 1, "results": [)"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Decode);
        QCOMPARE(out->error().httpStatus, 200);
        const QString message = out->error().message;
        QVERIFY2(message.startsWith(QStringLiteral("The reply to GET ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("is not valid JSON: malformed JSON at byte")),
                 qPrintable(message));
        QCOMPARE(out->error().rawBody, QByteArray(R"({"count": 1, "results": [)"));
    }

    void contractMismatchNamesThePath() {
        m_server->enqueue(
            "GET", kLegacyTables,
            ScriptedReply::json(200, pageJson({metaTableJson(kAccountUid, "a"),
                                               metaTableJson(kPositionUid, "p", "\"oops\"")})));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Decode);
        QVERIFY2(out->error().message.contains(
                     QStringLiteral("does not match the contract: results[1].labels")),
                 qPrintable(out->error().message));
    }

    void htmlErrorPageReadsWell() {
        ScriptedReply page = ScriptedReply::json(
            502, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                 "Gateway</h1></center><hr><center>nginx</center></body></html>");
        page.contentType = "text/html";
        m_server->enqueue("POST", kLegacyTables + "execute-operation/", page);
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<ExecuteReply>();
        client.executeOperation(CompiledSqlOperation(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        const ApiError& e = out->error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.isServerFailure());
        QVERIFY2(
            e.message.startsWith(QStringLiteral("The server answered 502 Bad Gateway to POST")),
            qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1Char('<')), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("nginx")));
        QCOMPARE(e.method, QStringLiteral("POST"));
    }

    void errorBodyIsDecoded() {
        m_server->enqueue(
            "PATCH", kLegacyTables + kAccountUid + "/",
            ScriptedReply::json(
                400,
                R"({"ok": false, "detail": "Field 'owner' cannot be changed.", "error": {"code": "field_not_writable", "retryable": false}})"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<MetaTable>();
        client.patchTable(kAccountUid, Json{{"owner", "x"}}, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        const ApiError& e = out->error();
        QVERIFY(e.isRefusal());
        QCOMPARE(e.body.code, QStringLiteral("field_not_writable"));
        QVERIFY2(e.message.contains(QStringLiteral("Field 'owner' cannot be changed.")),
                 qPrintable(e.message));
        QCOMPARE(m_server->requests().front().body, QByteArray(R"({"owner":"x"})"));
    }

    void resolveTableByUidOrIdentifier() {
        m_server->enqueue("GET", kLegacyTables + kAccountUid + "/",
                          ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm.Account")));
        m_server->handle("GET", kLegacyTables, [](const RecordedRequest& r) {
            const QString id = r.queryValue(QStringLiteral("identifier"));
            if (id == QLatin1String("one"))
                return ScriptedReply::json(200, pageJson({metaTableJson(kPositionUid, "one")}));
            if (id == QLatin1String("two"))
                return ScriptedReply::json(200, pageJson({metaTableJson(kAccountUid, "two"),
                                                          metaTableJson(kPositionUid, "two")}));
            return ScriptedReply::json(200, pageJson({}));
        });
        ApiClient client(configFor(*m_server));
        auto byUid = makeOutcome<MetaTable>();
        auto one = makeOutcome<MetaTable>();
        auto none = makeOutcome<MetaTable>();
        auto two = makeOutcome<MetaTable>();
        client.resolveTable(kAccountUid, this, catchInto(byUid));
        client.resolveTable(QStringLiteral("one"), this, catchInto(one));
        client.resolveTable(QStringLiteral("missing"), this, catchInto(none));
        client.resolveTable(QStringLiteral("two"), this, catchInto(two));
        QTRY_VERIFY(byUid->calls == 1 && one->calls == 1 && none->calls == 1 && two->calls == 1);
        QVERIFY(byUid->ok());
        QCOMPARE(byUid->value().uid, kAccountUid);
        QVERIFY(one->ok());
        QCOMPARE(one->value().uid, kPositionUid);
        QVERIFY(none->error().isNotFound());
        QVERIFY(none->error().message.contains(QStringLiteral("missing")));
        QVERIFY(two->error().isConflict());
        QCOMPARE(m_server->count("GET", kLegacyTables + kAccountUid + "/"), 1);
    }

    void detailKeepsRawBody() {
        const QByteArray body = metaTableJson(kAccountUid, "acme_crm__account");
        m_server->enqueue("GET", kLegacyTables + kAccountUid + "/", ScriptedReply::json(200, body));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->result->rawBody(), body);
        QCOMPARE(out->result->httpStatus(), 200);
    }

    void largeBodiesDecodeOffThread() {
        QList<QByteArray> tables;
        for (int i = 0; i < 400; ++i)
            tables << metaTableJson(
                QStringLiteral("0a1b2c3d-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                QStringLiteral("table_%1").arg(i));
        const QByteArray body = pageJson(tables);
        QVERIFY(body.size() > 64 * 1024);
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, body));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(out->value().results.size(), std::size_t(400));
        QCOMPARE(out->value().results.back().identifier.value_or(QString()),
                 QStringLiteral("table_399"));
    }

    void otherTypedCalls() {
        m_server->enqueue(
            "GET", kLegacyTables + "namespaces/",
            ScriptedReply::json(
                200,
                R"([{"namespace_uid": "n1", "namespace": "acme-crm", "display_name": "ACME CRM", "table_count": 2, "filters": {"namespace": "acme-crm"}}])"));
        m_server->enqueue(
            "GET", "/orm/api/connections/data_source/",
            ScriptedReply::json(
                200,
                R"([{"uid": "ds1", "display_name": "pg", "class_type": "postgresql", "status": "AVAILABLE"}])"));
        m_server->enqueue(
            "POST", kLegacyTables + "validate-contract/",
            ScriptedReply::json(200, R"({"ok": true, "errors": [], "warnings": []})"));
        ApiClient client(configFor(*m_server));
        auto namespaces = makeOutcome<std::vector<NamespaceInfo>>();
        auto sources = makeOutcome<std::vector<DataSource>>();
        auto validation = makeOutcome<ValidateReply>();
        client.namespaces(this, catchInto(namespaces));
        client.dataSources(this, catchInto(sources));
        const Json contract = {{"version", "relational-table.v1"}};
        client.validateContract(QString(), contract, QStringLiteral("platform_managed"), this,
                                catchInto(validation));
        QTRY_VERIFY(namespaces->calls == 1 && sources->calls == 1 && validation->calls == 1);
        QVERIFY2(namespaces->ok(), qPrintable(namespaces->error().message));
        QCOMPARE(namespaces->value().front().name, QStringLiteral("acme-crm"));
        QVERIFY2(sources->ok(), qPrintable(sources->error().message));
        QCOMPARE(sources->value().front().uid, QStringLiteral("ds1"));
        QVERIFY2(validation->ok(), qPrintable(validation->error().message));
        QCOMPARE(validation->value().ok, std::optional<bool>(true));
        const Json sent =
            Json::parse(m_server->requestsTo("POST", kLegacyTables + "validate-contract/")
                            .front()
                            .body.toStdString());
        QCOMPARE(sent,
                 (Json{{"table_contract", contract}, {"management_mode", "platform_managed"}}));
    }

    void callbackNeverRunsBeforeTheCallReturns() {
        ClientConfig config = configFor(*m_server);
        config.baseUrl = QUrl(QStringLiteral("not a url"));
        ApiClient client(config);
        bool returned = false;
        bool early = false;
        int calls = 0;
        client.getTable(kAccountUid, this, [&](ApiResult<MetaTable> r) {
            early = !returned;
            ++calls;
            QCOMPARE(r.error().kind, ApiError::Kind::Configuration);
            QCOMPARE(r.error().message, QStringLiteral("The server address \"not a url\" is not a "
                                                       "valid http:// or https:// URL. Check the "
                                                       "connection settings."));
        });
        returned = true;
        QTRY_COMPARE(calls, 1);
        QVERIFY(!early);
    }

    void statusSignals() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, pageJson({})));
        ApiClient client(configFor(*m_server));
        QSignalSpy finished(&client, &ApiClient::requestFinished);
        QSignalSpy state(&client, &ApiClient::connectionStateChanged);
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("GET"));
        QCOMPARE(finished[0][1].toUrl().path(), kLegacyTables);
        QCOMPARE(finished[0][2].toInt(), 200);
        QCOMPARE(client.connectionState(), ConnectionState::Connected);
        QCOMPARE(state.count(), 1);
    }

private:
    std::unique_ptr<FixtureHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
