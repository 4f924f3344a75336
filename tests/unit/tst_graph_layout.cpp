#include "graph/CardGeometry.h"
#include "graph/SchemaGraphLayouter.h"
#include "tst_graph_samples.h"

#include <QtTest>

#include <clocale>
#include <cmath>

using namespace cc;
using cc::test::demoGraph;
using cc::test::sampleEdge;
using cc::test::sampleNode;
using cc::test::syntheticGraph;

namespace {

// 0 on the border, growing inwards and outwards.
double borderDistance(const QRectF& r, const QPointF& p) {
    if (!r.contains(p)) {
        const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
        const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
        return std::hypot(dx, dy);
    }
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

LayoutRequest requestFor(const SchemaGraph& graph, LayoutEngine engine = LayoutEngine::Dot,
                         const QSet<QString>& expanded = {}) {
    return estimatedLayoutRequest(graph, expanded, engine);
}

GraphLayout layOut(const LayoutRequest& request) {
    LayoutResult result = SchemaGraphLayouter().layout(request);
    if (!result.ok())
        qWarning() << "layout failed:" << result.error;
    return result.layout.value_or(GraphLayout{});
}

// The invariants every layout must keep; returns the first violation or an empty string.
QString violation(const LayoutRequest& request, const GraphLayout& layout, double tolerance = 2.0) {
    const SchemaGraph& graph = request.graph;
    for (const GraphNode& node : graph.nodes) {
        if (!layout.nodeBoxes.contains(node.uid))
            return QStringLiteral("node %1 not placed").arg(node.uid);
        const QRectF box = layout.nodeBoxes.value(node.uid);
        const QSizeF wanted = request.nodeSizes.value(node.uid, request.defaultNodeSize);
        if (box.width() + 0.01 < wanted.width() || box.height() + 0.01 < wanted.height())
            return QStringLiteral("node %1 smaller than its card").arg(node.uid);
        if (!layout.boundingBox.contains(box))
            return QStringLiteral("node %1 outside the bounding box").arg(node.uid);
    }
    std::vector<std::pair<QString, QRectF>> boxes;
    for (auto it = layout.nodeBoxes.cbegin(); it != layout.nodeBoxes.cend(); ++it)
        boxes.emplace_back(it.key(), it.value());
    std::sort(boxes.begin(), boxes.end(),
              [](const auto& a, const auto& b) { return a.second.left() < b.second.left(); });
    for (size_t i = 0; i < boxes.size(); ++i) {
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            if (boxes[j].second.left() >= boxes[i].second.right())
                break; // sorted by left edge: nothing further can overlap box i
            const QRectF overlap = boxes[i].second.intersected(boxes[j].second);
            if (overlap.width() > 0.01 && overlap.height() > 0.01)
                return QStringLiteral("%1 overlaps %2").arg(boxes[i].first, boxes[j].first);
        }
    }
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const GraphEdge& edge = graph.edges[e];
        const bool valid = graph.node(edge.sourceUid) && graph.node(edge.targetUid);
        const EdgeRoute* route = layout.route(static_cast<int>(e));
        if (!valid) {
            if (route)
                return QStringLiteral("edge %1 has a missing end but a route").arg(e);
            continue;
        }
        if (!route)
            return QStringLiteral("edge %1 has no route").arg(e);
        if (route->points.size() < 4 || (route->points.size() - 1) % 3 != 0)
            return QStringLiteral("edge %1 has %2 points").arg(e).arg(route->points.size());
        const QRectF source = layout.nodeBoxes.value(edge.sourceUid);
        const QRectF target = layout.nodeBoxes.value(edge.targetUid);
        const double start = borderDistance(source, route->points.front());
        const QPointF endPoint = route->arrowTip.value_or(route->points.back());
        const double end = borderDistance(target, endPoint);
        if (start > tolerance || end > tolerance)
            return QStringLiteral("edge %1 (%2 -> %3) ends %4 / %5 pt off its cards")
                .arg(e)
                .arg(edge.sourceUid, edge.targetUid)
                .arg(start)
                .arg(end);
    }
    return {};
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private slots:
    void demoGraphKeepsInvariants_data();
    void demoGraphKeepsInvariants();
    void dependentsLeftReferencedRight();
    void layoutIsDeterministic_data();
    void layoutIsDeterministic();
    void cycleAndSelfLoop();
    void disconnectedComponents();
    void singleNodeAndEmptyGraph();
    void nodeSizesAreImposed();
    void expandedCardsAttachEdgesToColumns();
    void selfReferenceBetweenRowsLoopsRight();
    void duplicateUidsAndParallelEdges();
    void worksUnderCommaDecimalLocale();
    void largeGraph_data();
    void largeGraph();
    void graphvizInputCarriesNoUserText();
};

