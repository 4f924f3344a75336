#include "graph/GraphExport.h"
#include "graph/GraphStyle.h"
#include "graph/SchemaGraphIndex.h"

namespace cc {

namespace {

// A DOT double-quoted string. Backslashes are doubled so user text cannot form label
// escapes (\N, \l, ...); line breaks become centred breaks.
QByteArray quoted(const QString& text) {
    QByteArray out = "\"";
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            out += "\\\"";
        else if (ch == QLatin1Char('\\'))
            out += "\\\\";
        else if (ch == QLatin1Char('\n'))
            out += "\\n";
        else if (ch == QLatin1Char('\r') || ch.category() == QChar::Other_Control)
            out += ' ';
        else
            out += QString(ch).toUtf8();
    }
    out += '"';
    return out;
}

QByteArray styleName(StrokePattern pattern) {
    switch (pattern) {
    case StrokePattern::Dashed:
        return "dashed";
    case StrokePattern::Dotted:
        return "dotted";
    case StrokePattern::Solid:
        break;
    }
    return "solid";
}

QString columnLines(const GraphNode& node, const QSet<QString>& foreignKeyColumns) {
    QString lines;
    for (const GraphColumn& column : node.columns) {
        QString marker = column.primaryKey ? QStringLiteral("PK ") : QString();
        if (foreignKeyColumns.contains(column.name))
            marker += QStringLiteral("FK ");
        QString line = marker + column.name;
        const QString type = columnTypeText(column);
        if (!type.isEmpty())
            line += QStringLiteral(" : ") + type;
        lines += line + QLatin1Char('\n');
    }
    return lines;
}

} // namespace

QByteArray toDot(const SchemaGraph& graph, const DotOptions& options) {
    const SchemaGraphIndex index(graph);
    QByteArray dot;
    dot += "digraph \"schema\" {\n";
    dot += "  graph [rankdir=LR, nodesep=0.3, ranksep=1.2, bgcolor=\"";
    dot += palette::kCanvas;
    dot += "\", root_uid=" + quoted(graph.rootUid) + ", depth=" + QByteArray::number(graph.depth) +
           ", include_incoming=" + (graph.includeIncoming ? "true" : "false") + "];\n";
    dot += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, "
           "fontcolor=\"";
    dot += palette::kTitle;
    dot += "\"];\n";
    dot += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.8];\n";

    QHash<QString, QSet<QString>> foreignKeys;
    for (const GraphEdge& edge : graph.edges)
        for (const QString& column : edge.sourceColumns)
            foreignKeys[edge.sourceUid].insert(column);

    QSet<QString> written;
    for (const GraphNode& node : graph.nodes) {
        const QString& uid = node.uid;
        if (written.contains(uid))
            continue;
        written.insert(uid);
        const NodeRole role = index.role(uid);
        const RoleTint tint = roleTint(role);
        QString label = cardTitle(node);
        if (!cardNamespace(node).isEmpty())
            label += QLatin1Char('\n') + cardNamespace(node);
        if (!cardPhysicalName(node).isEmpty())
            label += QLatin1Char('\n') + cardPhysicalName(node);
        if (options.includeColumns && !node.columns.empty())
            label += QStringLiteral("\n\n") + columnLines(node, foreignKeys.value(uid));
        dot += "  " + quoted(uid) + " [label=" + quoted(label) + ", fillcolor=\"" + tint.fill +
               "\", color=\"" + tint.accent + "\"";
        if (role == NodeRole::Root)
            dot += ", penwidth=2.4, peripheries=2, root=true";
        dot += "];\n";
    }

    for (size_t e = 0; e < graph.edges.size(); ++e) {
        if (!index.edgeIsValid(static_cast<int>(e)))
            continue;
        const GraphEdge& edge = graph.edges[e];
        const OnDelete onDelete = parseOnDelete(edge.onDelete);
        const EdgeStroke stroke = edgeStroke(onDelete);
        const QString label = edge.sourceColumns.join(QStringLiteral(", ")) +
                              QStringLiteral(" → ") + edge.targetColumns.join(QStringLiteral(", "));
        dot += "  " + quoted(edge.sourceUid) + " -> " + quoted(edge.targetUid) +
               " [label=" + quoted(label) + ", color=\"" + stroke.color + "\", fontcolor=\"" +
               stroke.color + "\", style=" + styleName(stroke.pattern) +
               ", penwidth=" + QByteArray::number(stroke.width, 'f', 1) +
               ", on_delete=" + quoted(onDeleteSqlName(onDelete));
        if (edge.name && !edge.name->isEmpty())
            dot += ", tooltip=" + quoted(*edge.name);
        dot += "];\n";
    }
    dot += "}\n";
    return dot;
}

} // namespace cc
