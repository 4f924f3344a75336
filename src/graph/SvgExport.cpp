#include "graph/GraphExport.h"
#include "graph/GraphStyle.h"
#include "graph/SchemaGraphIndex.h"

#include <cmath>

namespace cc {

namespace {

constexpr double kCornerRadius = 5.0; // also the height of the role bar on top of a card

QByteArray num(double value) {
    return QByteArray::number(std::isfinite(value) ? std::round(value * 100.0) / 100.0 : 0.0, 'g',
                              10);
}

QByteArray escaped(const QString& text) {
    QByteArray out;
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            // XML 1.0 forbids most control characters even as references.
            if (ch.unicode() < 0x20 && ch != QLatin1Char('\t'))
                out += ' ';
            else
                out += QString(ch).toUtf8();
        }
    }
    return out;
}

// Shortens text to what fits in `width` at `charWidth` per character.
QString elided(const QString& text, double width, double charWidth) {
    const int fits = static_cast<int>(width / charWidth);
    if (text.size() <= fits)
        return text;
    return fits <= 1 ? QStringLiteral("…") : text.left(fits - 1) + QStringLiteral("…");
}

// The top part of a card with rounded upper corners, `height` tall.
QByteArray topShape(const QRectF& box, double height) {
    const double r = kCornerRadius;
    const double x = box.x(), y = box.y(), w = box.width();
    return "M" + num(x) + "," + num(y + height) + " V" + num(y + r) + " A" + num(r) + "," + num(r) +
           " 0 0 1 " + num(x + r) + "," + num(y) + " H" + num(x + w - r) + " A" + num(r) + "," +
           num(r) + " 0 0 1 " + num(x + w) + "," + num(y + r) + " V" + num(y + height) + " Z";
}

QByteArray textElement(double x, double y, const QString& text, const QByteArray& attributes) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" " + attributes + ">" + escaped(text) +
           "</text>";
}

QByteArray dashArray(StrokePattern pattern) {
    switch (pattern) {
    case StrokePattern::Dashed:
        return " stroke-dasharray=\"6,4\"";
    case StrokePattern::Dotted:
        return " stroke-dasharray=\"1.5,3\" stroke-linecap=\"round\"";
    case StrokePattern::Solid:
        break;
    }
    return {};
}

QByteArray edgeElement(const GraphEdge& edge, const EdgeRoute& route) {
    const OnDelete onDelete = parseOnDelete(edge.onDelete);
    const EdgeStroke stroke = edgeStroke(onDelete);
    const auto& p = route.points;
    QByteArray d = "M" + num(p[0].x()) + "," + num(p[0].y());
    for (size_t i = 1; i + 2 < p.size(); i += 3) {
        d += " C" + num(p[i].x()) + "," + num(p[i].y()) + " " + num(p[i + 1].x()) + "," +
             num(p[i + 1].y()) + " " + num(p[i + 2].x()) + "," + num(p[i + 2].y());
    }
    QByteArray out =
        "<g class=\"edge\" data-on-delete=\"" + escaped(onDeleteSqlName(onDelete)) + "\">";
    if (edge.name && !edge.name->isEmpty())
        out += "<title>" + escaped(*edge.name) + "</title>";
    out += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + stroke.color + "\" stroke-width=\"" +
           num(stroke.width) + "\"" + dashArray(stroke.pattern) + "/>";
    if (route.arrowTip) {
        // A filled triangle from the end of the curve to the tip.
        const QPointF tip = *route.arrowTip;
        const QPointF base = p.back();
        QPointF dir = tip - base;
        const double len = std::hypot(dir.x(), dir.y());
        if (len > 1e-6) {
            dir /= len;
            const QPointF normal(-dir.y(), dir.x());
            const double half = 4.2;
            const QPointF a = base + normal * half;
            const QPointF b = base - normal * half;
            out += "<polygon points=\"" + num(tip.x()) + "," + num(tip.y()) + " " + num(a.x()) +
                   "," + num(a.y()) + " " + num(b.x()) + "," + num(b.y()) + "\" fill=\"" +
                   stroke.color + "\"/>";
        }
    }
    out += "</g>\n";
    return out;
}

struct CardText {
    const GraphNode& node;
    QRectF box;
    NodeRole role;
    bool expanded;
    QSet<QString> foreignKeyColumns;
};

