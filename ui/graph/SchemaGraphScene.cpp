#include "ui/graph/SchemaGraphScene.h"

#include "graph/GraphStyle.h"
#include "ui/graph/ForeignKeyEdgeItem.h"
#include "ui/graph/TableCardItem.h"

namespace cc::ui {

namespace {
constexpr qreal kSceneMargin = 48;
} // namespace

SchemaGraphScene::SchemaGraphScene(QObject* parent)
    : QGraphicsScene(parent) {
    m_edgeLabelFont = m_typography.smallFont();
    setBackgroundBrush(Qt::NoBrush); // the view paints the canvas
    connect(this, &QGraphicsScene::selectionChanged, this, &SchemaGraphScene::onSelectionChanged);
}

SchemaGraphScene::~SchemaGraphScene() {
    // Items point into m_graph: delete them while it is still alive.
    QSignalBlocker blocker(this);
    clear();
}

void SchemaGraphScene::clearGraph() {
    QSignalBlocker blocker(this);
    clear();
    m_cards.clear();
    m_cardByUid.clear();
    m_edges.clear();
    m_layout = GraphLayout{};
    m_hasLayout = false;
    m_selectedUid.clear();
}

void SchemaGraphScene::setGraph(const SchemaGraph& graph) {
    clearGraph();
    setItemIndexMethod(NoIndex); // indexed once the cards have their places
    m_graph = graph;
    m_index = SchemaGraphIndex(m_graph);
    // Expanded state survives a reload for tables that are still there.
    QSet<QString> keep;
    for (const QString& uid : qAsConst(m_expanded))
        if (m_index.indexOf(uid) >= 0)
            keep.insert(uid);
    m_expanded = keep;

    QHash<QString, QSet<QString>> foreignKeys;
    for (const GraphEdge& edge : m_graph.edges)
        for (const QString& column : edge.sourceColumns)
            foreignKeys[edge.sourceUid].insert(column);

    m_cards.reserve(static_cast<size_t>(m_index.nodeCount()));
    for (const GraphNode& node : m_graph.nodes) {
        if (m_cardByUid.contains(node.uid))
            continue; // duplicate uid: the index keeps the first
        auto* card = new TableCardItem(&node, m_index.role(node.uid), foreignKeys.value(node.uid),
                                       &m_typography);
        card->setExpanded(m_expanded.contains(node.uid));
        card->setCardSize(m_typography.cardSize(node, card->isExpanded()));
        card->setVisible(false);
        addItem(card);
        m_cards.push_back(card);
        m_cardByUid.insert(node.uid, card);
    }
    m_edges.assign(m_graph.edges.size(), nullptr);
    for (size_t e = 0; e < m_graph.edges.size(); ++e) {
        if (!m_index.edgeIsValid(static_cast<int>(e)))
            continue;
        auto* edge =
            new ForeignKeyEdgeItem(static_cast<int>(e), &m_graph.edges[e], &m_edgeLabelFont);
        edge->setVisible(false);
        addItem(edge);
        m_edges[e] = edge;
    }
}

LayoutRequest SchemaGraphScene::layoutRequest(LayoutEngine engine) const {
    LayoutRequest request;
    request.graph = m_graph;
    request.engine = engine;
    request.nodeSizes.reserve(static_cast<int>(m_cards.size()));
    for (const TableCardItem* card : m_cards) {
        request.nodeSizes.insert(card->uid(),
                                 m_typography.cardSize(card->node(), card->isExpanded()));
        if (card->isExpanded())
            request.columnPorts.insert(card->uid(),
                                       columnPortOffsets(card->node(), m_typography.geometry()));
    }
    return request;
}

void SchemaGraphScene::applyLayout(const GraphLayout& layout) {
    m_layout = layout;
    m_hasLayout = true;
    // Moving thousands of indexed items one by one costs a BSP update each (quadratic
    // when they all start at the origin); rebuilding the index once afterwards does not.
    setItemIndexMethod(NoIndex);
    for (TableCardItem* card : m_cards) {
        const auto box = layout.nodeBoxes.constFind(card->uid());
        if (box == layout.nodeBoxes.constEnd()) {
            card->setVisible(false);
            continue;
        }
        card->setPos(box->topLeft());
        card->setCardSize(box->size());
        card->setVisible(true);
    }
    for (ForeignKeyEdgeItem* edge : m_edges) {
        if (!edge)
            continue;
        const EdgeRoute* route = layout.route(edge->edgeIndex());
        edge->setVisible(route != nullptr);
        if (route)
            edge->setRoute(*route);
    }
    setItemIndexMethod(BspTreeIndex);
    setSceneRect(contentRect());
    updateEmphasis();
}

QRectF SchemaGraphScene::contentRect() const {
    if (!m_hasLayout || m_layout.boundingBox.isEmpty())
        return QRectF(0, 0, 1, 1);
    return m_layout.boundingBox.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
}

TableCardItem* SchemaGraphScene::card(const QString& uid) const {
    return m_cardByUid.value(uid, nullptr);
}

void SchemaGraphScene::setExpanded(const QString& uid, bool expanded) {
    TableCardItem* item = card(uid);
    if (!item || !item->canExpand() || item->isExpanded() == expanded)
        return;
    if (expanded)
        m_expanded.insert(uid);
    else
        m_expanded.remove(uid);
    item->setExpanded(expanded);
    // Show the new size at once; the next layout makes room for it.
    item->setCardSize(m_typography.cardSize(item->node(), expanded));
    emit expansionChanged(uid);
}

void SchemaGraphScene::toggleExpanded(const QString& uid) {
    setExpanded(uid, !isExpanded(uid));
}

void SchemaGraphScene::setAllExpanded(bool expanded) {
    bool changed = false;
    for (TableCardItem* item : m_cards) {
        if (!item->canExpand() || item->isExpanded() == expanded)
            continue;
        item->setExpanded(expanded);
        item->setCardSize(m_typography.cardSize(item->node(), expanded));
        if (expanded)
            m_expanded.insert(item->uid());
        else
            m_expanded.remove(item->uid());
        changed = true;
    }
    if (changed)
        emit expansionChanged(QString());
}

void SchemaGraphScene::selectTable(const QString& uid) {
    TableCardItem* item = card(uid);
    if (item && item->isSelected() && selectedItems().size() == 1)
        return;
    {
        QSignalBlocker blocker(this);
        clearSelection();
        if (item)
            item->setSelected(true);
    }
    onSelectionChanged();
}

void SchemaGraphScene::onSelectionChanged() {
    QString uid;
    const QList<QGraphicsItem*> selected = selectedItems();
    for (QGraphicsItem* item : selected) {
        if (item->type() == TableCardItem::Type) {
            uid = static_cast<TableCardItem*>(item)->uid();
            break;
        }
    }
    if (uid == m_selectedUid)
        return;
    m_selectedUid = uid;
    updateEmphasis();
    emit selectedTableChanged(uid);
}

void SchemaGraphScene::updateEmphasis() {
    const int selected = m_index.indexOf(m_selectedUid);
    if (selected < 0) {
        for (TableCardItem* item : m_cards) {
            item->setOpacity(1.0);
            item->setOnPath(false);
        }
        for (ForeignKeyEdgeItem* edge : m_edges)
            if (edge)
                edge->setEmphasis(ForeignKeyEdgeItem::Emphasis::Normal);
        return;
    }
    QSet<QString> lit{m_selectedUid};
    for (const QString& uid : m_index.neighbours(m_selectedUid))
        lit.insert(uid);
    const std::vector<int> path = m_index.pathToRoot(m_selectedUid);
    QSet<int> pathEdges;
    QSet<QString> pathNodes;
    for (int e : path) {
        pathEdges.insert(e);
        pathNodes.insert(m_index.uidAt(m_index.edgeSource(e)));
        pathNodes.insert(m_index.uidAt(m_index.edgeTarget(e)));
    }
    pathNodes.remove(m_selectedUid);
    for (TableCardItem* item : m_cards) {
        const bool onPath = pathNodes.contains(item->uid());
        item->setOnPath(onPath);
        item->setOpacity(lit.contains(item->uid()) || onPath ? 1.0 : 0.28);
    }
    for (ForeignKeyEdgeItem* edge : m_edges) {
        if (!edge)
            continue;
        using E = ForeignKeyEdgeItem::Emphasis;
        const int e = edge->edgeIndex();
        const bool related = m_index.edgeSource(e) == selected || m_index.edgeTarget(e) == selected;
        edge->setEmphasis(pathEdges.contains(e) ? E::OnPath : related ? E::Related : E::Dimmed);
    }
}

} // namespace cc::ui
