#include "ui/graph/GraphInspector.h"

#include "graph/CardGeometry.h"
#include "graph/GraphStyle.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

constexpr int kUidRole = Qt::UserRole + 1;

QLabel* sectionHeading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QTreeWidget* compactTree(const QStringList& headers, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

QString roleText(NodeRole role) {
    switch (role) {
    case NodeRole::Root:
        return GraphInspector::tr("root table");
    case NodeRole::Dependent:
        return GraphInspector::tr("depends on the root");
    case NodeRole::Referenced:
        return GraphInspector::tr("referenced by the root");
    case NodeRole::Both:
        return GraphInspector::tr("on a cycle with the root");
    case NodeRole::Unrelated:
        break;
    }
    return GraphInspector::tr("no directed path to the root");
}

} // namespace

GraphInspector::GraphInspector(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    top->addWidget(m_title, 1);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the inspector"));
    connect(close, &QToolButton::clicked, this, &GraphInspector::closeRequested);
    top->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_placeholder = new QLabel(tr("Select a table to see its columns and relations."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: %1;").arg(palette::kSubtitle));
    layout->addWidget(m_placeholder);

    m_details = new QWidget(this);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(2);
    m_namespace = new QLabel(m_details);
    m_physical = new QLabel(m_details);
    m_physical->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_physical->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(m_details);
    m_facts->setWordWrap(true);
    for (QLabel* label : {m_namespace, m_facts})
        label->setStyleSheet(QStringLiteral("color: %1;").arg(palette::kSubtitle));
    details->addWidget(m_namespace);
    details->addWidget(m_physical);
    details->addWidget(m_facts);

    m_columnsHeading = sectionHeading(m_details);
    m_columns = compactTree({tr("Key"), tr("Column"), tr("Type"), tr("Null")}, m_details);
    m_outgoingHeading = sectionHeading(m_details);
    m_outgoing = compactTree({tr("Table"), tr("On delete"), tr("Columns")}, m_details);
    m_incomingHeading = sectionHeading(m_details);
    m_incoming = compactTree({tr("Table"), tr("On delete"), tr("Columns")}, m_details);
    details->addWidget(m_columnsHeading);
    details->addWidget(m_columns, 3);
    details->addWidget(m_outgoingHeading);
    details->addWidget(m_outgoing, 1);
    details->addWidget(m_incomingHeading);
    details->addWidget(m_incoming, 1);
    layout->addWidget(m_details, 1);

    for (QTreeWidget* tree : {m_outgoing, m_incoming}) {
        tree->setToolTip(tr("Double-click to go to the table"));
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            const QString uid = item->data(0, kUidRole).toString();
            if (!uid.isEmpty())
                emit tableActivated(uid);
        });
    }
    showTable(SchemaGraph{}, SchemaGraphIndex{}, QString());
}

void GraphInspector::showTable(const SchemaGraph& graph, const SchemaGraphIndex& index,
                               const QString& uid) {
    const int position = index.indexOf(uid);
    const GraphNode* node = position >= 0 ? graph.node(uid) : nullptr;
    m_uid = node ? uid : QString();
    m_placeholder->setVisible(!node);
    m_details->setVisible(node != nullptr);
    if (!node) {
        m_title->setText(tr("Inspector"));
        return;
    }
    m_title->setText(cardTitle(*node));
    const QString ns = cardNamespace(*node);
    m_namespace->setText(ns.isEmpty() ? tr("No namespace") : tr("Namespace: %1").arg(ns));
    m_physical->setText(cardPhysicalName(*node));
    QStringList facts{roleText(index.role(uid))};
    if (node->tableKind)
        facts << *node->tableKind;
    if (node->timeIndexed.value_or(false))
        facts << tr("time-indexed");
    if (node->protectFromDeletion.value_or(false))
        facts << tr("protected from deletion");
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    QSet<QString> foreignKeys;
    for (int e : index.outgoing(position))
        for (const QString& column : graph.edges[static_cast<size_t>(e)].sourceColumns)
            foreignKeys.insert(column);
    m_columns->clear();
    QList<QTreeWidgetItem*> rows;
    for (const GraphColumn& column : node->columns) {
        QStringList keys;
        if (column.primaryKey)
            keys << QStringLiteral("PK");
        if (foreignKeys.contains(column.name))
            keys << QStringLiteral("FK");
        const QString nullable = !column.nullable   ? QStringLiteral("?")
                                 : *column.nullable ? tr("yes")
                                                    : tr("no");
        auto* row = new QTreeWidgetItem(
            {keys.join(QLatin1Char(' ')), column.name, columnTypeText(column), nullable});
        if (column.primaryKey)
            row->setForeground(0, QColor(palette::kPrimaryKey));
        else if (!keys.isEmpty())
            row->setForeground(0, QColor(palette::kForeignKey));
        rows << row;
    }
    m_columns->addTopLevelItems(rows);
    m_columnsHeading->setText(tr("Columns (%1)").arg(node->columns.size()));

    fillRelations(m_outgoing, m_outgoingHeading, tr("References (%1)"), graph,
                  index.outgoing(position), true);
    fillRelations(m_incoming, m_incomingHeading, tr("Referenced by (%1)"), graph,
                  index.incoming(position), false);
}

void GraphInspector::fillRelations(QTreeWidget* tree, QLabel* heading, const QString& headingText,
                                   const SchemaGraph& graph, const std::vector<int>& edges,
                                   bool outgoing) {
    tree->clear();
    QList<QTreeWidgetItem*> rows;
    for (int e : edges) {
        const GraphEdge& edge = graph.edges[static_cast<size_t>(e)];
        const QString otherUid = outgoing ? edge.targetUid : edge.sourceUid;
        const GraphNode* other = graph.node(otherUid);
        const QString columns = edge.sourceColumns.join(QStringLiteral(", ")) +
                                QStringLiteral(" → ") +
                                edge.targetColumns.join(QStringLiteral(", "));
        const OnDelete onDelete = parseOnDelete(edge.onDelete);
        auto* row = new QTreeWidgetItem(
            {other ? cardTitle(*other) : otherUid, onDeleteSqlName(onDelete), columns});
        row->setData(0, kUidRole, otherUid);
        row->setForeground(1, QColor(edgeStroke(onDelete).color));
        QFont bold = row->font(1);
        bold.setBold(true);
        row->setFont(1, bold);
        row->setToolTip(2, columns);
        if (edge.name)
            row->setToolTip(0, *edge.name);
        rows << row;
    }
    tree->addTopLevelItems(rows);
    heading->setText(headingText.arg(edges.size()));
}

QString GraphInspector::titleText() const {
    return m_title->text();
}

int GraphInspector::columnRows() const {
    return m_uid.isEmpty() ? 0 : m_columns->topLevelItemCount();
}

int GraphInspector::outgoingRows() const {
    return m_uid.isEmpty() ? 0 : m_outgoing->topLevelItemCount();
}

int GraphInspector::incomingRows() const {
    return m_uid.isEmpty() ? 0 : m_incoming->topLevelItemCount();
}

} // namespace cc::ui
