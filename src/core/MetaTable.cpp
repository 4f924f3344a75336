#include "core/MetaTable.h"

namespace cc {

bool MetaTable::operator==(const MetaTable& o) const
{
    return uid == o.uid && dataSource == o.dataSource && dataSourceUid == o.dataSourceUid
           && identifier == o.identifier && namespaceName == o.namespaceName
           && description == o.description && labels == o.labels
           && managementMode == o.managementMode && provisioningStatus == o.provisioningStatus
           && schemaManagementMode == o.schemaManagementMode
           && schemaManagement == o.schemaManagement && migrationPackage == o.migrationPackage
           && migrationNamespace == o.migrationNamespace
           && migrationProviderKey == o.migrationProviderKey
           && alembicVersionMetaTableUid == o.alembicVersionMetaTableUid
           && alembicRevision == o.alembicRevision && physicalSchema == o.physicalSchema
           && physicalTableName == o.physicalTableName && tableContract == o.tableContract
           && contractVersion == o.contractVersion && tableKind == o.tableKind
           && timeIndexed == o.timeIndexed && introspectionSnapshot == o.introspectionSnapshot
           && protectFromDeletion == o.protectFromDeletion && columns == o.columns
           && indexesMeta == o.indexesMeta && foreignKeys == o.foreignKeys
           && incomingFks == o.incomingFks && creationDate == o.creationDate
           && createdByUserUid == o.createdByUserUid
           && organizationOwnerUid == o.organizationOwnerUid && registration == o.registration
           && organizationProjectEnvironmentUid == o.organizationProjectEnvironmentUid
           && organizationProjectEnvironmentName == o.organizationProjectEnvironmentName;
}

} // namespace cc
