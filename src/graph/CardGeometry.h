#pragma once

#include "core/SchemaGraph.h"
#include "graph/LayoutRequest.h"

#include <QHash>
#include <QSet>
#include <QSizeF>
#include <QString>

namespace cc {

// The box model of a table card, shared by every drawing of it: the scene measures text
// with QFontMetrics and fills in the line heights and widths; text-only consumers (SVG
// writer, CLI) use the estimates below. Heights and offsets are points.
//
//   +--------------------------------+
//   | identifier                   v |  title line
//   | namespace                      |  small line
//   | schema.table                   |  small line
//   +--------------------------------+  divider (expanded only)
//   | PK uid                    uuid |  one row per column
//   | FK account_uid            uuid |
//   +--------------------------------+
struct CardGeometry {
    qreal paddingX = 12;
    qreal paddingTop = 9;
    qreal paddingBottom = 9;
    qreal titleHeight = 17;
    qreal lineHeight = 14;
    qreal lineGap = 2;
    qreal rowHeight = 20;
    qreal rowsPadding = 5; // above the first and below the last row
    qreal markerWidth = 22;
    qreal typeGap = 18;
    qreal chevronWidth = 18;
    qreal minWidth = 176;
    qreal maxWidth = 380;
    int maxRows = 40; // longer column lists end with a "+N more" row
    // Average advance per character, for consumers without font metrics.
    qreal titleCharWidth = 7.6;
    qreal smallCharWidth = 6.3;

    qreal headerHeight() const {
        return paddingTop + titleHeight + 2 * (lineGap + lineHeight) + paddingBottom;
    }
    // Rows drawn for `columnCount` columns (the last one says how many were left out).
    int visibleRows(int columnCount) const { return columnCount > maxRows ? maxRows : columnCount; }
    qreal rowTop(int row) const { return headerHeight() + rowsPadding + row * rowHeight; }
    qreal rowCentre(int row) const { return rowTop(row) + rowHeight / 2; }
    qreal height(int columnCount, bool expanded) const {
        const int rows = expanded ? visibleRows(columnCount) : 0;
        return rows > 0 ? headerHeight() + 2 * rowsPadding + rows * rowHeight : headerHeight();
    }
    // Card width from the widest header line and the widest row (name + type), clamped.
    qreal width(qreal widestHeaderLine, qreal widestRow) const;
};

// The text lines of a card header.
QString cardTitle(const GraphNode& node);
QString cardNamespace(const GraphNode& node);    // empty when the node has none
QString cardPhysicalName(const GraphNode& node); // "schema.table", or the table alone
QString columnTypeText(const GraphColumn& column);
// Which row shows `column` on an expanded card (columns past the limit share the last).
int columnRow(const GraphNode& node, const QString& column, const CardGeometry& geometry);

// Estimated card size from character counts, for consumers without a font engine.
QSizeF estimatedCardSize(const GraphNode& node, bool expanded, const CardGeometry& geometry);
// Column name -> row centre y, for LayoutRequest::columnPorts.
QHash<QString, qreal> columnPortOffsets(const GraphNode& node, const CardGeometry& geometry);
// A complete request with estimated sizes; `expanded` holds the uids shown with columns.
LayoutRequest estimatedLayoutRequest(const SchemaGraph& graph, const QSet<QString>& expanded,
                                     LayoutEngine engine, const CardGeometry& geometry = {});

} // namespace cc
