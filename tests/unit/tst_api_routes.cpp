// Route map, query encoding, catalog filters and the credential transport guard: the
// parts of cc_net that need no server.
#include "net/ApiClient.h"
#include "net/ClientConfig.h"
#include "net/RouteMap.h"

#include <QtTest>

using namespace cc;

class TestApiRoutes : public QObject {
    Q_OBJECT

private slots:
    void legacyPaths() {
        const RouteMap r(ApiNamespace::Legacy);
        QCOMPARE(r.metaTables(), QStringLiteral("/orm/api/ts_manager/meta_table/"));
        QCOMPARE(r.metaTable(QStringLiteral("abc")),
                 QStringLiteral("/orm/api/ts_manager/meta_table/abc/"));
        QCOMPARE(r.metaTableAction(QStringLiteral("execute-operation")),
                 QStringLiteral("/orm/api/ts_manager/meta_table/execute-operation/"));
        QCOMPARE(r.metaTableDetailAction(QStringLiteral("abc"), QStringLiteral("schema-graph")),
                 QStringLiteral("/orm/api/ts_manager/meta_table/abc/schema-graph/"));
        QCOMPARE(r.dataSources(), QStringLiteral("/orm/api/connections/data_source/"));
        QCOMPARE(r.runQueryAction(), QStringLiteral("run_query"));
    }

    void v1Paths() {
        const RouteMap r(ApiNamespace::V1);
        QCOMPARE(r.metaTables(), QStringLiteral("/api/v1/meta-tables/"));
        QCOMPARE(r.metaTable(QStringLiteral("abc")), QStringLiteral("/api/v1/meta-tables/abc/"));
        QCOMPARE(r.dataSources(), QStringLiteral("/api/v1/data-sources/"));
        QCOMPARE(r.runQueryAction(), QStringLiteral("run-query"));
        QCOMPARE(RouteMap::probePath(), QStringLiteral("/api/v1/meta-tables/"));
    }

    void authPathsHangOffTheOrigin() {
        QCOMPARE(RouteMap::loginPath(), QStringLiteral("/auth/jwt-token/token/"));
        QCOMPARE(RouteMap::refreshPath(), QStringLiteral("/auth/jwt-token/token/refresh/"));
        const QUrl url =
            RouteMap::url(QUrl(QStringLiteral("https://h.test/prefix/")), RouteMap::loginPath());
        QCOMPARE(url.toString(), QStringLiteral("https://h.test/prefix/auth/jwt-token/token/"));
    }

    void autoIsTreatedAsLegacy() {
        QCOMPARE(RouteMap(ApiNamespace::Auto).apiNamespace(), ApiNamespace::Legacy);
    }

    void userTextStaysOneSegment() {
        const RouteMap r(ApiNamespace::V1);
        QCOMPARE(r.metaTable(QStringLiteral("a/b c")),
                 QStringLiteral("/api/v1/meta-tables/a%2Fb%20c/"));
        const QUrl url = RouteMap::url(QUrl(QStringLiteral("http://127.0.0.1:8000")),
                                       r.metaTable(QStringLiteral("a/b")));
        QCOMPARE(url.toEncoded(), QByteArray("http://127.0.0.1:8000/api/v1/meta-tables/a%2Fb/"));
    }

    void queryEncodesReservedCharacters() {
        const QueryItems items = {{QStringLiteral("uid__in"), QStringLiteral("a,b")},
                                  {QStringLiteral("search"), QStringLiteral("c++ & d=e")}};
        QCOMPARE(RouteMap::encodeQuery(items),
                 QStringLiteral("uid__in=a%2Cb&search=c%2B%2B%20%26%20d%3De"));
        // QUrl keeps the encoding as written.
        const QUrl url = RouteMap::url(QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                       QStringLiteral("/x/"), items);
        QCOMPARE(url.toEncoded(),
                 QByteArray("http://127.0.0.1:1/x/?uid__in=a%2Cb&search=c%2B%2B%20%26%20d%3De"));
    }

    void booleansAreCapitalised() {
        QCOMPARE(queryBool(true), QStringLiteral("True"));
        QCOMPARE(queryBool(false), QStringLiteral("False"));
    }

