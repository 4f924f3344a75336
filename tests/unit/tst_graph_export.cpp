#include "core/Json.h"
#include "core/codec/GraphCodec.h"
#include "graph/CardGeometry.h"
#include "graph/GraphExport.h"
#include "graph/SchemaGraphLayouter.h"
#include "tst_graph_samples.h"

#include <graphviz/cgraph.h>

#include <QXmlStreamReader>
#include <QtTest>

using namespace cc;
using cc::test::demoGraph;

namespace {

GraphLayout layoutOf(const SchemaGraph& graph, const QSet<QString>& expanded = {}) {
    return SchemaGraphLayouter()
        .layout(estimatedLayoutRequest(graph, expanded, LayoutEngine::Dot))
        .layout.value_or(GraphLayout{});
}

QString attribute(void* object, const char* name) {
    const char* value = agget(object, const_cast<char*>(name));
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

class TestGraphExport : public QObject {
    Q_OBJECT

private slots:
    void dotIsReadByGraphviz();
    void dotEscapesUserText();
    void dotIsDeterministic();
    void jsonCarriesGraphAndLayout();
    void jsonWithoutLayout();
    void svgIsWellFormedWithOneGroupPerNode();
    void svgEscapesUserTextAndShowsColumns();
};

void TestGraphExport::dotIsReadByGraphviz() {
    const SchemaGraph graph = demoGraph();
    const QByteArray dot = toDot(graph);
    Agraph_t* g = agmemread(dot.constData());
    QVERIFY2(g, dot.constData());
    QCOMPARE(agnnodes(g), int(graph.nodes.size()));
    QCOMPARE(agnedges(g), int(graph.edges.size()) - 1); // the edge to "suppliers" is left out
    Agnode_t* root = agnode(g, const_cast<char*>("orders"), 0);
    QVERIFY(root);
    QCOMPARE(attribute(root, "root"), QStringLiteral("true"));
    QCOMPARE(attribute(root, "peripheries"), QStringLiteral("2"));
    Agnode_t* items = agnode(g, const_cast<char*>("order_items"), 0);
    QVERIFY(items);
    QCOMPARE(attribute(items, "peripheries"), QString()); // declared for the root only
    QVERIFY(attribute(items, "label").startsWith(QStringLiteral("demo.order_items")));
    Agedge_t* cascade = agfstout(g, items);
    QVERIFY(cascade);
    QCOMPARE(attribute(cascade, "on_delete"), QStringLiteral("cascade"));
    QCOMPARE(attribute(cascade, "style"), QStringLiteral("solid"));
    Agnode_t* orders = agnode(g, const_cast<char*>("orders"), 0);
    int dashed = 0;
    for (Agedge_t* e = agfstout(g, orders); e; e = agnxtout(g, e))
        dashed += attribute(e, "style") == QLatin1String("dashed");
    QCOMPARE(dashed, 1); // orders -> products is set null
    QCOMPARE(attribute(g, "rankdir"), QStringLiteral("LR"));
    agclose(g);
}

void TestGraphExport::dotEscapesUserText() {
    SchemaGraph graph = demoGraph();
    graph.nodes[1].identifier = QStringLiteral("quote\" back\\slash \\N new\nline } digraph {");
    graph.nodes[2].uid = QStringLiteral("uid with \"quotes\"");
    graph.edges[1].sourceUid = graph.nodes[2].uid;
    DotOptions options;
    options.includeColumns = true;
    const QByteArray dot = toDot(graph, options);
    Agraph_t* g = agmemread(dot.constData());
    QVERIFY2(g, dot.constData());
    QCOMPARE(agnnodes(g), int(graph.nodes.size()));
    Agnode_t* odd = agnode(g, const_cast<char*>("uid with \"quotes\""), 0);
    QVERIFY(odd);
    QVERIFY(agfstout(g, odd));
    const QString label = attribute(agnode(g, const_cast<char*>("order_items"), 0), "label");
    QVERIFY(label.contains(QStringLiteral("back\\\\slash \\\\N")));
    QVERIFY(label.contains(QStringLiteral("PK id : uuid")));
    QVERIFY(label.contains(QStringLiteral("FK order_id : uuid")));
    agclose(g);
}

void TestGraphExport::dotIsDeterministic() {
    QCOMPARE(toDot(demoGraph()), toDot(demoGraph()));
    QCOMPARE(toJson(demoGraph(), layoutOf(demoGraph())),
             toJson(demoGraph(), layoutOf(demoGraph())));
    QCOMPARE(toSvg(demoGraph(), layoutOf(demoGraph())), toSvg(demoGraph(), layoutOf(demoGraph())));
}

void TestGraphExport::jsonCarriesGraphAndLayout() {
    const SchemaGraph graph = demoGraph();
    const GraphLayout layout = layoutOf(graph);
    const QByteArray text = toJson(graph, layout);
    const Json json = Json::parse(text.constData(), nullptr, false);
    QVERIFY(!json.is_discarded());
    QCOMPARE(QString::fromStdString(json.at("root_uid").get<std::string>()), graph.rootUid);
    QCOMPARE(json.at("nodes").size(), graph.nodes.size());
    QCOMPARE(json.at("edges").size(), graph.edges.size());
    const Json& l = json.at("layout");
    QCOMPARE(l.at("engine").get<std::string>(), std::string("dot"));
    QCOMPARE(l.at("nodes").size(), graph.nodes.size());
    for (const GraphNode& node : graph.nodes) {
        const Json& box = l.at("nodes").at(node.uid.toStdString());
        const QRectF expected = layout.nodeBoxes.value(node.uid);
        QCOMPARE(box.at("width").get<double>(), expected.width());
        QCOMPARE(box.at("x").get<double>(), std::round(expected.x() * 100) / 100);
    }
    QCOMPARE(l.at("edges").size(), layout.edges.size());
    for (const Json& edge : l.at("edges")) {
        const size_t points = edge.at("points").size();
        QVERIFY(points >= 4 && (points - 1) % 3 == 0);
        QVERIFY(edge.contains("arrow_tip"));
    }
    // the graph part decodes back to the same graph
    const DecodeResult<SchemaGraph> decoded = decodeSchemaGraph(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
    QCOMPARE(decoded.value().nodes.size(), graph.nodes.size());
    QCOMPARE(decoded.value().edges, graph.edges);
}

void TestGraphExport::jsonWithoutLayout() {
    const Json json = Json::parse(toJson(demoGraph()).constData(), nullptr, false);
    QVERIFY(!json.is_discarded());
    QVERIFY(!json.contains("layout"));
    QCOMPARE(json.at("nodes").size(), demoGraph().nodes.size());
}

void TestGraphExport::svgIsWellFormedWithOneGroupPerNode() {
    const SchemaGraph graph = demoGraph();
    const GraphLayout layout = layoutOf(graph);
    const QByteArray svg = toSvg(graph, layout);
    QXmlStreamReader xml(svg);
    int nodeGroups = 0;
    int edgeGroups = 0;
    QStringList uids;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            QVERIFY(xml.attributes().hasAttribute(QStringLiteral("viewBox")));
        if (xml.name() != QLatin1String("g"))
            continue;
        const auto cls = xml.attributes().value(QStringLiteral("class"));
        if (cls == QLatin1String("node")) {
            ++nodeGroups;
            uids << xml.attributes().value(QStringLiteral("data-uid")).toString();
        } else if (cls == QLatin1String("edge")) {
            ++edgeGroups;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodeGroups, int(graph.nodes.size()));
    QCOMPARE(edgeGroups, int(layout.edges.size()));
    QVERIFY(uids.contains(QStringLiteral("orders")));
    QVERIFY(svg.contains("stroke-dasharray")); // set null / set default edges
}

void TestGraphExport::svgEscapesUserTextAndShowsColumns() {
    SchemaGraph graph = demoGraph();
    graph.nodes[0].identifier = QStringLiteral("<script>&\"'");
    graph.nodes[0].columns.push_back(cc::test::sampleColumn(QStringLiteral("a<b"), "text"));
    const QSet<QString> expanded{QStringLiteral("orders")};
    SvgOptions options;
    options.expanded = expanded;
    const QByteArray svg = toSvg(graph, layoutOf(graph, expanded), options);
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!svg.contains("<script>"));
    QVERIFY(texts.contains(QStringLiteral("<script>&\"'")));
    QVERIFY(texts.contains(QStringLiteral("a<b")));
    QVERIFY(texts.contains(QStringLiteral("PK")));
    QVERIFY(texts.contains(QStringLiteral("FK")));
    QVERIFY(texts.contains(QStringLiteral("customer_id")));
}

QTEST_APPLESS_MAIN(TestGraphExport)
#include "tst_graph_export.moc"