QByteArray cardElement(const CardText& card, const CardGeometry& g, int index) {
    const QRectF& box = card.box;
    const RoleTint tint = roleTint(card.role);
    const bool root = card.role == NodeRole::Root;
    QByteArray out = "<g class=\"node\" id=\"node-" + QByteArray::number(index) + "\" data-uid=\"" +
                     escaped(card.node.uid) + "\">";
    out += "<title>" + escaped(cardTitle(card.node)) + "</title>";
    out += "<rect x=\"" + num(box.x()) + "\" y=\"" + num(box.y()) + "\" width=\"" +
           num(box.width()) + "\" height=\"" + num(box.height()) + "\" rx=\"" + num(kCornerRadius) +
           "\" fill=\"" + palette::kCardFill + "\"/>";
    out += "<path d=\"" + topShape(box, g.headerHeight()) + "\" fill=\"" + tint.fill + "\"/>";
    out += "<path d=\"" + topShape(box, kCornerRadius) + "\" fill=\"" + tint.accent + "\"/>";
    out += "<rect x=\"" + num(box.x()) + "\" y=\"" + num(box.y()) + "\" width=\"" +
           num(box.width()) + "\" height=\"" + num(box.height()) + "\" rx=\"" + num(kCornerRadius) +
           "\" fill=\"none\" stroke=\"" + (root ? tint.accent : palette::kCardBorder) +
           "\" stroke-width=\"" + (root ? "2.2" : "1") + "\"/>";

    const double left = box.x() + g.paddingX;
    const double textWidth = box.width() - 2 * g.paddingX;
    double y = box.y() + g.paddingTop + g.titleHeight * 0.78;
    out += textElement(left, y, elided(cardTitle(card.node), textWidth, g.titleCharWidth),
                       "font-size=\"12.5\" font-weight=\"bold\" fill=\"" +
                           QByteArray(palette::kTitle) + "\"");
    y += g.lineGap + g.lineHeight;
    out += textElement(left, y, elided(cardNamespace(card.node), textWidth, g.smallCharWidth),
                       "font-size=\"10.5\" fill=\"" + QByteArray(palette::kSubtitle) + "\"");
    y += g.lineGap + g.lineHeight;
    out += textElement(left, y, elided(cardPhysicalName(card.node), textWidth, g.smallCharWidth),
                       "font-size=\"10.5\" font-family=\"DejaVu Sans Mono, monospace\" fill=\"" +
                           QByteArray(palette::kSubtitle) + "\"");

    const int count = static_cast<int>(card.node.columns.size());
    if (card.expanded && count > 0) {
        const double divider = box.y() + g.headerHeight();
        out += "<line x1=\"" + num(box.x()) + "\" y1=\"" + num(divider) + "\" x2=\"" +
               num(box.right()) + "\" y2=\"" + num(divider) + "\" stroke=\"" + palette::kDivider +
               "\"/>";
        const int rows = g.visibleRows(count);
        for (int row = 0; row < rows; ++row) {
            const double baseline = box.y() + g.rowCentre(row) + 3.8;
            if (row == rows - 1 && rows < count) {
                out += textElement(left + g.markerWidth, baseline,
                                   QStringLiteral("+%1 more").arg(count - rows + 1),
                                   "font-size=\"10.5\" font-style=\"italic\" fill=\"" +
                                       QByteArray(palette::kTypeText) + "\"");
                break;
            }
            const GraphColumn& column = card.node.columns[static_cast<size_t>(row)];
            const bool fk = card.foreignKeyColumns.contains(column.name);
            if (column.primaryKey || fk) {
                out += textElement(left, baseline - 0.5,
                                   column.primaryKey ? QStringLiteral("PK") : QStringLiteral("FK"),
                                   "font-size=\"8.5\" font-weight=\"bold\" fill=\"" +
                                       QByteArray(column.primaryKey ? palette::kPrimaryKey
                                                                    : palette::kForeignKey) +
                                       "\"");
            }
            const QString type = columnTypeText(column);
            const double typeWidth = type.size() * g.smallCharWidth;
            const double nameWidth = textWidth - g.markerWidth - typeWidth - g.typeGap / 2;
            out += textElement(left + g.markerWidth, baseline,
                               elided(column.name, nameWidth, g.smallCharWidth),
                               "font-size=\"11\" fill=\"" + QByteArray(palette::kColumnText) +
                                   "\"" + (column.primaryKey ? " font-weight=\"bold\"" : ""));
            out += textElement(box.right() - g.paddingX, baseline, type,
                               "font-size=\"10\" font-family=\"DejaVu Sans Mono, monospace\" "
                               "text-anchor=\"end\" fill=\"" +
                                   QByteArray(palette::kTypeText) + "\"");
        }
    }
    out += "</g>\n";
    return out;
}

} // namespace

QByteArray toSvg(const SchemaGraph& graph, const GraphLayout& layout, const SvgOptions& options) {
    try {
        const SchemaGraphIndex index(graph);
        const QRectF view = layout.boundingBox.adjusted(-options.margin, -options.margin,
                                                        options.margin, options.margin);
        QByteArray svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
               num(view.width()) + "\" height=\"" + num(view.height()) + "\" viewBox=\"" +
               num(view.x()) + " " + num(view.y()) + " " + num(view.width()) + " " +
               num(view.height()) + "\" font-family=\"" + escaped(options.fontFamily) + "\">\n";
        const GraphNode* root = graph.node(graph.rootUid);
        svg += "<title>" + escaped(root ? cardTitle(*root) : graph.rootUid) + "</title>\n";
        svg += "<rect x=\"" + num(view.x()) + "\" y=\"" + num(view.y()) + "\" width=\"" +
               num(view.width()) + "\" height=\"" + num(view.height()) + "\" fill=\"" +
               palette::kCanvas + "\"/>\n";

        svg += "<g class=\"edges\">\n";
        for (const EdgeRoute& route : layout.edges) {
            if (route.edgeIndex < 0 || route.edgeIndex >= static_cast<int>(graph.edges.size()) ||
                route.points.size() < 4)
                continue;
            svg += edgeElement(graph.edges[static_cast<size_t>(route.edgeIndex)], route);
        }
        svg += "</g>\n";

        QHash<QString, QSet<QString>> foreignKeys;
        for (const GraphEdge& edge : graph.edges)
            for (const QString& column : edge.sourceColumns)
                foreignKeys[edge.sourceUid].insert(column);
        svg += "<g class=\"nodes\">\n";
        QSet<QString> drawn;
        int number = 0;
        for (const GraphNode& node : graph.nodes) {
            if (drawn.contains(node.uid))
                continue;
            drawn.insert(node.uid);
            const auto box = layout.nodeBoxes.constFind(node.uid);
            if (box == layout.nodeBoxes.constEnd())
                continue;
            CardText card{node, *box, index.role(node.uid), options.expanded.contains(node.uid),
                          foreignKeys.value(node.uid)};
            svg += cardElement(card, options.geometry, number++);
        }
        svg += "</g>\n</svg>\n";
        return svg;
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace cc
