// CatalogModel and CatalogPanel against a scripted local HTTP server: paging by links and by
// offset, no page loaded twice, stale replies dropped, errors with Retry, debounce.
#include "core/codec/MetaTableCodec.h"
#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"
#include "ui/Settings.h"
#include "ui/StateView.h"
#include "ui/catalog/CatalogModel.h"
#include "ui/catalog/CatalogPanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using namespace cc::ui;
using cc::test::FixtureHttpServer;
using cc::test::RecordedRequest;
using cc::test::ScriptedReply;

namespace {
const QString kTables = QStringLiteral("/orm/api/ts_manager/meta_table/");

MetaTable row(int i, const QString& prefix = QStringLiteral("t")) {
    MetaTable t;
    t.uid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    t.identifier = QStringLiteral("%1.table_%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
    t.namespaceName = prefix;
    t.physicalSchema = prefix;
    t.physicalTableName = QStringLiteral("table_%1").arg(i);
    t.managementMode = QString::fromLatin1(management_mode::ExternalRegistered);
    return t;
}

enum class Paging { Links, BareArray, CountOnly };

// Serves `total` rows honouring limit/offset in the given paging style.
FixtureHttpServer::Handler catalogHandler(int total, Paging paging, QUrl base,
                                          const QString& prefix = QStringLiteral("t")) {
    return [=](const RecordedRequest& r) {
        const int limit = r.hasQueryKey(QStringLiteral("limit"))
                              ? r.queryValue(QStringLiteral("limit")).toInt()
                              : 100;
        const int offset = r.queryValue(QStringLiteral("offset")).toInt();
        Page<MetaTable> page;
        for (int i = offset; i < std::min(total, offset + limit); ++i)
            page.results.push_back(row(i, prefix));
        if (paging == Paging::BareArray) {
            page.wasBareArray = true;
        } else {
            page.count = total;
            if (paging == Paging::Links && offset + limit < total) {
                QUrl next = base;
                next.setPath(kTables);
                next.setQuery(QStringLiteral("limit=%1&offset=%2").arg(limit).arg(offset + limit));
                page.next = next.toString();
            }
        }
        return ScriptedReply::json(200,
                                   QByteArray::fromStdString(encodeMetaTablePage(page).dump()));
    };
}

ClientConfig configFor(const FixtureHttpServer& server) {
    ClientConfig c;
    c.baseUrl = server.baseUrl();
    c.apiNamespace = ApiNamespace::Legacy;
    c.accessToken = QStringLiteral("token");
    c.maxGetRetries = 0;
    c.timeoutMs = 5000;
    return c;
}

bool waitForState(CatalogModel& model, CatalogModel::State state, int ms = 5000) {
    return QTest::qWaitFor([&] { return model.state() == state && !model.isFetching(); }, ms);
}

QStringList offsetsRequested(const FixtureHttpServer& server) {
    QStringList out;
    for (const RecordedRequest& r : server.requestsTo("GET", kTables))
        out << r.queryValue(QStringLiteral("offset"));
    return out;
}
} // namespace

class TestDiscoveryModel : public QObject {
    Q_OBJECT

private slots:
    void followsNextLinksWithoutLoadingAPageTwice();
    void pagesByOffsetWhenTheServerSendsNoLinks();
    void usesTheCountWhenThereAreNoLinks();
    void fetchMoreWhileLoadingDoesNotDuplicate();
    void staleRepliesOfAnOlderQueryAreDropped();
    void aFailedPageKeepsRowsAndRetryLoadsIt();
    void firstPageErrorThenRetry();
    void emptyResultIsItsOwnState();
    void panelDebouncesAndSendsOnlyTheLastText();
    void panelSaysWhatMatchedNothing();
    void namespacesDoNotHoldUpTheFirstPage();
    void modesUseTheirRoutes();

private:
    QTemporaryDir m_dir;
};

void TestDiscoveryModel::followsNextLinksWithoutLoadingAPageTwice() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, catalogHandler(120, Paging::Links, server.baseUrl()));
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CatalogQuery q;
    q.limit = 50;
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.totalCount().value_or(-1), 120);
    QVERIFY(model.canFetchMore(QModelIndex()));
    const int resetsBefore = reset.count();
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    }
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(reset.count(), resetsBefore); // rows were appended, the view never reset
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.pagesLoaded(), 3);
    const QStringList offsets = offsetsRequested(server);
    QCOMPARE(offsets,
             (QStringList{QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("100")}));
    // The second and third requests were the server's own links, sent as is.
    QVERIFY(model.requestedPages().at(1).startsWith(QStringLiteral("http://127.0.0.1")));
    for (int i = 0; i < 120; ++i)
        QCOMPARE(model.table(i).uid, row(i).uid);
    QVERIFY(!model.hasMore());
}

