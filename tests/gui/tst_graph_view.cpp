#include "Screenshots.h"
#include "core/codec/GraphCodec.h"
#include "core/codec/JsonParse.h"
#include "graph/CardGeometry.h"
#include "ui/graph/ForeignKeyEdgeItem.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphInspector.h"
#include "ui/graph/GraphLegend.h"
#include "ui/graph/GraphOverview.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphScene.h"
#include "ui/graph/SchemaGraphView.h"
#include "ui/graph/TableCardItem.h"
#include "unit/tst_graph_samples.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

namespace {

const QString kOrder = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000901");
const QString kOrderLine = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000902");
const QString kInvoice = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000904");
const QString kCustomer = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000909");
const QString kEmployee = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000911");
const QString kCountry = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000922");

SchemaGraph loadFixture() {
    QFile file(QStringLiteral(CC_FIXTURE_DIR "/graph-demo-30.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const DecodeResult<SchemaGraph> graph = decodeBytes(file.readAll(), decodeSchemaGraph);
    return graph.ok() ? graph.value() : SchemaGraph{};
}

QRectF cardRect(const TableCardItem* card) {
    return QRectF(card->pos(), card->cardSize());
}

QPoint viewportPoint(const SchemaGraphView& view, const QString& uid) {
    const TableCardItem* card = view.scene()->card(uid);
    // a point in the card body, clear of the expand chevron
    return view.canvas()->mapFromScene(cardRect(card).center() + QPointF(-20, 6));
}

bool waitForLayout(SchemaGraphView& view, int timeout = 60000) {
    if (view.state() == SchemaGraphView::State::Ready)
        return true;
    QSignalSpy spy(&view, &SchemaGraphView::layoutFinished);
    return spy.wait(timeout);
}

QString overlapping(const SchemaGraphScene& scene) {
    const auto& cards = scene.cards();
    for (size_t i = 0; i < cards.size(); ++i)
        for (size_t j = i + 1; j < cards.size(); ++j) {
            const QRectF o = cardRect(cards[i]).intersected(cardRect(cards[j]));
            if (o.width() > 0.01 && o.height() > 0.01)
                return cards[i]->uid() + QStringLiteral(" / ") + cards[j]->uid();
        }
    return {};
}

} // namespace

class TestGraphView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void laysOutWithoutOverlap();
    void rootAndSidesAreToldApart();
    void clickSelectsAndInspectorShowsRelations();
    void selectionHighlightsNeighbourhoodAndPath();
    void findCentresTable();
    void expandedCardsAttachEdgesToColumns();
    void doubleClickReroots();
    void backReturnsToPreviousRoot();
    void controlsRequestGraphs();
    void errorStateRetries();
    void missingRootIsAnError();
    void zoomAndPan();
    void overviewIsNotRerenderedOnPan();
    void exportsWriteFiles();
    void screenshot();
    void largeGraphLaysOutOffTheUiThread();

private:
    SchemaGraph m_graph;
    std::unique_ptr<SchemaGraphView> m_view;
};

void TestGraphView::initTestCase() {
    m_graph = loadFixture();
    QCOMPARE(m_graph.nodes.size(), size_t(30));
    QCOMPARE(m_graph.rootUid, kOrder);
}

void TestGraphView::init() {
    m_view = std::make_unique<SchemaGraphView>();
    m_view->resize(1500, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setGraph(m_graph);
    QVERIFY(waitForLayout(*m_view));
}

void TestGraphView::cleanup() {
    m_view.reset();
}

void TestGraphView::laysOutWithoutOverlap() {
    SchemaGraphScene* scene = m_view->scene();
    QCOMPARE(m_view->state(), SchemaGraphView::State::Ready);
    QCOMPARE(scene->cards().size(), size_t(30));
    for (const TableCardItem* card : scene->cards())
        QVERIFY2(card->isVisible(), qPrintable(card->uid()));
    int edges = 0;
    for (const ForeignKeyEdgeItem* edge : scene->edgeItems()) {
        QVERIFY(edge);
        QVERIFY(edge->isVisible());
        QVERIFY(!edge->path().isEmpty());
        ++edges;
    }
    QCOMPARE(edges, int(m_graph.edges.size()));
    QCOMPARE(overlapping(*scene), QString());
    // every card fits its measured size
    for (const TableCardItem* card : scene->cards()) {
        const QSizeF measured = scene->typography().cardSize(card->node(), false);
        QVERIFY(card->cardSize().width() >= measured.width());
        QVERIFY(card->cardSize().height() >= measured.height());
    }
}

void TestGraphView::rootAndSidesAreToldApart() {
    SchemaGraphScene* scene = m_view->scene();
    QCOMPARE(scene->card(kOrder)->role(), NodeRole::Root);
    QCOMPARE(scene->card(kOrderLine)->role(), NodeRole::Dependent);
    QCOMPARE(scene->card(kCustomer)->role(), NodeRole::Referenced);
    const qreal root = cardRect(scene->card(kOrder)).center().x();
    QVERIFY(cardRect(scene->card(kOrderLine)).center().x() < root);
    QVERIFY(cardRect(scene->card(kInvoice)).center().x() < root);
    QVERIFY(cardRect(scene->card(kCustomer)).center().x() > root);
    QVERIFY(cardRect(scene->card(kCountry)).center().x() > root);
}

void TestGraphView::clickSelectsAndInspectorShowsRelations() {
    m_view->centreOn(kOrderLine);
    QSignalSpy selection(m_view.get(), &SchemaGraphView::selectionChanged);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPoint(*m_view, kOrderLine));
    QCOMPARE(m_view->selectedUid(), kOrderLine);
    QCOMPARE(selection.count(), 1);
    GraphInspector* inspector = m_view->inspector();
    QVERIFY(inspector->isVisible());
    QCOMPARE(inspector->shownUid(), kOrderLine);
    QCOMPARE(inspector->titleText(), QStringLiteral("acme_sales.OrderLine"));
    QCOMPARE(inspector->columnRows(), 6);
    QCOMPARE(inspector->outgoingRows(), 3); // order, product, discount
    QCOMPARE(inspector->incomingRows(), 1); // return request
    // a click on the background clears it
    const QPointF corner = m_view->scene()->contentRect().topLeft() + QPointF(8, 8);
    m_view->canvas()->centerOn(corner);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      m_view->canvas()->mapFromScene(corner));
    QCOMPARE(m_view->selectedUid(), QString());
    QVERIFY(!inspector->isVisible());
}