void TestGraphLayout::demoGraphKeepsInvariants_data() {
    QTest::addColumn<int>("engine");
    QTest::newRow("dot") << int(LayoutEngine::Dot);
    QTest::newRow("sfdp") << int(LayoutEngine::Sfdp);
}

void TestGraphLayout::demoGraphKeepsInvariants() {
    QFETCH(int, engine);
    const LayoutRequest request = requestFor(demoGraph(), LayoutEngine(engine));
    const GraphLayout layout = layOut(request);
    QCOMPARE(layout.engine, LayoutEngine(engine));
    QCOMPARE(layout.nodeBoxes.size(), int(request.graph.nodes.size()));
    QCOMPARE(violation(request, layout), QString());
    // the edge to "suppliers" (not in the graph) is the only one without a route
    QCOMPARE(layout.edges.size(), request.graph.edges.size() - 1);
}

void TestGraphLayout::dependentsLeftReferencedRight() {
    const GraphLayout layout = layOut(requestFor(demoGraph()));
    auto x = [&](const char* uid) { return layout.nodeBoxes.value(uid).center().x(); };
    QVERIFY(x("order_items") < x("orders"));
    QVERIFY(x("shipments") < x("orders"));
    QVERIFY(x("customers") > x("orders"));
    QVERIFY(x("products") > x("orders"));
    // the cycle back edge (accounts -> customers) does not pull accounts left of customers
    QVERIFY(x("accounts") > x("customers"));
}

void TestGraphLayout::layoutIsDeterministic_data() {
    demoGraphKeepsInvariants_data();
}

void TestGraphLayout::layoutIsDeterministic() {
    QFETCH(int, engine);
    const LayoutRequest request = requestFor(syntheticGraph(120), LayoutEngine(engine));
    const GraphLayout first = layOut(request);
    const GraphLayout second = layOut(request);
    QVERIFY(!first.isEmpty());
    QVERIFY(first == second);
    QCOMPARE(SchemaGraphLayouter().graphvizInput(request),
             SchemaGraphLayouter().graphvizInput(request));
}

void TestGraphLayout::cycleAndSelfLoop() {
    SchemaGraph g;
    g.rootUid = "a";
    g.nodes = {sampleNode("a", {"b_id"}), sampleNode("b", {"c_id"}), sampleNode("c", {"a_id"})};
    g.edges = {sampleEdge("a", "b", "b_id", "cascade"), sampleEdge("b", "c", "c_id", "restrict"),
               sampleEdge("c", "a", "a_id", "set null"), sampleEdge("a", "a", "id", "no action")};
    for (LayoutEngine engine : {LayoutEngine::Dot, LayoutEngine::Sfdp}) {
        const LayoutRequest request = requestFor(g, engine);
        const GraphLayout layout = layOut(request);
        QCOMPARE(violation(request, layout), QString());
        const EdgeRoute* loop = layout.route(3);
        QVERIFY(loop);
        QVERIFY(loop->arrowTip);
    }
}

void TestGraphLayout::disconnectedComponents() {
    SchemaGraph g;
    g.rootUid = "a";
    g.nodes = {sampleNode("a"), sampleNode("b", {"a_id"}), sampleNode("x", {"y_id"}),
               sampleNode("y"), sampleNode("lonely")};
    g.edges = {sampleEdge("b", "a", "a_id", "cascade"), sampleEdge("x", "y", "y_id", "restrict")};
    for (LayoutEngine engine : {LayoutEngine::Dot, LayoutEngine::Sfdp}) {
        const LayoutRequest request = requestFor(g, engine);
        const GraphLayout layout = layOut(request);
        QCOMPARE(layout.nodeBoxes.size(), 5);
        QCOMPARE(violation(request, layout), QString());
    }
}

