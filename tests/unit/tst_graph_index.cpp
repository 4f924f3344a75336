#include "graph/CardGeometry.h"
#include "graph/GraphStyle.h"
#include "graph/SchemaGraphIndex.h"
#include "tst_graph_samples.h"

#include <QtTest>

using namespace cc;
using cc::test::demoGraph;

class TestGraphIndex : public QObject {
    Q_OBJECT

private slots:
    void rolesRelativeToRoot();
    void levelsFollowTheWebColumns();
    void pathToRootIgnoresDirection();
    void neighboursAreDistinct();
    void missingRootLeavesEverythingUnrelated();
    void onDeleteSpellings();
    void cardGeometryRows();
};

void TestGraphIndex::rolesRelativeToRoot() {
    const SchemaGraphIndex index(demoGraph());
    QCOMPARE(index.role("orders"), NodeRole::Root);
    QCOMPARE(index.role("order_items"), NodeRole::Dependent);
    QCOMPARE(index.role("shipments"), NodeRole::Dependent);
    QCOMPARE(index.role("customers"), NodeRole::Referenced);
    QCOMPARE(index.role("accounts"), NodeRole::Referenced);
    QCOMPARE(index.role("products"), NodeRole::Referenced);
    // shipments -> employees: neither depends on the root through employees
    QCOMPARE(index.role("employees"), NodeRole::Unrelated);
    QCOMPARE(index.role("audit_log"), NodeRole::Unrelated);
    QCOMPARE(index.role("not-there"), NodeRole::Unrelated);

    SchemaGraph cycle = demoGraph();
    cycle.edges.push_back(cc::test::sampleEdge("customers", "orders", "id", "restrict"));
    QCOMPARE(SchemaGraphIndex(cycle).role("customers"), NodeRole::Both);
}

void TestGraphIndex::levelsFollowTheWebColumns() {
    const SchemaGraphIndex index(demoGraph());
    QCOMPARE(index.level("orders"), std::optional<int>(0));
    QCOMPARE(index.level("order_items"), std::optional<int>(-1));
    QCOMPARE(index.level("customers"), std::optional<int>(1));
    QCOMPARE(index.level("accounts"), std::optional<int>(2));
    QCOMPARE(index.level("employees"), std::optional<int>(0)); // via shipments (-1) +1
    QCOMPARE(index.level("audit_log"), std::optional<int>());
}

void TestGraphIndex::pathToRootIgnoresDirection() {
    const SchemaGraph graph = demoGraph();
    const SchemaGraphIndex index(graph);
    const std::vector<int> path = index.pathToRoot("employees");
    QCOMPARE(path.size(), size_t(2));
    QCOMPARE(graph.edges[size_t(path[0])].targetUid, QStringLiteral("employees"));
    QCOMPARE(graph.edges[size_t(path[1])].targetUid, QStringLiteral("orders"));
    QVERIFY(index.pathToRoot("orders").empty());
    QVERIFY(index.pathToRoot("audit_log").empty());
    QCOMPARE(index.pathToRoot("accounts").size(), size_t(2));
}

void TestGraphIndex::neighboursAreDistinct() {
    SchemaGraph graph = demoGraph();
    graph.edges.push_back(cc::test::sampleEdge("order_items", "orders", "id", "restrict"));
    const SchemaGraphIndex index(graph);
    QStringList n = index.neighbours("orders");
    n.sort();
    QCOMPARE(n, (QStringList{"customers", "order_items", "products", "shipments"}));
    QCOMPARE(index.neighbours("employees"), QStringList{"shipments"}); // self-loop excluded
    QVERIFY(!index.edgeIsValid(9));                                    // -> suppliers
    QVERIFY(index.edgeIsValid(0));
}

void TestGraphIndex::missingRootLeavesEverythingUnrelated() {
    SchemaGraph graph = demoGraph();
    graph.rootUid = "gone";
    const SchemaGraphIndex index(graph);
    QCOMPARE(index.role("orders"), NodeRole::Unrelated);
    QCOMPARE(index.level("orders"), std::optional<int>());
    QVERIFY(index.pathToRoot("orders").empty());
}

void TestGraphIndex::onDeleteSpellings() {
    QCOMPARE(parseOnDelete(QStringLiteral("CASCADE")), OnDelete::Cascade);
    QCOMPARE(parseOnDelete(QStringLiteral("set_null")), OnDelete::SetNull);
    QCOMPARE(parseOnDelete(QStringLiteral(" SET  DEFAULT ")), OnDelete::SetDefault);
    QCOMPARE(parseOnDelete(QStringLiteral("no action")), OnDelete::NoAction);
    QCOMPARE(parseOnDelete(QStringLiteral("RESTRICT")), OnDelete::Restrict);
    QCOMPARE(parseOnDelete(QStringLiteral("whatever")), OnDelete::Unspecified);
    QCOMPARE(parseOnDelete(std::nullopt), OnDelete::Unspecified);
    QCOMPARE(onDeleteSqlName(OnDelete::SetNull), QStringLiteral("set null"));
    QVERIFY(edgeStroke(OnDelete::SetNull).pattern == StrokePattern::Dashed);
    QVERIFY(edgeStroke(OnDelete::SetDefault).pattern == StrokePattern::Dotted);
    QVERIFY(QByteArray(edgeStroke(OnDelete::Cascade).color) !=
            QByteArray(edgeStroke(OnDelete::Restrict).color));
}

void TestGraphIndex::cardGeometryRows() {
    CardGeometry g;
    g.maxRows = 3;
    GraphNode node = cc::test::sampleNode("t", {"a", "b", "c", "d"}); // id, a, b, c, d
    QCOMPARE(g.visibleRows(5), 3);
    QCOMPARE(columnRow(node, "a", g), 1);
    QCOMPARE(columnRow(node, "d", g), 2); // shares the "+N more" row
    QCOMPARE(columnRow(node, "zzz", g), -1);
    QCOMPARE(g.height(5, false), g.headerHeight());
    QCOMPARE(g.height(5, true), g.headerHeight() + 2 * g.rowsPadding + 3 * g.rowHeight);
    const QHash<QString, qreal> ports = columnPortOffsets(node, g);
    QCOMPARE(ports.value("id"), g.rowCentre(0));
    QCOMPARE(ports.value("d"), g.rowCentre(2));
    const QSizeF collapsed = estimatedCardSize(node, false, g);
    QVERIFY(collapsed.width() >= g.minWidth && collapsed.width() <= g.maxWidth);
    node.identifier = QString(500, QLatin1Char('x'));
    QCOMPARE(estimatedCardSize(node, false, g).width(), g.maxWidth);
}

QTEST_APPLESS_MAIN(TestGraphIndex)
#include "tst_graph_index.moc"
