#include "catalog/Registration.h"

#include "catalog/DataSourceStore.h"
#include "catalog/Reflection.h"
#include "catalog/SearchIndex.h"
#include "catalog/TableDdl.h"
#include "catalog/Uids.h"
#include "core/codec/ContractCodec.h"
#include "core/codec/IntrospectionCodec.h"

namespace tsm::catalog {

namespace {

std::optional<std::string> str(const std::optional<QString>& v) {
    if (!v)
        return std::nullopt;
    return v->toStdString();
}

std::optional<std::string> nonEmpty(const std::optional<std::string>& v) {
    if (!v || v->empty())
        return std::nullopt;
    return v;
}

std::vector<cc::Column> columnsFromContract(const cc::TableContract& contract) {
    std::vector<cc::Column> out;
    int position = 0;
    for (cc::Column c : contract.columns) {
        c.ordinalPosition = position++;
        c.contractFragment = cc::Json::object();
        out.push_back(c);
    }
    return out;
}

Refusal refusal(int status, const std::string& code, const std::string& detail) {
    Refusal r;
    r.status = status;
    r.code = code;
    r.detail = detail;
    return r;
}

void writeColumns(db::Connection& catalog, const std::string& uid,
                  const std::vector<cc::Column>& columns) {
    std::vector<std::string> ordinals, names, types, nullables, primaries, uniques;
    std::vector<std::optional<std::string>> logical, backend, defaults, descriptions, labels;
    for (const cc::Column& c : columns) {
        ordinals.push_back(std::to_string(c.ordinalPosition.value_or(int(ordinals.size()))));
        names.push_back(c.name.toStdString());
        types.push_back(c.dataType.toStdString());
        nullables.push_back(c.nullable ? "t" : "f");
        primaries.push_back(c.primaryKey ? "t" : "f");
        uniques.push_back(c.unique ? "t" : "f");
        logical.push_back(str(c.logicalName));
        backend.push_back(str(c.backendType));
        defaults.push_back(str(c.serverDefault));
        descriptions.push_back(str(c.description));
        labels.push_back(str(c.label));
    }
    catalog.exec(
        "INSERT INTO tsm.meta_column (meta_table_uid, ordinal_position, name, logical_name, "
        "data_type, backend_type, nullable, primary_key, is_unique, server_default, description, "
        "label) SELECT $1::uuid, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], "
        "$6::text[], $7::bool[], $8::bool[], $9::bool[], $10::text[], $11::text[], $12::text[])",
        db::Params(uid, db::arrayLiteral(ordinals), db::arrayLiteral(names),
                   db::arrayLiteral(logical), db::arrayLiteral(types), db::arrayLiteral(backend),
                   db::arrayLiteral(nullables), db::arrayLiteral(primaries),
                   db::arrayLiteral(uniques), db::arrayLiteral(defaults),
                   db::arrayLiteral(descriptions), db::arrayLiteral(labels)));
}

void writeIndexes(db::Connection& catalog, const std::string& uid,
                  const std::vector<ReflectedIndex>& indexes) {
    int ordinal = 0;
    for (const ReflectedIndex& x : indexes)
        catalog.exec("INSERT INTO tsm.meta_index (meta_table_uid, ordinal, name, columns, "
                     "is_unique, method, expression) VALUES ($1::uuid, $2, $3, $4::text[], $5, "
                     "$6, $7)",
                     db::Params(uid, ordinal++, x.name, db::arrayLiteral(x.columns), x.unique,
                                x.method, x.expression));
}

// Outgoing FKs, each resolved to the MetaTable registered at its target's physical
// identity on the same data source.
void writeForeignKeys(db::Connection& catalog, const std::string& uid,
                      const std::string& dataSourceUid,
                      const std::vector<ReflectedForeignKey>& foreignKeys) {
    int ordinal = 0;
    for (const ReflectedForeignKey& fk : foreignKeys)
        catalog.exec(
            "INSERT INTO tsm.meta_foreign_key (meta_table_uid, ordinal, name, source_columns, "
            "target_schema, target_table, target_uid, target_columns, on_delete) "
            "VALUES ($1::uuid, $2, $3, $4::text[], $5, $6, (SELECT uid FROM tsm.meta_table "
            "WHERE data_source_uid = $7::uuid AND physical_schema = $5 AND "
            "physical_table_name = $6), $8::text[], $9)",
            db::Params(uid, ordinal++, fk.name, db::arrayLiteral(fk.sourceColumns), fk.targetSchema,
                       fk.targetTable, dataSourceUid, db::arrayLiteral(fk.targetColumns),
                       fk.onDelete));
}

} // namespace

std::string RegistrationRequest::physicalSchema() const {
    return contract.physicalSchema.value_or(QStringLiteral("public")).toStdString();
}

RegistrationResult registerTable(db::Connection& catalog, db::DataConnections& data,
                                 const RegistrationRequest& request) {
    RegistrationResult result;
    const std::optional<DataSourceRecord> source = dataSourceByUid(catalog, request.dataSourceUid);
    if (!source) {
        result.refusal = refusal(400, "data_source_not_found",
                                 "Data source '" + request.dataSourceUid + "' does not exist.");
        return result;
    }
    if (!source->supports(cc::capability::TableRegistration)) {
        result.refusal = capabilityRefusal(source->name, source->uid,
                                           cc::capability::TableRegistration, "table registration");
        return result;
    }
    if (request.introspect && !source->supports(cc::capability::TableIntrospection)) {
        result.refusal = capabilityRefusal(
            source->name, source->uid, cc::capability::TableIntrospection, "table introspection");
        return result;
    }
    const std::string schema = request.physicalSchema();
    const std::string table = request.physicalTable();
    result.uid = metaTableUid(source->uid, schema, table);

    db::Result existing =
        catalog.exec("SELECT uid::text FROM tsm.meta_table WHERE data_source_uid = $1::uuid "
                     "AND physical_schema = $2 AND physical_table_name = $3",
                     db::Params(source->uid, schema, table));
    if (existing.rows() > 0) {
        result.uid = existing.text(0, 0);
        return result; // get-or-create: the registered table is the answer
    }
    const std::optional<std::string> identifier = nonEmpty(request.identifier);
    if (identifier) {
        db::Result clash = catalog.exec(
            "SELECT uid::text FROM tsm.meta_table WHERE identifier = $1", db::Params(*identifier));
        if (clash.rows() > 0) {
            result.refusal =
                refusal(409, "identifier_conflict",
                        "Identifier '" + *identifier + "' is already used by another MetaTable.");
            result.refusal->errorFields["meta_table_uid"] = clash.text(0, 0);
            return result;
        }
    }
    const bool platform = request.managementMode == "platform_managed";
    if (platform && request.createTable && !source->supports(cc::capability::TableDdl)) {
        result.refusal = capabilityRefusal(source->name, source->uid, cc::capability::TableDdl,
                                           "platform-managed table creation");
        return result;
    }

    // The physical side first: a retried register finds the table and completes the catalog.
    std::optional<ReflectedTable> reflected;
    try {
        db::ConnectionPool::Lease dataConnection = data.acquire(source->dsn);
        db::Transaction tx(*dataConnection);
        if (platform && request.createTable) {
            std::string error;
            const std::string ddl = createTableSql(request.contract, request.ifNotExists, error);
            if (ddl.empty()) {
                result.refusal = refusal(400, "invalid_contract", error);
                return result;
            }
            dataConnection->execScript(ddl);
        }
        reflected = reflectTable(*dataConnection, schema, table);
        tx.commit();
    } catch (const db::PgError& e) {
        result.refusal =
            refusal(e.isConnectionFailure() ? 503 : 400,
                    e.isConnectionFailure() ? "data_source_unavailable" : "sql_error", e.what());
        if (!e.sqlstate().empty())
            result.refusal->errorFields["sqlstate"] = e.sqlstate();
        return result;
    }
    if (!reflected && !platform) {
        result.refusal = refusal(400, "physical_table_missing",
                                 "Table " + schema + "." + table +
                                     " does not exist on data source '" + source->name + "'.");
        return result;
    }

    const std::vector<cc::Column> columns = reflected ? toColumns(*reflected, &request.contract)
                                                      : columnsFromContract(request.contract);
    cc::Json snapshot = cc::Json::object();
    if (request.introspect && reflected)
        snapshot = cc::encodeIntrospectionSnapshot(toSnapshot(*reflected));
    const cc::Json registration = {{"created", true}, {"mode", request.managementMode}};

    db::Transaction tx(catalog);
    db::Result inserted;
    try {
        inserted = catalog.exec(
            "INSERT INTO tsm.meta_table (uid, data_source_uid, identifier, namespace, description, "
            "labels, management_mode, provisioning_status, schema_management_mode, "
            "schema_management, migration_package, migration_namespace, migration_provider_key, "
            "alembic_version_meta_table_uid, alembic_revision, physical_schema, "
            "physical_table_name, "
            "table_contract, introspection_snapshot, protect_from_deletion, created_by_user_uid, "
            "organization_owner_uid, registration) VALUES ($1::uuid, $2::uuid, $3, $4, $5, "
            "$6::text[], $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, "
            "$19::jsonb, $20, $21::uuid, $22::uuid, $23::jsonb) "
            "ON CONFLICT (data_source_uid, physical_schema, physical_table_name) DO NOTHING "
            "RETURNING uid::text",
            db::Params(
                result.uid, source->uid, identifier, nonEmpty(request.ns), request.description,
                db::arrayLiteral(request.labels), request.managementMode,
                std::string(reflected ? "active" : "reserved"), request.schemaManagementMode,
                request.schemaManagement.dump(), request.migrationPackage,
                request.migrationNamespace, request.migrationProviderKey,
                request.alembicVersionMetaTableUid, request.alembicRevision, schema, table,
                cc::encodeTableContract(request.contract).dump(), snapshot.dump(), request.protect,
                request.createdByUserUid, organizationUid(), registration.dump()));
    } catch (const db::PgError& e) {
        if (e.sqlstate() != "23505") // unique_violation: the identifier was taken meanwhile
            throw;
        result.refusal = refusal(409, "identifier_conflict",
                                 "Identifier '" + identifier.value_or("") +
                                     "' is already used by another MetaTable.");
        return result;
    }
    if (inserted.rows() == 0)
        return result; // registered concurrently: same answer as an existing row

    writeColumns(catalog, result.uid, columns);
    if (reflected) {
        writeIndexes(catalog, result.uid, reflected->indexes);
        writeForeignKeys(catalog, result.uid, source->uid, reflected->foreignKeys);
    }
    // Tables registered earlier that reference this one now point at it.
    catalog.exec("UPDATE tsm.meta_foreign_key f SET target_uid = $1::uuid "
                 "FROM tsm.meta_table s WHERE f.meta_table_uid = s.uid "
                 "AND s.data_source_uid = $2::uuid AND f.target_schema = $3 "
                 "AND f.target_table = $4 AND f.target_uid IS NULL",
                 db::Params(result.uid, source->uid, schema, table));
    refreshSearchDocuments(catalog, {result.uid});
    tx.commit();
    result.created = true;
    return result;
}

} // namespace tsm::catalog