void TestGraphView::selectionHighlightsNeighbourhoodAndPath() {
    SchemaGraphScene* scene = m_view->scene();
    m_view->selectTable(kCountry);
    // Country -> (Address) -> Customer <- Order: the path runs through two tables
    int onPath = 0;
    for (const TableCardItem* card : scene->cards())
        onPath += card->isOnPath() ? 1 : 0;
    QVERIFY(onPath >= 2);
    QVERIFY(scene->card(kOrder)->isOnPath());
    QCOMPARE(scene->card(kOrder)->opacity(), 1.0);
    QVERIFY(scene->card(kOrderLine)->opacity() < 1.0); // unrelated to Country: dimmed
    int pathEdges = 0;
    int related = 0;
    for (const ForeignKeyEdgeItem* edge : scene->edgeItems()) {
        pathEdges += edge->emphasis() == ForeignKeyEdgeItem::Emphasis::OnPath;
        related += edge->emphasis() == ForeignKeyEdgeItem::Emphasis::Related;
    }
    QCOMPARE(pathEdges, onPath);
    QVERIFY(related >= 2); // address, warehouse or supplier reference Country
    m_view->selectTable(QString());
    for (const TableCardItem* card : scene->cards())
        QCOMPARE(card->opacity(), 1.0);
}

void TestGraphView::findCentresTable() {
    m_view->setZoom(1.0);
    QVERIFY(m_view->findTable(QStringLiteral("acme_billing.invoice")));
    QCOMPARE(m_view->selectedUid(), kInvoice);
    const QPoint centre = m_view->canvas()->viewport()->rect().center();
    const QPointF shown =
        m_view->canvas()->mapFromScene(cardRect(m_view->scene()->card(kInvoice)).center());
    QVERIFY2((shown - QPointF(centre)).manhattanLength() < 4,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(centre.x())
                            .arg(centre.y())));
    // partial matches cycle
    QVERIFY(m_view->findTable(QStringLiteral("order")));
    const QString first = m_view->selectedUid();
    QVERIFY(m_view->findTable(QStringLiteral("order")));
    QVERIFY(m_view->selectedUid() != first);
    QVERIFY(!m_view->findTable(QStringLiteral("no such table")));
}

void TestGraphView::expandedCardsAttachEdgesToColumns() {
    SchemaGraphScene* scene = m_view->scene();
    const qreal collapsed = scene->card(kOrder)->cardSize().height();
    m_view->setExpanded(kOrder, true);
    QVERIFY(waitForLayout(*m_view));
    const TableCardItem* order = scene->card(kOrder);
    QVERIFY(order->isExpanded());
    QVERIFY(order->cardSize().height() > collapsed + 100);
    QCOMPARE(overlapping(*scene), QString());
    // edge 0: order.customer_uid (row 1) -> customer
    const EdgeRoute* route = scene->layout().route(0);
    QVERIFY(route);
    const CardGeometry& g = scene->typography().geometry();
    QCOMPARE(route->points.front().y(), order->pos().y() + g.rowCentre(1));
    const qreal x = route->points.front().x();
    QVERIFY(qAbs(x - cardRect(order).right()) < 0.01 || qAbs(x - cardRect(order).left()) < 0.01);
    // an incoming edge (order_line.order_uid -> order.uid, row 0) ends on the uid row
    const EdgeRoute* incoming = scene->layout().route(6);
    QVERIFY(incoming && incoming->arrowTip);
    QCOMPARE(incoming->arrowTip->y(), order->pos().y() + g.rowCentre(0));
    // collapsing again restores the compact card
    m_view->setAllExpanded(false);
    QVERIFY(waitForLayout(*m_view));
    QCOMPARE(scene->card(kOrder)->cardSize().height(), collapsed);
}

