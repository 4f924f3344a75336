// tsm-refserver read routes against the seeded demo catalog: list, filters, paging,
// searches, namespaces, detail, data sources, field sets of both namespaces, visibility.
#include "tst_server_client.h"

#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::kV1Tables;
using cc::test::ServerClient;

namespace {

std::set<std::string> keysOf(const Json& object) {
    std::set<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.insert(it.key());
    return keys;
}

std::vector<std::string> identifiers(const HttpReply& r) {
    std::vector<std::string> out;
    for (const Json& t : r.json["results"])
        out.push_back(t.value("identifier", ""));
    return out;
}

// Other tests register tables in namespaces of their own; counts look at the demo ones.
const char* const kDemo = "namespace__in=archive,crm,markets,ops,reference";

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

} // namespace

class TestServerCatalog : public QObject {
    Q_OBJECT

private:
    ServerClient m_server;

    HttpReply list(const std::string& query, const std::string& token = ServerClient::viewer()) {
        return m_server.get(std::string(kLegacyTables) + query, token);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
    }

    void jsonRepliesAreSentUncompressed() {
        // Qt accepts br, and cpp-httplib's brotli runs at its slowest quality.
        const HttpReply r = m_server.get(kLegacyTables, ServerClient::viewer(),
                                         {{"Accept-Encoding", "gzip, deflate, br"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Encoding"), std::string());
        QCOMPARE(r.header("Content-Type"), std::string("application/json; charset=utf-8"));
        QVERIFY(r.json.is_object());
    }

    void legacyReplyHasExactlyTheSdkFieldSet() {
        const HttpReply r = list("?limit=500");
        QCOMPARE(r.status, 200);
        QCOMPARE(list(std::string("?") + kDemo).json["count"].get<int>(), 49);
        const std::set<std::string> expected = {"uid",
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
        const std::set<std::string> columnKeys = {
            "name",        "logical_name",     "data_type",      "backend_type",     "nullable",
            "primary_key", "unique",           "server_default", "ordinal_position", "description",
            "label",       "contract_fragment"};
        const std::set<std::string> indexKeys = {"name",   "columns",    "unique",
                                                 "method", "expression", "contract_fragment"};
        const std::set<std::string> fkKeys = {"name",
                                              "source_columns",
                                              "target_table_uid",
                                              "target_table_physical_table_name",
                                              "target_table_physical_schema",
                                              "target_columns",
                                              "on_delete",
                                              "contract_fragment"};
        for (const Json& t : r.json["results"]) {
            QCOMPARE(keysOf(t), expected);
            for (const char* key :
                 {"labels", "schema_management", "table_contract", "introspection_snapshot",
                  "columns", "indexes_meta", "foreign_keys", "incoming_fks", "registration",
                  "provisioning_status", "schema_management_mode", "contract_version",
                  "protect_from_deletion", "management_mode", "physical_table_name"})
                QVERIFY2(!t[key].is_null(), key);
            QVERIFY(t["provisioning_status"] == "active" || t["provisioning_status"] == "reserved");
            for (const Json& c : t["columns"]) {
                QCOMPARE(keysOf(c), columnKeys);
                QVERIFY(c["data_type"] != "timestamp");
            }
            for (const Json& i : t["indexes_meta"])
                QCOMPARE(keysOf(i), indexKeys);
            for (const Json& fk : t["foreign_keys"])
                QCOMPARE(keysOf(fk), fkKeys);
            for (const Json& fk : t["incoming_fks"])
                QCOMPARE(keysOf(fk), fkKeys);
            QVERIFY(t["data_source"]["capabilities"].is_object());
            QVERIFY(!t["data_source"].contains("dsn"));
        }
    }

    void v1IncomingForeignKeysNameTheirSource() {
        const std::string countries = m_server.uidOf("reference.countries");
        const HttpReply r =
            m_server.get(std::string(kV1Tables) + countries + "/", ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QVERIFY(r.json["incoming_fks"].size() >= 5);
        const std::string issuers = m_server.uidOf("markets.issuers");
        bool found = false;
        for (const Json& fk : r.json["incoming_fks"]) {
            QVERIFY(fk.contains("source_table_uid"));
            QCOMPARE(fk["target_table_uid"].get<std::string>(), countries);
            found = found || fk["source_table_uid"] == issuers;
        }
        QVERIFY(found);
        const HttpReply legacy =
            m_server.get(std::string(kLegacyTables) + countries + "/", ServerClient::viewer());
        for (const Json& fk : legacy.json["incoming_fks"])
            QVERIFY(!fk.contains("source_table_uid"));
    }

    void pagesFollowAbsoluteNextLinks() {
        std::vector<std::string> seen;
        std::string next = m_server.url() + kLegacyTables + "?limit=7&" + kDemo;
        int pages = 0;
        std::string previous;
        while (!next.empty() && pages < 20) {
            QVERIFY2(next.rfind(m_server.url(), 0) == 0, next.c_str()); // absolute, from Host
            const HttpReply r =
                m_server.get(next.substr(m_server.url().size()), ServerClient::viewer());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json["count"].get<int>(), 49);
            if (pages > 0)
                QVERIFY(r.json["previous"].is_string());
            else
                QVERIFY(r.json["previous"].is_null());
            for (const Json& t : r.json["results"])
                seen.push_back(t["uid"]);
            next = r.json["next"].is_string() ? r.json["next"].get<std::string>() : std::string();
            ++pages;
        }
        QCOMPARE(pages, 7);
        QCOMPARE(seen.size(), size_t(49));
        QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), size_t(49));
        // Stable order: namespace, then identifier.
        const HttpReply all = list(std::string("?limit=100&") + kDemo);
        for (size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], all.json["results"][i]["uid"].get<std::string>());
        const std::vector<std::string> ids = identifiers(all);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    }

    void nextLinkKeepsFiltersSorted() {
        const HttpReply r = list("?namespace=crm&limit=1&offset=0");
        QCOMPARE(r.json["count"].get<int>(), 11);
        QCOMPARE(r.json["next"].get<std::string>(),
                 m_server.url() + kLegacyTables + "?limit=1&namespace=crm&offset=1");
        const HttpReply last = list("?namespace=crm&limit=1&offset=10");
        QVERIFY(last.json["next"].is_null());
        QCOMPARE(last.json["previous"].get<std::string>(),
                 m_server.url() + kLegacyTables + "?limit=1&namespace=crm&offset=9");
    }

    void filters_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("namespace") << "namespace=markets" << 15;
        QTest::newRow("namespace__in comma-joined") << "namespace__in=crm%2Cops" << 20;
        QTest::newRow("namespace__contains") << "namespace__contains=ark" << 15;
        QTest::newRow("namespace__isnull=False") << "namespace__isnull=False" << 49;
        QTest::newRow("namespace__isnull=true") << "namespace__isnull=true" << 0;
        QTest::newRow("namespace__isnull=0") << "namespace__isnull=0" << 49;
        QTest::newRow("identifier") << "identifier=markets.trades" << 1;
        QTest::newRow("identifier__in") << "identifier__in=markets.trades,crm.contacts,nope" << 2;
        QTest::newRow("identifier__contains") << "identifier__contains=2019" << 3;
        QTest::newRow("management_mode") << "management_mode=platform_managed" << 20;
        QTest::newRow("management_mode__in")
            << "management_mode__in=platform_managed,external_registered" << 49;
        QTest::newRow("provisioning_status") << "provisioning_status=active" << 49;
        QTest::newRow("schema_management_mode") << "schema_management_mode=backend_managed" << 20;
        QTest::newRow("physical_schema__in") << "physical_schema__in=archive,warehouse" << 5;
        QTest::newRow("physical_table_name__contains")
            << "physical_table_name__contains=position" << 2;
        QTest::newRow("physical_table_name") << "physical_table_name=orders" << 1;
        QTest::newRow("labels") << "labels=timeseries" << 3;
        QTest::newRow("labels__in") << "labels__in=pii,kyc" << 3;
        QTest::newRow("labels__contains all") << "labels__contains=markets,trading" << 3;
        QTest::newRow("migration_provider_key") << "migration_provider_key=x" << 0;
        QTest::newRow("unknown key ignored") << "colour=blue&namespace=ops" << 9;
        QTest::newRow("uid garbage matches nothing") << "uid=not-a-uid" << 0;
        QTest::newRow("search one word") << "search=dividend" << 1;
        QTest::newRow("search two words") << "search=archive%20trades" << 1;
        QTest::newRow("search data source name") << "search=legacy-warehouse" << 2;
        QTest::newRow("search none") << "search=zzzyxw" << 0;
    }

