// The MetaTable resource (spec §2.5) and the list replies that carry it (§2.1, §2.3).
#include "core/codec/MetaTableCodec.h"

#include "core/DTypes.h"
#include "core/codec/ContractCodec.h"
#include "core/codec/IntrospectionCodec.h"
#include "core/codec/ValueReaders.h"

namespace cc {

namespace {

using namespace codec;

MetaTable readMetaTable(const JsonReader& r) {
    r.toObject();
    MetaTable t;
    t.uid = r.string("uid");
    if (auto source = r.member("data_source"))
        t.dataSource = readDataSource(*source);
    t.dataSourceUid = r.optString("data_source_uid");
    t.identifier = r.optString("identifier");
    t.namespaceName = r.optString("namespace");
    t.description = r.optString("description");
    t.labels = r.stringList("labels");
    t.managementMode = r.string("management_mode");
    t.provisioningStatus = r.stringOr("provisioning_status", t.provisioningStatus);
    t.schemaManagementMode = r.stringOr("schema_management_mode", t.schemaManagementMode);
    t.schemaManagement = r.objectOr("schema_management");
    t.migrationPackage = r.optString("migration_package");
    t.migrationNamespace = r.optString("migration_namespace");
    t.migrationProviderKey = r.optString("migration_provider_key");
    t.alembicVersionMetaTableUid = r.optString("alembic_version_meta_table_uid");
    t.alembicRevision = r.optString("alembic_revision");
    t.physicalSchema = r.optString("physical_schema");
    t.physicalTableName = r.string("physical_table_name");
    // `{}` is a table without a stored contract; anything else must be a contract.
    if (auto contract = r.member("table_contract")) {
        if (!contract->isObject() || !contract->json().empty())
            t.tableContract = readTableContract(*contract);
    }
    t.contractVersion = r.stringOr("contract_version", t.contractVersion);
    t.tableKind = r.optString("table_kind");
    t.timeIndexed = r.optBool("time_indexed");
    if (auto snapshot = r.member("introspection_snapshot"))
        t.introspectionSnapshot = readIntrospectionSnapshot(*snapshot);
    t.protectFromDeletion = r.boolOr("protect_from_deletion", false);
    t.columns = r.list<Column>(
        "columns", [](const JsonReader& c) { return readColumn(c, ColumnShape::Payload); });
    t.indexesMeta = r.list<Index>("indexes_meta", readIndex);
    t.foreignKeys = r.list<ForeignKey>("foreign_keys", readForeignKey);
    t.incomingFks = r.list<ForeignKey>("incoming_fks", readForeignKey);
    t.creationDate = r.optString("creation_date");
    t.createdByUserUid = r.optString("created_by_user_uid");
    t.organizationOwnerUid = r.optString("organization_owner_uid");
    t.registration = r.objectOr("registration");
    t.organizationProjectEnvironmentUid = r.optString("organization_project_environment_uid");
    t.organizationProjectEnvironmentName = r.optString("organization_project_environment_name");
    return t;
}

bool isEmptyContract(const TableContract& c) {
    return c == TableContract();
}

// The contract as a Legacy reply may carry it: the SDK refuses naive timestamps.
TableContract withoutNaiveTimestamps(TableContract contract) {
    for (Column& c : contract.columns)
        if (dtype::isNaiveTimestamp(c.dataType))
            c.dataType = QString::fromLatin1(dtype::TimestampTz);
    return contract;
}

} // namespace

DecodeResult<MetaTable> decodeMetaTable(const Json& json) {
    return runDecoder<MetaTable>([&] { return readMetaTable(JsonReader(json)); });
}

Json encodeMetaTable(const MetaTable& t, FieldSet fields) {
    Json columns = Json::array();
    for (const Column& c : t.columns)
        columns.push_back(encodeColumnPayload(c));
    Json indexes = Json::array();
    for (const Index& i : t.indexesMeta)
        indexes.push_back(encodeIndexPayload(i));
    Json foreignKeys = Json::array();
    for (const ForeignKey& fk : t.foreignKeys)
        foreignKeys.push_back(encodeForeignKeyPayload(fk, fields));
    Json incoming = Json::array();
    for (const ForeignKey& fk : t.incomingFks)
        incoming.push_back(encodeForeignKeyPayload(fk, fields));
    const auto objectOrEmpty = [](const Json& j) { return j.is_object() ? j : Json::object(); };

    // Exactly the §2.5 field set; the keys §2.5 forbids to be null never are.
    Json out{
        {"uid", jsonString(t.uid)},
        {"data_source", t.dataSource ? encodeDataSource(*t.dataSource) : Json()},
        {"data_source_uid", jsonOptional(t.dataSourceUid)},
        {"identifier", jsonOptional(t.identifier)},
        {"namespace", jsonOptional(t.namespaceName)},
        {"description", jsonOptional(t.description)},
        {"labels", jsonStringList(t.labels)},
        {"management_mode", jsonString(t.managementMode)},
        {"provisioning_status", jsonString(t.provisioningStatus)},
        {"schema_management_mode", jsonString(t.schemaManagementMode)},
        {"schema_management", objectOrEmpty(t.schemaManagement)},
        {"migration_package", jsonOptional(t.migrationPackage)},
        {"migration_namespace", jsonOptional(t.migrationNamespace)},
        {"migration_provider_key", jsonOptional(t.migrationProviderKey)},
        {"alembic_version_meta_table_uid", jsonOptional(t.alembicVersionMetaTableUid)},
        {"alembic_revision", jsonOptional(t.alembicRevision)},
        {"physical_schema", jsonOptional(t.physicalSchema)},
        {"physical_table_name", jsonString(t.physicalTableName)},
        {"table_contract", isEmptyContract(t.tableContract)
                               ? Json::object()
                               : encodeTableContract(withoutNaiveTimestamps(t.tableContract))},
        {"contract_version", jsonString(t.contractVersion)},
        {"table_kind", jsonOptional(t.tableKind)},
        {"time_indexed", t.timeIndexed ? Json(*t.timeIndexed) : Json()},
        {"introspection_snapshot", encodeIntrospectionSnapshot(t.introspectionSnapshot)},
        {"protect_from_deletion", t.protectFromDeletion},
        {"columns", std::move(columns)},
        {"indexes_meta", std::move(indexes)},
        {"foreign_keys", std::move(foreignKeys)},
        {"incoming_fks", std::move(incoming)},
        {"creation_date", jsonOptional(t.creationDate)},
        {"created_by_user_uid", jsonOptional(t.createdByUserUid)},
        {"organization_owner_uid", jsonOptional(t.organizationOwnerUid)},
        {"registration", objectOrEmpty(t.registration)},
    };
    if (fields == FieldSet::V1) {
        out["organization_project_environment_uid"] =
            jsonOptional(t.organizationProjectEnvironmentUid);
        out["organization_project_environment_name"] =
            jsonOptional(t.organizationProjectEnvironmentName);
    }
    return out;
}

DecodeResult<Page<MetaTable>> decodeMetaTablePage(const Json& json) {
    return runDecoder<Page<MetaTable>>([&] {
        const JsonReader r(json);
        Page<MetaTable> page;
        if (r.isArray()) {
            page.wasBareArray = true;
            r.forEachElement(
                [&](const JsonReader& e) { page.results.push_back(readMetaTable(e)); });
            return page;
        }
        r.toObject();
        // Search routes may answer with one MetaTable instead of a page (§2.3).
        if (!json.contains("results")) {
            page.results.push_back(readMetaTable(r));
            return page;
        }
        page.count = r.optInteger("count");
        page.next = r.optString("next");
        page.previous = r.optString("previous");
        page.results = r.list<MetaTable>("results", readMetaTable);
        return page;
    });
}

Json encodeMetaTablePage(const Page<MetaTable>& page, FieldSet fields) {
    Json results = Json::array();
    for (const MetaTable& t : page.results)
        results.push_back(encodeMetaTable(t, fields));
    if (page.wasBareArray)
        return results;
    Json out{
        {"next", jsonOptional(page.next)},
        {"previous", jsonOptional(page.previous)},
        {"results", std::move(results)},
    };
    if (page.count)
        out["count"] = *page.count;
    return out;
}

} // namespace cc
