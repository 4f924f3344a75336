// tsm-refserver write routes: register, validate-contract, PATCH, DELETE (dry runs on the
// shared demo catalog, real deletes on throwaway tables), introspect, refresh index.
#include "db/PgConnection.h"
#include "tst_server_client.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::kV1Tables;
using cc::test::ServerClient;

namespace {

std::string path(const std::string& uid, const std::string& action = {}) {
    return std::string(kLegacyTables) + uid + "/" + action;
}

Json contractFor(const std::string& schema, const std::string& table, Json columns) {
    return {{"version", "relational-table.v1"},
            {"physical", {{"schema", schema}, {"table_name", table}}},
            {"columns", std::move(columns)},
            {"constraints", Json::array()}};
}

Json idColumn(const char* name = "id") {
    return {{"name", name},      {"data_type", "int64"}, {"backend_type", "BIGINT"},
            {"nullable", false}, {"primary_key", true},  {"unique", false}};
}

} // namespace

class TestServerWrites : public QObject {
    Q_OBJECT

private:
    ServerClient m_server;
    std::unique_ptr<tsm::db::Connection> m_data;
    std::string m_schema; // a schema of the demo data database owned by this run
    std::string m_main;   // demo-postgres uid

    // An external registration of a physical table this test created.
    Json externalBody(const std::string& table, const std::string& ns = "scratch") {
        return {{"data_source_uid", m_main},
                {"physical_schema", m_schema},
                {"table_contract", contractFor(m_schema, table, Json::array({idColumn()}))},
                {"identifier", ns + "." + m_schema + "." + table},
                {"namespace", ns},
                {"labels", {"test"}},
                {"management_mode", "external_registered"},
                {"introspect", true}};
    }

    std::string registerExternal(const std::string& table, const std::string& ddl) {
        m_data->execScript(ddl);
        const HttpReply r = m_server.post(std::string(kLegacyTables) + "register/",
                                          externalBody(table), ServerClient::editor());
        if (r.status != 201)
            qWarning() << r.status << r.body.c_str();
        return r.status == 201 ? r.json["uid"].get<std::string>() : std::string();
    }

    std::string qualified(const std::string& table) const { return m_schema + "." + table; }

    bool physicalExists(const std::string& table) {
        return m_data->exec("SELECT to_regclass($1) IS NOT NULL", tsm::db::Params(qualified(table)))
            .toBool(0, 0);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
        m_data = std::make_unique<tsm::db::Connection>(ServerClient::env("DATA_CONNINFO"));
        m_schema = "scratch_" + std::to_string(QRandomGenerator::global()->bounded(1000000));
        m_data->execScript("CREATE SCHEMA " + m_schema);
        m_main = m_server.dataSourceUid("demo-postgres");
        QVERIFY(!m_main.empty());
    }

    void cleanupTestCase() {
        m_server.deleteTablesMatching(m_schema); // the shared catalog keeps only the demo
        const HttpReply left =
            m_server.get(std::string(kLegacyTables) + "?identifier__contains=" + m_schema,
                         ServerClient::admin());
        QCOMPARE(left.json["count"].get<int>(), 0);
        if (m_data)
            m_data->execScript("DROP SCHEMA IF EXISTS " + m_schema + " CASCADE");
    }

