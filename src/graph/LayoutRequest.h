#pragma once

#include "core/SchemaGraph.h"
#include "graph/GraphLayout.h"

#include <QHash>
#include <QSizeF>
#include <QString>

namespace cc {

// Everything one layout needs. Sizes are measured by the caller (the UI with its fonts,
// the CLI with CardGeometry's estimate) and imposed on Graphviz as fixed node sizes.
struct LayoutRequest {
    SchemaGraph graph;
    // uid -> card size in points. A node without an entry gets `defaultNodeSize`.
    QHash<QString, QSizeF> nodeSizes;
    QSizeF defaultNodeSize{180, 54};
    // uid -> column name -> y of that column's row centre, measured from the card top.
    // Only expanded cards have entries. Graphviz routes every edge between cards; the
    // layouter then moves the ends of edges whose FK columns have a row here onto that
    // row, on the card side facing the other end (see SchemaGraphLayouter).
    QHash<QString, QHash<QString, qreal>> columnPorts;
    LayoutEngine engine = LayoutEngine::Dot;
    qreal nodeSeparation = 22; // points between cards in one column (dot) / minimum gap (sfdp)
    qreal rankSeparation = 90; // points between columns (dot)
};

} // namespace cc