    void filters() {
        QFETCH(QString, query);
        QFETCH(int, count);
        const HttpReply r = list("?limit=100&" + query.toStdString() + "&" + kDemo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["count"].get<int>(), count);
        QCOMPARE(int(r.json["results"].size()), count);
    }

    void uidAndDataSourceFilters() {
        const std::string trades = m_server.uidOf("markets.trades");
        const std::string contacts = m_server.uidOf("crm.contacts");
        HttpReply r = list("?uid__in=" + trades + "%2C" + contacts);
        QCOMPARE(r.json["count"].get<int>(), 2);
        r = list("?uid=" + trades);
        QCOMPARE(identifiers(r), std::vector<std::string>{"markets.trades"});
        const std::string archive = m_server.dataSourceUid("archive-replica");
        r = list("?data_source__uid=" + archive);
        QCOMPARE(r.json["count"].get<int>(), 3);
        const std::string legacy = m_server.dataSourceUid("legacy-warehouse");
        r = list("?data_source__uid__in=" + archive + "," + legacy);
        QCOMPARE(r.json["count"].get<int>(), 5);
    }

    void unsupportedLookupIsRefused() {
        const HttpReply r = list("?uid__contains=abc");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("invalid_filter"));
        QCOMPARE(list("?namespace__isnull=maybe").status, 400);
        QCOMPARE(list("?limit=ten").status, 400);
    }

    void filterByBody() {
        const std::string main = m_server.dataSourceUid("demo-postgres");
        HttpReply r = m_server.post(std::string(kLegacyTables) + "filter/",
                                    {{"data_source__uid", main},
                                     {"physical_schema__in", {"markets"}},
                                     {"physical_table_name__in", {"trades", "orders", "nope"}},
                                     {"limit", 1}},
                                    ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["count"].get<int>(), 2);
        QCOMPARE(r.json["results"].size(), size_t(1));
        r = m_server.post(std::string(kV1Tables) + "filter/",
                          {{"identifiers", {"crm.clients", "ops.books"}}}, ServerClient::viewer());
        QCOMPARE(identifiers(r), (std::vector<std::string>{"crm.clients", "ops.books"}));
        r = m_server.post(std::string(kLegacyTables) + "filter/", Json::array({1}),
                          ServerClient::viewer());
        QCOMPARE(r.status, 400);
    }

    void namespacesCountTables() {
        const HttpReply r =
            m_server.get(std::string(kLegacyTables) + "namespaces/", ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.is_array());
        int total = 0;
        std::vector<std::string> names;
        const std::set<std::string> demo = {"archive", "crm", "markets", "ops", "reference"};
        for (const Json& n : r.json) {
            if (!demo.count(n["namespace"].get<std::string>()))
                continue;
            names.push_back(n["namespace"]);
            total += n["table_count"].get<int>();
            QCOMPARE(n["filters"]["namespace"], n["namespace"]);
            QVERIFY(n["namespace_uid"].is_string());
            // The namespace uid filters too.
            const HttpReply byUid = list("?namespace_uid=" + n["namespace_uid"].get<std::string>());
            QCOMPARE(byUid.json["count"], n["table_count"]);
        }
        QCOMPARE(total, 49);
        QCOMPARE(names,
                 (std::vector<std::string>{"archive", "crm", "markets", "ops", "reference"}));
    }

    void descriptionSearchRanks() {
        HttpReply r = m_server.get(std::string(kLegacyTables) +
                                       "description-search/?q=daily%20closing%20price%20bars",
                                   ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QVERIFY(r.json["count"].get<int>() >= 1);
        QCOMPARE(identifiers(r).front(), std::string("markets.price_bars_daily"));
        // Column descriptions are part of the document; a typo still finds it (trigram).
        r = m_server.get(std::string(kLegacyTables) +
                             "description-search/?q=legal%20entity%20identifer&limit=3",
                         ServerClient::viewer());
        QVERIFY(contains(identifiers(r), "markets.issuers"));
        // Embedding parameters are accepted (and not used) together with filters.
        r = m_server.get(std::string(kV1Tables) +
                             "description-search/?q=know%20your%20customer&w_emb=0.35"
                             "&embedding_model=default&q_embedding=0.1&q_embedding=0.2"
                             "&namespace=crm&trigram_k=50&embed_k=50",
                         ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(identifiers(r).front(), std::string("crm.clients"));
        for (const std::string& id : identifiers(r))
            QVERIFY(id.rfind("crm.", 0) == 0);
        // Weight 1: trigram only; weight 0: full text only. Both still find the table.
        for (const char* w : {"0", "1"}) {
            r = m_server.get(std::string(kLegacyTables) +
                                 "description-search/?q=dividends&w_trgm=" + w,
                             ServerClient::viewer());
            QCOMPARE(identifiers(r).front(), std::string("markets.dividends"));
        }
        QCOMPARE(
            m_server
                .get(std::string(kLegacyTables) + "description-search/?q=", ServerClient::viewer())
                .status,
            400);
        // Punctuation, quotes, operators and non-ASCII text are searched, never refused.
        for (const char* q : {"%E2%80%99", "a%3Ab", "%21%21%21", "%28", "%C3%BC", "or%20or", "%27",
                              "%5C", "%26%7C%21", "trades%3A*"}) {
            for (const char* route : {"description-search/", "column-search/"}) {
                const HttpReply odd = m_server.get(std::string(kLegacyTables) + route + "?q=" + q,
                                                   ServerClient::viewer());
                QVERIFY2(odd.status == 200, (std::string(route) + q).c_str());
            }
            QCOMPARE(list(std::string("?search=") + q).status, 200);
        }

        QCOMPARE(m_server
                     .get(std::string(kLegacyTables) + "description-search/?q=x&w_trgm=2",
                          ServerClient::viewer())
                     .status,
                 400);
    }

    void columnSearchFindsTablesByColumn() {
        HttpReply r = m_server.get(std::string(kLegacyTables) + "column-search/?q=email",
                                   ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["count"].get<int>(), 2);
        QVERIFY(contains(identifiers(r), "crm.contacts"));
        QVERIFY(contains(identifiers(r), "crm.employees"));
        r = m_server.get(std::string(kLegacyTables) + "column-search/?q=isin",
                         ServerClient::viewer());
        QCOMPARE(identifiers(r).front(), std::string("markets.instruments"));
        r = m_server.get(std::string(kLegacyTables) + "column-search/?q=settlement_dat",
                         ServerClient::viewer());
        QCOMPARE(identifiers(r).front(), std::string("markets.trades"));
        QCOMPARE(m_server.get(std::string(kLegacyTables) + "column-search/", ServerClient::viewer())
                     .status,
                 400);
    }

    void detailAndNotFound() {
        const std::string trades = m_server.uidOf("markets.trades");
        HttpReply r =
            m_server.get(std::string(kLegacyTables) + trades + "/", ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["uid"].get<std::string>(), trades);
        QCOMPARE(r.json["protect_from_deletion"].get<bool>(), true);
        QCOMPARE(r.json["management_mode"].get<std::string>(), std::string("platform_managed"));
        QCOMPARE(r.json["foreign_keys"].size(), size_t(2));
        r = m_server.get(std::string(kLegacyTables) + "00000000-0000-4000-8000-000000000000/",
                         ServerClient::viewer());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, Json({{"detail", "Not found."}}));
        QCOMPARE(
            m_server.get(std::string(kLegacyTables) + "not-a-uid/", ServerClient::viewer()).status,
            404);
    }

    void authenticationIsRequired() {
        HttpReply r = list("", "");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json, Json({{"detail", "Authentication credentials were not provided."}}));
        r = list("", "not-a-token");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json["code"].get<std::string>(), std::string("token_not_valid"));
        QCOMPARE(r.json["detail"].get<std::string>(),
                 std::string("Given token not valid or expired."));
    }

    void limitedViewerSeesOneNamespace() {
        const std::string token = ServerClient::limitedViewer();
        const std::string ns = ServerClient::env("LIMITED_NAMESPACE");
        HttpReply r = list("?limit=100", token);
        QCOMPARE(r.json["count"].get<int>(), 11);
        for (const std::string& id : identifiers(r))
            QVERIFY(id.rfind(ns + ".", 0) == 0);
        QCOMPARE(list("?namespace=markets", token).json["count"].get<int>(), 0);
        r = m_server.get(std::string(kLegacyTables) + m_server.uidOf("markets.trades") + "/",
                         token);
        QCOMPARE(r.status, 404);
        r = m_server.get(std::string(kLegacyTables) + "namespaces/", token);
        QCOMPARE(r.json.size(), size_t(1));
        QCOMPARE(r.json[0]["namespace"].get<std::string>(), ns);
        r = m_server.get(std::string(kLegacyTables) + "description-search/?q=trades%20orders",
                         token);
        for (const std::string& id : identifiers(r))
            QVERIFY(id.rfind(ns + ".", 0) == 0);
        r = m_server.get(std::string(kLegacyTables) + "column-search/?q=instrument_id", token);
        QCOMPARE(r.json["count"].get<int>(), 0);
        // Incoming FKs from tables it cannot see are not shown.
        r = m_server.get(std::string(kLegacyTables) + m_server.uidOf("crm.clients") + "/", token);
        for (const Json& fk : r.json["incoming_fks"])
            QVERIFY(fk["name"] != "trading_accounts_client_id_fkey");
        const HttpReply all =
            m_server.get(std::string(kLegacyTables) + m_server.uidOf("crm.clients") + "/",
                         ServerClient::viewer());
        QVERIFY(all.json["incoming_fks"].size() > r.json["incoming_fks"].size());
    }

    void dataSourcesAdvertiseCapabilities() {
        for (const char* prefix : {"/orm/api/connections/data_source/", "/api/v1/data-sources/"}) {
            const HttpReply r = m_server.get(prefix, ServerClient::viewer());
            QCOMPARE(r.status, 200);
            int demoSources = 0; // other tests may add data sources of their own
            for (const Json& d : r.json["results"]) {
                QCOMPARE(d["uid"], d["data_source_uid"]);
                QVERIFY(!d.contains("dsn"));
                const Json& caps = d["capabilities"];
                QCOMPARE(caps.size(), size_t(9));
                const std::string name = d["display_name"];
                if (name == "demo-postgres" || name == "archive-replica" ||
                    name == "legacy-warehouse")
                    ++demoSources;
                if (name == "demo-postgres") {
                    QCOMPARE(caps["supports_compiled_insert"].get<bool>(), true);
                    QCOMPARE(d["storage_access_mode"].get<std::string>(),
                             std::string("read_write"));
                } else if (name == "archive-replica") {
                    QCOMPARE(caps["supports_compiled_insert"].get<bool>(), false);
                    QCOMPARE(caps["supports_compiled_select"].get<bool>(), true);
                    QCOMPARE(caps["supports_table_introspection"].get<bool>(), true);
                } else if (name == "legacy-warehouse") {
                    QCOMPARE(caps["supports_table_introspection"].get<bool>(), false);
                    QCOMPARE(caps["supports_table_ddl"].get<bool>(), false);
                }
            }
            QCOMPARE(demoSources, 3);
            const std::string uid = r.json["results"][0]["uid"];
            QCOMPARE(m_server.get(prefix + uid + "/", ServerClient::viewer())
                         .json["uid"]
                         .get<std::string>(),
                     uid);
            QCOMPARE(m_server
                         .get(std::string(prefix) + "00000000-0000-4000-8000-000000000000/",
                              ServerClient::viewer())
                         .status,
                     404);
        }
    }

    void driftedTableKeepsItsContractAndShowsThePhysicalState() {
        const HttpReply r =
            m_server.get(std::string(kLegacyTables) + m_server.uidOf("crm.contacts") + "/",
                         ServerClient::viewer());
        const Json& contract = r.json["table_contract"]["columns"];
        std::map<std::string, Json> registered;
        for (const Json& c : contract)
            registered[c["name"]] = c;
        QVERIFY(!registered.count("preferred_channel"));
        QCOMPARE(registered["email"].value("nullable", true), true);
        std::map<std::string, Json> physical;
        for (const Json& c : r.json["introspection_snapshot"]["columns"])
            physical[c["name"]] = c;
        QVERIFY(physical.count("preferred_channel"));
        QCOMPARE(physical["email"]["nullable"].get<bool>(), false);
    }

    void demoCatalogHasTheAdvertisedShape() {
        const HttpReply all = list(std::string("?limit=100&") + kDemo);
        std::set<std::string> onDelete;
        bool compositeFk = false;
        bool selfReference = false;
        for (const Json& t : all.json["results"])
            for (const Json& fk : t["foreign_keys"]) {
                onDelete.insert(fk["on_delete"].get<std::string>());
                compositeFk = compositeFk || fk["source_columns"].size() == 2;
                selfReference = selfReference || fk["target_table_uid"] == t["uid"];
            }
        QCOMPARE(onDelete, (std::set<std::string>{"cascade", "no action", "restrict", "set default",
                                                  "set null"}));
        QVERIFY(compositeFk);
        QVERIFY(selfReference);
        QCOMPARE(list(std::string("?management_mode=external_registered&") + kDemo)
                     .json["count"]
                     .get<int>(),
                 29);
    }

    void twentyKeepAliveClientsAtOnce() {
        std::atomic<int> ok{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < 20; ++i)
            clients.emplace_back([&ok, this] {
                ServerClient client(m_server.url());
                for (int n = 0; n < 10; ++n)
                    if (client
                            .get(std::string(kLegacyTables) + "?limit=5&search=trade",
                                 ServerClient::viewer())
                            .status == 200)
                        ++ok;
            });
        for (std::thread& t : clients)
            t.join();
        QCOMPARE(ok.load(), 200);
    }
};

QTEST_APPLESS_MAIN(TestServerCatalog)
#include "tst_server_catalog.moc"
