#include "catalog/MetaTableStore.h"

#include "catalog/DataSourceStore.h"
#include "core/codec/ContractCodec.h"
#include "core/codec/IntrospectionCodec.h"

#include <map>
#include <regex>

namespace tsm::catalog {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::optional<QString> oq(const db::Result& r, int row, int col) {
    if (r.isNull(row, col))
        return std::nullopt;
    return q(r.text(row, col));
}

QStringList qlist(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items)
        out << q(s);
    return out;
}

cc::Json jsonOr(const std::string& text, cc::Json fallback) {
    cc::Json j = cc::Json::parse(text, nullptr, false);
    return j.is_discarded() ? fallback : j;
}

const char* const kTableColumns =
    "t.uid::text, t.data_source_uid::text, t.identifier, t.namespace, t.description, "
    "t.labels::text, t.management_mode, t.provisioning_status, t.schema_management_mode, "
    "t.schema_management::text, t.migration_package, t.migration_namespace, "
    "t.migration_provider_key, t.alembic_version_meta_table_uid, t.alembic_revision, "
    "t.physical_schema, t.physical_table_name, t.table_contract::text, t.contract_version, "
    "t.table_kind, t.time_indexed, t.introspection_snapshot::text, t.protect_from_deletion, "
    "to_char(t.creation_date AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "t.created_by_user_uid::text, t.organization_owner_uid::text, t.registration::text";

cc::MetaTable readTable(const db::Result& r, int i) {
    cc::MetaTable t;
    t.uid = q(r.text(i, 0));
    t.dataSourceUid = oq(r, i, 1);
    t.identifier = oq(r, i, 2);
    t.namespaceName = oq(r, i, 3);
    t.description = oq(r, i, 4);
    t.labels = qlist(r.toArray(i, 5));
    t.managementMode = q(r.text(i, 6));
    t.provisioningStatus = q(r.text(i, 7));
    t.schemaManagementMode = q(r.text(i, 8));
    t.schemaManagement = jsonOr(r.text(i, 9), cc::Json::object());
    t.migrationPackage = oq(r, i, 10);
    t.migrationNamespace = oq(r, i, 11);
    t.migrationProviderKey = oq(r, i, 12);
    t.alembicVersionMetaTableUid = oq(r, i, 13);
    t.alembicRevision = oq(r, i, 14);
    t.physicalSchema = oq(r, i, 15);
    t.physicalTableName = q(r.text(i, 16));
    auto contract = cc::decodeTableContract(jsonOr(r.text(i, 17), cc::Json::object()));
    if (contract)
        t.tableContract = contract.value();
    t.contractVersion = q(r.text(i, 18));
    t.tableKind = oq(r, i, 19);
    t.timeIndexed = r.toBool(i, 20);
    auto snapshot = cc::decodeIntrospectionSnapshot(jsonOr(r.text(i, 21), cc::Json::object()));
    if (snapshot)
        t.introspectionSnapshot = snapshot.value();
    t.protectFromDeletion = r.toBool(i, 22);
    t.creationDate = oq(r, i, 23);
    t.createdByUserUid = oq(r, i, 24);
    t.organizationOwnerUid = oq(r, i, 25);
    t.registration = jsonOr(r.text(i, 26), cc::Json::object());
    return t;
}

} // namespace