void TestDiscoveryModel::pagesByOffsetWhenTheServerSendsNoLinks() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, catalogHandler(70, Paging::BareArray, server.baseUrl()));
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    CatalogQuery q;
    q.limit = 30;
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    }
    QCOMPARE(model.rowCount(), 70);
    QVERIFY(!model.totalCount().has_value());
    QCOMPARE(offsetsRequested(server),
             (QStringList{QStringLiteral("0"), QStringLiteral("30"), QStringLiteral("60")}));
}

void TestDiscoveryModel::usesTheCountWhenThereAreNoLinks() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    // Exactly two full pages: a full last page must not trigger a third request.
    server.handle("GET", kTables, catalogHandler(40, Paging::CountOnly, server.baseUrl()));
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    CatalogQuery q;
    q.limit = 20;
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    }
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(offsetsRequested(server), (QStringList{QStringLiteral("0"), QStringLiteral("20")}));
}

void TestDiscoveryModel::fetchMoreWhileLoadingDoesNotDuplicate() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    auto serve = catalogHandler(100, Paging::Links, server.baseUrl());
    server.handle("GET", kTables, [serve](const RecordedRequest& r) {
        ScriptedReply reply = serve(r);
        reply.delayMs = 150;
        return reply;
    });
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    CatalogQuery q;
    q.limit = 25;
    model.setQuery(q);
    // While the first page is out nothing more may be asked for.
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(server.count("GET", kTables), 2);
}

void TestDiscoveryModel::staleRepliesOfAnOlderQueryAreDropped() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    auto slow = catalogHandler(10, Paging::Links, server.baseUrl(), QStringLiteral("old"));
    auto fast = catalogHandler(3, Paging::Links, server.baseUrl(), QStringLiteral("new"));
    server.handle("GET", kTables, [=](const RecordedRequest& r) {
        if (r.queryValue(QStringLiteral("search")) == QStringLiteral("old")) {
            ScriptedReply reply = slow(r);
            reply.delayMs = 300;
            return reply;
        }
        return fast(r);
    });
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    QStringList insertedIds;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int last) {
                for (int i = first; i <= last; ++i)
                    insertedIds << model.table(i).identifier.value_or(QString());
            });
    CatalogQuery q;
    q.text = QStringLiteral("old");
    model.setQuery(q);
    const int oldGeneration = model.generation();
    QTest::qWait(30); // the old request is on the wire
    q.text = QStringLiteral("new");
    model.setQuery(q);
    QVERIFY(model.generation() > oldGeneration);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QTest::qWait(450); // past the old reply's delay
    QCOMPARE(model.rowCount(), 3);
    for (const QString& id : insertedIds)
        QVERIFY2(id.startsWith(QStringLiteral("new.")), qPrintable(id));
    QCOMPARE(model.table(0).identifier.value_or(QString()), QStringLiteral("new.table_000"));
}

void TestDiscoveryModel::aFailedPageKeepsRowsAndRetryLoadsIt() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    auto serve = catalogHandler(60, Paging::Links, server.baseUrl());
    bool failSecond = true;
    server.handle("GET", kTables, [&](const RecordedRequest& r) {
        if (r.queryValue(QStringLiteral("offset")) == QStringLiteral("30") && failSecond)
            return ScriptedReply::json(400, R"({"detail": "Page exploded."})");
        return serve(r);
    });
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    CatalogQuery q;
    q.limit = 30;
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    model.fetchMore(QModelIndex());
    QVERIFY(waitForState(model, CatalogModel::State::Error));
    QCOMPARE(model.rowCount(), 30);
    QVERIFY(model.lastError().message.contains(QStringLiteral("Page exploded")));
    QVERIFY(!model.canFetchMore(QModelIndex())); // no silent retries while in error
    failSecond = false;
    model.retry();
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(server.count("GET", kTables), 3); // 0, 30 (failed), 30 (retried)
}

void TestDiscoveryModel::firstPageErrorThenRetry() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.enqueue("GET", kTables, ScriptedReply::json(400, R"({"detail": "Unknown filter."})"));
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    model.setQuery(CatalogQuery());
    QVERIFY(waitForState(model, CatalogModel::State::Error));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().message.contains(QStringLiteral("Unknown filter")));
    server.handle("GET", kTables, catalogHandler(5, Paging::Links, server.baseUrl()));
    model.retry();
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(model.rowCount(), 5);
}

