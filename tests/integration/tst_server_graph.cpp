// tsm-refserver GET <uid>/schema-graph/: breadth-first over the FK projection, depth
// clamping, include_incoming, truncation and visibility.
#include "tst_server_client.h"

#include <QtTest>

#include <set>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::kV1Tables;
using cc::test::ServerClient;

class TestServerGraph : public QObject {
    Q_OBJECT

private:
    ServerClient m_server;

    HttpReply graph(const std::string& identifier, const std::string& query,
                    const std::string& token = ServerClient::viewer()) {
        return m_server.get(std::string(kLegacyTables) + m_server.uidOf(identifier) +
                                "/schema-graph/" + query,
                            token);
    }

    std::set<std::string> nodeIds(const HttpReply& r) {
        std::set<std::string> out;
        for (const Json& n : r.json["nodes"])
            out.insert(n.value("identifier", ""));
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
    }

    void oneHopOutgoing() {
        const HttpReply r = graph("markets.position_lots", "?depth=1&include_incoming=False");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["root_uid"].get<std::string>(), m_server.uidOf("markets.position_lots"));
        QCOMPARE(r.json["depth"].get<int>(), 1);
        QCOMPARE(r.json["include_incoming"].get<bool>(), false);
        QCOMPARE(r.json["max_depth"].get<int>(), 5);
        QCOMPARE(r.json["truncated"].get<bool>(), true); // positions has further outgoing edges
        QCOMPARE(nodeIds(r), (std::set<std::string>{"markets.position_lots", "markets.positions"}));
        QCOMPARE(r.json["nodes"][0]["identifier"].get<std::string>(),
                 std::string("markets.position_lots"));
        QCOMPARE(r.json["edges"].size(), size_t(1));
        const Json& edge = r.json["edges"][0];
        QCOMPARE(edge["source_columns"],
                 Json::array({"account_id", "instrument_id"})); // composite FK
        QCOMPARE(edge["target_columns"], Json::array({"account_id", "instrument_id"}));
        QCOMPARE(edge["on_delete"].get<std::string>(), std::string("cascade"));
        QCOMPARE(edge["relationship_type"].get<std::string>(),
                 std::string("meta_table_to_meta_table"));
        const Json& node = r.json["nodes"][0];
        for (const char* key :
             {"uid", "identifier", "namespace", "physical_schema", "physical_table_name",
              "table_kind", "time_indexed", "columns", "protect_from_deletion", "management_mode"})
            QVERIFY2(node.contains(key), key);
        for (const char* key : {"name", "data_type", "backend_type", "nullable", "primary_key"})
            QVERIFY2(node["columns"][0].contains(key), key);
    }

    void depthIsClampedAndChainsAreDeep() {
        const HttpReply r = graph("markets.position_lots", "?depth=99");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["depth"].get<int>(), 5);
        // position_lots -> positions -> trading_accounts -> clients -> companies -> countries
        QVERIFY(nodeIds(r).count("reference.countries"));
        QVERIFY(nodeIds(r).count("crm.companies"));
        const HttpReply shallow = graph("markets.position_lots", "?depth=3");
        QVERIFY(!nodeIds(shallow).count("crm.companies"));
        QCOMPARE(shallow.json["truncated"].get<bool>(), true);
        const HttpReply root = graph("markets.position_lots", "?depth=0");
        QCOMPARE(root.json["nodes"].size(), size_t(1));
        QCOMPARE(graph("markets.position_lots", "?depth=-1").status, 400);
        QCOMPARE(graph("markets.position_lots", "?include_incoming=perhaps").status, 400);
    }

    void incomingEdgesOnRequest() {
        const HttpReply out = graph("reference.currencies", "?depth=1&include_incoming=False");
        const HttpReply in = graph("reference.currencies", "?depth=1&include_incoming=True");
        QVERIFY(in.json["nodes"].size() > out.json["nodes"].size());
        const std::string currencies = m_server.uidOf("reference.currencies");
        std::set<std::string> onDelete;
        for (const Json& e : in.json["edges"])
            if (e["target_uid"] == currencies)
                onDelete.insert(e["on_delete"].get<std::string>());
        QVERIFY(onDelete.count("set default"));
        QVERIFY(onDelete.count("no action"));
        QVERIFY(nodeIds(in).count("ops.books"));
    }

    void selfReferenceAndCompleteComponents() {
        const HttpReply r = graph("crm.employees", "?depth=1");
        const std::string employees = m_server.uidOf("crm.employees");
        bool self = false;
        for (const Json& e : r.json["edges"])
            self = self || (e["source_uid"] == employees && e["target_uid"] == employees);
        QVERIFY(self);
        const HttpReply archive = graph("archive.fills_2019", "?depth=5&include_incoming=true");
        QCOMPARE(nodeIds(archive),
                 (std::set<std::string>{"archive.fills_2019", "archive.orders_2019"}));
        QCOMPARE(archive.json["truncated"].get<bool>(), false);
        QCOMPARE(archive.json["edges"].size(), size_t(1));
    }

    void onlyVisibleTables() {
        const HttpReply r =
            graph("crm.clients", "?depth=5&include_incoming=true", ServerClient::limitedViewer());
        QCOMPARE(r.status, 200);
        for (const std::string& id : nodeIds(r))
            QVERIFY2(id.rfind("crm.", 0) == 0, id.c_str());
        std::set<std::string> uids;
        for (const Json& n : r.json["nodes"])
            uids.insert(n["uid"]);
        for (const Json& e : r.json["edges"]) {
            QVERIFY(uids.count(e["source_uid"]));
            QVERIFY(uids.count(e["target_uid"]));
        }
        QCOMPARE(graph("markets.trades", "", ServerClient::limitedViewer()).status, 404);
    }

    void v1Namespace() {
        const HttpReply r = m_server.get(std::string(kV1Tables) + m_server.uidOf("ops.books") +
                                             "/schema-graph/?depth=2",
                                         ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QVERIFY(nodeIds(r).count("reference.currencies"));
    }
};

QTEST_APPLESS_MAIN(TestServerGraph)
#include "tst_server_graph.moc"
