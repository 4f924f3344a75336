#include "graph/CardGeometry.h"

#include <algorithm>

namespace cc {

qreal CardGeometry::width(qreal widestHeaderLine, qreal widestRow) const {
    const qreal header = widestHeaderLine + chevronWidth;
    const qreal content = std::max(header, widestRow) + 2 * paddingX;
    return std::clamp(content, minWidth, maxWidth);
}

QString cardTitle(const GraphNode& node) {
    return node.displayName();
}

QString cardNamespace(const GraphNode& node) {
    return node.namespaceName.value_or(QString());
}

QString cardPhysicalName(const GraphNode& node) {
    const QString table = node.physicalTableName.value_or(QString());
    const QString schema = node.physicalSchema.value_or(QString());
    if (schema.isEmpty())
        return table;
    if (table.isEmpty())
        return schema;
    return schema + QLatin1Char('.') + table;
}

QString columnTypeText(const GraphColumn& column) {
    if (column.dataType && !column.dataType->isEmpty())
        return *column.dataType;
    return column.backendType.value_or(QString());
}

int columnRow(const GraphNode& node, const QString& column, const CardGeometry& geometry) {
    const int count = static_cast<int>(node.columns.size());
    const int rows = geometry.visibleRows(count);
    for (int i = 0; i < count; ++i) {
        if (node.columns[static_cast<size_t>(i)].name == column)
            return std::min(i, rows - 1);
    }
    return -1;
}

QSizeF estimatedCardSize(const GraphNode& node, bool expanded, const CardGeometry& geometry) {
    const qreal header = std::max({cardTitle(node).size() * geometry.titleCharWidth,
                                   cardNamespace(node).size() * geometry.smallCharWidth,
                                   cardPhysicalName(node).size() * geometry.smallCharWidth});
    qreal widestRow = 0;
    if (expanded) {
        for (const GraphColumn& column : node.columns) {
            const qreal row = geometry.markerWidth + column.name.size() * geometry.smallCharWidth +
                              geometry.typeGap +
                              columnTypeText(column).size() * geometry.smallCharWidth;
            widestRow = std::max(widestRow, row);
        }
    }
    return QSizeF(geometry.width(header, widestRow),
                  geometry.height(static_cast<int>(node.columns.size()), expanded));
}

QHash<QString, qreal> columnPortOffsets(const GraphNode& node, const CardGeometry& geometry) {
    QHash<QString, qreal> ports;
    const int count = static_cast<int>(node.columns.size());
    const int rows = geometry.visibleRows(count);
    for (int i = 0; i < count; ++i) {
        const QString& name = node.columns[static_cast<size_t>(i)].name;
        if (!ports.contains(name))
            ports.insert(name, geometry.rowCentre(std::min(i, rows - 1)));
    }
    return ports;
}

LayoutRequest estimatedLayoutRequest(const SchemaGraph& graph, const QSet<QString>& expanded,
                                     LayoutEngine engine, const CardGeometry& geometry) {
    LayoutRequest request;
    request.graph = graph;
    request.engine = engine;
    for (const GraphNode& node : graph.nodes) {
        const bool open = expanded.contains(node.uid) && !node.columns.empty();
        request.nodeSizes.insert(node.uid, estimatedCardSize(node, open, geometry));
        if (open)
            request.columnPorts.insert(node.uid, columnPortOffsets(node, geometry));
    }
    return request;
}

} // namespace cc
