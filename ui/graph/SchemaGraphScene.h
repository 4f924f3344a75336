#pragma once

#include "core/SchemaGraph.h"
#include "graph/GraphLayout.h"
#include "graph/LayoutRequest.h"
#include "graph/SchemaGraphIndex.h"
#include "ui/graph/CardTypography.h"

#include <QGraphicsScene>
#include <QSet>

#include <memory>
#include <vector>

namespace cc::ui {

class ForeignKeyEdgeItem;
class TableCardItem;

// The items of one schema graph. setGraph() creates a card per table and an edge item
// per foreign key (hidden until placed); applyLayout() places them. Selecting a card
// highlights its relations and its path to the root and dims the rest.
class SchemaGraphScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit SchemaGraphScene(QObject* parent = nullptr);
    ~SchemaGraphScene() override;

    void setGraph(const SchemaGraph& graph);
    const SchemaGraph& graph() const { return m_graph; }
    const SchemaGraphIndex& index() const { return m_index; }
    const CardTypography& typography() const { return m_typography; }

    // Card sizes measured with the card fonts, and the FK column rows of expanded cards.
    LayoutRequest layoutRequest(LayoutEngine engine) const;
    void applyLayout(const GraphLayout& layout);
    bool hasLayout() const { return m_hasLayout; }
    const GraphLayout& layout() const { return m_layout; }
    // The laid-out drawing plus a margin: what Fit shows and exports cover.
    QRectF contentRect() const;

    TableCardItem* card(const QString& uid) const;
    const std::vector<TableCardItem*>& cards() const { return m_cards; }
    // By edge index; null for edges with an end outside the graph.
    const std::vector<ForeignKeyEdgeItem*>& edgeItems() const { return m_edges; }

    bool isExpanded(const QString& uid) const { return m_expanded.contains(uid); }
    const QSet<QString>& expandedUids() const { return m_expanded; }
    void setExpanded(const QString& uid, bool expanded);
    void toggleExpanded(const QString& uid);
    void setAllExpanded(bool expanded);

    QString selectedUid() const { return m_selectedUid; }
    // Selects a table (empty: clears the selection).
    void selectTable(const QString& uid);

signals:
    // Cards changed size (`uid`, or empty when many did); the owner should lay the graph
    // out again.
    void expansionChanged(const QString& uid);
    void cardActivated(const QString& uid);
    void selectedTableChanged(const QString& uid);

private:
    void clearGraph();
    void onSelectionChanged();
    void updateEmphasis();

    SchemaGraph m_graph;
    SchemaGraphIndex m_index;
    CardTypography m_typography;
    QFont m_edgeLabelFont;
    GraphLayout m_layout;
    bool m_hasLayout = false;
    std::vector<TableCardItem*> m_cards;
    QHash<QString, TableCardItem*> m_cardByUid;
    std::vector<ForeignKeyEdgeItem*> m_edges;
    QSet<QString> m_expanded;
    QString m_selectedUid;
};

} // namespace cc::ui