void TestGraphLayout::singleNodeAndEmptyGraph() {
    SchemaGraph one;
    one.rootUid = "solo";
    one.nodes = {sampleNode("solo")};
    const LayoutRequest request = requestFor(one);
    const GraphLayout layout = layOut(request);
    QCOMPARE(layout.nodeBoxes.size(), 1);
    QCOMPARE(violation(request, layout), QString());
    QVERIFY(layout.boundingBox.width() + 0.01 >= request.nodeSizes.value("solo").width());

    SchemaGraph empty;
    const LayoutResult result = SchemaGraphLayouter().layout(requestFor(empty));
    QVERIFY(result.ok());
    QVERIFY(result.layout->isEmpty());
    QVERIFY(result.layout->edges.empty());
}

void TestGraphLayout::nodeSizesAreImposed() {
    LayoutRequest request = requestFor(demoGraph());
    request.nodeSizes.insert("orders", QSizeF(333.3, 222.2));
    request.nodeSizes.remove("products"); // falls back to the default size
    const GraphLayout layout = layOut(request);
    const QRectF orders = layout.nodeBoxes.value("orders");
    // Graphviz works in whole points: the box is the card rounded up, never smaller
    QVERIFY(orders.width() >= 333.3 && orders.width() < 335);
    QVERIFY(orders.height() >= 222.2 && orders.height() < 224);
    const QRectF products = layout.nodeBoxes.value("products");
    QCOMPARE(products.size(), request.defaultNodeSize);
    QCOMPARE(violation(request, layout), QString());
}

void TestGraphLayout::expandedCardsAttachEdgesToColumns() {
    const SchemaGraph graph = demoGraph();
    const QSet<QString> expanded{"orders", "customers", "order_items"};
    const LayoutRequest request = requestFor(graph, LayoutEngine::Dot, expanded);
    const GraphLayout layout = layOut(request);
    QCOMPARE(violation(request, layout, 0.5), QString());

    const CardGeometry geometry;
    const QRectF orders = layout.nodeBoxes.value("orders");
    const QRectF customers = layout.nodeBoxes.value("customers");
    // edge 2: orders.customer_id (row 1) -> customers.id (row 0)
    const EdgeRoute* route = layout.route(2);
    QVERIFY(route);
    QCOMPARE(route->points.front(), QPointF(orders.right(), orders.top() + geometry.rowCentre(1)));
    QVERIFY(route->arrowTip);
    QCOMPARE(*route->arrowTip, QPointF(customers.left(), customers.top() + geometry.rowCentre(0)));
    // the end segment meets the card horizontally
    QCOMPARE(route->points.back().y(), route->arrowTip->y());
    QCOMPARE(route->points[1].y(), route->points.front().y());

    // edge 0: order_items.order_id (row 1) -> orders.id (row 0): both ends on rows
    const EdgeRoute* incoming = layout.route(0);
    const QRectF items = layout.nodeBoxes.value("order_items");
    QCOMPARE(incoming->points.front(), QPointF(items.right(), items.top() + geometry.rowCentre(1)));
    QCOMPARE(*incoming->arrowTip, QPointF(orders.left(), orders.top() + geometry.rowCentre(0)));

    // a collapsed end keeps Graphviz's attachment: products is not expanded
    const EdgeRoute* toProducts = layout.route(3);
    const QRectF products = layout.nodeBoxes.value("products");
    QVERIFY(std::abs(toProducts->arrowTip->y() - (products.top() + geometry.rowCentre(0))) > 0.1 ||
            products.height() < geometry.rowCentre(0));
}

