#pragma once

#include <QHash>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace cc {

enum class LayoutEngine {
    Dot,  // layered, left to right: dependents left of the root, referenced tables right
    Sfdp, // force-directed, for graphs too large for a readable layered drawing
};

// The route of one foreign-key edge, in the same coordinates as the node boxes.
struct EdgeRoute {
    int edgeIndex = -1; // index into SchemaGraph::edges
    // Cubic Bezier control points: a start point, then three points per segment (1 + 3k).
    std::vector<QPointF> points;
    // Where the arrow head ends, on the target card's border. The curve stops short of
    // it by the arrow's length; absent when the route carries no arrow.
    std::optional<QPointF> arrowTip;

    bool operator==(const EdgeRoute& o) const {
        return edgeIndex == o.edgeIndex && points == o.points && arrowTip == o.arrowTip;
    }
};

// A finished layout. Points (1/72 inch), origin top-left, y grows downwards.
struct GraphLayout {
    LayoutEngine engine = LayoutEngine::Dot;
    QRectF boundingBox;
    QHash<QString, QRectF> nodeBoxes; // node uid -> card rectangle (top-left, size)
    std::vector<EdgeRoute> edges;     // ascending edgeIndex; edges with a missing end are absent

    const EdgeRoute* route(int edgeIndex) const {
        auto it = std::lower_bound(edges.begin(), edges.end(), edgeIndex,
                                   [](const EdgeRoute& r, int i) { return r.edgeIndex < i; });
        return it != edges.end() && it->edgeIndex == edgeIndex ? &*it : nullptr;
    }

    bool isEmpty() const { return nodeBoxes.isEmpty(); }

    bool operator==(const GraphLayout& o) const {
        return engine == o.engine && boundingBox == o.boundingBox && nodeBoxes == o.nodeBoxes &&
               edges == o.edges;
    }
    bool operator!=(const GraphLayout& o) const { return !(*this == o); }
};

} // namespace cc

Q_DECLARE_METATYPE(cc::GraphLayout)