bool isUuid(const std::string& text) {
    static const std::regex re(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    return text.size() == 36 && std::regex_match(text, re);
}

std::string visibilityCondition(const std::string& alias, int paramIndex) {
    const std::string p = "$" + std::to_string(paramIndex) + "::text[]";
    return "('*' = ANY(" + p + ") OR " + alias + ".namespace = ANY(" + p + "))";
}

std::vector<cc::MetaTable> loadMetaTables(db::Connection& connection,
                                          const std::vector<std::string>& uids,
                                          const Principal* viewer) {
    std::vector<std::string> valid;
    for (const std::string& u : uids)
        if (isUuid(u))
            valid.push_back(u);
    if (valid.empty())
        return {};
    const db::Params byUid = db::Params().addArray(valid);

    db::Result rows = connection.exec(std::string("SELECT ") + kTableColumns +
                                          " FROM tsm.meta_table t WHERE t.uid = ANY($1::uuid[])",
                                      byUid);
    std::map<std::string, cc::MetaTable> tables;
    for (int i = 0; i < rows.rows(); ++i)
        tables.emplace(rows.text(i, 0), readTable(rows, i));
    if (tables.empty())
        return {};

    std::map<std::string, cc::DataSource> sources;
    for (const DataSourceRecord& d : listDataSources(connection))
        sources.emplace(d.uid, d.toDataSource());
    for (auto& [uid, t] : tables) {
        if (t.dataSourceUid) {
            auto it = sources.find(t.dataSourceUid->toStdString());
            if (it != sources.end())
                t.dataSource = it->second;
        }
    }

    db::Result cols = connection.exec(
        "SELECT meta_table_uid::text, ordinal_position, name, logical_name, data_type, "
        "backend_type, nullable, primary_key, is_unique, server_default, description, label "
        "FROM tsm.meta_column WHERE meta_table_uid = ANY($1::uuid[]) "
        "ORDER BY meta_table_uid, ordinal_position",
        byUid);
    for (int i = 0; i < cols.rows(); ++i) {
        cc::Column c;
        c.ordinalPosition = int(cols.toInt(i, 1));
        c.name = q(cols.text(i, 2));
        c.logicalName = oq(cols, i, 3);
        c.dataType = q(cols.text(i, 4));
        c.backendType = oq(cols, i, 5);
        c.nullable = cols.toBool(i, 6);
        c.primaryKey = cols.toBool(i, 7);
        c.unique = cols.toBool(i, 8);
        c.serverDefault = oq(cols, i, 9);
        c.description = oq(cols, i, 10);
        c.label = oq(cols, i, 11);
        tables[cols.text(i, 0)].columns.push_back(c);
    }

    db::Result idx = connection.exec(
        "SELECT meta_table_uid::text, name, columns::text, is_unique, method, expression "
        "FROM tsm.meta_index WHERE meta_table_uid = ANY($1::uuid[]) "
        "ORDER BY meta_table_uid, ordinal",
        byUid);
    for (int i = 0; i < idx.rows(); ++i) {
        cc::Index x;
        x.name = oq(idx, i, 1);
        x.columns = qlist(idx.toArray(i, 2));
        x.unique = idx.toBool(i, 3);
        x.method = oq(idx, i, 4);
        x.expression = oq(idx, i, 5);
        tables[idx.text(i, 0)].indexesMeta.push_back(x);
    }

    db::Result out = connection.exec(
        "SELECT meta_table_uid::text, name, source_columns::text, target_uid::text, "
        "target_table, target_schema, target_columns::text, on_delete "
        "FROM tsm.meta_foreign_key WHERE meta_table_uid = ANY($1::uuid[]) "
        "ORDER BY meta_table_uid, ordinal",
        byUid);
    for (int i = 0; i < out.rows(); ++i) {
        cc::ForeignKey fk;
        fk.name = oq(out, i, 1);
        fk.sourceColumns = qlist(out.toArray(i, 2));
        fk.targetTableUid = oq(out, i, 3);
        fk.targetTablePhysicalTableName = oq(out, i, 4);
        fk.targetTablePhysicalSchema = oq(out, i, 5);
        fk.targetColumns = qlist(out.toArray(i, 6));
        fk.onDelete = oq(out, i, 7);
        tables[out.text(i, 0)].foreignKeys.push_back(fk);
    }

    db::Params incomingParams = db::Params().addArray(valid);
    std::string visible = "true";
    if (viewer) {
        incomingParams.addArray(viewer->namespaces);
        visible = visibilityCondition("s", 2);
    }
    db::Result in = connection.exec(
        "SELECT f.target_uid::text, f.name, f.source_columns::text, f.target_columns::text, "
        "f.on_delete, f.meta_table_uid::text FROM tsm.meta_foreign_key f "
        "JOIN tsm.meta_table s ON s.uid = f.meta_table_uid "
        "WHERE f.target_uid = ANY($1::uuid[]) AND " +
            visible +
            " ORDER BY f.target_uid, s.namespace, s.identifier, f.meta_table_uid, f.ordinal",
        incomingParams);
    for (int i = 0; i < in.rows(); ++i) {
        cc::MetaTable& target = tables[in.text(i, 0)];
        cc::ForeignKey fk;
        fk.name = oq(in, i, 1);
        fk.sourceColumns = qlist(in.toArray(i, 2));
        fk.targetTableUid = target.uid;
        fk.targetTablePhysicalTableName = target.physicalTableName;
        fk.targetTablePhysicalSchema = target.physicalSchema;
        fk.targetColumns = qlist(in.toArray(i, 3));
        fk.onDelete = oq(in, i, 4);
        fk.sourceTableUid = q(in.text(i, 5));
        target.incomingFks.push_back(fk);
    }

    std::vector<cc::MetaTable> ordered;
    ordered.reserve(tables.size());
    for (const std::string& u : valid) {
        auto it = tables.find(u);
        if (it != tables.end())
            ordered.push_back(it->second);
    }
    return ordered;
}

std::optional<cc::MetaTable> loadMetaTable(db::Connection& connection, const std::string& uid,
                                           const Principal* viewer) {
    std::vector<cc::MetaTable> found = loadMetaTables(connection, {uid}, viewer);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<TableRow> tableRows(db::Connection& connection, const std::vector<std::string>& uids) {
    std::vector<std::string> valid;
    for (const std::string& u : uids)
        if (isUuid(u))
            valid.push_back(u);
    std::vector<TableRow> out;
    if (valid.empty())
        return out;
    db::Result r = connection.exec(
        "SELECT uid::text, data_source_uid::text, identifier, namespace, management_mode, "
        "physical_schema, physical_table_name, protect_from_deletion FROM tsm.meta_table "
        "WHERE uid = ANY($1::uuid[])",
        db::Params().addArray(valid));
    for (int i = 0; i < r.rows(); ++i) {
        TableRow row;
        row.uid = r.text(i, 0);
        row.dataSourceUid = r.text(i, 1);
        row.identifier = r.optText(i, 2);
        row.ns = r.optText(i, 3);
        row.managementMode = r.text(i, 4);
        row.physicalSchema = r.text(i, 5);
        row.physicalTableName = r.text(i, 6);
        row.protect = r.toBool(i, 7);
        out.push_back(row);
    }
    return out;
}

std::optional<TableRow> tableRow(db::Connection& connection, const std::string& uid) {
    std::vector<TableRow> rows = tableRows(connection, {uid});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

void saveIntrospectionSnapshot(db::Connection& connection, const std::string& uid,
                               const cc::Json& snapshot) {
    connection.exec(
        "UPDATE tsm.meta_table SET introspection_snapshot = $2::jsonb WHERE uid = $1::uuid",
        db::Params(uid, snapshot.dump()));
}

} // namespace tsm::catalog
