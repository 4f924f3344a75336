#pragma once

#include "catalog/Refusal.h"
#include "core/Json.h"
#include "core/TableContract.h"
#include "db/DataConnections.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// A `register/` request after the route has parsed and checked its shape (§2.6, §9.2).
struct RegistrationRequest {
    std::string dataSourceUid;
    std::string managementMode;       // external_registered | platform_managed
    std::string schemaManagementMode; // external_registered | backend_managed | alembic_managed
    cc::Json schemaManagement = cc::Json::object();
    cc::TableContract contract; // normalized; physical.schema filled in
    std::optional<std::string> identifier;
    std::optional<std::string> ns;
    std::optional<std::string> description;
    std::vector<std::string> labels;
    bool protect = false;
    bool createTable = false;
    bool ifNotExists = true;
    bool introspect = false;
    std::optional<std::string> migrationPackage;
    std::optional<std::string> migrationNamespace;
    std::optional<std::string> migrationProviderKey;
    std::optional<std::string> alembicVersionMetaTableUid;
    std::optional<std::string> alembicRevision;
    std::optional<std::string> createdByUserUid;

    std::string physicalSchema() const;
    std::string physicalTable() const { return contract.physicalTableName.toStdString(); }
};

struct RegistrationResult {
    bool created = false;
    std::string uid;
    std::optional<Refusal> refusal;
};

// Get-or-create on (data source, physical schema, physical table name): checks the data
// source's capabilities, refuses an identifier already used by another table (409),
// creates the physical table when asked (platform-managed), reflects columns, indexes
// and foreign keys from the physical table, resolves FK targets and the incoming FKs of
// tables registered earlier, and writes the search document. Throws db::PgError only for
// failures of the catalog itself.
RegistrationResult registerTable(db::Connection& catalog, db::DataConnections& data,
                                 const RegistrationRequest& request);

} // namespace tsm::catalog
