// tsm::OperationRunner against a real PostgreSQL: selects with bound parameters,
// paging, writes, timeouts, SQL errors and the connection pool.
#include "ExecTestDatabase.h"

#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

using cc::Json;
using cc::OrderedJson;
using cc::test::ExecReply;
using cc::test::ExecTestDatabase;

class TestExecRunner : public QObject {
    Q_OBJECT

private:
    ExecTestDatabase m_db;
    std::unique_ptr<tsm::OperationRunner> m_runner;

    ExecReply run(const cc::CompiledSqlOperation& op,
                  const std::vector<tsm::ScopedRelation>& scope) {
        return ExecTestDatabase::run(*m_runner, op, scope, m_db.target());
    }
    ExecReply run(tsm::OperationRunner& runner, const cc::CompiledSqlOperation& op,
                  const std::vector<tsm::ScopedRelation>& scope,
                  const tsm::ExecutionTarget& target) {
        return ExecTestDatabase::run(runner, op, scope, target);
    }
    static cc::CompiledSqlOperation operation(const char* sql, Json parameters = Json::object(),
                                              const char* op = "select") {
        return ExecTestDatabase::operation(sql, std::move(parameters), op);
    }
    static tsm::ScopedRelation table(const char* uid, const char* schema, const char* name,
                                     bool write = false) {
        return ExecTestDatabase::table(uid, schema, name, write);
    }
    std::vector<tsm::ScopedRelation> readScope() const { return m_db.readScope(); }
    tsm::ExecutionTarget target(const QStringList& without = {}) const {
        return m_db.target(without);
    }
    std::string scalar(const std::string& sql) { return m_db.scalar(sql); }

private slots:
    void initTestCase() {
        QString error;
        if (!m_db.create(error)) {
            if (error.contains(QLatin1String("PG_CONNINFO")))
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        m_runner = std::make_unique<tsm::OperationRunner>(1000);
    }

    void cleanupTestCase() { m_runner.reset(); } // closes the pooled connections

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
        const ExecReply reply = run(op, readScope());
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
        const ExecReply reply =
            run(operation("SELECT placed_at, NULL::text AS missing FROM sales.orders "
                          "WHERE id = 1"),
                readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["placed_at"].get<std::string>(),
                 std::string("2026-01-01 01:00:00+00"));
        QVERIFY(reply.body["rows"][0]["missing"].is_null());
    }

    void specialNumbersAreStrings() {
        const ExecReply reply =
            run(operation("SELECT 'NaN'::float8 AS a, '-Infinity'::numeric AS b, "
                          "1.5::float4 AS c, 'a%%b' AS d"),
                readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"][0]["a"], "NaN");
        QCOMPARE(reply.body["rows"][0]["b"], "-Infinity");
        QCOMPARE(reply.body["rows"][0]["c"].get<double>(), 1.5);
        QCOMPARE(reply.body["rows"][0]["d"], "a%b");
    }

    void columnOrderIsKept() {
        const ExecReply reply =
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
            const ExecReply reply = run(runner, op, readScope(), target());
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
        ExecReply reply = run(op, readScope());
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
        ExecReply reply =
            run(operation("SELECT id FROM sales.orders WHERE id IN (%s, %s) ORDER BY id",
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
        const ExecReply reply = run(operation(sql.c_str(), parameters), readScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["rows"].size(), std::size_t(150));
        QCOMPARE(reply.body["rows"][149]["id"].get<int>(), 300);
    }

    void allowsViewsAndPartitionsOfScopedTables() {
        ExecReply reply = run(operation("SELECT count(*) AS n FROM sales.big_orders"), readScope());
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

    void statementTimeout() {
        cc::CompiledSqlOperation op = operation("SELECT pg_sleep(5) AS s FROM sales.customers");
        op.statementTimeoutMs = 200;
        const ExecReply reply = run(op, readScope());
        QCOMPARE(reply.status, 408);
        QCOMPARE(reply.code(), std::string("statement_timeout"));
        QCOMPARE(reply.body["error"]["retryable"], true);
        // The pooled session is usable afterwards.
        QCOMPARE(run(operation("SELECT 1 AS one"), readScope()).status, 200);
    }

    void sqlErrorCarriesSqlstate() {
        ExecReply reply =
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
        ExecReply reply =
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
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers WHERE name = " +
                        ExecTestDatabase::quoted(evil)),
                 std::string("1"));
        scalar("DELETE FROM sales.customers WHERE name = " + ExecTestDatabase::quoted(evil));
    }

    void writesReturnRowsAndCounts() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        ExecReply reply =
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

    void returningRowsAreCappedByMaxRows() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        cc::CompiledSqlOperation op =
            operation("INSERT INTO sales.customers SELECT 'cap' || g, 'x' "
                      "FROM generate_series(1, 5) AS g RETURNING name",
                      Json::object(), "insert");
        op.maxRows = 2;
        ExecReply reply = run(op, write);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body["row_count"].get<int>(), 5); // every row was written
        QCOMPARE(reply.body["rows"].size(), std::size_t(2));
        QCOMPARE(reply.body["truncated"], true);
        QCOMPARE(reply.body["pagination"]["has_more"], false); // a write is never re-sent
        QVERIFY(reply.body["pagination"]["next_offset"].is_null());
        QCOMPARE(scalar("SELECT count(*) FROM sales.customers WHERE name LIKE 'cap%'"),
                 std::string("5"));
        scalar("DELETE FROM sales.customers WHERE name LIKE 'cap%'");
    }

    void failedWriteLeavesNoTrace() {
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        const ExecReply reply = run(
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
        const ExecReply reply = run(*m_runner, operation("SELECT 1 AS one"), readScope(), t);
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
