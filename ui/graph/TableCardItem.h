#pragma once

#include "core/SchemaGraph.h"
#include "graph/SchemaGraphIndex.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QSet>
#include <QSizeF>

namespace cc::ui {

class CardTypography;

// One table as a rounded card: a header tinted by the table's relation to the root
// (identifier, namespace, schema.table) and, when expanded, one row per column with
// PK/FK markers. Cached per device transform; below ~55 % zoom text is skipped and below
// ~30 % the card is a plain tinted box, so thousands of cards stay cheap to draw.
class TableCardItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(TableCardItem)

public:
    enum { Type = UserType + 601 };

    TableCardItem(const GraphNode* node, NodeRole role, QSet<QString> foreignKeyColumns,
                  const CardTypography* typography);

    int type() const override { return Type; }
    const GraphNode& node() const { return *m_node; }
    const QString& uid() const { return m_node->uid; }
    NodeRole role() const { return m_role; }

    void setCardSize(const QSizeF& size);
    QSizeF cardSize() const { return m_size; }
    bool canExpand() const { return !m_node->columns.empty(); }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    // Drawn with an outline in the highlight colour: on the path from the selection to the
    // root.
    void setOnPath(bool onPath);
    bool isOnPath() const { return m_onPath; }
    const QSet<QString>& foreignKeyColumns() const { return m_foreignKeyColumns; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The expand/collapse control, in item coordinates.
    QRectF chevronRect() const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void paintHeader(QPainter* painter, const QRectF& card) const;
    void paintRows(QPainter* painter, const QRectF& card) const;
    void paintChevron(QPainter* painter) const;

    const GraphNode* m_node;
    NodeRole m_role;
    QSet<QString> m_foreignKeyColumns;
    const CardTypography* m_typography;
    QSizeF m_size{180, 60};
    bool m_expanded = false;
    bool m_onPath = false;
};

} // namespace cc::ui
