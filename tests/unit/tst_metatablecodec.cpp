// MetaTable, list pages, Column/Index/FK payloads, data sources and namespaces.
#include "core/codec/MetaTableCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

const QString kAccount = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
const QString kPosition = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a002");
const QString kDataSource = QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01");

const QStringList kLegacyKeys = {"uid",
                                 "data_source",
                                 "data_source_uid",
                                 "identifier",
                                 "namespace",
                                 "description",
                                 "labels",
                                 "management_mode",
                                 "provisioning_status",
                                 "schema_management_mode",
                                 "schema_management",
                                 "migration_package",
                                 "migration_namespace",
                                 "migration_provider_key",
                                 "alembic_version_meta_table_uid",
                                 "alembic_revision",
                                 "physical_schema",
                                 "physical_table_name",
                                 "table_contract",
                                 "contract_version",
                                 "table_kind",
                                 "time_indexed",
                                 "introspection_snapshot",
                                 "protect_from_deletion",
                                 "columns",
                                 "indexes_meta",
                                 "foreign_keys",
                                 "incoming_fks",
                                 "creation_date",
                                 "created_by_user_uid",
                                 "organization_owner_uid",
                                 "registration"};
const QStringList kNeverNull = {"labels",
                                "schema_management",
                                "table_contract",
                                "introspection_snapshot",
                                "columns",
                                "indexes_meta",
                                "foreign_keys",
                                "incoming_fks",
                                "registration",
                                "provisioning_status",
                                "schema_management_mode",
                                "contract_version",
                                "protect_from_deletion"};
const QStringList kColumnKeys = {"name",         "logical_name",   "data_type",
                                 "backend_type", "nullable",       "primary_key",
                                 "unique",       "server_default", "ordinal_position",
                                 "description",  "label",          "contract_fragment"};
const QStringList kIndexKeys = {"name",   "columns",    "unique",
                                "method", "expression", "contract_fragment"};
const QStringList kForeignKeyKeys = {"name",
                                     "source_columns",
                                     "target_table_uid",
                                     "target_table_physical_table_name",
                                     "target_table_physical_schema",
                                     "target_columns",
                                     "on_delete",
                                     "contract_fragment"};

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

MetaTable decodedFixture(const QString& name) {
    DecodeResult<MetaTable> result = decodeMetaTable(fixtureJson(name));
    if (!result)
        qFatal("%s: %s", qPrintable(name), qPrintable(result.error().toString()));
    return result.value();
}

