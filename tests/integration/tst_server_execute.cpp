// tsm-refserver POST execute-operation/: scope resolution against the catalog (existence,
// visibility, write role, one data source) and hand-off to the operation runner.
#include "tst_server_client.h"

#include <QtTest>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::kV1Tables;
using cc::test::ServerClient;

namespace {

Json operation(const std::string& sql, Json tables, const char* op = "select",
               long long maxRows = 1000, long long offset = 0) {
    return {
        {"operation", op},
        {"version", "compiled-sql.v1"},
        {"dialect", "postgresql"},
        {"statement", {{"sql", sql}, {"parameters", Json::object()}, {"paramstyle", "pyformat"}}},
        {"scope", {{"tables", std::move(tables)}}},
        {"limits", {{"max_rows", maxRows}, {"offset", offset}, {"statement_timeout_ms", 15000}}}};
}

Json scopeTable(const std::string& uid, const char* alias, const char* access = "read") {
    return {{"meta_table_uid", uid}, {"alias", alias}, {"access", access}};
}

} // namespace

class TestServerExecute : public QObject {
    Q_OBJECT

private:
    ServerClient m_server;
    std::string m_trades;

    HttpReply execute(const Json& body, const std::string& token = ServerClient::viewer(),
                      const char* prefix = kLegacyTables) {
        return m_server.post(std::string(prefix) + "execute-operation/", body, token);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
        m_trades = m_server.uidOf("markets.trades");
    }

    void millionRowTableCounts() {
        const HttpReply r = execute(operation("SELECT count(*) AS n FROM markets.trades t",
                                              Json::array({scopeTable(m_trades, "t")})));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["ok"].get<bool>(), true);
        QCOMPARE(r.json["rows"][0]["n"].dump(), std::string("1000000"));
        QCOMPARE(r.json["scope"]["data_source_uid"].get<std::string>(),
                 m_server.dataSourceUid("demo-postgres"));
    }

    void pagesAreCappedByTheServer() {
        const std::string sql = "SELECT t.trade_id FROM markets.trades t ORDER BY t.trade_id";
        HttpReply r =
            execute(operation(sql, Json::array({scopeTable(m_trades, "t")}), "select", 1200, 0),
                    ServerClient::viewer(), kV1Tables);
        QCOMPARE(r.status, 200);
        const long long cap = std::stoll(ServerClient::env("PAGE_CAP"));
        QCOMPARE(r.json["rows"].size(), size_t(cap));
        QCOMPARE(r.json["pagination"]["has_more"].get<bool>(), true);
        QCOMPARE(r.json["pagination"]["next_offset"].get<long long>(), cap);
        r = execute(operation(sql, Json::array({scopeTable(m_trades, "t")}), "select", 3, 999998));
        QCOMPARE(r.json["rows"].size(), size_t(2));
        QCOMPARE(r.json["pagination"]["has_more"].get<bool>(), false);
    }

    void scopeRefusals() {
        HttpReply r = execute(operation(
            "SELECT 1", Json::array({scopeTable("00000000-0000-4000-8000-000000000000", "x")})));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("scope_table_not_found"));
        r = execute(operation("SELECT count(*) FROM markets.trades t",
                              Json::array({scopeTable(m_trades, "t")})),
                    ServerClient::limitedViewer());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("scope_access_denied"));
        r = execute(operation("DELETE FROM markets.trades WHERE trade_id = 0",
                              Json::array({scopeTable(m_trades, "t", "write")}), "delete"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("scope_access_denied"));
        const std::string archived = m_server.uidOf("archive.trades_2019");
        r = execute(operation("SELECT 1",
                              Json::array({scopeTable(m_trades, "t"), scopeTable(archived, "a")})));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("mixed_data_sources"));
        Json explicitSource = operation("SELECT 1", Json::array({scopeTable(m_trades, "t")}));
        explicitSource["scope"]["data_source_uid"] = m_server.dataSourceUid("archive-replica");
        r = execute(explicitSource);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("mixed_data_sources"));
        QCOMPARE(execute(operation("SELECT 1", Json::array())).status, 400);
        QCOMPARE(m_server
                     .postRaw(std::string(kLegacyTables) + "execute-operation/", "{",
                              ServerClient::viewer())
                     .status,
                 400);
    }

    void capabilitiesOfTheDataSourceApply() {
        const std::string archived = m_server.uidOf("archive.trades_2019");
        HttpReply r = execute(operation("SELECT count(*) AS n FROM archive.trades_2019 a",
                                        Json::array({scopeTable(archived, "a")})));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["rows"][0]["n"].dump(), std::string("10000"));
        r = execute(operation("DELETE FROM archive.trades_2019 WHERE trade_id = -1",
                              Json::array({scopeTable(archived, "a", "write")}), "delete"),
                    ServerClient::editor());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(),
                 std::string("capability_not_supported"));
        QCOMPARE(r.json["error"]["capability"].get<std::string>(),
                 std::string("supports_compiled_delete"));
    }
};

QTEST_APPLESS_MAIN(TestServerExecute)
#include "tst_server_execute.moc"
