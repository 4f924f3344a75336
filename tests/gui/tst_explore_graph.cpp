// The "graph" tab and the standalone graph window against the refserver: the first show
// fetches the graph around the document's table, the controls fetch again (and are
// remembered), stale fetches are cancelled, double-click re-roots and Back returns,
// "Open table" opens documents, and a graph window keeps working after its tab closed.
#include "tst_explore_live.h"

#include "ui/DocumentArea.h"
#include "ui/explore/GraphLoader.h"
#include "ui/explore/GraphTab.h"
#include "ui/explore/GraphWindow.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphStatePanels.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphScene.h"
#include "ui/graph/SchemaGraphView.h"
#include "ui/graph/TableCardItem.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolBar>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kCompanies = QStringLiteral("crm.companies");
const QString kClients = QStringLiteral("crm.clients");

bool waitState(SchemaGraphView* view, SchemaGraphView::State state, int ms = 60000) {
    return QTest::qWaitFor([&] { return view->state() == state; }, ms);
}

bool waitGraph(SchemaGraphView* view, const QString& rootUid, int ms = 60000) {
    return QTest::qWaitFor(
        [&] {
            return view->state() == SchemaGraphView::State::Ready &&
                   view->graph().rootUid == rootUid;
        },
        ms);
}

QString nodeUid(const SchemaGraph& graph, const QString& identifier) {
    for (const GraphNode& n : graph.nodes)
        if (n.identifier == identifier || n.namespaceName.value_or(QString()) + QLatin1Char('.') +
                                                  n.identifier.value_or(QString()) ==
                                              identifier)
            return n.uid;
    return {};
}
} // namespace

class TestExploreGraph : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstShowLoadsTheGraphAroundTheTable();
    void depthAndIncomingFetchAgainAndAreRemembered();
    void aNewRequestCancelsTheStaleOne();
    void doubleClickRerootsAndBackReturns();
    void openTableOpensTheSelectedTable();
    void standaloneWindowKeepsWorking();
    void failedFetchShowsTheErrorWithRetry();

private:
    GraphTab* openGraph(explore::Window& w, const QString& target);

    discovery::Fixture m_fx;
};

void TestExploreGraph::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

GraphTab* TestExploreGraph::openGraph(explore::Window& w, const QString& target) {
    TableDocument* doc = w.open(target, QStringLiteral("graph"));
    if (!doc || !doc->isReady())
        return nullptr;
    return explore::tabOf<GraphTab>(doc, "graph");
}

void TestExploreGraph::firstShowLoadsTheGraphAroundTheTable() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    QCOMPARE(view->state(), SchemaGraphView::State::Ready);
    const QString uid = w.window()->documents()->current()->uid();
    QCOMPARE(view->graph().rootUid, uid);
    // The defaults: depth 2 with the incoming tables.
    QCOMPARE(view->graph().depth, 2);
    QVERIFY(view->graph().includeIncoming);
    QCOMPARE(tab->loader()->requestCount(), 1);
    // crm.clients and crm.contacts reference it, it references reference.countries; two
    // hops reach their neighbours too.
    QVERIFY2(view->graph().nodes.size() >= 8,
             qPrintable(QString::number(view->graph().nodes.size())));
    QVERIFY(!nodeUid(view->graph(), kClients).isEmpty());
    TableCardItem* root = view->scene()->card(uid);
    QVERIFY(root);
    QCOMPARE(root->role(), NodeRole::Root);
    QVERIFY(root->isVisible());
    QCOMPARE(view->scene()->cards().size(), view->graph().nodes.size());
    // The server's depth limit bounds the depth box.
    QVERIFY(view->graph().maxDepth.has_value());
    QCOMPARE(view->toolBar()->depthBox()->maximum(), *view->graph().maxDepth);
    QCOMPARE(tab->loader()->serverMaxDepth(), view->graph().maxDepth);
}

void TestExploreGraph::depthAndIncomingFetchAgainAndAreRemembered() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    const int before = int(view->graph().nodes.size());

    view->toolBar()->depthBox()->setValue(1);
    QVERIFY(QTest::qWaitFor([&] { return tab->loader()->requestCount() == 2; }, 5000));
    QVERIFY(waitState(view, SchemaGraphView::State::Ready));
    QCOMPARE(view->graph().depth, 1);
    QVERIFY(int(view->graph().nodes.size()) < before);
    QCOMPARE(w.settings()->intValue(QStringLiteral("graph"), QStringLiteral("depth")), 1);

    view->toolBar()->incomingBox()->setChecked(false);
    QCOMPARE(tab->loader()->requestCount(), 3);
    QVERIFY(waitState(view, SchemaGraphView::State::Ready));
    QVERIFY(!view->graph().includeIncoming);
    QVERIFY(nodeUid(view->graph(), kClients).isEmpty()); // clients only references it
    QVERIFY(!w.settings()->boolValue(QStringLiteral("graph"), QStringLiteral("includeIncoming")));

    // The next graph starts from the remembered choice.
    GraphTab* other = openGraph(w, QStringLiteral("crm.contacts"));
    QVERIFY(other);
    QCOMPARE(other->view()->graph().depth, 1);
    QVERIFY(!other->view()->graph().includeIncoming);
}

