#pragma once

#include "core/Column.h"
#include "core/ForeignKey.h"
#include "core/Index.h"
#include "core/Json.h"

#include <QString>

#include <optional>
#include <vector>

namespace cc {

inline constexpr const char* kContractVersion = "relational-table.v1";

// `table_contract` (spec §3, version relational-table.v1). Indexes and foreign keys are
// not part of the current contract; the legacy shapes are still read (§3.1) and kept
// apart so that encoding a current contract never invents them.
struct TableContract {
    QString version = QString::fromLatin1(kContractVersion);
    std::optional<QString> physicalSchema; // `physical.schema` (aliases `schema_`, `physical_schema`)
    QString physicalTableName;             // `physical.table_name`
    std::vector<Column> columns;
    Json constraints = Json::array();
    std::optional<Json> authoring;
    std::optional<QString> tableKind;
    std::optional<std::vector<Index>> legacyIndexes;          // `indexes`, pre-53003751
    std::optional<std::vector<ForeignKey>> legacyForeignKeys; // `foreign_keys`, pre-53003751

    const Column* column(const QString& name) const
    {
        for (const Column& c : columns)
            if (c.name == name)
                return &c;
        return nullptr;
    }

    bool operator==(const TableContract& o) const
    {
        return version == o.version && physicalSchema == o.physicalSchema
               && physicalTableName == o.physicalTableName && columns == o.columns
               && constraints == o.constraints && authoring == o.authoring
               && tableKind == o.tableKind && legacyIndexes == o.legacyIndexes
               && legacyForeignKeys == o.legacyForeignKeys;
    }
};

} // namespace cc