void TestGraphLayout::selfReferenceBetweenRowsLoopsRight() {
    const LayoutRequest request = requestFor(demoGraph(), LayoutEngine::Dot, {"employees"});
    const GraphLayout layout = layOut(request);
    const QRectF box = layout.nodeBoxes.value("employees");
    const EdgeRoute* loop = layout.route(7); // employees.manager_id -> employees.id
    QVERIFY(loop);
    const CardGeometry geometry;
    QCOMPARE(loop->points.front(), QPointF(box.right(), box.top() + geometry.rowCentre(1)));
    QCOMPARE(*loop->arrowTip, QPointF(box.right(), box.top() + geometry.rowCentre(0)));
    for (const QPointF& p : loop->points)
        QVERIFY(p.x() >= box.right());
    QVERIFY(layout.boundingBox.contains(loop->points[1]));
}

void TestGraphLayout::duplicateUidsAndParallelEdges() {
    SchemaGraph g;
    g.rootUid = "a";
    g.nodes = {sampleNode("a"), sampleNode("b", {"a1", "a2"}), sampleNode("a")};
    g.edges = {sampleEdge("b", "a", "a1", "cascade"), sampleEdge("b", "a", "a2", "restrict")};
    const LayoutRequest request = requestFor(g);
    const GraphLayout layout = layOut(request);
    QCOMPARE(layout.nodeBoxes.size(), 2);
    QCOMPARE(layout.edges.size(), size_t(2));
    QVERIFY(layout.route(0)->points != layout.route(1)->points);
}

// Selects a locale whose decimal separator is a comma, compiling one into `dir` when the
// system has none installed. Returns false when neither works.
static bool selectCommaLocale(const QString& dir) {
    for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8"}) {
        if (std::setlocale(LC_NUMERIC, name))
            return true;
    }
    if (dir.isEmpty() || QStandardPaths::findExecutable("localedef").isEmpty())
        return false;
    QProcess::execute("localedef", {"-i", "de_DE", "-f", "UTF-8", "-c", dir + "/de_DE.UTF-8"});
    qputenv("LOCPATH", QFile::encodeName(dir));
    return std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
}

void TestGraphLayout::worksUnderCommaDecimalLocale() {
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    QTemporaryDir dir;
    if (!selectCommaLocale(dir.isValid() ? dir.path() : QString()))
        QSKIP("no locale with a decimal comma is available");
    QCOMPARE(QByteArray(std::localeconv()->decimal_point), QByteArray(","));
    LayoutRequest request = requestFor(demoGraph());
    request.nodeSizes.insert("orders", QSizeF(200.5, 80.5));
    const GraphLayout layout = layOut(request);
    std::setlocale(LC_NUMERIC, previous.c_str());
    qunsetenv("LOCPATH");
    // "2.7917" read as 2 inches would shrink the card
    QVERIFY(layout.nodeBoxes.value("orders").width() >= 200.5);
    QCOMPARE(violation(request, layout), QString());
}

void TestGraphLayout::largeGraph_data() {
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("tables");
    QTest::newRow("dot 2000") << int(LayoutEngine::Dot) << 2000;
    QTest::newRow("sfdp 2000") << int(LayoutEngine::Sfdp) << 2000;
}

void TestGraphLayout::largeGraph() {
    QFETCH(int, engine);
    QFETCH(int, tables);
    const LayoutRequest request = requestFor(syntheticGraph(tables), LayoutEngine(engine));
    const GraphLayout layout = layOut(request);
    QCOMPARE(layout.nodeBoxes.size(), tables);
    QCOMPARE(violation(request, layout), QString());
}

void TestGraphLayout::graphvizInputCarriesNoUserText() {
    SchemaGraph g = demoGraph();
    g.nodes[0].identifier = QStringLiteral("evil\" ] ; node [shape=none");
    g.nodes[0].uid = QStringLiteral("orders");
    const QByteArray dot = SchemaGraphLayouter().graphvizInput(requestFor(g));
    QVERIFY(!dot.isEmpty());
    QVERIFY(!dot.contains("evil"));
    QVERIFY(!dot.contains("orders"));
    QVERIFY(dot.contains("rankdir=LR"));
}

QTEST_APPLESS_MAIN(TestGraphLayout)
#include "tst_graph_layout.moc"