void TestGraphView::doubleClickReroots() {
    QSignalSpy reroot(m_view.get(), &SchemaGraphView::rerootRequested);
    QSignalSpy requested(m_view.get(), &SchemaGraphView::graphRequested);
    QSignalSpy back(m_view.get(), &SchemaGraphView::canGoBackChanged);
    m_view->centreOn(kCustomer);
    QTest::mouseDClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                       viewportPoint(*m_view, kCustomer));
    QCOMPARE(reroot.count(), 1);
    QCOMPARE(reroot.at(0).at(0).toString(), kCustomer);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), kCustomer);
    QCOMPARE(requested.at(0).at(1).toInt(), 2);
    QCOMPARE(requested.at(0).at(2).toBool(), true);
    QCOMPARE(m_view->state(), SchemaGraphView::State::Loading);
    QVERIFY(m_view->canGoBack());
    QCOMPARE(back.count(), 1);
    QCOMPARE(m_view->history(), QStringList{kOrder});
}

void TestGraphView::backReturnsToPreviousRoot() {
    QVERIFY(!m_view->back()); // nothing yet
    m_view->reroot(kCustomer);
    SchemaGraph rerooted = m_graph;
    rerooted.rootUid = kCustomer;
    m_view->setGraph(rerooted);
    QVERIFY(waitForLayout(*m_view));
    QCOMPARE(m_view->rootUid(), kCustomer);
    QCOMPARE(m_view->scene()->card(kCustomer)->role(), NodeRole::Root);

    QSignalSpy requested(m_view.get(), &SchemaGraphView::graphRequested);
    QSignalSpy back(m_view.get(), &SchemaGraphView::canGoBackChanged);
    QVERIFY(m_view->back());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), kOrder);
    QCOMPARE(back.count(), 1);
    QCOMPARE(back.at(0).at(0).toBool(), false);
    QVERIFY(!m_view->canGoBack());
    m_view->setGraph(m_graph);
    QVERIFY(waitForLayout(*m_view));
    QCOMPARE(m_view->rootUid(), kOrder);
}

void TestGraphView::controlsRequestGraphs() {
    QSignalSpy requested(m_view.get(), &SchemaGraphView::graphRequested);
    m_view->toolBar()->incomingBox()->setChecked(false);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(2).toBool(), false);
    m_view->toolBar()->depthBox()->setValue(3);
    m_view->toolBar()->depthBox()->setValue(4); // a burst of changes: one request
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), kOrder);
    QCOMPARE(requested.at(1).at(1).toInt(), 4);
    QCOMPARE(m_view->state(), SchemaGraphView::State::Loading);
    // the graph that arrives sets the controls
    SchemaGraph deeper = m_graph;
    deeper.depth = 4;
    deeper.includeIncoming = false;
    m_view->setGraph(deeper);
    QVERIFY(waitForLayout(*m_view));
    QCOMPARE(m_view->depth(), 4);
    QVERIFY(!m_view->includeIncoming());
    QCOMPARE(requested.count(), 2);
}

void TestGraphView::errorStateRetries() {
    QSignalSpy requested(m_view.get(), &SchemaGraphView::graphRequested);
    m_view->setError(QStringLiteral("HTTP 502 from the server"));
    QCOMPARE(m_view->state(), SchemaGraphView::State::Error);
    auto* retry = m_view->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), kOrder);
    QCOMPARE(m_view->state(), SchemaGraphView::State::Loading);
}

void TestGraphView::missingRootIsAnError() {
    SchemaGraph broken = m_graph;
    broken.rootUid = QStringLiteral("not-in-the-graph");
    m_view->setGraph(broken);
    QCOMPARE(m_view->state(), SchemaGraphView::State::Error);
}