QString errorOf(const Json& json) {
    const DecodeResult<MetaTable> result = decodeMetaTable(json);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

QString pageErrorOf(const Json& json) {
    const DecodeResult<Page<MetaTable>> result = decodeMetaTablePage(json);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

} // namespace

class TestMetaTableCodec : public QObject {
    Q_OBJECT

private slots:
    void decodesDetail() {
        const MetaTable t = decodedFixture(QStringLiteral("f03-metatable-detail.json"));
        QCOMPARE(t.uid, kAccount);
        QVERIFY(t.dataSource);
        QCOMPARE(t.dataSource->uid, kDataSource);
        QCOMPARE(t.dataSource->displayName, QStringLiteral("acme-postgres"));
        QCOMPARE(t.dataSource->classType, QStringLiteral("postgresql"));
        QCOMPARE(t.dataSource->storageAccessMode, QStringLiteral("read_write"));
        QVERIFY(!t.dataSource->legacyWrapper);
        QVERIFY(!t.dataSource->capabilities);
        QCOMPARE(t.labels, QStringList{"crm"});
        QCOMPARE(t.managementMode, QStringLiteral("external_registered"));
        QCOMPARE(t.schemaManagementMode, QStringLiteral("external_registered"));
        QVERIFY(!t.migrationPackage);
        QCOMPARE(t.qualifiedName(), QStringLiteral("public.acme_crm__account"));
        QCOMPARE(t.tableContract.physicalTableName, QStringLiteral("acme_crm__account"));
        QCOMPARE(t.tableContract.columns.size(), std::size_t(1));
        QCOMPARE(t.timeIndexed, std::optional<bool>(false));
        QVERIFY(t.introspectionSnapshot.isEmpty());
        QCOMPARE(t.columns.size(), std::size_t(1));
        const Column& uid = t.columns[0];
        QCOMPARE(uid.name, QStringLiteral("uid"));
        QVERIFY(!uid.nullable);
        QVERIFY(uid.primaryKey);
        QCOMPARE(uid.ordinalPosition, std::optional<int>(0));
        QCOMPARE(uid.serverDefault, std::optional<QString>(QStringLiteral("gen_random_uuid()")));
        QVERIFY(!uid.logicalName);
        QCOMPARE(t.indexesMeta.size(), std::size_t(1));
        QVERIFY(t.indexesMeta[0].unique);
        QCOMPARE(t.indexesMeta[0].method, std::optional<QString>(QStringLiteral("btree")));
        QVERIFY(t.foreignKeys.empty());
        QCOMPARE(t.incomingFks.size(), std::size_t(1));
        QCOMPARE(t.incomingFks[0].sourceColumns, QStringList{"account_uid"});
        QCOMPARE(t.incomingFks[0].onDelete, std::optional<QString>(QStringLiteral("restrict")));
        QCOMPARE(t.registration["created"], Json(true));
        QCOMPARE(t.creationDate, std::optional<QString>(QStringLiteral("2026-08-01T10:15:00Z")));
    }

    void detailRoundTripsWithTheLegacyFieldSet() {
        const Json fixture = fixtureJson(QStringLiteral("f03-metatable-detail.json"));
        const MetaTable t = decodedFixture(QStringLiteral("f03-metatable-detail.json"));
        const Json encoded = encodeMetaTable(t, FieldSet::Legacy);
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
        const DecodeResult<MetaTable> again = decodeMetaTable(encoded);
        QVERIFY(again.ok());
        QVERIFY(again.value() == t);
    }

    void legacyFieldSetIsExactlyTheSpecSet() {
        const Json encoded = encodeMetaTable(
            decodedFixture(QStringLiteral("f03-metatable-detail.json")), FieldSet::Legacy);
        QCOMPARE(keysOf(encoded), sorted(kLegacyKeys));
        QCOMPARE(keysOf(encoded["columns"][0]), sorted(kColumnKeys));
        QCOMPARE(keysOf(encoded["indexes_meta"][0]), sorted(kIndexKeys));
        QCOMPARE(keysOf(encoded["incoming_fks"][0]), sorted(kForeignKeyKeys));
        for (const QString& key : kNeverNull)
            QVERIFY2(!encoded[key.toStdString()].is_null(), qPrintable(key));
    }

    void legacyNeverSendsForbiddenNulls() {
        // The emptiest table there is: every optional absent.
        MetaTable t;
        t.uid = kAccount;
        t.managementMode = QStringLiteral("platform_managed");
        t.physicalTableName = QStringLiteral("t");
        t.schemaManagement = Json();
        t.registration = Json();
        t.foreignKeys.push_back(ForeignKey());
        const Json encoded = encodeMetaTable(t, FieldSet::Legacy);
        QCOMPARE(keysOf(encoded), sorted(kLegacyKeys));
        for (const QString& key : kNeverNull)
            QVERIFY2(!encoded[key.toStdString()].is_null(), qPrintable(key));
        QCOMPARE(encoded["labels"], Json::array());
        QCOMPARE(encoded["schema_management"], Json::object());
        QCOMPARE(encoded["registration"], Json::object());
        QCOMPARE(encoded["introspection_snapshot"], Json::object());
        QCOMPARE(encoded["table_contract"], Json::object());
        QVERIFY(encoded["data_source"].is_null());
        QCOMPARE(keysOf(encoded["foreign_keys"][0]), sorted(kForeignKeyKeys));
        QVERIFY(decodeMetaTable(encoded).ok());
    }

    void legacyNeverSendsNaiveTimestamps() {
        MetaTable t = decodedFixture(QStringLiteral("f03-metatable-detail.json"));
        Column naive = t.columns[0];
        naive.name = QStringLiteral("seen_at");
        naive.dataType = QStringLiteral("timestamp");
        t.columns.push_back(naive);
        naive.dataType = QStringLiteral("datetime64[ns]");
        t.tableContract.columns.push_back(naive);
        const Json encoded = encodeMetaTable(t, FieldSet::Legacy);
        QCOMPARE(encoded["columns"][1]["data_type"], Json("timestamp with time zone"));
        QCOMPARE(encoded["table_contract"]["columns"][1]["data_type"],
                 Json("timestamp with time zone"));
        QCOMPARE(encodeColumnPayload(naive)["data_type"], Json("timestamp with time zone"));
    }

    void v1FieldSetAddsTheNewFields() {
        MetaTable t = decodedFixture(QStringLiteral("metatable-web-aliases.json"));
        QCOMPARE(t.organizationProjectEnvironmentName,
                 std::optional<QString>(QStringLiteral("acme / production")));
        t.incomingFks.push_back(t.foreignKeys[0]);
        t.incomingFks[0].sourceTableUid = kPosition;
        const Json v1 = encodeMetaTable(t, FieldSet::V1);
        QCOMPARE(v1["organization_project_environment_uid"],
                 Json("6e6e6e6e-1111-4222-8333-999999999999"));
        QCOMPARE(v1["organization_project_environment_name"], Json("acme / production"));
        QCOMPARE(v1["incoming_fks"][0]["source_table_uid"], Json(kPosition.toStdString()));
        QVERIFY(decodeMetaTable(v1).value() == t);

        const Json legacy = encodeMetaTable(t, FieldSet::Legacy);
        QCOMPARE(keysOf(legacy), sorted(kLegacyKeys));
        QCOMPARE(keysOf(legacy["incoming_fks"][0]), sorted(kForeignKeyKeys));
    }

    void listPage() {
        const Json fixture = fixtureJson(QStringLiteral("f04-list-page.json"));
        const DecodeResult<Page<MetaTable>> page = decodeMetaTablePage(fixture);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QCOMPARE(page.value().count, std::optional<qint64>(2));
        QVERIFY(page.value().next->endsWith(QLatin1String("offset=1")));
        QVERIFY(!page.value().previous);
        QVERIFY(!page.value().wasBareArray);
        QCOMPARE(page.value().results.size(), std::size_t(1));
        QVERIFY(page.value().results[0] ==
                decodedFixture(QStringLiteral("f03-metatable-detail.json")));
        const Json encoded = encodeMetaTablePage(page.value());
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
    }

    void bareArrayPage() {
        const Json fixture = fixtureJson(QStringLiteral("list-page-bare-array.json"));
        const DecodeResult<Page<MetaTable>> page = decodeMetaTablePage(fixture);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        QVERIFY(page.value().wasBareArray);
        QVERIFY(!page.value().count);
        QCOMPARE(page.value().results.size(), std::size_t(2));
        QCOMPARE(page.value().results[1].uid, kPosition);
        QCOMPARE(page.value().results[1].foreignKeys[0].targetTableUid,
                 std::optional<QString>(kAccount));
        const Json encoded = encodeMetaTablePage(page.value());
        QVERIFY(encoded.is_array());
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
    }

    void singleObjectPage() {
        // Search routes may answer with one MetaTable (§2.3).
        const DecodeResult<Page<MetaTable>> page =
            decodeMetaTablePage(fixtureJson(QStringLiteral("f03-metatable-detail.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value().results.size(), std::size_t(1));
        QVERIFY(!page.value().count);
        QVERIFY(!page.value().wasBareArray);
        QCOMPARE(pageErrorOf(Json("text")), QStringLiteral("expected object"));
        QCOMPARE(pageErrorOf(Json::object()), QStringLiteral("uid: required key missing"));
    }

    void pageErrorsNameTheResult() {
        const Json bad = fixtureJson(QStringLiteral("malformed-list-page-nullable.json"));
        QCOMPARE(pageErrorOf(bad),
                 QStringLiteral("results[3].columns[2].nullable: expected boolean"));
        QCOMPARE(pageErrorOf(bad["results"]),
                 QStringLiteral("[3].columns[2].nullable: expected boolean"));

        Json missing = fixtureJson(QStringLiteral("f04-list-page.json"));
        missing["results"].push_back(missing["results"][0]);
        missing["results"][1].erase("physical_table_name");
        QCOMPARE(pageErrorOf(missing),
                 QStringLiteral("results[1].physical_table_name: required key missing"));

        Json wrong = fixtureJson(QStringLiteral("f04-list-page.json"));
        wrong["count"] = "two";
        QCOMPARE(pageErrorOf(wrong), QStringLiteral("count: expected integer"));
        wrong = fixtureJson(QStringLiteral("f04-list-page.json"));
        wrong["results"] = Json::object();
        QCOMPARE(pageErrorOf(wrong), QStringLiteral("results: expected array"));
        wrong["results"] = Json::array({1});
        QCOMPARE(pageErrorOf(wrong), QStringLiteral("results[0]: expected object"));
    }

    void detailErrorsNameThePath() {
        QCOMPARE(errorOf(fixtureJson(
                     QStringLiteral("malformed-metatable-missing-management-mode.json"))),
                 QStringLiteral("management_mode: required key missing"));
        QCOMPARE(errorOf(fixtureJson(QStringLiteral("malformed-metatable-fk-column-number.json"))),
                 QStringLiteral("incoming_fks[0].target_columns[1]: expected string"));
        QCOMPARE(
            errorOf(fixtureJson(QStringLiteral("malformed-metatable-contract-no-table-name.json"))),
            QStringLiteral("table_contract.physical.table_name: required key missing"));

        const Json f3 = fixtureJson(QStringLiteral("f03-metatable-detail.json"));
        const auto with = [&](const char* pointer, const Json& value) {
            Json copy = f3;
            copy[Json::json_pointer(pointer)] = value;
            return errorOf(copy);
        };
        QCOMPARE(with("/data_source", "x"), QStringLiteral("data_source: expected object"));
        QCOMPARE(with("/data_source/uid", 5), QStringLiteral("data_source.uid: expected string"));
        QCOMPARE(with("/protect_from_deletion", "no"),
                 QStringLiteral("protect_from_deletion: expected boolean"));
        QCOMPARE(with("/management_mode", nullptr),
                 QStringLiteral("management_mode: expected string"));
        QCOMPARE(with("/columns/0/ordinal_position", 1.5),
                 QStringLiteral("columns[0].ordinal_position: expected integer"));
        QCOMPARE(with("/columns/0/ordinal_position", 5000000000LL),
                 QStringLiteral("columns[0].ordinal_position: integer out of range"));
        QCOMPARE(with("/columns/0/contract_fragment", Json::array()),
                 QStringLiteral("columns[0].contract_fragment: expected object"));
        QCOMPARE(with("/indexes_meta/0/columns", "uid"),
                 QStringLiteral("indexes_meta[0].columns: expected array"));
        QCOMPARE(with("/labels/0", false), QStringLiteral("labels[0]: expected string"));
        QCOMPARE(with("/schema_management", Json::array()),
                 QStringLiteral("schema_management: expected object"));
        QCOMPARE(with("/introspection_snapshot", 1),
                 QStringLiteral("introspection_snapshot: expected object"));
        QCOMPARE(with("/table_contract/columns/0/nullable", "false"),
                 QStringLiteral("table_contract.columns[0].nullable: expected boolean"));
        QCOMPARE(errorOf(Json::array()), QStringLiteral("expected object"));
    }

    void toleratesNullsAndUnknownKeys() {
        Json f3 = fixtureJson(QStringLiteral("f03-metatable-detail.json"));
        // What the 992f4995 SDK refuses, a tolerant client still reads.
        f3["labels"] = nullptr;
        f3["columns"] = nullptr;
        f3["provisioning_status"] = nullptr;
        f3["introspection_snapshot"] = nullptr;
        f3["something_new"] = {{"nested", true}};
        f3["storage_hash"] = "x";
        f3["orm_class"] = "MetaTable";
        f3["columns"] = Json::array({{{"name", "a"}, {"data_type", "string"}}});
        const DecodeResult<MetaTable> t = decodeMetaTable(f3);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QVERIFY(t.value().labels.isEmpty());
        QCOMPARE(t.value().provisioningStatus, QStringLiteral("active"));
        QVERIFY(t.value().columns[0].nullable); // spec default when absent
        QVERIFY(!t.value().columns[0].ordinalPosition);
        QVERIFY(t.value().introspectionSnapshot.isEmpty());
    }

    void legacyDataSourceWrapper() {
        const MetaTable t = decodedFixture(QStringLiteral("metatable-legacy-datasource.json"));
        QVERIFY(t.dataSource);
        const DataSource& ds = *t.dataSource;
        QVERIFY(ds.legacyWrapper);
        QCOMPARE(ds.uid, QStringLiteral("1d1d1d1d-2222-4333-8444-555566667777"));
        QCOMPARE(ds.id, std::optional<qint64>(12));
        QCOMPARE(ds.displayName, QStringLiteral("acme-postgres"));
        QCOMPARE(ds.classType, QStringLiteral("postgresql"));
        QCOMPARE(ds.status, QStringLiteral("AVAILABLE"));
        QCOMPARE(ds.organization, std::optional<qint64>(7));
        // storage_hash, orm_class and target_table_storage_hash are read past and dropped.
        const Json encoded = encodeMetaTable(t);
        QCOMPARE(keysOf(encoded), sorted(kLegacyKeys));
        QCOMPARE(keysOf(encoded["incoming_fks"][0]), sorted(kForeignKeyKeys));
        QVERIFY(!encoded["data_source"].contains("related_resource"));
        QCOMPARE(encoded["data_source"]["display_name"], Json("acme-postgres"));
        QVERIFY(decodeMetaTable(encoded).value() == t);
    }

    void webDetailAliases() {
        const MetaTable t = decodedFixture(QStringLiteral("metatable-web-aliases.json"));
        QCOMPARE(t.columns.size(), std::size_t(2));
        const Column& uid = t.columns[0];
        QCOMPARE(uid.name, QStringLiteral("uid"));
        QCOMPARE(uid.logicalName, std::optional<QString>(QStringLiteral("uid")));
        QCOMPARE(uid.backendType, std::optional<QString>(QStringLiteral("UUID")));
        QVERIFY(uid.primaryKey);
        QVERIFY(!uid.unique);
        QVERIFY(uid.nullable); // missing: true
        const Column& account = t.columns[1];
        QVERIFY(!account.primaryKey);
        QVERIFY(account.unique);
        QVERIFY(!account.nullable);
        QCOMPARE(account.label, std::optional<QString>(QStringLiteral("Account")));
        const ForeignKey& fk = t.foreignKeys[0];
        QCOMPARE(fk.sourceColumns, QStringList{"account_uid"});
        QCOMPARE(fk.targetTableUid, std::optional<QString>(kAccount));
        QCOMPARE(fk.targetTablePhysicalTableName,
                 std::optional<QString>(QStringLiteral("acme_crm__account")));
        QCOMPARE(fk.targetColumns, QStringList{"uid"});
        QCOMPARE(fk.onDelete, std::optional<QString>(QStringLiteral("cascade")));
        QVERIFY(!fk.name);
        QCOMPARE(t.tableContract.physicalSchema, std::optional<QString>(QStringLiteral("public")));
        QCOMPARE(t.organizationProjectEnvironmentUid,
                 std::optional<QString>(QStringLiteral("6e6e6e6e-1111-4222-8333-999999999999")));
    }

    void payloadDecoders() {
        const Json f3 = fixtureJson(QStringLiteral("f03-metatable-detail.json"));
        const DecodeResult<Column> column = decodeColumnPayload(f3["columns"][0]);
        QVERIFY(column.ok());
        QCOMPARE(encodeColumnPayload(column.value()), f3["columns"][0]);
        const DecodeResult<Index> index = decodeIndexPayload(f3["indexes_meta"][0]);
        QVERIFY(index.ok());
        QCOMPARE(encodeIndexPayload(index.value()), f3["indexes_meta"][0]);
        const DecodeResult<ForeignKey> fk = decodeForeignKeyPayload(f3["incoming_fks"][0]);
        QVERIFY(fk.ok());
        QCOMPARE(encodeForeignKeyPayload(fk.value()), f3["incoming_fks"][0]);

        QCOMPARE(decodeColumnPayload(Json{{"name", "a"}}).error().toString(),
                 QStringLiteral("data_type: required key missing"));
        QCOMPARE(decodeColumnPayload(Json{{"data_type", "uuid"}}).error().toString(),
                 QStringLiteral("name: required key missing"));
        QCOMPARE(decodeColumnPayload(Json{{"name", "a"}, {"data_type", "uuid"}, {"is_pk", "y"}})
                     .error()
                     .toString(),
                 QStringLiteral("is_pk: expected boolean"));
        QCOMPARE(decodeIndexPayload(Json{{"columns", {1}}}).error().toString(),
                 QStringLiteral("columns[0]: expected string"));
        QCOMPARE(decodeForeignKeyPayload(Json{{"source_column", 3}}).error().toString(),
                 QStringLiteral("source_column: expected string"));
        QVERIFY(!decodeForeignKeyPayload(Json("fk")).ok());
    }

    void dataSources() {
        const Json fixture = fixtureJson(QStringLiteral("data-sources-page.json"));
        const DecodeResult<std::vector<DataSource>> list = decodeDataSourceList(fixture);
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), std::size_t(2));
        const DataSource& pg = list.value()[0];
        QCOMPARE(pg.supports(QLatin1String(capability::CompiledSelect)), std::optional<bool>(true));
        QCOMPARE(pg.supports(QLatin1String(capability::CompiledUpdate)),
                 std::optional<bool>(false));
        QCOMPARE(pg.supports(QLatin1String(capability::TableDdl)), std::optional<bool>(false));
        QCOMPARE(pg.extraArguments["sslmode"], Json("require"));
        QCOMPARE(pg.organization, std::optional<qint64>(7));
        QCOMPARE(dump(encodeDataSource(pg)), dump(fixture["results"][0]));
        const DataSource& duck = list.value()[1];
        QVERIFY(duck.legacyWrapper);
        QCOMPARE(duck.displayName, QStringLiteral("local duck"));
        QCOMPARE(duck.classType, QStringLiteral("duck_db"));
        QVERIFY(!duck.supports(QLatin1String(capability::CompiledSelect)).has_value());
        QVERIFY(decodeDataSource(encodeDataSource(duck)).value() == duck);

        const DecodeResult<std::vector<DataSource>> rows =
            decodeDataSourceList(fixtureJson(QStringLiteral("data-sources-project-list.json")));
        QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
        QCOMPARE(rows.value().size(), std::size_t(1));
        QCOMPARE(rows.value()[0].displayName, QStringLiteral("acme-postgres"));
        QCOMPARE(rows.value()[0].classType, QStringLiteral("postgresql"));

        const DecodeResult<std::vector<DataSource>> bare = decodeDataSourceList(fixture["results"]);
        QCOMPARE(bare.value().size(), std::size_t(2));

        Json bad = fixture;
        bad["results"][0]["capabilities"]["supports_table_ddl"] = "yes";
        QCOMPARE(decodeDataSourceList(bad).error().toString(),
                 QStringLiteral("results[0].capabilities.supports_table_ddl: expected boolean"));
        QCOMPARE(decodeDataSource(Json{{"display_name", "x"}}).error().toString(),
                 QStringLiteral("uid: required key missing"));
        QCOMPARE(decodeDataSource(Json{{"uid", "u"}, {"related_resource", 1}}).error().toString(),
                 QStringLiteral("related_resource: expected object"));
        QCOMPARE(decodeDataSourceList(Json{{"count", 0}}).error().toString(),
                 QStringLiteral("results: required key missing"));
    }

    void namespaces() {
        const Json web = fixtureJson(QStringLiteral("namespaces-web.json"));
        const DecodeResult<std::vector<NamespaceInfo>> list = decodeNamespaces(web);
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), std::size_t(2));
        const NamespaceInfo& crm = list.value()[0];
        QCOMPARE(crm.name, QStringLiteral("acme-crm"));
        QCOMPARE(crm.displayName, QStringLiteral("Acme CRM"));
        QCOMPARE(crm.tableCount, std::optional<qint64>(2));
        QCOMPARE(crm.filters.at(QStringLiteral("namespace_uid")),
                 QStringLiteral("3c3c3c3c-0000-4000-8000-000000000001"));
        QCOMPARE(dump(encodeNamespaces(list.value())), dump(web));

        const DecodeResult<std::vector<NamespaceInfo>> paged =
            decodeNamespaces(fixtureJson(QStringLiteral("namespaces-paged.json")));
        QVERIFY2(paged.ok(), qPrintable(paged.error().toString()));
        const NamespaceInfo& plain = paged.value()[0];
        QCOMPARE(plain.name, QStringLiteral("acme-crm"));
        QCOMPARE(plain.uid,
                 std::optional<QString>(QStringLiteral("3c3c3c3c-0000-4000-8000-000000000001")));
        QCOMPARE(plain.displayName, plain.name);
        QCOMPARE(plain.tableCount, std::optional<qint64>(2));
        QVERIFY(plain.filters.empty());
        const NamespaceInfo& ops = paged.value()[1];
        QCOMPARE(ops.tableCount, std::optional<qint64>(7));
        QCOMPARE(ops.filters.at(QStringLiteral("page")), QStringLiteral("1"));
        QCOMPARE(ops.filters.at(QStringLiteral("archived")), QStringLiteral("false"));
        QCOMPARE(ops.filters.count(QStringLiteral("skip")), std::size_t(0));
        QVERIFY(decodeNamespaces(encodeNamespaces(paged.value())).value() == paged.value());

        QCOMPARE(decodeNamespaces(Json::array({{{"display_name", "x"}}})).error().toString(),
                 QStringLiteral("[0].namespace: required key missing"));
        QCOMPARE(decodeNamespaces(Json::array({{{"name", "x"}, {"filters", {{"a", {1}}}}}}))
                     .error()
                     .toString(),
                 QStringLiteral("[0].filters.a: expected string"));
        QCOMPARE(decodeNamespaces(Json{{"count", 1}}).error().toString(),
                 QStringLiteral("results: required key missing"));
        QCOMPARE(decodeNamespaces(Json(3)).error().toString(),
                 QStringLiteral("expected array or object"));
    }
};

QTEST_APPLESS_MAIN(TestMetaTableCodec)
#include "tst_metatablecodec.moc"