    void registerExternalIsGetOrCreate() {
        m_data->execScript("CREATE TABLE " + qualified("accounts") +
                           " (id bigint PRIMARY KEY, name text NOT NULL);"
                           "COMMENT ON COLUMN " +
                           qualified("accounts") + ".name IS 'Display name'");
        Json body = externalBody("accounts");
        body["orm_class"] = "TimeIndexMetaTableRegistrationRequest"; // ignored (§1.3)
        const HttpReply created =
            m_server.post(std::string(kLegacyTables) + "register/", body, ServerClient::editor());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json["registration"],
                 Json({{"created", true}, {"mode", "external_registered"}}));
        QCOMPARE(created.json["columns"].size(),
                 size_t(2)); // reflected, not only the contract's one
        QCOMPARE(created.json["columns"][1]["description"].get<std::string>(),
                 std::string("Display name"));
        QCOMPARE(created.json["indexes_meta"][0]["unique"].get<bool>(), true);
        QCOMPARE(created.json["introspection_snapshot"]["table_name"].get<std::string>(),
                 std::string("accounts"));
        QVERIFY(created.json["introspection_snapshot"].contains("introspected_at"));
        const HttpReply again =
            m_server.post(std::string(kV1Tables) + "register/", body, ServerClient::editor());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json["uid"], created.json["uid"]);
        QCOMPARE(again.json["registration"]["created"].get<bool>(), false);
        // The same identifier on another physical table conflicts.
        m_data->execScript("CREATE TABLE " + qualified("accounts_copy") +
                           " (id bigint PRIMARY KEY)");
        Json clash = externalBody("accounts_copy");
        clash["identifier"] = body["identifier"];
        const HttpReply conflict =
            m_server.post(std::string(kLegacyTables) + "register/", clash, ServerClient::editor());
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json["error"]["code"].get<std::string>(),
                 std::string("identifier_conflict"));
        // The search document exists at once.
        const HttpReply found = m_server.get(std::string(kLegacyTables) + "?search=" + m_schema,
                                             ServerClient::viewer());
        QCOMPARE(found.json["count"].get<int>(), 1);
    }

    void registerRefusals() {
        const std::string reg = std::string(kLegacyTables) + "register/";
        HttpReply r = m_server.post(reg, externalBody("missing_table"), ServerClient::editor());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("physical_table_missing"));
        QCOMPARE(m_server.post(reg, externalBody("x"), ServerClient::viewer()).status, 403);
        Json bad = externalBody("x");
        bad["table_contract"]["columns"][0]["data_type"] = "datetime64[ns]";
        r = m_server.post(reg, bad, ServerClient::editor());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["errors"][0]["path"].get<std::string>(),
                 std::string("columns[0].data_type"));
        bad = externalBody("x");
        bad.erase("data_source_uid");
        r = m_server.post(reg, bad, ServerClient::editor());
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.contains("data_source_uid"));
        bad = externalBody("x");
        bad["physical_schema"] = "elsewhere";
        QCOMPARE(m_server.post(reg, bad, ServerClient::editor()).status, 400);
        // A limited viewer's namespace rules apply to editors too: no table outside sight.
        Json platform = {
            {"data_source_uid", m_server.dataSourceUid("archive-replica")},
            {"table_contract", contractFor("archive", "new_table", Json::array({idColumn()}))},
            {"namespace", "archive"},
            {"management_mode", "platform_managed"},
            {"provisioning", {{"create_table", true}, {"if_not_exists", true}}}};
        r = m_server.post(reg, platform, ServerClient::editor());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(),
                 std::string("capability_not_supported"));
        QCOMPARE(r.json["error"]["capability"].get<std::string>(),
                 std::string("supports_table_ddl"));
        Json introspect = {{"data_source_uid", m_server.dataSourceUid("legacy-warehouse")},
                           {"table_contract",
                            contractFor("warehouse", "revenue_monthly", Json::array({idColumn()}))},
                           {"management_mode", "external_registered"},
                           {"introspect", true}};
        r = m_server.post(reg, introspect, ServerClient::editor());
        QCOMPARE(r.json["error"]["capability"].get<std::string>(),
                 std::string("supports_table_introspection"));
        Json lifecycle = externalBody("accounts");
        lifecycle["schema_management"] = {{"mode", "external_registered"}};
        lifecycle["provisioning"] = {{"create_table", true}};
        QCOMPARE(m_server.post(reg, lifecycle, ServerClient::editor()).status, 400);
    }

    void registerPlatformManagedCreatesTheTable() {
        Json body = {{"data_source_uid", m_main},
                     {"physical_schema", m_schema},
                     {"table_contract",
                      contractFor(m_schema, "acme_crm__account",
                                  Json::array({{{"name", "uid"},
                                                {"data_type", "uuid"},
                                                {"backend_type", "UUID"},
                                                {"nullable", false},
                                                {"primary_key", true},
                                                {"server_default", "gen_random_uuid()"}},
                                               {{"name", "opened_at"},
                                                {"data_type", "timestamptz"},
                                                {"nullable", true},
                                                {"description", "When the account opened"}}}))},
                     {"identifier", "scratch." + m_schema + ".acme"},
                     {"namespace", "scratch"},
                     {"management_mode", "platform_managed"},
                     {"schema_management", {{"mode", "backend_managed"}}},
                     {"provisioning", {{"create_table", true}, {"if_not_exists", true}}}};
        const HttpReply r =
            m_server.post(std::string(kLegacyTables) + "register/", body, ServerClient::editor());
        QCOMPARE(r.status, 201);
        QVERIFY(physicalExists("acme_crm__account"));
        QCOMPARE(r.json["schema_management_mode"].get<std::string>(),
                 std::string("backend_managed"));
        QCOMPARE(r.json["table_contract"]["columns"][1]["data_type"].get<std::string>(),
                 std::string("timestamp with time zone"));
        QCOMPARE(r.json["columns"][1]["description"].get<std::string>(),
                 std::string("When the account opened"));
        QCOMPARE(r.json["introspection_snapshot"], Json::object()); // introspect not asked
        // Full delete drops the physical table of a platform-managed table.
        const std::string uid = r.json["uid"];
        const HttpReply gone = m_server.del(
            path(uid) + "?full_delete_selected=True&full_delete_downstream_tables=False"
                        "&delete_with_no_table=False&override_protection=False",
            ServerClient::editor());
        QCOMPARE(gone.status, 200);
        QCOMPARE(gone.json["dropped_physical_tables"],
                 Json::array({qualified("acme_crm__account")}));
        QVERIFY(!physicalExists("acme_crm__account"));
        QCOMPARE(m_server.get(path(uid), ServerClient::viewer()).status, 404);
    }

    void foreignKeysResolveInAnyOrder() {
        m_data->execScript("CREATE TABLE " + qualified("parent") +
                           " (id bigint PRIMARY KEY);"
                           "CREATE TABLE " +
                           qualified("child") +
                           " (id bigint PRIMARY KEY, parent_id bigint "
                           "REFERENCES " +
                           qualified("parent") + " ON DELETE CASCADE)");
        const std::string child = registerExternal("child", "");
        QVERIFY(!child.empty());
        HttpReply c = m_server.get(path(child), ServerClient::viewer());
        QVERIFY(
            c.json["foreign_keys"][0]["target_table_uid"].is_null()); // parent not yet registered
        const std::string parent = registerExternal("parent", "");
        c = m_server.get(path(child), ServerClient::viewer());
        QCOMPARE(c.json["foreign_keys"][0]["target_table_uid"].get<std::string>(), parent);
        const HttpReply p = m_server.get(path(parent), ServerClient::viewer());
        QCOMPARE(p.json["incoming_fks"].size(), size_t(1));
        QCOMPARE(p.json["incoming_fks"][0]["on_delete"].get<std::string>(), std::string("cascade"));

        // Strict delete of the parent is refused with the blocking edge.
        HttpReply r =
            m_server.del(path(parent) + "?full_delete_selected=False", ServerClient::editor());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("incoming_foreign_keys"));
        QCOMPARE(r.json["ok"].get<bool>(), false);
        const Json& edge = r.json["blocking_edges"][0];
        QCOMPARE(edge["source_uid"].get<std::string>(), child);
        QCOMPARE(edge["target_uid"].get<std::string>(), parent);
        QCOMPARE(edge["source_columns"], Json::array({"parent_id"}));
        QCOMPARE(edge["target_columns"], Json::array({"id"}));
        QCOMPARE(edge["on_delete"].get<std::string>(), std::string("cascade"));
        QVERIFY(edge["name"].is_string());
        // Downstream deletion removes both catalog rows; external tables stay physically.
        r = m_server.del(path(parent) +
                             "?full_delete_selected=True&full_delete_downstream_tables=true",
                         ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["deleted_meta_tables"].size(), size_t(2));
        QCOMPARE(r.json["dropped_physical_tables"], Json::array());
        QCOMPARE(m_server.get(path(child), ServerClient::viewer()).status, 404);
        QVERIFY(physicalExists("parent"));
    }

    void selfReferenceDoesNotBlockDeletion() {
        const std::string uid =
            registerExternal("staff", "CREATE TABLE " + qualified("staff") +
                                          " (id bigint PRIMARY KEY, manager_id bigint REFERENCES " +
                                          qualified("staff") + " ON DELETE SET NULL)");
        QVERIFY(!uid.empty());
        const HttpReply r =
            m_server.del(path(uid) + "?full_delete_selected=False", ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["deleted_meta_tables"][0]["uid"].get<std::string>(), uid);
    }

    void deleteDryRunsOnTheSharedCatalog() {
        const std::string countries = m_server.uidOf("reference.countries");
        const std::string instruments = m_server.uidOf("markets.instruments");
        // Protected: refused, an editor may not override, an admin may (dry run here).
        HttpReply r = m_server.del(
            path(countries) + "?full_delete_selected=False&full_delete_downstream_tables=True"
                              "&delete_with_no_table=False&override_protection=False&dry_run=true",
            ServerClient::admin());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("protected"));
        r = m_server.del(path(countries) +
                             "?full_delete_selected=True&override_protection=True&dry_run=true",
                         ServerClient::editor());
        QCOMPARE(r.status, 403);
        QCOMPARE(m_server.del(path(countries), ServerClient::viewer()).status, 403);
        // Incoming FKs block a strict delete, whatever the protection.
        r = m_server.del(path(instruments) + "?full_delete_selected=False", ServerClient::editor());
        QCOMPARE(r.status, 409);
        QVERIFY(r.json["blocking_edges"].size() >= 8);
        // Downstream of instruments lies markets.trades, protected: an override needs a full
        // delete.
        r = m_server.del(path(instruments) +
                             "?full_delete_selected=false&full_delete_downstream_tables=TRUE"
                             "&override_protection=1&dry_run=true",
                         ServerClient::admin());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("protected"));
        // With it, PostgreSQL refuses to drop instruments: an external table references it.
        r = m_server.del(path(instruments) +
                             "?full_delete_selected=true&full_delete_downstream_tables=true"
                             "&override_protection=true&dry_run=true",
                         ServerClient::admin());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("physical_drop_failed"));
        // Downstream dry run: the same checks, deletions and drops, rolled back.
        const std::string orders = m_server.uidOf("markets.orders");
        r = m_server.del(path(orders) +
                             "?full_delete_selected=True&full_delete_downstream_tables=True"
                             "&delete_with_no_table=False&override_protection=False&dry_run=true",
                         ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), true);
        QCOMPARE(r.json["dry_run"].get<bool>(), true);
        QCOMPARE(r.json["deleted_meta_tables"][0]["identifier"].get<std::string>(),
                 std::string("markets.orders"));
        QCOMPARE(r.json["deleted_meta_tables"][1]["identifier"].get<std::string>(),
                 std::string("markets.executions"));
        QCOMPARE(r.json["dropped_physical_tables"],
                 Json::array({"markets.executions", "markets.orders"}));
        QCOMPARE(m_server.get(path(orders), ServerClient::viewer()).status, 200);
        // A platform-managed leaf: the physical drop runs and is rolled back.
        const std::string lots = m_server.uidOf("markets.position_lots");
        r = m_server.del(path(lots) + "?full_delete_selected=True&dry_run=True",
                         ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["dropped_physical_tables"], Json::array({"markets.position_lots"}));
        QCOMPARE(m_server.get(path(lots), ServerClient::viewer()).status, 200);
        QCOMPARE(m_server.get(path(instruments), ServerClient::viewer()).status, 200);
        tsm::db::Connection data(ServerClient::env("DATA_CONNINFO"));
        QCOMPARE(data.exec("SELECT count(*) FROM markets.position_lots").toInt(0, 0), 1000LL);
        QCOMPARE(m_server.del(path(lots) + "?dry_run=maybe", ServerClient::editor()).status, 400);
    }

    void patchChangesOnlyWritableFields() {
        const std::string uid = registerExternal("patched", "CREATE TABLE " + qualified("patched") +
                                                                " (id bigint PRIMARY KEY)");
        QVERIFY(!uid.empty());
        HttpReply r = m_server.patch(path(uid),
                                     {{"description", "Quarterly zebra migration ledger"},
                                      {"labels", {"zoo", "finance"}},
                                      {"protect_from_deletion", true}},
                                     ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["labels"], Json::array({"zoo", "finance"}));
        QCOMPARE(r.json["protect_from_deletion"].get<bool>(), true);
        // The search document follows.
        r = m_server.get(std::string(kLegacyTables) + "?search=zebra", ServerClient::viewer());
        QCOMPARE(r.json["count"].get<int>(), 1);
        r = m_server.get(std::string(kLegacyTables) + "description-search/?q=zebra%20ledger",
                         ServerClient::viewer());
        QCOMPARE(r.json["results"][0]["uid"].get<std::string>(), uid);
        r = m_server.patch(path(uid), {{"physical_table_name", "other"}}, ServerClient::editor());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("field_not_writable"));
        QCOMPARE(m_server.patch(path(uid), {{"labels", "zoo"}}, ServerClient::editor()).status,
                 400);
        r = m_server.patch(path(uid), {{"description", "x"}}, ServerClient::viewer());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json, Json({{"detail", "You do not have permission to perform this action."}}));
        r = m_server.patch(path(uid), {{"namespace", "scratch2"}}, ServerClient::editor());
        QCOMPARE(r.json["namespace"].get<std::string>(), std::string("scratch2"));
        QCOMPARE(m_server.del(path(uid), ServerClient::editor()).status, 409); // now protected
        r = m_server.del(path(uid) + "?override_protection=true&full_delete_selected=true",
                         ServerClient::admin());
        QCOMPARE(r.status, 200);
    }

    void validateContract() {
        const std::string validate = std::string(kLegacyTables) + "validate-contract/";
        Json good =
            contractFor("public", "ok_table",
                        Json::array({idColumn(), {{"name", "v"}, {"data_type", "timestamptz"}}}));
        HttpReply r = m_server.post(validate, {{"table_contract", good}}, ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), true);
        QCOMPARE(r.json["table_contract"]["columns"][1]["data_type"].get<std::string>(),
                 std::string("timestamp with time zone"));
        QCOMPARE(r.json["errors"], Json::array());

        Json bad = contractFor(
            "public", std::string(64, 't'),
            Json::array(
                {{{"name", "a"}, {"data_type", "timestamp"}},
                 {{"name", "a"}, {"data_type", "int"}, {"primary_key", true}, {"nullable", true}},
                 {{"name", ""}, {"data_type", "int"}},
                 {{"name", "g"}, {"data_type", "geometry"}},
                 {{"name", "n"}, {"data_type", "int"}, {"nullable", "yes"}}}));
        r = m_server.post(validate, {{"table_contract", bad}, {"physical_schema", "other"}},
                          ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), false);
        std::map<std::string, std::string> errors;
        for (const Json& e : r.json["errors"])
            errors[e["path"]] = e["code"];
        QCOMPARE(errors["physical.table_name"], std::string("name_too_long"));
        QCOMPARE(errors["physical.schema"], std::string("physical_schema_mismatch"));
        QCOMPARE(errors["columns[0].data_type"], std::string("naive_timestamp"));
        QCOMPARE(errors["columns[1].name"], std::string("duplicate_column"));
        QCOMPARE(errors["columns[1].nullable"], std::string("primary_key_nullable"));
        QCOMPARE(errors["columns[2].name"], std::string("required"));
        QCOMPARE(errors["columns[4].nullable"], std::string("invalid_type"));
        QCOMPARE(r.json["warnings"][0]["code"].get<std::string>(),
                 std::string("unknown_data_type"));
        r = m_server.post(
            validate,
            {{"table_contract", {{"physical", {{"table_name", "t"}}}, {"columns", "nope"}}}},
            ServerClient::viewer());
        QCOMPARE(r.json["errors"][0]["path"].get<std::string>(), std::string("columns"));
        QCOMPARE(m_server.post(validate, {{"contract", good}}, ServerClient::viewer()).status, 400);
        QCOMPARE(m_server.postRaw(validate, "[1,2", ServerClient::viewer()).status, 400);
    }

    void validateExistingContractListsChanges() {
        const std::string contacts = m_server.uidOf("crm.contacts");
        const HttpReply current = m_server.get(path(contacts), ServerClient::viewer());
        Json proposed = current.json["table_contract"];
        for (Json& c : proposed["columns"])
            if (c["name"] == "email")
                c["nullable"] = false;
        proposed["columns"].push_back(
            {{"name", "preferred_channel"}, {"data_type", "string"}, {"nullable", true}});
        const HttpReply r = m_server.post(path(contacts, "validate-contract/"),
                                          {{"table_contract", proposed}}, ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), true);
        const Json& changes = r.json["changes"];
        QCOMPARE(changes.size(), size_t(2));
        QCOMPARE(changes[0], Json({{"column", "email"},
                                   {"change", "changed"},
                                   {"field", "nullable"},
                                   {"old", true},
                                   {"new", false}}));
        QCOMPARE(changes[1]["change"].get<std::string>(), std::string("added"));
        QCOMPARE(changes[1]["column"].get<std::string>(), std::string("preferred_channel"));
        // The registered schema is expected.
        proposed["physical"]["schema"] = "public";
        const HttpReply mismatch =
            m_server.post(path(contacts, "validate-contract/"), {{"table_contract", proposed}},
                          ServerClient::viewer());
        QCOMPARE(mismatch.json["errors"][0]["code"].get<std::string>(),
                 std::string("physical_schema_mismatch"));
    }

    void introspectStoresTheSnapshot() {
        const std::string uid = registerExternal("probe", "CREATE TABLE " + qualified("probe") +
                                                              " (id bigint PRIMARY KEY)");
        m_data->execScript("ALTER TABLE " + qualified("probe") +
                           " ADD COLUMN note text DEFAULT 'n/a';"
                           "CREATE INDEX probe_note_idx ON " +
                           qualified("probe") + " (note)");
        const HttpReply r =
            m_server.post(path(uid, "introspect/"), Json::object(), ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), true);
        QCOMPARE(r.json["meta_table_uid"].get<std::string>(), uid);
        const Json& snapshot = r.json["introspection_snapshot"];
        QCOMPARE(snapshot["schema"].get<std::string>(), m_schema);
        QCOMPARE(snapshot["columns"].size(), size_t(2));
        QCOMPARE(snapshot["columns"][1]["default"].get<std::string>(), std::string("'n/a'::text"));
        QCOMPARE(snapshot["columns"][1]["ordinal_position"].get<int>(), 2);
        QCOMPARE(snapshot["indexes"].size(), size_t(2));
        QCOMPARE(snapshot["constraints"][0]["type"].get<std::string>(), std::string("PRIMARY KEY"));
        const HttpReply stored = m_server.get(path(uid), ServerClient::viewer());
        QCOMPARE(stored.json["introspection_snapshot"], snapshot);
        QCOMPARE(stored.json["columns"].size(), size_t(1)); // nothing else changes
        QCOMPARE(
            m_server.post(path(uid, "introspect/"), Json::object(), ServerClient::viewer()).status,
            403);
        const HttpReply refused =
            m_server.post(path(m_server.uidOf("archive.revenue_monthly"), "introspect/"),
                          Json::object(), ServerClient::editor());
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json["error"]["capability"].get<std::string>(),
                 std::string("supports_table_introspection"));
        m_data->execScript("DROP TABLE " + qualified("probe"));
        const HttpReply missing =
            m_server.post(path(uid, "introspect/"), Json::object(), ServerClient::editor());
        QCOMPARE(missing.status, 409);
        QCOMPARE(missing.json["error"]["code"].get<std::string>(),
                 std::string("physical_table_missing"));
        QCOMPARE(m_server.del(path(uid), ServerClient::editor()).status, 200);
    }

    // The sweep covers the data source of the deleted table, so this test gets a data
    // source of its own: other tests may hold tables without a physical table meanwhile.
    void deleteWithNoTableSweepsItsDataSource() {
        const std::string name = "sweep_" + m_schema;
        QProcess add;
        add.start(QString::fromStdString(ServerClient::env("REFSERVER_BIN")),
                  {QStringLiteral("datasource"), QStringLiteral("add"), QStringLiteral("--db"),
                   QString::fromStdString(ServerClient::env("PG_CONNINFO")),
                   QStringLiteral("--name"), QString::fromStdString(name), QStringLiteral("--dsn"),
                   QString::fromStdString(ServerClient::env("DATA_CONNINFO"))});
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        const std::string source = add.readAllStandardOutput().trimmed().toStdString();
        QCOMPARE(source, m_server.dataSourceUid(name));
        auto registerOn = [&](const std::string& table) {
            m_data->execScript("CREATE TABLE " + qualified(table) + " (id bigint PRIMARY KEY)");
            Json body = externalBody(table);
            body["data_source_uid"] = source;
            body["identifier"] = "sweep." + m_schema + "." + table;
            const HttpReply r = m_server.post(std::string(kLegacyTables) + "register/", body,
                                              ServerClient::editor());
            return r.status == 201 ? r.json["uid"].get<std::string>() : std::string();
        };
        const std::string gone = registerOn("gone");
        const std::string kept = registerOn("kept");
        const std::string present = registerOn("present");
        QVERIFY(!gone.empty() && !kept.empty() && !present.empty());
        m_data->execScript("DROP TABLE " + qualified("gone"));
        const HttpReply swept =
            m_server.del(path(kept) + "?delete_with_no_table=true", ServerClient::editor());
        QCOMPARE(swept.status, 200);
        std::set<std::string> deleted;
        for (const Json& t : swept.json["deleted_meta_tables"])
            deleted.insert(t["uid"]);
        QCOMPARE(deleted, (std::set<std::string>{kept, gone}));
        QCOMPARE(m_server.get(path(present), ServerClient::viewer()).status, 200);
    }

    // No body, however malformed, makes the server fail or stop answering.
    void malformedBodiesAreRefusedNotCrashing() {
        const std::string trades = m_server.uidOf("markets.trades");
        const std::vector<std::string> routes = {std::string(kLegacyTables) + "register/",
                                                 std::string(kLegacyTables) + "filter/",
                                                 std::string(kLegacyTables) + "validate-contract/",
                                                 path(trades, "validate-contract/"),
                                                 std::string(kLegacyTables) + "execute-operation/",
                                                 "/auth/jwt-token/token/",
                                                 "/auth/jwt-token/token/refresh/"};
        const std::vector<std::string> bodies = {
            "",
            "null",
            "[]",
            "\"text\"",
            "{\"table_contract\": 5}",
            "{\"table_contract\": {\"physical\": [], \"columns\": [1, null, {\"name\": 5}]}}",
            "{\"data_source_uid\": 5, \"management_mode\": \"platform_managed\", "
            "\"table_contract\": "
            "{\"physical\": {\"table_name\": \"t\"}, \"columns\": []}, \"provisioning\": "
            "{\"create_table\": \"yes\"}, \"schema_management\": {\"mode\": 7}}",
            "{\"operation\": \"select\", \"scope\": {\"tables\": [{\"meta_table_uid\": 5}]}}",
            "{\"limit\": -1}",
            "{\"namespace__in\": [{}]}",
            "{\"refresh\": 12}",
            std::string(2000, '['),
            "\xff\xfe{\"a\": \"\xc3\x28\"}"};
        for (const std::string& route : routes)
            for (const std::string& body : bodies) {
                const HttpReply r = m_server.postRaw(route, body, ServerClient::editor());
                const std::string what =
                    route + " <- " + body.substr(0, 40) + ": " + std::to_string(r.status);
                QVERIFY2(r.transportOk, what.c_str());
                // Refused (4xx), or for filter/ and validate-contract/ answered: never 5xx.
                QVERIFY2(r.status >= 200 && r.status < 500, what.c_str());
                if (route.find("register/") != std::string::npos ||
                    route.find("execute-operation/") != std::string::npos)
                    QVERIFY2(r.status >= 400, what.c_str());
            }
        QCOMPARE(m_server.patch(path(trades), Json::array(), ServerClient::editor()).status, 400);
        QCOMPARE(m_server.get(path(trades), ServerClient::viewer()).status, 200);
    }

    void refreshSearchIndex() {
        const std::string uid = m_server.uidOf("ops.books");
        const HttpReply r = m_server.post(path(uid, "refresh-table-search-index/"), Json::object(),
                                          ServerClient::editor());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["search_index_updated"].get<bool>(), true);
        QCOMPARE(r.json["meta_table_uid"].get<std::string>(), uid);
    }
};

QTEST_APPLESS_MAIN(TestServerWrites)
#include "tst_server_writes.moc"
