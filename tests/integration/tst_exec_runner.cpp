// tsm::OperationRunner against a real PostgreSQL: a throwaway database in the shared
// cluster, tables in two schemas, a view over an out-of-scope table, 3,000 in-scope rows.
#include "exec/OperationRunner.h"

#include "core/CompiledSqlOperation.h"
#include "core/Json.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtTest>

#include <libpq-fe.h>

#include <atomic>
#include <memory>
#include <thread>

using cc::Json;
using cc::OrderedJson;

namespace {

struct Reply {
    int status = 0;
    OrderedJson body;

    std::string code() const {
        return body.contains("error") ? body["error"].value("code", std::string()) : std::string();
    }
};

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace

class TestExecRunner : public QObject {
    Q_OBJECT

private:
    std::string m_adminConninfo;
    std::string m_database;
    std::string m_dataConninfo;
    PGconn* m_data = nullptr;

    // Runs SQL of the test itself on the data database (setup and state checks).
    std::string scalar(const std::string& sql) {
        PGresult* r = PQexec(m_data, sql.c_str());
        const bool ok =
            PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            qWarning("setup SQL failed: %s", PQresultErrorMessage(r));
        std::string value = ok && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : std::string();
        PQclear(r);
        return ok ? value : std::string("<error>");
    }

    static tsm::ScopedRelation table(const char* uid, const char* schema, const char* name,
                                     bool write = false) {
        tsm::ScopedRelation s;
        s.metaTableUid = QString::fromLatin1(uid);
        s.write = write;
        s.schema = schema;
        s.table = name;
        return s;
    }

    tsm::ExecutionTarget target(const QStringList& withoutCapabilities = {}) const {
        tsm::ExecutionTarget t;
        t.dataConninfo = m_dataConninfo;
        t.dataSourceUid = QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01");
        t.dataSourceName = QStringLiteral("demo-archive");
        for (const char* op : {"select", "insert", "update", "delete", "upsert"}) {
            const QString key = QStringLiteral("supports_compiled_") + QLatin1String(op);
            t.capabilities[key] = !withoutCapabilities.contains(QLatin1String(op));
        }
        return t;
    }

    static cc::CompiledSqlOperation operation(const char* sql, Json parameters = Json::object(),
                                              const char* op = "select") {
        cc::CompiledSqlOperation o;
        o.operation = QString::fromLatin1(op);
        o.sql = QString::fromUtf8(sql);
        o.parameters = std::move(parameters);
        return o;
    }

    std::vector<tsm::ScopedRelation> readScope() const {
        return {table("uid-orders", "sales", "orders"),
                table("uid-customers", "sales", "customers")};
    }

    Reply run(tsm::OperationRunner& runner, const cc::CompiledSqlOperation& op,
              const std::vector<tsm::ScopedRelation>& scope, const tsm::ExecutionTarget& t) {
        const tsm::ExecutionResult result = runner.run(op, scope, t);
        Reply reply;
        reply.status = result.httpStatus;
        reply.body = OrderedJson::parse(result.body, nullptr, false);
        if (reply.body.is_discarded())
            qWarning("reply is not JSON: %s", result.body.c_str());
        return reply;
    }

    Reply run(const cc::CompiledSqlOperation& op, const std::vector<tsm::ScopedRelation>& scope) {
        return run(*m_runner, op, scope, target());
    }

