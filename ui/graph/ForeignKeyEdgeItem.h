#pragma once

#include "core/SchemaGraph.h"
#include "graph/GraphLayout.h"
#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace cc::ui {

// One foreign key: the routed cubic path with an arrow head at the referenced table,
// stroked by on_delete (cascade solid red, restrict/no action solid dark, set null
// dashed, set default dotted). Emphasised edges (the selection's relations, the path to
// the root) are drawn stronger and carry a "columns -> columns" label.
class ForeignKeyEdgeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyEdgeItem)

public:
    enum { Type = UserType + 602 };
    enum class Emphasis { Normal, Dimmed, Related, OnPath };

    ForeignKeyEdgeItem(int edgeIndex, const GraphEdge* edge, const QFont* labelFont);

    int type() const override { return Type; }
    int edgeIndex() const { return m_edgeIndex; }
    const GraphEdge& edge() const { return *m_edge; }
    OnDelete onDelete() const { return m_onDelete; }

    void setRoute(const EdgeRoute& route);
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    const QPainterPath& path() const { return m_path; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF labelRect() const;

    int m_edgeIndex;
    const GraphEdge* m_edge;
    const QFont* m_labelFont;
    OnDelete m_onDelete;
    QString m_label;    // "source cols -> target cols"
    QSizeF m_labelSize; // measured once
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // built on first hit test
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_hovered = false;
};

} // namespace cc::ui
