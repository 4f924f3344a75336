// Pure pieces of tsm-refserver that need no database: PostgreSQL array and conninfo text,
// name-derived UIDs, --fault parsing, filter parsing, contract checks and change lists.
#include "catalog/ContractValidator.h"
#include "catalog/DataSourceStore.h"
#include "catalog/MetaTableQuery.h"
#include "catalog/TableDdl.h"
#include "catalog/Uids.h"
#include "cli/Arguments.h"
#include "db/PgConnection.h"
#include "http/ServerOptions.h"

#include <QtTest>

using cc::Json;

class TestServerUnits : public QObject {
    Q_OBJECT

private slots:
    void arrayLiteralsRoundTrip() {
        const std::vector<std::string> items = {
            "plain", "with space", "quote\"d", "back\\slash", "comma,inside", "{brace}", ""};
        QCOMPARE(tsm::db::parseArray(tsm::db::arrayLiteral(items)), items);
        QCOMPARE(tsm::db::parseArray("{}"), std::vector<std::string>{});
        QCOMPARE(tsm::db::parseArray("{a,NULL,\"NULL\"}"),
                 (std::vector<std::string>{"a", "", "NULL"}));
        QCOMPARE(tsm::db::arrayLiteral(std::vector<std::optional<std::string>>{"x", std::nullopt}),
                 std::string("{\"x\",NULL}"));
        QCOMPARE(tsm::db::parseArray("not an array"), std::vector<std::string>{});
    }

    void quoting() {
        QCOMPARE(tsm::db::quoteIdent("we\"ird"), std::string("\"we\"\"ird\""));
        QCOMPARE(tsm::db::quoteQualified("s", "t"), std::string("\"s\".\"t\""));
        QCOMPARE(tsm::db::quoteLiteral("it's"), std::string("'it''s'"));
    }

    void conninfoRewriting() {
        const std::string kv = "host=127.0.0.1 port=5432 dbname=postgres user=postgres";
        QCOMPARE(tsm::db::databaseOf(tsm::db::withDatabase(kv, "tsm_demo_data")),
                 std::string("tsm_demo_data"));
        const std::string uri = "postgresql://postgres@127.0.0.1:5432/postgres";
        const std::string rewritten = tsm::db::withDatabase(uri, "other db");
        QCOMPARE(tsm::db::databaseOf(rewritten), std::string("other db"));
        QVERIFY(rewritten.find("port='5432'") != std::string::npos);
        const std::string withOption = tsm::db::withParameter(kv, "options", "-c jit=off");
        QVERIFY(withOption.find("options='-c jit=off'") != std::string::npos);
        QCOMPARE(tsm::db::databaseOf(withOption), std::string("postgres"));
    }

    void uidsAreNameDerivedVersion3() {
        const std::string uid = tsm::catalog::dataSourceUid("demo-postgres");
        QCOMPARE(uid, std::string("90171f1d-7727-3eb9-8071-a1f6fc760df9")); // documented value
        QCOMPARE(uid[14], '3');
        QCOMPARE(tsm::catalog::nameUid("x"), tsm::catalog::nameUid("x"));
        QVERIFY(tsm::catalog::nameUid("x") != tsm::catalog::nameUid("y"));
        QCOMPARE(tsm::catalog::metaTableUid(uid, "markets", "trades"),
                 std::string("f7ae93c2-d45d-3574-8bcf-c3299b9c9432"));
    }

    void faultSpecs() {
        std::string error;
        auto spec = tsm::http::parseFaultSpec("latency=20,rate=0.5,kinds=503|truncate", error);
        QVERIFY(spec);
        QCOMPARE(spec->latencyMs, 20);
        QCOMPARE(spec->rate, 0.5);
        QCOMPARE(spec->kinds, (std::vector<std::string>{"503", "truncate"}));
        QVERIFY(spec->enabled());
        spec = tsm::http::parseFaultSpec("rate=1", error);
        QCOMPARE(spec->kinds.size(), size_t(5)); // every kind
        QVERIFY(!tsm::http::parseFaultSpec("rate=2", error));
        QVERIFY(!tsm::http::parseFaultSpec("kinds=teapot", error));
        QVERIFY(error.find("teapot") != std::string::npos);
        QVERIFY(!tsm::http::parseFaultSpec("latency", error));
        QVERIFY(!tsm::http::parseFaultSpec("colour=red", error));
        QVERIFY(!tsm::http::parseFaultSpec("", error)->enabled());
    }

    void capabilityLists() {
        std::string error;
        auto caps = tsm::catalog::parseCapabilities("supports_compiled_select", error);
        QVERIFY(caps);
        QCOMPARE(caps->size(), size_t(9));
        QCOMPARE(caps->at("supports_compiled_select"), true);
        QCOMPARE(caps->at("supports_compiled_insert"), false);
        QCOMPARE(tsm::catalog::parseCapabilities("all", error)->at("supports_table_ddl"), true);
        QVERIFY(!tsm::catalog::parseCapabilities("supports_time_travel", error));
    }

