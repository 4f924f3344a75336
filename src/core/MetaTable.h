#pragma once

#include "core/Column.h"
#include "core/DataSource.h"
#include "core/ForeignKey.h"
#include "core/Index.h"
#include "core/IntrospectionSnapshot.h"
#include "core/Json.h"
#include "core/TableContract.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {

// Enumerated string fields stay strings: a newer server may send values this build
// does not know, and those must still display.
namespace management_mode {
inline constexpr const char* ExternalRegistered = "external_registered";
inline constexpr const char* PlatformManaged = "platform_managed";
} // namespace management_mode

// The MetaTable resource (spec §2.5).
struct MetaTable {
    QString uid;
    std::optional<DataSource> dataSource;
    std::optional<QString> dataSourceUid;
    std::optional<QString> identifier;
    std::optional<QString> namespaceName; // JSON `namespace`
    std::optional<QString> description;
    QStringList labels;
    QString managementMode;
    QString provisioningStatus = QStringLiteral("active");
    QString schemaManagementMode = QStringLiteral("backend_managed");
    Json schemaManagement = Json::object();
    std::optional<QString> migrationPackage;
    std::optional<QString> migrationNamespace;
    std::optional<QString> migrationProviderKey;
    std::optional<QString> alembicVersionMetaTableUid;
    std::optional<QString> alembicRevision;
    std::optional<QString> physicalSchema;
    QString physicalTableName;
    TableContract tableContract;
    QString contractVersion = QStringLiteral("relational-table.v1");
    std::optional<QString> tableKind;
    std::optional<bool> timeIndexed;
    IntrospectionSnapshot introspectionSnapshot;
    bool protectFromDeletion = false;
    std::vector<Column> columns;
    std::vector<Index> indexesMeta;
    std::vector<ForeignKey> foreignKeys;
    std::vector<ForeignKey> incomingFks;
    std::optional<QString> creationDate;
    std::optional<QString> createdByUserUid;
    std::optional<QString> organizationOwnerUid;
    Json registration = Json::object();
    // Fields added after the route migration (spec §9.2); only emitted in v1 replies.
    std::optional<QString> organizationProjectEnvironmentUid;
    std::optional<QString> organizationProjectEnvironmentName;

    // "schema.table", or the bare table name without a schema.
    QString qualifiedName() const
    {
        return physicalSchema && !physicalSchema->isEmpty()
                   ? *physicalSchema + QLatin1Char('.') + physicalTableName
                   : physicalTableName;
    }
    // What to call the table in lists and titles.
    QString displayName() const
    {
        return identifier && !identifier->isEmpty() ? *identifier : physicalTableName;
    }
    bool isPlatformManaged() const
    {
        return managementMode == QLatin1String(management_mode::PlatformManaged);
    }

    bool operator==(const MetaTable& o) const;
};

} // namespace cc
