#pragma once

#include "core/SchemaGraph.h"
#include "net/ApiClient.h"
#include "ui/table/GridTab.h"

#include <QPointer>

namespace cc::ui {

// The table a foreign key of `incoming_fks` comes from.
struct IncomingSource {
    QString uid;           // empty when it could not be resolved
    QString title;         // identifier or table name, from the schema graph
    QString qualifiedName; // schema.table, from the schema graph
};

// For each incoming FK of `table`, in order: its `source_table_uid` when the server sent it
// (v1), else the source of a schema-graph edge into `table` matched by constraint name, then
// by source and target columns (each edge is used once). Names come from the graph's nodes.
std::vector<IncomingSource> resolveIncomingSources(const MetaTable& table,
                                                   const SchemaGraph* graph);

// "Referenced by": the tables whose foreign keys point at this one, each a link. Asks for the
// schema graph with incoming edges (depth 1) to name them and, on legacy servers, to find
// which table each key belongs to.
class ReferencedByTab : public GridTab {
    Q_OBJECT

public:
    explicit ReferencedByTab(QWidget* parent = nullptr);
    ~ReferencedByTab() override;

    void setSnapshot(const TableSnapshotPtr& snapshot) override;
    bool isReady() const override { return m_ready; }

    enum ColumnIndex { Source, SourceColumns, Columns, OnDelete, Constraint };

private:
    void showRows(const SchemaGraph* graph, const QString& problem);

    TableSnapshotPtr m_snapshot;
    QPointer<ApiCall> m_call;
    bool m_ready = false;
};

} // namespace cc::ui