void TestExploreGraph::aNewRequestCancelsTheStaleOne() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    const QString companies = view->rootUid();
    const QString clients = nodeUid(view->graph(), kClients);
    QVERIFY(!clients.isEmpty());
    const int cancelled = tab->loader()->cancelledCount();

    view->requestGraph(clients);
    QVERIFY(tab->loader()->isLoading());
    view->requestGraph(companies); // before the first answered
    QCOMPARE(tab->loader()->cancelledCount(), cancelled + 1);
    QVERIFY(waitGraph(view, companies));
    QTest::qWait(300); // a late answer of the cancelled request must not replace it
    QCOMPARE(view->graph().rootUid, companies);
    QCOMPARE(view->rootUid(), companies);
}

void TestExploreGraph::doubleClickRerootsAndBackReturns() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    const QString companies = view->rootUid();
    const QString clients = nodeUid(view->graph(), kClients);
    view->centreOn(clients);
    TableCardItem* card = view->scene()->card(clients);
    QVERIFY(card);
    const QPoint at = view->canvas()->mapFromScene(card->mapToScene(
        QPointF(card->cardSize().width() / 2 - 20, card->cardSize().height() / 2 + 4)));
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(waitGraph(view, clients));
    QCOMPARE(view->scene()->card(clients)->role(), NodeRole::Root);
    QVERIFY(view->canGoBack());
    QCOMPARE(tab->loader()->requestCount(), 2);

    QVERIFY(view->back());
    QVERIFY(waitGraph(view, companies));
    QVERIFY(!view->canGoBack());
    QCOMPARE(tab->loader()->requestCount(), 3);
}

void TestExploreGraph::openTableOpensTheSelectedTable() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    const QString clients = nodeUid(view->graph(), kClients);
    view->selectTable(clients);
    QVERIFY(tab->openTableAction()->isEnabled());
    tab->openTableAction()->trigger();
    DocumentArea* docs = w.window()->documents();
    QVERIFY(QTest::qWaitFor([&] { return docs->current() && docs->current()->uid() == clients; },
                            20000));
    QCOMPARE(docs->count(), 2);
}

void TestExploreGraph::standaloneWindowKeepsWorking() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    GraphTab* tab = openGraph(w, kCompanies);
    QVERIFY(tab);
    const QString companies = tab->view()->rootUid();
    const QString clients = nodeUid(tab->view()->graph(), kClients);

    QVERIFY(tab->openWindowAction()->isEnabled());
    tab->openWindowAction()->trigger();
    QCOMPARE(tab->windows().size(), 1);
    QPointer<GraphWindow> gw = tab->windows().first();
    QVERIFY(gw->isWindow());
    QVERIFY(gw->isVisible());
    QVERIFY(!gw->windowIcon().isNull());
    QVERIFY(gw->windowToolBar()->isVisible());
    // It got the tab's graph without asking again.
    QVERIFY(waitGraph(gw->view(), companies));
    QCOMPARE(gw->loader()->requestCount(), 0);
    QCOMPARE(gw->view()->graph().nodes.size(), tab->view()->graph().nodes.size());
    QVERIFY2(gw->windowTitle().contains(kCompanies), qPrintable(gw->windowTitle()));

    // Close the document that opened it: the window stays and keeps fetching on its own.
    DocumentArea* docs = w.window()->documents();
    docs->closeAll();
    QVERIFY(QTest::qWaitFor([&] { return docs->count() == 0; }, 5000));
    QTest::qWait(50);
    QVERIFY(gw);
    gw->view()->reroot(clients);
    QVERIFY(waitGraph(gw->view(), clients));
    QCOMPARE(gw->loader()->requestCount(), 1);
    QVERIFY2(gw->windowTitle().contains(kClients), qPrintable(gw->windowTitle()));

    // Its "Open table" opens the root (nothing selected) in the main window.
    QVERIFY(gw->openTableAction()->isEnabled());
    gw->openTableAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return docs->current() && docs->current()->uid() == clients; },
                            20000));

    gw->close(); // deletes itself
    QVERIFY(QTest::qWaitFor([&] { return gw.isNull(); }, 5000));
}

void TestExploreGraph::failedFetchShowsTheErrorWithRetry() {
    ClientConfig config;
    config.baseUrl = QUrl(m_fx.url);
    config.accessToken = m_fx.token;
    ApiClient client(config);
    SchemaGraphView view;
    view.resize(900, 600);
    view.show();
    GraphLoader loader(&view, nullptr);
    loader.setClient(&client);
    QSignalSpy failed(&loader, &GraphLoader::loadFailed);
    loader.start(QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(view.state(), SchemaGraphView::State::Error);
    auto* page = view.findChild<GraphErrorPage*>();
    QVERIFY(page);
    QVERIFY2(page->message().startsWith(QStringLiteral("Could not load the schema graph")),
             qPrintable(page->message()));
    // Retry repeats the request.
    QMetaObject::invokeMethod(page, "retryRequested");
    QCOMPARE(loader.requestCount(), 2);
    QVERIFY(failed.wait(20000));
    // Without a client nothing is sent and the view says why.
    loader.setClient(nullptr);
    loader.start(QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
    QCOMPARE(loader.requestCount(), 2);
    QCOMPARE(view.state(), SchemaGraphView::State::Error);
    QCOMPARE(page->message(), QStringLiteral("Not connected to a server."));
}

QTEST_MAIN(TestExploreGraph)
#include "tst_explore_graph.moc"
