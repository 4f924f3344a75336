#pragma once

#include "core/Json.h"

#include <QString>

#include <optional>

namespace cc {

// A column as the contract (spec §3.1) and the normalized projection (ColumnPayload,
// §2.5) describe it. The projection adds `ordinal_position` and `contract_fragment`.
struct Column {
    QString name;
    std::optional<QString> logicalName;
    QString dataType; // dtype token (§3.2)
    std::optional<QString> backendType;
    bool nullable = true;
    bool primaryKey = false;
    bool unique = false;
    std::optional<QString> serverDefault;
    std::optional<int> ordinalPosition; // 0-based, projection only
    std::optional<QString> description;
    std::optional<QString> label;
    Json contractFragment = Json::object(); // projection only

    bool operator==(const Column& o) const
    {
        return name == o.name && logicalName == o.logicalName && dataType == o.dataType
               && backendType == o.backendType && nullable == o.nullable
               && primaryKey == o.primaryKey && unique == o.unique
               && serverDefault == o.serverDefault && ordinalPosition == o.ordinalPosition
               && description == o.description && label == o.label
               && contractFragment == o.contractFragment;
    }
};

} // namespace cc