    void namespaceNames() {
        ApiNamespace ns = ApiNamespace::Auto;
        QVERIFY(parseApiNamespace(QStringLiteral("V1"), &ns));
        QCOMPARE(ns, ApiNamespace::V1);
        QVERIFY(parseApiNamespace(QStringLiteral("legacy"), &ns));
        QCOMPARE(ns, ApiNamespace::Legacy);
        QVERIFY(parseApiNamespace(QStringLiteral("auto"), &ns));
        QCOMPARE(ns, ApiNamespace::Auto);
        QVERIFY(!parseApiNamespace(QStringLiteral("v2"), &ns));
        QCOMPARE(apiNamespaceName(ApiNamespace::V1), QStringLiteral("v1"));
    }

    void catalogQueryFilters() {
        CatalogQuery q;
        q.text = QStringLiteral(" trades ");
        q.namespaces = {QStringLiteral("markets"), QStringLiteral("crm")};
        q.labels = {QStringLiteral("daily"), QStringLiteral("fx")};
        q.managementMode = QStringLiteral("platform_managed");
        q.dataSourceUid = QStringLiteral("ds-1");
        q.extraFilters = {{QStringLiteral("namespace_uid"), QStringLiteral("ns-9")}};
        q.limit = 25;
        q.offset = 50;
        const QueryItems expected = {
            {QStringLiteral("search"), QStringLiteral("trades")},
            {QStringLiteral("namespace__in"), QStringLiteral("markets,crm")},
            {QStringLiteral("labels__in"), QStringLiteral("daily,fx")},
            {QStringLiteral("management_mode"), QStringLiteral("platform_managed")},
            {QStringLiteral("data_source__uid"), QStringLiteral("ds-1")},
            {QStringLiteral("namespace_uid"), QStringLiteral("ns-9")},
            {QStringLiteral("limit"), QStringLiteral("25")},
            {QStringLiteral("offset"), QStringLiteral("50")}};
        QCOMPARE(ApiClient::catalogQueryItems(q), expected);
    }

    void catalogQuerySearchModesUseQ() {
        CatalogQuery q;
        q.mode = CatalogQuery::Mode::Column;
        q.text = QStringLiteral("account_uid");
        q.namespaces = {QStringLiteral("crm")};
        const QueryItems items = ApiClient::catalogQueryItems(q);
        QCOMPARE(items.front(), std::make_pair(QStringLiteral("q"), QStringLiteral("account_uid")));
        // One namespace is an exact filter.
        QCOMPARE(items[1], std::make_pair(QStringLiteral("namespace"), QStringLiteral("crm")));
    }

    void emptyFieldsAreNotSent() {
        const QueryItems items = ApiClient::catalogQueryItems(CatalogQuery());
        const QueryItems expected = {{QStringLiteral("limit"), QStringLiteral("100")},
                                     {QStringLiteral("offset"), QStringLiteral("0")}};
        QCOMPARE(items, expected);
    }

    void loopbackHosts() {
        QVERIFY(isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(isLoopbackHost(QStringLiteral("api.localhost")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.4.5.6")));
        QVERIFY(isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("localhost.example.com")));
        QVERIFY(!isLoopbackHost(QStringLiteral("api.main-sequence.app")));
    }

    void credentialsOverPlainHttpOnlyToLoopback() {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://tsm.example.test:8000/"));
        const QUrl remote(
            QStringLiteral("http://tsm.example.test:8000/orm/api/ts_manager/meta_table/"));
        QVERIFY(credentialTransportProblem(config, remote).contains(QStringLiteral("plain HTTP")));
        config.allowInsecureHttp = true;
        QVERIFY(credentialTransportProblem(config, remote).isEmpty());

        config = ClientConfig();
        config.baseUrl = QUrl(QStringLiteral("https://tsm.example.test"));
        QVERIFY(
            credentialTransportProblem(config, QUrl(QStringLiteral("https://tsm.example.test/x/")))
                .isEmpty());
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(credentialTransportProblem(config, QUrl(QStringLiteral("http://127.0.0.1:9/x/")))
                    .isEmpty());
    }

    void credentialsStayOnTheConfiguredHost() {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://tsm.example.test"));
        const QString problem = credentialTransportProblem(
            config, QUrl(QStringLiteral("https://other.example.test/next/")));
        QVERIFY(problem.contains(QStringLiteral("not the configured server")));
        QVERIFY(!credentialTransportProblem(config, QUrl(QStringLiteral("ftp://tsm.example.test/")))
                     .isEmpty());
    }

    void originDropsUserInfoAndTrailingSlash() {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://user:secret@h.test/tsm/?x=1#f"));
        QCOMPARE(config.origin().toString(), QStringLiteral("https://h.test/tsm"));
    }
};

QTEST_APPLESS_MAIN(TestApiRoutes)
#include "tst_api_routes.moc"
