#include "ui/graph/TableCardItem.h"

#include "graph/GraphStyle.h"
#include "ui/graph/CardTypography.h"
#include "ui/graph/SchemaGraphScene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cc::ui {

namespace {

constexpr qreal kRadius = 6;
constexpr qreal kRoleBar = 4;
constexpr qreal kHalo = 6; // room outside the card for the shadow and selection ring

const QColor kShadowNear(15, 23, 42, 20);
const QColor kShadowFar(15, 23, 42, 10);

} // namespace

TableCardItem::TableCardItem(const GraphNode* node, NodeRole role, QSet<QString> foreignKeyColumns,
                             const CardTypography* typography)
    : m_node(node)
    , m_role(role)
    , m_foreignKeyColumns(std::move(foreignKeyColumns))
    , m_typography(typography) {
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    setCursor(Qt::PointingHandCursor);
}

void TableCardItem::setCardSize(const QSizeF& size) {
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void TableCardItem::setExpanded(bool expanded) {
    expanded = expanded && canExpand();
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    update();
}

void TableCardItem::setOnPath(bool onPath) {
    if (onPath == m_onPath)
        return;
    m_onPath = onPath;
    update();
}

QRectF TableCardItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-kHalo, -kHalo, kHalo, kHalo);
}

QPainterPath TableCardItem::shape() const {
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), m_size), kRadius, kRadius);
    return path;
}

QRectF TableCardItem::chevronRect() const {
    const CardGeometry& g = m_typography->geometry();
    return QRectF(m_size.width() - g.paddingX - 14, g.paddingTop, 16, g.titleHeight);
}

void TableCardItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card(QPointF(0, 0), m_size);
    const RoleTint tint = roleTint(m_role);
    const QColor accent(tint.accent);
    const bool root = m_role == NodeRole::Root;
    painter->setRenderHint(QPainter::Antialiasing);

    if (lod < 0.3) {
        // Overview: a tinted box is all that can be told apart at this size.
        QColor fill = isSelected() ? QColor(palette::kHighlight) : accent;
        fill.setAlpha(isSelected() || root ? 230 : 90);
        QPen pen(isSelected() ? QColor(palette::kHighlight) : accent, root ? 2 : 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(card);
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(kShadowFar);
    painter->drawRoundedRect(card.translated(0, 2.5).adjusted(-1, -1, 1, 1), kRadius + 1,
                             kRadius + 1);
    painter->setBrush(kShadowNear);
    painter->drawRoundedRect(card.translated(0, 1), kRadius, kRadius);

    QPainterPath outline;
    outline.addRoundedRect(card, kRadius, kRadius);
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(card, QColor(palette::kCardFill));
    const CardGeometry& g = m_typography->geometry();
    painter->fillRect(QRectF(0, 0, card.width(), g.headerHeight()), QColor(tint.fill));
    painter->fillRect(QRectF(0, 0, card.width(), kRoleBar), accent);
    if (m_expanded) {
        painter->setPen(QPen(QColor(palette::kDivider), 1));
        painter->drawLine(QPointF(0, g.headerHeight()), QPointF(card.width(), g.headerHeight()));
    }
    painter->restore();

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(root ? accent : QColor(palette::kCardBorder), root ? 2 : 1));
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    if (isSelected() || m_onPath) {
        QColor ring(palette::kHighlight);
        if (!isSelected())
            ring.setAlpha(150);
        painter->setPen(QPen(ring, isSelected() ? 3 : 2));
        painter->drawRoundedRect(card.adjusted(-3, -3, 3, 3), kRadius + 3, kRadius + 3);
    }

    if (lod < 0.55)
        return; // text would be unreadable; skipping it keeps zoomed-out views fast
    paintHeader(painter, card);
    if (m_expanded)
        paintRows(painter, card);
}

