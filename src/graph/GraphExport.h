#pragma once

#include "core/SchemaGraph.h"
#include "graph/CardGeometry.h"
#include "graph/GraphLayout.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace cc {

// Text exports of a schema graph. No Qt Gui: the CLI writes these without a display.
// All of them are deterministic: the same input gives byte-identical output.

struct DotOptions {
    bool includeColumns = false; // list columns (with PK/FK markers) in every label
};

// Graphviz DOT: left-to-right, one node per table (id = uid) labelled identifier /
// namespace / schema.table, tinted by its relation to the root; the root has a double
// border and `root=true`; edges are styled by on_delete (also an `on_delete` attribute)
// and labelled "source cols -> target cols". Edges with a missing end are left out.
QByteArray toDot(const SchemaGraph& graph, const DotOptions& options = {});

// The graph in the §2.9 shape (as encodeSchemaGraph writes it) plus, when a layout is
// given, a "layout" object: engine, bounding_box, node boxes by uid and edge routes.
QByteArray toJson(const SchemaGraph& graph, const std::optional<GraphLayout>& layout = {});

struct SvgOptions {
    QSet<QString> expanded; // uids drawn with their columns (their boxes must fit them)
    CardGeometry geometry;  // the geometry the layout's boxes were measured with
    QString fontFamily = QStringLiteral("DejaVu Sans, Helvetica, Arial, sans-serif");
    qreal margin = 24;
};

// A standalone SVG document: cards (title, namespace, schema.table, and columns with
// PK/FK markers when expanded), one <g class="node"> per table, edges styled by
// on_delete with arrow heads.
QByteArray toSvg(const SchemaGraph& graph, const GraphLayout& layout,
                 const SvgOptions& options = {});

} // namespace cc