    std::unique_ptr<tsm::OperationRunner> m_runner;

private slots:
    void initTestCase() {
        m_adminConninfo =
            cc::test::fixtureValue(QStringLiteral("pg.env"), QStringLiteral("PG_CONNINFO"))
                .toStdString();
        if (m_adminConninfo.empty())
            QSKIP("the pg_cluster fixture is not running (PG_CONNINFO missing)");
        m_database = "cc_exec_" + std::to_string(QCoreApplication::applicationPid()) + "_" +
                     std::to_string(QDateTime::currentMSecsSinceEpoch());
        PGconn* admin = PQconnectdb(m_adminConninfo.c_str());
        QCOMPARE(PQstatus(admin), CONNECTION_OK);
        PQclear(PQexec(admin, ("CREATE DATABASE " + m_database).c_str()));
        PQfinish(admin);
        m_dataConninfo = m_adminConninfo + " dbname=" + m_database;
        m_data = PQconnectdb(m_dataConninfo.c_str());
        QCOMPARE(PQstatus(m_data), CONNECTION_OK);
        PQsetNoticeProcessor(
            m_data, [](void*, const char*) {}, nullptr);
        const char* setup = R"SQL(
            CREATE SCHEMA sales;
            CREATE SCHEMA hr;
            CREATE TABLE sales.orders (
                id int PRIMARY KEY, customer text NOT NULL, placed_on date,
                placed_at timestamptz, amount numeric(12,2), paid boolean, note text,
                tags jsonb, ratio double precision);
            INSERT INTO sales.orders
            SELECT g, 'c' || (g % 7), date '2026-01-01' + (g % 30),
                   timestamptz '2026-01-01 00:00:00+00' + g * interval '1 hour',
                   g * 1.25, g % 2 = 0, 'n' || g, jsonb_build_object('id', g), g / 8.0
              FROM generate_series(1, 3000) AS g;
            CREATE TABLE sales.customers (name text PRIMARY KEY, region text);
            INSERT INTO sales.customers VALUES ('c1', 'north'), ('c2', 'south');
            CREATE TABLE hr.salaries (person text, salary int);
            INSERT INTO hr.salaries VALUES ('c1', 100), ('c2', 200);
            CREATE VIEW sales.salary_view AS SELECT * FROM hr.salaries;
            CREATE VIEW sales.big_orders AS SELECT * FROM sales.orders WHERE amount > 100;
            CREATE FUNCTION public.leak() RETURNS SETOF hr.salaries LANGUAGE plpgsql
                AS $$ BEGIN RETURN QUERY SELECT * FROM hr.salaries; END $$;
            CREATE FUNCTION public.wipe() RETURNS int LANGUAGE plpgsql
                AS $$ BEGIN DELETE FROM hr.salaries; RETURN 1; END $$;
            CREATE VIEW sales.sneaky AS SELECT id, public.wipe() AS w FROM sales.orders;
            CREATE SEQUENCE sales.counter;
            CREATE TABLE sales.events (id int, k int) PARTITION BY RANGE (k);
            CREATE TABLE sales.events_low PARTITION OF sales.events FOR VALUES FROM (0) TO (10);
            CREATE TABLE sales.events_high PARTITION OF sales.events FOR VALUES FROM (10) TO (20);
            CREATE TABLE sales."Odd ""Name""" (id int);
            INSERT INTO sales."Odd ""Name""" VALUES (7);
        )SQL";
        PGresult* r = PQexec(m_data, setup);
        QVERIFY2(PQresultStatus(r) == PGRES_COMMAND_OK, PQresultErrorMessage(r));
        PQclear(r);
        m_runner = std::make_unique<tsm::OperationRunner>(1000);
    }