void TestGraphView::zoomAndPan() {
    GraphCanvas* canvas = m_view->canvas();
    m_view->setZoom(1.0);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > 1.0);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < 1.0);
    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(m_view->scene()->contentRect()));

    // the wheel zooms around the cursor: the scene point under it stays put
    m_view->setZoom(0.8);
    const QPoint cursor(200, 150);
    const QPointF before = canvas->mapToScene(cursor);
    QWheelEvent wheel(cursor, canvas->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    QVERIFY(m_view->zoom() > 0.8);
    const QPointF after = canvas->mapToScene(cursor);
    QVERIFY2((after - before).manhattanLength() < 3.0 / m_view->zoom(),
             qPrintable(QStringLiteral("moved by %1").arg((after - before).manhattanLength())));

    // arrow keys pan
    m_view->setZoom(1.5);
    const int x = canvas->horizontalScrollBar()->value();
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(canvas->horizontalScrollBar()->value() > x);
}

void TestGraphView::overviewIsNotRerenderedOnPan() {
    m_view->setZoom(1.5);
    GraphOverview* overview = m_view->overview();
    QVERIFY(overview->isVisible()); // 30 tables
    overview->repaint();
    const int renders = overview->renderCount();
    QVERIFY(renders >= 1);
    for (int i = 0; i < 5; ++i) {
        m_view->canvas()->panBy(40, 25);
        overview->repaint();
    }
    QCOMPARE(overview->renderCount(), renders);
    // a new layout renders it again
    m_view->setExpanded(kOrder, true);
    QVERIFY(waitForLayout(*m_view));
    overview->repaint();
    QCOMPARE(overview->renderCount(), renders + 1);
}

void TestGraphView::exportsWriteFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_view->selectTable(kOrderLine);
    const QString svg = dir.filePath("graph.svg");
    const QString png = dir.filePath("graph.png");
    const QString dot = dir.filePath("graph.dot");
    const QString json = dir.filePath("graph.json");
    QVERIFY2(m_view->exportSvg(svg), qPrintable(m_view->lastExportError()));
    QVERIFY2(m_view->exportPng(png), qPrintable(m_view->lastExportError()));
    QVERIFY2(m_view->exportDot(dot), qPrintable(m_view->lastExportError()));
    QVERIFY2(m_view->exportJson(json), qPrintable(m_view->lastExportError()));
    for (const QString& path : {svg, png, dot, json})
        QVERIFY2(QFileInfo(path).size() > 200, qPrintable(path));
    // PNG at twice the drawing's size
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), int(std::ceil(m_view->scene()->contentRect().width() * 2)));
    // SVG is vector, not an embedded bitmap of cached items
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(!svgText.contains("<image"));
    QVERIFY(svgText.contains("acme_sales.OrderLine"));
    QFile dotFile(dot);
    QVERIFY(dotFile.open(QIODevice::ReadOnly));
    QVERIFY(dotFile.readAll().startsWith("digraph"));
    // the export leaves the selection alone
    QCOMPARE(m_view->selectedUid(), kOrderLine);
}

void TestGraphView::screenshot() {
    m_view->legend()->show();
    m_view->toolBar()->legendAction()->setChecked(true);
    m_view->setExpanded(kOrder, true);
    QVERIFY(waitForLayout(*m_view));
    m_view->selectTable(kOrderLine, false);
    QTest::qWait(50); // the inspector takes its place
    m_view->fitToView();
    QTest::qWait(50);
    const QImage shot = m_view->grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(guitest::screenshotPath(QStringLiteral("graph-view"))));

    m_view->selectTable(QString());
    m_view->setAllExpanded(true);
    QVERIFY(waitForLayout(*m_view));
    m_view->setZoom(1.0);
    m_view->centreOn(kOrder);
    m_view->toolBar()->legendAction()->setChecked(false);
    QTest::qWait(50);
    QVERIFY(
        m_view->grab().toImage().save(guitest::screenshotPath(QStringLiteral("graph-view-100"))));
}

void TestGraphView::largeGraphLaysOutOffTheUiThread() {
    const SchemaGraph large = cc::test::syntheticGraph(2000);
    bool eventLoopRan = false;
    bool layoutWasPending = false;
    QTimer::singleShot(0, this, [&] {
        eventLoopRan = true;
        layoutWasPending = m_view->state() == SchemaGraphView::State::LayingOut;
    });
    m_view->setGraph(large);
    // setGraph returned before the layout: the UI thread is free meanwhile
    QCOMPARE(m_view->state(), SchemaGraphView::State::LayingOut);
    QVERIFY(waitForLayout(*m_view, 120000));
    QVERIFY(eventLoopRan);
    QVERIFY(layoutWasPending);
    QCOMPARE(m_view->scene()->cards().size(), size_t(2000));
    QCOMPARE(overlapping(*m_view->scene()), QString());
    QVERIFY(m_view->overview()->isVisible());
    QTest::qWait(50);
    QVERIFY(
        m_view->grab().toImage().save(guitest::screenshotPath(QStringLiteral("graph-view-2000"))));
}

QTEST_MAIN(TestGraphView)
#include "tst_graph_view.moc"