    void filterKeys() {
        tsm::catalog::TableQuery q;
        std::string error;
        QVERIFY(tsm::catalog::addFilter(q, "namespace__in", {"a,b"}, true, error));
        QCOMPARE(q.filters.back().values, (std::vector<std::string>{"a", "b"}));
        QVERIFY(tsm::catalog::addFilter(q, "identifiers", {"x", "y"}, false, error));
        QCOMPARE(q.filters.back().field, std::string("identifier"));
        QCOMPARE(q.filters.back().lookup, std::string("in"));
        QVERIFY(tsm::catalog::addFilter(q, "namespace__isnull", {"False"}, true, error));
        QCOMPARE(q.filters.back().values.front(), std::string("false"));
        const size_t before = q.filters.size();
        QVERIFY(tsm::catalog::addFilter(q, "limit", {"5"}, true, error)); // not a filter
        QCOMPARE(q.filters.size(), before);
        QVERIFY(!tsm::catalog::addFilter(q, "uid__contains", {"a"}, true, error));
        QVERIFY(!tsm::catalog::addFilter(q, "namespace__isnull", {"maybe"}, true, error));
    }

    void contractChecks() {
        const Json good = {
            {"physical", {{"schema", "public"}, {"table_name", "t"}}},
            {"columns", {{{"name", "id"}, {"data_type", "bigint"}, {"primary_key", true}}}}};
        tsm::catalog::ContractCheck check = tsm::catalog::checkContract(good, {});
        QVERIFY(check.ok());
        QCOMPARE(check.normalized->columns[0].dataType, QStringLiteral("int64"));
        QCOMPARE(check.normalized->columns[0].nullable, false); // primary keys are NOT NULL
        check = tsm::catalog::checkContract(good, {std::string("other"), std::nullopt});
        QVERIFY(!check.ok());
        QCOMPARE(check.errors[0].code, QStringLiteral("physical_schema_mismatch"));
        check = tsm::catalog::checkContract(Json::array(), {});
        QVERIFY(!check.ok());
        Json pkString = good;
        pkString["columns"][0]["primary_key"] = "yes";
        check = tsm::catalog::checkContract(pkString, {});
        QCOMPARE(check.errors[0].path, QStringLiteral("columns[0].primary_key"));
    }

    void changeLists() {
        cc::TableContract before;
        cc::Column id;
        id.name = QStringLiteral("id");
        id.dataType = QStringLiteral("int64");
        id.nullable = false;
        cc::Column gone = id;
        gone.name = QStringLiteral("gone");
        before.columns = {id, gone};
        cc::TableContract after;
        cc::Column id2 = id;
        id2.dataType = QStringLiteral("string");
        cc::Column added = id;
        added.name = QStringLiteral("added");
        after.columns = {id2, added};
        const Json changes = tsm::catalog::contractChanges(before, after);
        QCOMPARE(changes.size(), size_t(3));
        QCOMPARE(changes[0], Json({{"column", "id"},
                                   {"change", "changed"},
                                   {"field", "data_type"},
                                   {"old", "int64"},
                                   {"new", "string"}}));
        QCOMPARE(changes[1]["change"].get<std::string>(), std::string("removed"));
        QCOMPARE(changes[2]["change"].get<std::string>(), std::string("added"));
        QCOMPARE(changes[2]["new"]["name"].get<std::string>(), std::string("added"));
    }

    void createTableRefusesUnsafeText() {
        cc::TableContract c;
        c.physicalSchema = QStringLiteral("s");
        c.physicalTableName = QStringLiteral("t");
        cc::Column col;
        col.name = QStringLiteral("id");
        col.dataType = QStringLiteral("uuid");
        col.primaryKey = true;
        col.serverDefault = QStringLiteral("gen_random_uuid()");
        c.columns = {col};
        std::string error;
        const std::string ddl = tsm::catalog::createTableSql(c, true, error);
        QVERIFY2(ddl.find("CREATE TABLE IF NOT EXISTS \"s\".\"t\"") != std::string::npos,
                 ddl.c_str());
        QVERIFY(ddl.find("\"id\" uuid NOT NULL DEFAULT gen_random_uuid()") != std::string::npos);
        QVERIFY(ddl.find("PRIMARY KEY (\"id\")") != std::string::npos);
        c.columns[0].serverDefault = QStringLiteral("0); DROP TABLE x; --");
        QVERIFY(tsm::catalog::createTableSql(c, true, error).empty());
        c.columns[0].serverDefault.reset();
        c.columns[0].backendType = QStringLiteral("int; DROP TABLE x");
        QVERIFY(tsm::catalog::createTableSql(c, true, error).empty());
        c.columns[0].backendType = QStringLiteral("VARCHAR(255)");
        QVERIFY(!tsm::catalog::createTableSql(c, true, error).empty());
    }

    void arguments() {
        const char* argv[] = {"tsm-refserver", "seed", "synthetic", "--tables", "10", "--db=x"};
        tsm::cli::Arguments args(6, const_cast<char**>(argv));
        QCOMPARE(args.word(1), std::string("synthetic"));
        QCOMPARE(args.integer("tables", 0), 10LL);
        QCOMPARE(args.required("db"), std::string("x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, args.required("missing"));
        const char* bad[] = {"tsm-refserver", "--tables", "ten"};
        tsm::cli::Arguments badArgs(3, const_cast<char**>(bad));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, badArgs.integer("tables", 0));
    }
};

QTEST_APPLESS_MAIN(TestServerUnits)
#include "tst_server_units.moc"