void TestDiscoveryModel::emptyResultIsItsOwnState() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, catalogHandler(0, Paging::Links, server.baseUrl()));
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    model.setQuery(CatalogQuery());
    QVERIFY(waitForState(model, CatalogModel::State::Empty));
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestDiscoveryModel::panelDebouncesAndSendsOnlyTheLastText() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, catalogHandler(4, Paging::Links, server.baseUrl()));
    server.handle("GET", kTables + QStringLiteral("namespaces/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
    server.handle("GET", QStringLiteral("/orm/api/connections/data_source/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
    ApiClient client(configFor(server));
    Settings settings(m_dir.filePath(QStringLiteral("debounce.ini")));
    CatalogPanel panel(settings);
    panel.setClient(&client);
    QVERIFY(QTest::qWaitFor([&] { return panel.model()->state() == CatalogModel::State::Loaded; },
                            5000));
    server.clearLog();
    QTest::keyClicks(panel.searchEdit(), QStringLiteral("acc"));
    QTest::qWait(40);
    QTest::keyClicks(panel.searchEdit(), QStringLiteral("ount"));
    QVERIFY(QTest::qWaitFor([&] { return server.count("GET", kTables) >= 1; }, 3000));
    QTest::qWait(300);
    const auto sent = server.requestsTo("GET", kTables);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().queryValue(QStringLiteral("search")), QStringLiteral("account"));
}

void TestDiscoveryModel::panelSaysWhatMatchedNothing() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, [&](const RecordedRequest& r) {
        const int n = r.queryValue(QStringLiteral("search")).isEmpty() ? 3 : 0;
        return catalogHandler(n, Paging::Links, server.baseUrl())(r);
    });
    server.handle("GET", kTables + QStringLiteral("namespaces/"), [](const RecordedRequest&) {
        return ScriptedReply::json(
            200, R"([{"namespace": "crm", "display_name": "crm", "table_count": 3}])");
    });
    server.handle("GET", QStringLiteral("/orm/api/connections/data_source/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
    ApiClient client(configFor(server));
    Settings settings(m_dir.filePath(QStringLiteral("empty.ini")));
    CatalogPanel panel(settings);
    panel.setClient(&client);
    QVERIFY(QTest::qWaitFor([&] { return panel.namespacesLoaded(); }, 5000));
    QCOMPARE(panel.namespaceCombo()->count(), 2);
    QVERIFY(panel.namespaceCombo()->itemText(1).contains(QStringLiteral("(3)")));
    panel.setNamespaceFilter(QStringLiteral("crm"));
    panel.setSearchText(QStringLiteral("xyz"));
    QVERIFY(QTest::qWaitFor([&] { return panel.model()->state() == CatalogModel::State::Empty; },
                            5000));
    QCOMPARE(panel.stateView()->kind(), StateView::Kind::Empty);
    QCOMPARE(panel.stateView()->title(), QStringLiteral("No tables match “xyz” in namespace crm."));
    const RecordedRequest last = server.requestsTo("GET", kTables).last();
    QCOMPARE(last.queryValue(QStringLiteral("namespace")), QStringLiteral("crm"));
    QCOMPARE(last.queryValue(QStringLiteral("search")), QStringLiteral("xyz"));
}

void TestDiscoveryModel::namespacesDoNotHoldUpTheFirstPage() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    server.handle("GET", kTables, catalogHandler(5, Paging::Links, server.baseUrl()));
    server.handle("GET", kTables + QStringLiteral("namespaces/"), [](const RecordedRequest&) {
        ScriptedReply r = ScriptedReply::json(200, R"([{"namespace": "crm", "table_count": 5}])");
        r.delayMs = 600;
        return r;
    });
    server.handle("GET", QStringLiteral("/orm/api/connections/data_source/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
    ApiClient client(configFor(server));
    Settings settings(m_dir.filePath(QStringLiteral("parallel.ini")));
    CatalogPanel panel(settings);
    QSignalSpy settled(&panel, &CatalogPanel::resultsSettled);
    panel.setClient(&client);
    QVERIFY(settled.wait(3000));
    QCOMPARE(panel.model()->rowCount(), 5);
    QVERIFY(!panel.namespacesLoaded()); // the list came first
    QVERIFY(QTest::qWaitFor([&] { return panel.namespacesLoaded(); }, 3000));
    QCOMPARE(panel.resultCountText(), QStringLiteral("5 tables"));
}

void TestDiscoveryModel::modesUseTheirRoutes() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    auto serve = catalogHandler(2, Paging::Links, server.baseUrl());
    server.handle("GET", kTables, serve);
    server.handle("GET", kTables + QStringLiteral("description-search/"), serve);
    server.handle("GET", kTables + QStringLiteral("column-search/"), serve);
    ApiClient client(configFor(server));
    CatalogModel model;
    model.setClient(&client);
    CatalogQuery q;
    q.mode = CatalogQuery::Mode::Description;
    q.text = QStringLiteral("monthly revenue");
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(server.requestsTo("GET", kTables + QStringLiteral("description-search/"))
                 .last()
                 .queryValue(QStringLiteral("q")),
             QStringLiteral("monthly revenue"));
    q.mode = CatalogQuery::Mode::Column;
    q.text = QStringLiteral("owner_uid");
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(server.count("GET", kTables + QStringLiteral("column-search/")), 1);
    // Without a term the search routes are not usable: the catalog is listed instead.
    q.text.clear();
    model.setQuery(q);
    QVERIFY(waitForState(model, CatalogModel::State::Loaded));
    QCOMPARE(server.count("GET", kTables), 1);
    QCOMPARE(server.count("GET", kTables + QStringLiteral("column-search/")), 1);
}

QTEST_MAIN(TestDiscoveryModel)
#include "tst_discovery_model.moc"
