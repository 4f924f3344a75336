#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {

// Reply of `GET <uid>/schema-graph/` (spec §2.9), with the aliases the web frontend
// reads (`column_name`, `db_type`, `is_primary_key`, `source_table_uid`, ...).
struct GraphColumn {
    QString name;
    std::optional<QString> dataType;
    std::optional<QString> backendType;
    std::optional<bool> nullable; // unknown when absent: the two web views disagree on a default
    bool primaryKey = false;
    bool unique = false;
    std::optional<QString> logicalName;
    std::optional<QString> label;

    bool operator==(const GraphColumn& o) const
    {
        return name == o.name && dataType == o.dataType && backendType == o.backendType
               && nullable == o.nullable && primaryKey == o.primaryKey && unique == o.unique
               && logicalName == o.logicalName && label == o.label;
    }
};

struct GraphNode {
    QString uid;
    std::optional<QString> identifier;
    std::optional<QString> namespaceName;
    std::optional<QString> physicalSchema;
    std::optional<QString> physicalTableName;
    std::optional<QString> tableKind;
    std::optional<bool> timeIndexed;
    std::vector<GraphColumn> columns;
    // Extensions (nodes are opaque to the SDK): tsm-refserver sends them so deletion
    // impact can name protected and platform-managed tables without more requests.
    std::optional<bool> protectFromDeletion;
    std::optional<QString> managementMode;

    QString displayName() const
    {
        if (identifier && !identifier->isEmpty())
            return *identifier;
        if (physicalTableName && !physicalTableName->isEmpty())
            return *physicalTableName;
        return uid;
    }

    bool operator==(const GraphNode& o) const
    {
        return uid == o.uid && identifier == o.identifier && namespaceName == o.namespaceName
               && physicalSchema == o.physicalSchema && physicalTableName == o.physicalTableName
               && tableKind == o.tableKind && timeIndexed == o.timeIndexed
               && columns == o.columns && protectFromDeletion == o.protectFromDeletion
               && managementMode == o.managementMode;
    }
};

// One foreign key: `sourceUid` references `targetUid`. Tables that depend on X are the
// sources of edges whose target is X.
struct GraphEdge {
    std::optional<QString> name;
    QString sourceUid;
    QString targetUid;
    QStringList sourceColumns;
    QStringList targetColumns;
    std::optional<QString> onDelete;
    std::optional<QString> relationshipType;

    bool operator==(const GraphEdge& o) const
    {
        return name == o.name && sourceUid == o.sourceUid && targetUid == o.targetUid
               && sourceColumns == o.sourceColumns && targetColumns == o.targetColumns
               && onDelete == o.onDelete && relationshipType == o.relationshipType;
    }
};

struct SchemaGraph {
    QString rootUid;
    int depth = 1;
    bool includeIncoming = false;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    // Extension: the server's depth limit and whether it stopped expanding because of
    // it. Absent from other servers; then completeness is judged from the depth.
    std::optional<int> maxDepth;
    std::optional<bool> truncated;

    const GraphNode* node(const QString& uid) const
    {
        for (const GraphNode& n : nodes)
            if (n.uid == uid)
                return &n;
        return nullptr;
    }

    bool operator==(const SchemaGraph& o) const
    {
        return rootUid == o.rootUid && depth == o.depth && includeIncoming == o.includeIncoming
               && nodes == o.nodes && edges == o.edges && maxDepth == o.maxDepth
               && truncated == o.truncated;
    }
};

} // namespace cc
