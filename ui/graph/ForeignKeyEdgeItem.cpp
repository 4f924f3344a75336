#include "ui/graph/ForeignKeyEdgeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace cc::ui {

namespace {

constexpr qreal kArrowHalfWidth = 4.5;

Qt::PenStyle penStyle(StrokePattern pattern) {
    switch (pattern) {
    case StrokePattern::Dashed:
        return Qt::DashLine;
    case StrokePattern::Dotted:
        return Qt::DotLine;
    case StrokePattern::Solid:
        break;
    }
    return Qt::SolidLine;
}

} // namespace

ForeignKeyEdgeItem::ForeignKeyEdgeItem(int edgeIndex, const GraphEdge* edge, const QFont* labelFont)
    : m_edgeIndex(edgeIndex)
    , m_edge(edge)
    , m_labelFont(labelFont)
    , m_onDelete(parseOnDelete(edge->onDelete)) {
    setAcceptHoverEvents(true);
    setZValue(0);
    m_label = edge->sourceColumns.join(QStringLiteral(", ")) + QStringLiteral(" → ") +
              edge->targetColumns.join(QStringLiteral(", "));
    const QFontMetricsF metrics(*labelFont);
    m_labelSize = QSizeF(metrics.horizontalAdvance(m_label) + 12, metrics.height() + 4);
    QString tip = m_label;
    if (edge->name && !edge->name->isEmpty())
        tip = *edge->name + QLatin1Char('\n') + tip;
    tip += QLatin1Char('\n') + tr("on delete: %1").arg(onDeleteSqlName(m_onDelete).toUpper());
    setToolTip(tip);
}

void ForeignKeyEdgeItem::setRoute(const EdgeRoute& route) {
    prepareGeometryChange();
    m_path = QPainterPath();
    m_arrow.clear();
    m_shape = QPainterPath();
    const auto& p = route.points;
    if (p.size() >= 4) {
        m_path.moveTo(p[0]);
        for (size_t i = 1; i + 2 < p.size(); i += 3)
            m_path.cubicTo(p[i], p[i + 1], p[i + 2]);
    }
    if (route.arrowTip && !p.empty()) {
        const QPointF tip = *route.arrowTip;
        QPointF dir = tip - p.back();
        const qreal len = std::hypot(dir.x(), dir.y());
        if (len > 1e-6) {
            dir /= len;
            const QPointF normal(-dir.y(), dir.x());
            m_arrow << tip << p.back() + normal * kArrowHalfWidth
                    << p.back() - normal * kArrowHalfWidth;
        }
    }
    m_labelAnchor = m_path.isEmpty() ? QPointF() : m_path.pointAtPercent(0.5);
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
    update();
}

void ForeignKeyEdgeItem::setEmphasis(Emphasis emphasis) {
    if (emphasis == m_emphasis)
        return;
    prepareGeometryChange(); // the label changes the bounds
    m_emphasis = emphasis;
    setZValue(emphasis == Emphasis::OnPath ? 0.6 : emphasis == Emphasis::Related ? 0.5 : 0);
    setOpacity(emphasis == Emphasis::Dimmed ? 0.18 : 1.0);
}

QRectF ForeignKeyEdgeItem::labelRect() const {
    return QRectF(m_labelAnchor - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                  m_labelSize);
}

QRectF ForeignKeyEdgeItem::boundingRect() const {
    const bool labelled =
        m_emphasis == Emphasis::Related || m_emphasis == Emphasis::OnPath || m_hovered;
    return labelled ? m_bounds.united(labelRect()) : m_bounds;
}

QPainterPath ForeignKeyEdgeItem::shape() const {
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(9);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void ForeignKeyEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                               QWidget*) {
    if (m_path.isEmpty())
        return;
    const EdgeStroke stroke = edgeStroke(m_onDelete);
    const bool onPath = m_emphasis == Emphasis::OnPath;
    const bool strong = onPath || m_emphasis == Emphasis::Related || m_hovered;
    QColor color(stroke.color);
    const qreal width = stroke.width + (strong ? 0.9 : 0);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    if (lod < 0.3) {
        // Zoomed far out: hairlines, so cards stay readable as boxes.
        color.setAlpha(strong ? 255 : 120);
        QPen hairline(color, strong ? 2 : 1);
        hairline.setCosmetic(true);
        painter->setPen(hairline);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        return;
    }
    if (onPath) {
        // a soft highlight under the stroke keeps the on_delete style readable
        QColor glow(palette::kHighlight);
        glow.setAlpha(110);
        painter->setPen(QPen(glow, width + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    QPen pen(color, width, penStyle(stroke.pattern), Qt::RoundCap, Qt::RoundJoin);
    if (stroke.pattern == StrokePattern::Dashed)
        pen.setDashPattern({4.0, 3.0});
    else if (stroke.pattern == StrokePattern::Dotted)
        pen.setDashPattern({0.01, 2.4});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    if (strong && lod >= 0.6) {
        const QRectF box = labelRect();
        painter->setPen(QPen(color.lighter(150), 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(*m_labelFont);
        painter->setPen(color.darker(115));
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

void ForeignKeyEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    prepareGeometryChange();
    m_hovered = true;
    QGraphicsItem::hoverEnterEvent(event);
}

void ForeignKeyEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    prepareGeometryChange();
    m_hovered = false;
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace cc::ui
