#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// FKPayload (spec §2.5), also the legacy contract FK shape (§3.1) whose target is
// `target_meta_table_uid` or `target_identifier`.
struct ForeignKey {
    std::optional<QString> name;
    QStringList sourceColumns;
    std::optional<QString> targetTableUid; // also read from legacy `target_meta_table_uid`
    std::optional<QString> targetTablePhysicalTableName;
    std::optional<QString> targetTablePhysicalSchema;
    std::optional<QString> targetIdentifier; // legacy contract shape only
    QStringList targetColumns;
    std::optional<QString> onDelete;
    Json contractFragment = Json::object();
    // Not in the legacy field set: sent by v1 servers (and tsm-refserver under /api/v1)
    // on incoming_fks so the referencing table can be linked without another request.
    std::optional<QString> sourceTableUid;

    bool operator==(const ForeignKey& o) const
    {
        return name == o.name && sourceColumns == o.sourceColumns
               && targetTableUid == o.targetTableUid
               && targetTablePhysicalTableName == o.targetTablePhysicalTableName
               && targetTablePhysicalSchema == o.targetTablePhysicalSchema
               && targetIdentifier == o.targetIdentifier && targetColumns == o.targetColumns
               && onDelete == o.onDelete && contractFragment == o.contractFragment
               && sourceTableUid == o.sourceTableUid;
    }
};

} // namespace cc
