// Screenshots of the graph and dependents tabs against the refserver, saved under the
// build's screenshots/ folder: a demo graph of at least 30 tables, the standalone graph
// window, a refused and an allowed delete; and the same tabs through the command-center
// binary's --open/--tab/--screenshot.
#include "Screenshots.h"
#include "tst_explore_live.h"

#include "ui/explore/DependentsModel.h"
#include "ui/explore/DependentsTab.h"
#include "ui/explore/DryRunPanel.h"
#include "ui/explore/GraphTab.h"
#include "ui/explore/GraphWindow.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphView.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>

using namespace cc;
using namespace cc::ui;

namespace {
// With incoming tables, three hops around the accounts reach most of the demo catalog.
const QString kBigRoot = QStringLiteral("ops.trading_accounts");
constexpr int kBigDepth = 3;

bool waitReady(SchemaGraphView* view, int ms = 60000) {
    return QTest::qWaitFor([&] { return view->state() == SchemaGraphView::State::Ready; }, ms);
}
} // namespace

class TestExploreScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoGraphOfThirtyTables();
    void graphWindow();
    void refusedDelete();
    void allowedDelete();
    void commandLineGraph();
    void commandLineDependents();

private:
    void runBinary(const QString& target, const QString& tab, const QString& name);

    discovery::Fixture m_fx;
};

void TestExploreScreenshots::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

void TestExploreScreenshots::demoGraphOfThirtyTables() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    auto* tab = explore::tabOf<GraphTab>(w.open(kBigRoot, QStringLiteral("graph")), "graph");
    QVERIFY(tab);
    SchemaGraphView* view = tab->view();
    view->toolBar()->depthBox()->setValue(kBigDepth);
    QVERIFY(QTest::qWaitFor([&] { return view->graph().depth == kBigDepth; }, 10000));
    QVERIFY(waitReady(view));
    QVERIFY2(view->graph().nodes.size() >= 30,
             qPrintable(QString::number(view->graph().nodes.size())));
    QVERIFY(view->graph().includeIncoming);
    guitest::saveScreenshot(w.window(), QStringLiteral("explore-01-graph-demo"));

    // A table selected: its relations and path to the root highlighted, the inspector open.
    for (const GraphNode& n : view->graph().nodes)
        if (n.identifier == QStringLiteral("markets.executions") ||
            n.identifier == QStringLiteral("executions"))
            view->selectTable(n.uid, false);
    QVERIFY(!view->selectedUid().isEmpty());
    guitest::saveScreenshot(w.window(), QStringLiteral("explore-02-graph-selected"));
}

void TestExploreScreenshots::graphWindow() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    auto* tab = explore::tabOf<GraphTab>(
        w.open(QStringLiteral("crm.companies"), QStringLiteral("graph")), "graph");
    QVERIFY(tab);
    GraphWindow* gw = tab->openInWindow();
    QVERIFY(gw);
    gw->resize(1280, 800);
    QVERIFY(waitReady(gw->view()));
    gw->view()->fitToView();
    guitest::saveScreenshot(gw, QStringLiteral("explore-03-graph-window"));
}

void TestExploreScreenshots::refusedDelete() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    auto* tab = explore::tabOf<DependentsTab>(
        w.open(QStringLiteral("crm.companies"), QStringLiteral("dependents")), "dependents");
    QVERIFY(tab);
    QVERIFY(tab->dryRunPanel()->comparison().agrees);
    guitest::saveScreenshot(w.window(), QStringLiteral("explore-04-dependents-refused"));

    const QModelIndex trades = tab->proxy()->mapFromSource(
        tab->model()->indexOfUid(explore::uidOf(m_fx, QStringLiteral("markets.trades"))));
    QVERIFY(trades.isValid());
    tab->tree()->setCurrentIndex(trades);
    tab->tree()->scrollTo(trades);
    guitest::saveScreenshot(w.window(), QStringLiteral("explore-05-dependents-selected"));
}

void TestExploreScreenshots::allowedDelete() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    auto* tab = explore::tabOf<DependentsTab>(
        w.open(QStringLiteral("crm.activities"), QStringLiteral("dependents")), "dependents");
    QVERIFY(tab);
    QVERIFY(tab->impact().strictDeleteAllowed());
    guitest::saveScreenshot(w.window(), QStringLiteral("explore-06-dependents-allowed"));
}

void TestExploreScreenshots::runBinary(const QString& target, const QString& tab,
                                       const QString& name) {
    QTemporaryDir dir;
    const QString out = guitest::screenshotPath(name);
    QFile::remove(out);
    QProcess p;
    p.start(QStringLiteral(CC_GUI_BIN),
            {QStringLiteral("--settings"), dir.filePath(QStringLiteral("s.ini")),
             QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"), m_fx.tokenAdmin,
             QStringLiteral("--open"), target, QStringLiteral("--tab"), tab,
             QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
             QStringLiteral("1400x880")});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 880));
    QVERIFY(QFileInfo(out).size() > 30000); // a drawn view, not an empty frame
}

void TestExploreScreenshots::commandLineGraph() {
    runBinary(QStringLiteral("crm.companies"), QStringLiteral("graph"),
              QStringLiteral("explore-07-cli-graph"));
}

void TestExploreScreenshots::commandLineDependents() {
    runBinary(QStringLiteral("crm.companies"), QStringLiteral("dependents"),
              QStringLiteral("explore-08-cli-dependents"));
}

QTEST_MAIN(TestExploreScreenshots)
#include "tst_explore_screenshots.moc"
