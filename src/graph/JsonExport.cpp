#include "core/codec/GraphCodec.h"
#include "graph/GraphExport.h"

#include <cmath>

namespace cc {

namespace {

// Hundredths of a point: plenty for drawing, and stable text across platforms.
double rounded(double value) {
    return std::isfinite(value) ? std::round(value * 100.0) / 100.0 : 0.0;
}

Json pointJson(const QPointF& p) {
    return Json::array({rounded(p.x()), rounded(p.y())});
}

Json rectJson(const QRectF& r) {
    return Json{{"x", rounded(r.x())},
                {"y", rounded(r.y())},
                {"width", rounded(r.width())},
                {"height", rounded(r.height())}};
}

Json layoutJson(const SchemaGraph& graph, const GraphLayout& layout) {
    Json nodes = Json::object();
    for (const GraphNode& node : graph.nodes) {
        const auto box = layout.nodeBoxes.constFind(node.uid);
        if (box != layout.nodeBoxes.constEnd())
            nodes[node.uid.toStdString()] = rectJson(*box);
    }
    Json edges = Json::array();
    for (const EdgeRoute& route : layout.edges) {
        Json points = Json::array();
        for (const QPointF& p : route.points)
            points.push_back(pointJson(p));
        Json edge{{"index", route.edgeIndex}, {"points", std::move(points)}};
        if (route.arrowTip)
            edge["arrow_tip"] = pointJson(*route.arrowTip);
        edges.push_back(std::move(edge));
    }
    return Json{{"engine", layout.engine == LayoutEngine::Dot ? "dot" : "sfdp"},
                {"units", "pt"},
                {"bounding_box", rectJson(layout.boundingBox)},
                {"nodes", std::move(nodes)},
                {"edges", std::move(edges)}};
}

} // namespace

QByteArray toJson(const SchemaGraph& graph, const std::optional<GraphLayout>& layout) {
    try {
        Json json = encodeSchemaGraph(graph);
        if (layout)
            json["layout"] = layoutJson(graph, *layout);
        const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
        return QByteArray::fromStdString(text) + '\n';
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace cc
