// tsm::OperationRunner refusals, decided by PostgreSQL: relations outside the scope,
// function side doors, statement count and type, envelope, capability and parameters.
#include "ExecTestDatabase.h"

#include <QtTest>

#include <memory>

using cc::Json;
using cc::OrderedJson;
using cc::test::ExecReply;
using cc::test::ExecTestDatabase;

class TestExecGuard : public QObject {
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
        const ExecReply reply = run(op, readScope());
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
        const ExecReply reply = run(operation(sql.toUtf8().constData()), readScope());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), std::string("scope_access_denied"));
        const std::string relation = reply.body["error"]["relation"].get<std::string>();
        QVERIFY2(relation == "hr.salaries" || relation == "pg_catalog.pg_authid", relation.c_str());
        QVERIFY(reply.body["detail"].get<std::string>().find(relation) != std::string::npos);
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
        const ExecReply reply = run(operation(sql.toUtf8().constData()), readScope());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), std::string("function_not_allowed"));
        QCOMPARE(QString::fromStdString(reply.body["error"]["function"].get<std::string>()),
                 function);
        QCOMPARE(scalar("SELECT count(*) FROM hr.salaries"), std::string("2"));
    }

    void selectCannotWriteEvenThroughAFunction() {
        // nextval is allowed as a function, but a select runs read-only.
        const ExecReply reply = run(operation("SELECT nextval('sales.counter') AS n"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("sql_error"));
        QCOMPARE(reply.body["error"]["sqlstate"], "25006");
        QCOMPARE(scalar("SELECT last_value FROM sales.counter"), std::string("1"));
        QCOMPARE(scalar("SELECT is_called FROM sales.counter"), std::string("f"));
    }

    void refusesSecondStatement() {
        const ExecReply reply = run(operation("SELECT 1; DROP TABLE sales.customers"), readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("multiple_statements"));
        QCOMPARE(scalar("SELECT to_regclass('sales.customers') IS NOT NULL"), std::string("t"));
    }

    void refusesStatementOfAnotherType() {
        ExecReply reply =
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
        QTest::newRow("merge") << "MERGE INTO sales.customers c USING sales.customers s "
                                  "ON c.name = s.name WHEN MATCHED THEN DO NOTHING"
                               << "update";
        QTest::newRow("set") << "SET search_path = hr"
                             << "select";
    }

    void refusesStatementsThatAreNotQueries() {
        QFETCH(QString, sql);
        QFETCH(QString, op);
        const std::vector<tsm::ScopedRelation> write = {
            table("uid-customers", "sales", "customers", true)};
        const ExecReply reply = run(
            operation(sql.toUtf8().constData(), Json::object(), op.toLatin1().constData()), write);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("unsupported_statement"));
        QCOMPARE(
            scalar("SELECT to_regclass('sales.copy') IS NULL AND to_regclass('sales.customers') "
                   "IS NOT NULL"),
            std::string("t"));
    }

    void refusesWriteWithReadScope() {
        const ExecReply reply = run(
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
        const ExecReply reply = run(
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
        const ExecReply reply = run(op, readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(QString::fromStdString(reply.code()), code);
        QCOMPARE(reply.body["ok"], false);

        const ExecReply noScope = run(operation("SELECT 1"), {});
        QCOMPARE(noScope.code(), std::string("invalid_scope"));
    }

    void injectionThroughQuotedIdentifiers() {
        const ExecReply reply =
            run(operation(R"(SELECT * FROM sales."orders; DROP TABLE sales.customers; --")"),
                readScope());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), std::string("sql_error"));
        QCOMPARE(reply.body["error"]["sqlstate"], "42P01");
        QCOMPARE(scalar("SELECT to_regclass('sales.customers') IS NOT NULL"), std::string("t"));
    }
};

QTEST_APPLESS_MAIN(TestExecGuard)
#include "tst_exec_guard.moc"
