#pragma once

#include "core/Index.h"
#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {

// Spec §6. Only `columns` is certain; the other keys follow the recommended shape and
// anything else stays in `raw` for display.
struct SnapshotColumn {
    QString name;
    std::optional<QString> backendType;
    std::optional<QString> dataType;
    std::optional<bool> nullable;
    std::optional<QString> defaultValue; // JSON `default`
    std::optional<int> ordinalPosition;  // 1-based, as pg_catalog counts

    bool operator==(const SnapshotColumn& o) const
    {
        return name == o.name && backendType == o.backendType && dataType == o.dataType
               && nullable == o.nullable && defaultValue == o.defaultValue
               && ordinalPosition == o.ordinalPosition;
    }
};

struct SnapshotConstraint {
    QString name;
    QString type; // "PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK"
    QStringList columns;
    std::optional<QString> definition;

    bool operator==(const SnapshotConstraint& o) const
    {
        return name == o.name && type == o.type && columns == o.columns
               && definition == o.definition;
    }
};

struct SnapshotForeignKey {
    std::optional<QString> name;
    QStringList sourceColumns;
    std::optional<QString> targetSchema;
    QString targetTable;
    QStringList targetColumns;
    std::optional<QString> onDelete;

    bool operator==(const SnapshotForeignKey& o) const
    {
        return name == o.name && sourceColumns == o.sourceColumns
               && targetSchema == o.targetSchema && targetTable == o.targetTable
               && targetColumns == o.targetColumns && onDelete == o.onDelete;
    }
};

struct IntrospectionSnapshot {
    std::optional<QString> schema;
    std::optional<QString> tableName;
    std::optional<QString> introspectedAt;
    std::vector<SnapshotColumn> columns;
    std::vector<Index> indexes;
    std::vector<SnapshotConstraint> constraints;
    std::vector<SnapshotForeignKey> foreignKeys;
    // The object as received (or `{}`); keys this build does not know are shown from here.
    Json raw = Json::object();

    bool isEmpty() const { return raw.is_object() && raw.empty() && columns.empty(); }

    bool operator==(const IntrospectionSnapshot& o) const
    {
        return schema == o.schema && tableName == o.tableName
               && introspectedAt == o.introspectedAt && columns == o.columns
               && indexes == o.indexes && constraints == o.constraints
               && foreignKeys == o.foreignKeys;
    }
};

// Reply of `POST <uid>/introspect/` (spec §2.10).
struct IntrospectReply {
    bool ok = false;
    QString metaTableUid;
    IntrospectionSnapshot snapshot;
};

} // namespace cc