void TableCardItem::paintHeader(QPainter* painter, const QRectF& card) const {
    const CardGeometry& g = m_typography->geometry();
    const qreal left = g.paddingX;
    const qreal width = card.width() - 2 * g.paddingX;
    qreal y = g.paddingTop;

    const qreal titleWidth = width - (canExpand() ? g.chevronWidth : 0);
    painter->setFont(m_typography->titleFont());
    painter->setPen(QColor(palette::kTitle));
    const QFontMetricsF title(m_typography->titleFont());
    painter->drawText(QRectF(left, y, titleWidth, g.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      title.elidedText(cardTitle(*m_node), Qt::ElideRight, titleWidth));
    if (canExpand())
        paintChevron(painter);
    y += g.titleHeight + g.lineGap;

    const QString ns = cardNamespace(*m_node);
    painter->setFont(m_typography->smallFont());
    painter->setPen(QColor(palette::kSubtitle));
    const QFontMetricsF small(m_typography->smallFont());
    qreal nsWidth = width;
    if (m_role == NodeRole::Root) {
        // a "ROOT" pill at the end of the namespace line
        const QFontMetricsF badge(m_typography->badgeFont());
        const QString text = tr("ROOT");
        const qreal pillWidth = badge.horizontalAdvance(text) + 10;
        const QRectF pill(card.width() - g.paddingX - pillWidth, y + 1, pillWidth,
                          g.lineHeight - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(roleTint(NodeRole::Root).accent));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setFont(m_typography->badgeFont());
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->setFont(m_typography->smallFont());
        painter->setPen(QColor(palette::kSubtitle));
        nsWidth -= pillWidth + 6;
    }
    painter->drawText(
        QRectF(left, y, nsWidth, g.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        small.elidedText(ns.isEmpty() ? tr("no namespace") : ns, Qt::ElideRight, nsWidth));
    y += g.lineHeight + g.lineGap;

    painter->setFont(m_typography->monoFont());
    const QFontMetricsF mono(m_typography->monoFont());
    painter->drawText(QRectF(left, y, width, g.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      mono.elidedText(cardPhysicalName(*m_node), Qt::ElideMiddle, width));
}

void TableCardItem::paintChevron(QPainter* painter) const {
    const QRectF r = chevronRect();
    const QPointF c = r.center();
    QPainterPath chevron;
    if (m_expanded) { // pointing up: collapse
        chevron.moveTo(c + QPointF(-4, 2));
        chevron.lineTo(c + QPointF(0, -2));
        chevron.lineTo(c + QPointF(4, 2));
    } else { // pointing down: expand
        chevron.moveTo(c + QPointF(-4, -2));
        chevron.lineTo(c + QPointF(0, 2));
        chevron.lineTo(c + QPointF(4, -2));
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(
        QPen(QColor(palette::kSubtitle), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(chevron);
}

void TableCardItem::paintRows(QPainter* painter, const QRectF& card) const {
    const CardGeometry& g = m_typography->geometry();
    const int count = static_cast<int>(m_node->columns.size());
    const int rows = g.visibleRows(count);
    const QFontMetricsF rowMetrics(m_typography->rowFont());
    const QFontMetricsF mono(m_typography->monoFont());
    const qreal left = g.paddingX;
    const qreal right = card.width() - g.paddingX;
    for (int row = 0; row < rows; ++row) {
        const QRectF line(0, g.rowTop(row), card.width(), g.rowHeight);
        if (row % 2 == 1)
            painter->fillRect(line.adjusted(1, 0, -1, 0), QColor(0xf7, 0xf8, 0xfa));
        if (row == rows - 1 && rows < count) {
            painter->setFont(m_typography->smallFont());
            painter->setPen(QColor(palette::kTypeText));
            painter->drawText(line.adjusted(left + g.markerWidth, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              tr("+%n more column(s)", nullptr, count - rows + 1));
            break;
        }
        const GraphColumn& column = m_node->columns[static_cast<size_t>(row)];
        const bool fk = m_foreignKeyColumns.contains(column.name);
        if (column.primaryKey || fk) {
            const bool pk = column.primaryKey;
            const QRectF pill(left, line.center().y() - 7, g.markerWidth - 6, 14);
            painter->setPen(Qt::NoPen);
            painter->setBrush(pk ? QColor(0xfb, 0xf0, 0xdc) : QColor(0xe6, 0xef, 0xfc));
            painter->drawRoundedRect(pill, 3, 3);
            painter->setFont(m_typography->badgeFont());
            painter->setPen(QColor(pk ? palette::kPrimaryKey : palette::kForeignKey));
            painter->drawText(pill, Qt::AlignCenter,
                              pk ? QStringLiteral("PK") : QStringLiteral("FK"));
        }
        const QString type = columnTypeText(column);
        const qreal typeWidth = mono.horizontalAdvance(type);
        painter->setFont(m_typography->monoFont());
        painter->setPen(QColor(palette::kTypeText));
        painter->drawText(QRectF(right - typeWidth, line.top(), typeWidth, line.height()),
                          Qt::AlignRight | Qt::AlignVCenter, type);
        const qreal nameLeft = left + g.markerWidth;
        const qreal nameWidth = right - typeWidth - 10 - nameLeft;
        painter->setFont(column.primaryKey ? m_typography->rowBoldFont() : m_typography->rowFont());
        painter->setPen(fk ? QColor(palette::kForeignKey) : QColor(palette::kColumnText));
        painter->drawText(QRectF(nameLeft, line.top(), nameWidth, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          rowMetrics.elidedText(column.name, Qt::ElideRight, nameWidth));
    }
}

void TableCardItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && canExpand() &&
        chevronRect().adjusted(-4, -4, 4, 4).contains(event->pos())) {
        if (auto* graphScene = qobject_cast<SchemaGraphScene*>(scene()))
            graphScene->toggleExpanded(uid());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void TableCardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton &&
        !chevronRect().adjusted(-4, -4, 4, 4).contains(event->pos())) {
        if (auto* graphScene = qobject_cast<SchemaGraphScene*>(scene()))
            emit graphScene->cardActivated(uid());
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace cc::ui