    void cleanupTestCase() {
        m_runner.reset(); // closes the pooled connections
        if (m_data)
            PQfinish(m_data);
        if (m_database.empty() || m_adminConninfo.empty())
            return;
        PGconn* admin = PQconnectdb(m_adminConninfo.c_str());
        PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)").c_str()));
        PQfinish(admin);
    }

    void selectBindsTypedParameters() {
        cc::CompiledSqlOperation op = operation(
            "SELECT id, placed_on, placed_at, amount, paid, tags, ratio, note FROM sales.orders "
            "WHERE placed_on = %(day)s AND placed_at >= %(since)s AND id < %(limit)s "
            "AND customer = %(who)s AND (%(nothing)s::text IS NULL) AND paid = %(paid)s "
            "AND id <> %(limit)s ORDER BY id",
            Json{{"day", "2026-01-11"},
                 {"since", "2026-01-01T05:00:00+02:00"}, // 03:00 UTC
                 {"limit", 500},
                 {"who", "c3"},
                 {"nothing", nullptr},
                 {"paid", true}});
        op.parameterTypes =
            std::map<QString, QString>{{QStringLiteral("day"), QStringLiteral("date")},
                                       {QStringLiteral("since"), QStringLiteral("timestamptz")},
                                       {QStringLiteral("limit"), QStringLiteral("int32")}};
        const Reply reply = run(op, readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["ok"], true);
        // day 11 of January and customer c3: g % 30 == 10, g % 7 == 3, even, below 500.
        std::vector<int> expected;
        for (int g = 1; g < 500; ++g)
            if (g % 30 == 10 && g % 7 == 3 && g % 2 == 0 && g >= 3)
                expected.push_back(g);
        QVERIFY(!expected.empty());
        const OrderedJson& rows = reply.body["rows"];
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(rows[0]["id"].get<int>(), expected[0]);
        const int id = expected[0];
        QCOMPARE(rows[0]["placed_on"].get<std::string>(), std::string("2026-01-11"));
        QCOMPARE(rows[0]["amount"].get<double>(), id * 1.25);
        QCOMPARE(rows[0]["paid"], true);
        QCOMPARE(rows[0]["tags"]["id"].get<int>(), id);
        QCOMPARE(rows[0]["ratio"].get<double>(), id / 8.0);
        QCOMPARE(rows[0]["note"].get<std::string>(), "n" + std::to_string(id));
        QCOMPARE(reply.body["operation"], "select");
        QCOMPARE(reply.body["dialect"], "postgresql");
        QCOMPARE(reply.body["row_count"].get<int>(), int(expected.size()));
        QCOMPARE(reply.body["scope"]["data_source_uid"], "7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01");
        QCOMPARE(reply.body["scope"]["meta_table_uids"],
                 OrderedJson::array({"uid-orders", "uid-customers"}));
    }

    void timestampsComeBackInUtc() {
        const Reply reply =
            run(operation("SELECT placed_at, NULL::text AS missing FROM sales.orders "
                          "WHERE id = 1"),
                readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["placed_at"].get<std::string>(),
                 std::string("2026-01-01 01:00:00+00"));
        QVERIFY(reply.body["rows"][0]["missing"].is_null());
    }

    void specialNumbersAreStrings() {
        const Reply reply = run(operation("SELECT 'NaN'::float8 AS a, '-Infinity'::numeric AS b, "
                                          "1.5::float4 AS c, 'a%%b' AS d"),
                                readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["a"], "NaN");
        QCOMPARE(reply.body["rows"][0]["b"], "-Infinity");
        QCOMPARE(reply.body["rows"][0]["c"].get<double>(), 1.5);
        QCOMPARE(reply.body["rows"][0]["d"], "a%b");
    }

    void columnOrderIsKept() {
        const Reply reply =
            run(operation("SELECT note, id, customer, amount AS zeta, paid AS alpha "
                          "FROM sales.orders ORDER BY id LIMIT 2"),
                readScope());
        QCOMPARE(reply.status, 200);
        std::vector<std::string> keys;
        for (auto it = reply.body["rows"][0].begin(); it != reply.body["rows"][0].end(); ++it)
            keys.push_back(it.key());
        QCOMPARE(keys, (std::vector<std::string>{"note", "id", "customer", "zeta", "alpha"}));
    }

    void pagingWalksEveryRowOnceInOrder() {
        tsm::OperationRunner runner(700); // a page cap below what the client asks for
        const qint64 wanted = 3000;
        qint64 offset = 0;
        std::vector<int> ids;
        int pages = 0;
        while (true) {
            cc::CompiledSqlOperation op = operation("SELECT id FROM sales.orders ORDER BY id");
            op.maxRows = wanted - qint64(ids.size());
            op.offset = offset;
            const Reply reply = run(runner, op, readScope(), target());
            QCOMPARE(reply.status, 200);
            ++pages;
            const OrderedJson& p = reply.body["pagination"];
            QCOMPARE(p["limit"].get<qint64>(), std::min<qint64>(700, op.maxRows));
            QCOMPARE(p["offset"].get<qint64>(), offset);
            QCOMPARE(p["returned_count"].get<std::size_t>(), reply.body["rows"].size());
            QCOMPARE(reply.body["max_rows"].get<qint64>(), op.maxRows);
            for (const OrderedJson& row : reply.body["rows"])
                ids.push_back(row["id"].get<int>());
            QCOMPARE(reply.body["truncated"], p["has_more"]);
            if (!p["has_more"].get<bool>()) {
                QVERIFY(p["next_offset"].is_null());
                break;
            }
            QCOMPARE(p["next_offset"].get<qint64>(), offset + p["returned_count"].get<qint64>());
            offset = p["next_offset"].get<qint64>();
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 5);
        QCOMPARE(ids.size(), std::size_t(3000));
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], int(i) + 1);
    }

    void maxRowsBelowAvailableIsTruncated() {
        cc::CompiledSqlOperation op = operation("SELECT id FROM sales.orders ORDER BY id");
        op.maxRows = 10;
        op.offset = 2990;
        Reply reply = run(op, readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"].size(), std::size_t(10));
        QCOMPARE(reply.body["rows"][0]["id"].get<int>(), 2991);
        QCOMPARE(reply.body["truncated"], false); // exactly the last ten rows
        QCOMPARE(reply.body["pagination"]["has_more"], false);

        op.offset = 100;
        reply = run(op, readScope());
        QCOMPARE(reply.body["truncated"], true);
        QCOMPARE(reply.body["max_rows"].get<int>(), 10);
        QCOMPARE(reply.body["pagination"]["limit"].get<int>(), 10);
        QCOMPARE(reply.body["pagination"]["returned_count"].get<int>(), 10);
        QCOMPARE(reply.body["pagination"]["next_offset"].get<int>(), 110);
        QCOMPARE(reply.body["rows"][9]["id"].get<int>(), 110);
    }

    void arrayParametersArePositional() {
        Reply reply = run(operation("SELECT id FROM sales.orders WHERE id IN (%s, %s) ORDER BY id",
                                    Json::array({3, 5})),
                          readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"], OrderedJson::parse(R"([{"id":3},{"id":5}])"));
        reply = run(operation("SELECT id FROM sales.orders WHERE id = %(x)s", Json::array({3})),
                    readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("invalid_parameters"));
    }

    void manyParametersInAnExpandedInList() {
        // More parameters than a PostgreSQL function may take (100).
        std::string sql = "SELECT id FROM sales.orders WHERE id IN (";
        Json parameters = Json::object();
        for (int i = 1; i <= 150; ++i) {
            const std::string name = "p_1_" + std::to_string(i);
            sql += (i > 1 ? ", %(" : "%(") + name + ")s";
            parameters[name] = i * 2;
        }
        sql += ") ORDER BY id";
        const Reply reply = run(operation(sql.c_str(), parameters), readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"].size(), std::size_t(150));
        QCOMPARE(reply.body["rows"][149]["id"].get<int>(), 300);
    }

    void refusesBadParameters_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("types");
        QTest::newRow("stray percent") << "SELECT id FROM sales.orders WHERE note LIKE 'n1%'"
                                       << "{}"
                                       << "{}";
        QTest::newRow("missing value") << "SELECT id FROM sales.orders WHERE id = %(x)s"
                                       << "{}"
                                       << "{}";
        QTest::newRow("direct $1") << "SELECT id FROM sales.orders WHERE id = $1"
                                   << "{}"
                                   << "{}";
        QTest::newRow("date format") << "SELECT id FROM sales.orders WHERE placed_on = %(d)s"
                                     << R"({"d":"11/01/2026"})"
                                     << R"({"d":"date"})";
        QTest::newRow("timestamp without zone")
            << "SELECT id FROM sales.orders WHERE placed_at = %(t)s"
            << R"({"t":"2026-01-01T00:00:00"})"
            << R"({"t":"timestamp with time zone"})";
        QTest::newRow("naive timestamp type")
            << "SELECT id FROM sales.orders WHERE placed_at = %(t)s"
            << R"({"t":"2026-01-01T00:00:00Z"})"
            << R"({"t":"datetime64[ns]"})";
    }

    void refusesBadParameters() {
        QFETCH(QString, sql);
        QFETCH(QString, parameters);
        QFETCH(QString, types);
        cc::CompiledSqlOperation op =
            operation(sql.toUtf8().constData(), Json::parse(parameters.toStdString()));
        std::map<QString, QString> typeMap;
        const Json typeJson = Json::parse(types.toStdString());
        for (const auto& [k, v] : typeJson.items())
            typeMap[QString::fromStdString(k)] = QString::fromStdString(v.get<std::string>());
        op.parameterTypes = typeMap;
        const Reply reply = run(op, readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("invalid_parameters"));
        QCOMPARE(reply.body["ok"], false);
        QVERIFY(reply.body["detail"].is_string());
    }

    void refusesRelationsOutsideScope_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("subquery")
            << "SELECT id FROM sales.orders WHERE customer IN (SELECT person FROM hr.salaries)";
        QTest::newRow("cte") << "WITH s AS (SELECT * FROM hr.salaries) SELECT * FROM s";
        QTest::newRow("view") << "SELECT * FROM sales.salary_view";
        QTest::newRow("join")
            << "SELECT o.id FROM sales.orders o JOIN hr.salaries s ON s.person = o.customer";
        QTest::newRow("scalar subquery") << "SELECT (SELECT max(salary) FROM hr.salaries) AS m";
        QTest::newRow("quoted identifiers") << R"(SELECT * FROM "hr"."salaries")";
        QTest::newRow("catalog") << "SELECT rolname FROM pg_catalog.pg_authid";
    }

    void refusesRelationsOutsideScope() {
        QFETCH(QString, sql);
        const Reply reply = run(operation(sql.toUtf8().constData()), readScope());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), std::string("scope_access_denied"));
        const std::string relation = reply.body["error"]["relation"].get<std::string>();
        QVERIFY2(relation == "hr.salaries" || relation == "pg_catalog.pg_authid", relation.c_str());
        QVERIFY(reply.body["detail"].get<std::string>().find(relation) != std::string::npos);
    }

    void allowsViewsAndPartitionsOfScopedTables() {
        Reply reply = run(operation("SELECT count(*) AS n FROM sales.big_orders"), readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["n"].get<int>(), 2920); // amount > 100 from id 81

        const std::vector<tsm::ScopedRelation> events = {
            table("uid-events", "sales", "events", true)};
        reply = run(
            operation("INSERT INTO sales.events VALUES (1, 3), (2, 15)", Json::object(), "insert"),
            events);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["row_count"].get<int>(), 2);
        reply = run(operation("SELECT k FROM sales.events_high"), events);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"], OrderedJson::parse(R"([{"k":15}])"));

        // Exact names: a scope entry is the physical identity, quotes and case included.
        reply = run(operation(R"(SELECT id FROM sales."Odd ""Name""")"),
                    {table("uid-odd", "sales", "Odd \"Name\"")});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["id"].get<int>(), 7);
    }

    void refusesFunctionSideDoors_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("function");
        QTest::newRow("user function") << "SELECT * FROM public.leak()"
                                       << "public.leak";
        QTest::newRow("query_to_xml")
            << "SELECT query_to_xml('select * from hr.salaries', true, false, '') AS x"
            << "pg_catalog.query_to_xml";
        QTest::newRow("function inside a view") << "SELECT id FROM sales.sneaky"
                                                << "public.wipe";
        QTest::newRow("set_config") << "SELECT set_config('search_path', 'hr', false) AS s"
                                    << "pg_catalog.set_config";
    }

    void refusesFunctionSideDoors() {
        QFETCH(QString, sql);
        QFETCH(QString, function);
        const Reply reply = run(operation(sql.toUtf8().constData()), readScope());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), std::string("function_not_allowed"));
        QCOMPARE(QString::fromStdString(reply.body["error"]["function"].get<std::string>()),
                 function);
        QCOMPARE(scalar("SELECT count(*) FROM hr.salaries"), std::string("2"));
    }

    void selectCannotWriteEvenThroughAFunction() {
        // nextval is allowed as a function, but a select runs read-only.
        const Reply reply = run(operation("SELECT nextval('sales.counter') AS n"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("sql_error"));
        QCOMPARE(reply.body["error"]["sqlstate"], "25006");
        QCOMPARE(scalar("SELECT last_value FROM sales.counter"), std::string("1"));
        QCOMPARE(scalar("SELECT is_called FROM sales.counter"), std::string("f"));
    }

    void refusesSecondStatement() {
        const Reply reply = run(operation("SELECT 1; DROP TABLE sales.customers"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("multiple_statements"));
        QCOMPARE(scalar("SELECT to_regclass('sales.customers') IS NOT NULL"), std::string("t"));
    }

    void refusesStatementOfAnotherType() {
        Reply reply =
            run(operation("UPDATE sales.orders SET note = 'x' WHERE id = 1"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("operation_mismatch"));
        QCOMPARE(reply.body["error"]["statement_type"], "update");

        reply =
            run(operation("WITH d AS (DELETE FROM sales.customers RETURNING *) SELECT * FROM d"),
                readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("operation_mismatch"));
        QCOMPARE(reply.body["error"]["statement_type"], "delete");
        QCOMPARE(scalar("SELECT note FROM sales.orders WHERE id = 1"), std::string("n1"));
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers"), std::string("2"));

        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        reply =
            run(operation("INSERT INTO sales.customers VALUES ('c9', 'x') ON CONFLICT DO NOTHING",
                          Json::object(), "insert"),
                write);
        QCOMPARE(reply.code(), std::string("operation_mismatch"));
        reply = run(
            operation("INSERT INTO sales.customers VALUES ('c9', 'x')", Json::object(), "upsert"),
            write);
        QCOMPARE(reply.code(), std::string("operation_mismatch"));
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers"), std::string("2"));
    }

    void refusesStatementsThatAreNotQueries_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("op");
        QTest::newRow("drop") << "DROP TABLE sales.customers"
                              << "delete";
        QTest::newRow("create table as") << "CREATE TABLE sales.copy AS SELECT 1 AS x"
                                         << "insert";
        QTest::newRow("select into") << "SELECT 1 AS x INTO sales.copy"
                                     << "select";
        QTest::newRow("copy") << "COPY sales.customers TO STDOUT"
                              << "select";
        QTest::newRow("set") << "SET search_path = hr"
                             << "select";
    }

    void refusesStatementsThatAreNotQueries() {
        QFETCH(QString, sql);
        QFETCH(QString, op);
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        const Reply reply = run(
            operation(sql.toUtf8().constData(), Json::object(), op.toLatin1().constData()), write);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("unsupported_statement"));
        QCOMPARE(
            scalar("SELECT to_regclass('sales.copy') IS NULL AND to_regclass('sales.customers') "
                   "IS NOT NULL"),
            std::string("t"));
    }

    void refusesWriteWithReadScope() {
        const Reply reply = run(
            operation("UPDATE sales.orders SET note = 'x' WHERE id = 1", Json::object(), "update"),
            readScope());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), std::string("scope_access_denied"));
        QCOMPARE(reply.body["error"]["relation"], "sales.orders");
        QCOMPARE(reply.body["error"]["access"], "write");
        QCOMPARE(scalar("SELECT note FROM sales.orders WHERE id = 1"), std::string("n1"));
    }

    void refusesMissingCapability() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-orders", "sales", "orders", true)};
        const Reply reply = run(
            *m_runner, operation("UPDATE sales.orders SET note = 'x'", Json::object(), "update"),
            write, target({QStringLiteral("update")}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("capability_not_supported"));
        QCOMPARE(reply.body["detail"],
                 "Data source 'demo-archive' does not support compiled update operations.");
        QCOMPARE(reply.body["error"]["capability"], "supports_compiled_update");
        QCOMPARE(reply.body["error"]["data_source_uid"], "7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01");
        QCOMPARE(reply.body["error"]["retryable"], false);
    }

    void refusesInvalidEnvelope_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("version") << "version"
                                 << "compiled-sql.v2"
                                 << "invalid_version";
        QTest::newRow("dialect") << "dialect"
                                 << "mysql"
                                 << "invalid_dialect";
        QTest::newRow("paramstyle") << "paramstyle"
                                    << "format"
                                    << "invalid_paramstyle";
        QTest::newRow("operation") << "operation"
                                   << "merge"
                                   << "invalid_operation";
        QTest::newRow("max_rows") << "max_rows"
                                  << "0"
                                  << "invalid_limits";
        QTest::newRow("offset") << "offset"
                                << "-1"
                                << "invalid_limits";
        QTest::newRow("timeout") << "timeout"
                                 << "0"
                                 << "invalid_limits";
        QTest::newRow("empty sql") << "sql"
                                   << "  "
                                   << "invalid_statement";
    }

    void refusesInvalidEnvelope() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        cc::CompiledSqlOperation op = operation("SELECT id FROM sales.orders");
        if (field == QLatin1String("version"))
            op.version = value;
        else if (field == QLatin1String("dialect"))
            op.dialect = value;
        else if (field == QLatin1String("paramstyle"))
            op.paramstyle = value;
        else if (field == QLatin1String("operation"))
            op.operation = value;
        else if (field == QLatin1String("max_rows"))
            op.maxRows = value.toLongLong();
        else if (field == QLatin1String("offset"))
            op.offset = value.toLongLong();
        else if (field == QLatin1String("timeout"))
            op.statementTimeoutMs = value.toLongLong();
        else
            op.sql = value;
        const Reply reply = run(op, readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(QString::fromStdString(reply.code()), code);
        QCOMPARE(reply.body["ok"], false);

        const Reply noScope = run(operation("SELECT 1"), {});
        QCOMPARE(noScope.code(), std::string("invalid_scope"));
    }

    void statementTimeout() {
        cc::CompiledSqlOperation op = operation("SELECT pg_sleep(5) AS s FROM sales.customers");
        op.statementTimeoutMs = 200;
        const Reply reply = run(op, readScope());
        QCOMPARE(reply.status, 408);
        QCOMPARE(reply.code(), std::string("statement_timeout"));
        QCOMPARE(reply.body["error"]["retryable"], true);
        // The pooled session is usable afterwards.
        QCOMPARE(run(operation("SELECT 1 AS one"), readScope()).status, 200);
    }

    void sqlErrorCarriesSqlstate() {
        Reply reply =
            run(operation("SELECT id / (id - id) AS boom FROM sales.orders"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("sql_error"));
        QCOMPARE(reply.body["error"]["sqlstate"], "22012");
        QCOMPARE(reply.body["detail"], "division by zero");

        reply = run(operation("SELECT no_such_column FROM sales.orders"), readScope());
        QCOMPARE(reply.body["error"]["sqlstate"], "42703");
    }

    void injectionThroughParametersStaysData() {
        const std::string evil = "x'); DROP TABLE sales.customers; --";
        Reply reply =
            run(operation("SELECT id FROM sales.orders WHERE customer = %(c)s", Json{{"c", evil}}),
                readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"].size(), std::size_t(0));

        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        reply = run(operation("INSERT INTO sales.customers (name, region) VALUES (%(n)s, %(r)s) "
                              "RETURNING name, region",
                              Json{{"n", evil}, {"r", "%(r)s $1 %%"}}, "insert"),
                    write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["name"].get<std::string>(), evil);
        QCOMPARE(reply.body["rows"][0]["region"].get<std::string>(), std::string("%(r)s $1 %%"));
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers WHERE name = " + quoted(evil)),
                 std::string("1"));
        scalar("DELETE FROM sales.customers WHERE name = " + quoted(evil));
    }

    void injectionThroughQuotedIdentifiers() {
        const Reply reply =
            run(operation(R"(SELECT * FROM sales."orders; DROP TABLE sales.customers; --")"),
                readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("sql_error"));
        QCOMPARE(reply.body["error"]["sqlstate"], "42P01");
        QCOMPARE(scalar("SELECT to_regclass('sales.customers') IS NOT NULL"), std::string("t"));
    }

    void writesReturnRowsAndCounts() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        Reply reply =
            run(operation("INSERT INTO sales.customers (name, region) VALUES (%(n)s, %(r)s) "
                          "RETURNING region, name",
                          Json{{"n", "dora"}, {"r", "west"}}, "insert"),
                write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["operation"], "insert");
        QCOMPARE(reply.body["row_count"].get<int>(), 1);
        QCOMPARE(reply.body["rows"].dump(), std::string(R"([{"region":"west","name":"dora"}])"));

        reply = run(operation("INSERT INTO sales.customers SELECT 'bulk' || g, 'x' "
                              "FROM generate_series(1, 5) AS g",
                              Json::object(), "insert"),
                    write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["row_count"].get<int>(), 5);
        QCOMPARE(reply.body["rows"], OrderedJson::array());

        reply = run(operation("UPDATE sales.customers SET region = %(r)s WHERE name LIKE 'bulk%%' "
                              "RETURNING name",
                              Json{{"r", "east"}}, "update"),
                    write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["row_count"].get<int>(), 5);
        QCOMPARE(reply.body["rows"].size(), std::size_t(5));
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers WHERE region = 'east'"),
                 std::string("5"));

        reply = run(operation("INSERT INTO sales.customers (name, region) VALUES (%(n)s, %(r)s) "
                              "ON CONFLICT (name) DO UPDATE SET region = EXCLUDED.region "
                              "RETURNING name, region",
                              Json{{"n", "dora"}, {"r", "north"}}, "upsert"),
                    write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["operation"], "upsert");
        QCOMPARE(reply.body["row_count"].get<int>(), 1);
        QCOMPARE(reply.body["rows"][0]["region"], "north");

        reply =
            run(operation("DELETE FROM sales.customers WHERE name LIKE 'bulk%%' OR name = %(n)s",
                          Json{{"n", "dora"}}, "delete"),
                write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["row_count"].get<int>(), 6);
        QCOMPARE(reply.body["rows"], OrderedJson::array());
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers"), std::string("2"));
    }

    void failedWriteLeavesNoTrace() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        const Reply reply = run(
            operation("INSERT INTO sales.customers VALUES ('c1', 'dup')", Json::object(), "insert"),
            write);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body["error"]["sqlstate"], "23505");
        QCOMPARE(scalar("SELECT region FROM sales.customers WHERE name = 'c1'"),
                 std::string("north"));
    }

    void unreachableDataSource() {
        tsm::ExecutionTarget t = target();
        t.dataConninfo = "host=127.0.0.1 port=1 dbname=nothing user=nobody connect_timeout=2";
        const Reply reply = run(*m_runner, operation("SELECT 1 AS one"), readScope(), t);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.code(), std::string("data_source_unavailable"));
        QCOMPARE(reply.body["error"]["retryable"], true);
    }

    void concurrentCallsShareThePool() {
        std::atomic<int> ok{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 10; ++i) {
                    cc::CompiledSqlOperation op =
                        operation("SELECT id FROM sales.orders WHERE id = %(id)s",
                                  Json{{"id", t * 10 + i + 1}});
                    const tsm::ExecutionResult r = m_runner->run(op, readScope(), target());
                    const Json body = Json::parse(r.body, nullptr, false);
                    if (r.httpStatus == 200 && body["rows"][0]["id"] == t * 10 + i + 1)
                        ++ok;
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(ok.load(), 40);
    }
};

QTEST_APPLESS_MAIN(TestExecRunner)
#include "tst_exec_runner.moc"
