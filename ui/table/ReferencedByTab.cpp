#include "ui/table/ReferencedByTab.h"

#include "net/ApiClient.h"
#include "ui/Text.h"
#include "ui/table/SchemaTabs.h"

namespace cc::ui {

std::vector<IncomingSource> resolveIncomingSources(const MetaTable& table,
                                                   const SchemaGraph* graph) {
    std::vector<const GraphEdge*> candidates;
    if (graph)
        for (const GraphEdge& e : graph->edges)
            if (e.targetUid == table.uid)
                candidates.push_back(&e);
    std::vector<bool> used(candidates.size(), false);

    auto take = [&](auto matches) -> const GraphEdge* {
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (!used[i] && matches(*candidates[i])) {
                used[i] = true;
                return candidates[i];
            }
        return nullptr;
    };

    std::vector<IncomingSource> out;
    out.reserve(table.incomingFks.size());
    for (const ForeignKey& fk : table.incomingFks) {
        IncomingSource s;
        if (fk.sourceTableUid && !fk.sourceTableUid->isEmpty()) {
            s.uid = *fk.sourceTableUid;
            // Still consume its edge so a later key without uid does not take it.
            take([&](const GraphEdge& e) { return e.sourceUid == s.uid && e.name == fk.name; });
        } else {
            const GraphEdge* edge = nullptr;
            if (fk.name && !fk.name->isEmpty())
                edge = take([&](const GraphEdge& e) { return e.name == fk.name; });
            if (!edge)
                edge = take([&](const GraphEdge& e) {
                    return e.sourceColumns == fk.sourceColumns &&
                           e.targetColumns == fk.targetColumns;
                });
            if (edge)
                s.uid = edge->sourceUid;
        }
        if (graph && !s.uid.isEmpty())
            if (const GraphNode* node = graph->node(s.uid)) {
                s.title = node->displayName();
                if (node->physicalTableName)
                    s.qualifiedName =
                        node->physicalSchema && !node->physicalSchema->isEmpty()
                            ? *node->physicalSchema + QLatin1Char('.') + *node->physicalTableName
                            : *node->physicalTableName;
            }
        out.push_back(s);
    }
    return out;
}

ReferencedByTab::ReferencedByTab(QWidget* parent)
    : GridTab({tr("Referencing table"), tr("Its columns"), tr("Columns here"), tr("On delete"),
               tr("Constraint")},
              tr("Filter references"), parent) {
    setPreferredWidths({34, 22, 22, 12});
}

ReferencedByTab::~ReferencedByTab() {
    if (m_call)
        m_call->cancel();
}

void ReferencedByTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    if (m_call)
        m_call->cancel();
    const MetaTable& t = snapshot->table;
    if (t.incomingFks.empty()) {
        showRows(nullptr, QString());
        m_ready = true;
        emit ready();
        return;
    }
    showRows(nullptr, QString());
    if (!snapshot->client) {
        m_ready = true;
        emit ready();
        return;
    }
    m_ready = false;
    setNotice(tr("Looking up the referencing tables…"), false);
    m_call =
        snapshot->client->schemaGraph(t.uid, 1, true, this, [this](ApiResult<SchemaGraph> result) {
            if (!result.ok() && result.error().kind == ApiError::Kind::Cancelled)
                return;
            if (result.ok())
                showRows(&result.value(), QString());
            else
                showRows(
                    nullptr,
                    tr("Could not look up the referencing tables: %1").arg(result.error().message));
            m_ready = true;
            emit ready();
        });
}

void ReferencedByTab::showRows(const SchemaGraph* graph, const QString& problem) {
    const MetaTable& t = m_snapshot->table;
    const std::vector<IncomingSource> sources = resolveIncomingSources(t, graph);
    std::vector<std::vector<Cell>> rows;
    int unresolved = 0;
    for (std::size_t i = 0; i < t.incomingFks.size(); ++i) {
        const ForeignKey& fk = t.incomingFks[i];
        const IncomingSource& s = sources[i];
        Cell source;
        source.text = !s.title.isEmpty() ? s.title : !s.uid.isEmpty() ? s.uid : tr("unknown table");
        if (!s.uid.isEmpty()) {
            source.linkUid = s.uid;
            source.toolTip = s.qualifiedName.isEmpty()
                                 ? tr("Open %1").arg(source.text)
                                 : tr("Open %1 (%2)").arg(source.text, s.qualifiedName);
        } else {
            source.muted = true;
            ++unresolved;
        }
        Cell sourceColumns;
        sourceColumns.text = fk.sourceColumns.join(QStringLiteral(", "));
        Cell columns;
        columns.text = fk.targetColumns.join(QStringLiteral(", "));
        Cell onDelete = onDeleteCell(fk.onDelete);
        rows.push_back({source, sourceColumns, columns, onDelete, Cell::optional(fk.name)});
    }
    const QString footer =
        t.incomingFks.empty()
            ? tr("No other table references this one.")
            : counted(qint64(t.incomingFks.size()), tr("1 foreign key points at this table"),
                      tr("%1 foreign keys point at this table"));
    setRows(std::move(rows), footer);
    if (!problem.isEmpty())
        setNotice(problem, true);
    else if (graph && unresolved > 0)
        setNotice(
            counted(unresolved,
                    tr("1 referencing table could not be identified from the schema graph."),
                    tr("%1 referencing tables could not be identified from the schema graph.")),
            true);
    else
        setNotice(QString(), false);
}

} // namespace cc::ui
