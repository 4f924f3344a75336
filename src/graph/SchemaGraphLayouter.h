#pragma once

#include "graph/GraphLayout.h"
#include "graph/LayoutRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

struct LayoutResult {
    std::optional<GraphLayout> layout;
    QString error; // set when there is no layout

    bool ok() const { return layout.has_value(); }
};

// Lays a schema graph out with Graphviz, synchronously, in explicit steps: open a graph,
// add the nodes with their fixed sizes, add the edges, run the engine, import positions
// and splines, close. Only structure reaches Graphviz (generated node names, no labels),
// so user text can neither break its parser nor change the result.
//
// Column ports: Graphviz routes every edge between whole cards. When a request carries
// a row offset for an edge's FK column, the layouter then moves that end of the route
// onto the row, on the card side the route leaves from, and bends the end segment so it
// meets the card horizontally. Self-references between two rows become a loop on the
// card's right side.
//
// Setting the environment variable CC_DEBUG_GRAPHVIZ to a directory writes the input of
// every layout (layout-N.dot) and its result (layout-N.out.dot) there.
class SchemaGraphLayouter {
public:
    // Thread-safe: Graphviz calls from all threads are serialised by one process-wide lock.
    LayoutResult layout(const LayoutRequest& request) const;
    // The graph exactly as it is handed to Graphviz, as DOT text.
    QByteArray graphvizInput(const LayoutRequest& request) const;

    // Length of the arrow head between the end of a route and its arrowTip (points).
    static constexpr double kArrowLength = 10.0;
};

} // namespace cc
