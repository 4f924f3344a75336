#include "ExecTestDatabase.h"

#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cc::test {

namespace {

const char* const kSchema = R"SQL(
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

} // namespace

std::string ExecReply::code() const {
    return body.contains("error") ? body["error"].value("code", std::string()) : std::string();
}

ExecTestDatabase::~ExecTestDatabase() {
    if (m_data)
        PQfinish(m_data);
    if (m_database.empty())
        return;
    PGconn* admin = PQconnectdb(m_adminConninfo.c_str());
    PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)").c_str()));
    PQfinish(admin);
}

bool ExecTestDatabase::create(QString& error) {
    m_adminConninfo =
        fixtureValue(QStringLiteral("pg.env"), QStringLiteral("PG_CONNINFO")).toStdString();
    if (m_adminConninfo.empty()) {
        error = QStringLiteral("the pg_cluster fixture is not running (PG_CONNINFO missing)");
        return false;
    }
    const std::string name = "cc_exec_" + std::to_string(QCoreApplication::applicationPid()) + "_" +
                             std::to_string(QDateTime::currentMSecsSinceEpoch());
    PGconn* admin = PQconnectdb(m_adminConninfo.c_str());
    PGresult* created = PQexec(admin, ("CREATE DATABASE " + name).c_str());
    const bool ok = PQresultStatus(created) == PGRES_COMMAND_OK;
    error = QString::fromUtf8(ok ? PQerrorMessage(admin) : PQresultErrorMessage(created));
    PQclear(created);
    PQfinish(admin);
    if (!ok)
        return false;
    m_database = name;
    m_dataConninfo = m_adminConninfo + " dbname=" + m_database;
    m_data = PQconnectdb(m_dataConninfo.c_str());
    if (PQstatus(m_data) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(m_data));
        return false;
    }
    PQsetNoticeProcessor(
        m_data, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(m_data, kSchema);
    const bool schemaOk = PQresultStatus(r) == PGRES_COMMAND_OK;
    error = QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    return schemaOk;
}

std::string ExecTestDatabase::scalar(const std::string& sql) {
    PGresult* r = PQexec(m_data, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        qWarning("test SQL failed: %s", PQresultErrorMessage(r));
    std::string value = ok && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : std::string();
    PQclear(r);
    return ok ? value : std::string("<error>");
}

tsm::ExecutionTarget ExecTestDatabase::target(const QStringList& withoutCapabilities) const {
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

std::vector<tsm::ScopedRelation> ExecTestDatabase::readScope() const {
    return {table("uid-orders", "sales", "orders"), table("uid-customers", "sales", "customers")};
}

tsm::ScopedRelation ExecTestDatabase::table(const char* uid, const char* schema, const char* name,
                                            bool write) {
    tsm::ScopedRelation s;
    s.metaTableUid = QString::fromLatin1(uid);
    s.write = write;
    s.schema = schema;
    s.table = name;
    return s;
}

cc::CompiledSqlOperation ExecTestDatabase::operation(const char* sql, Json parameters,
                                                     const char* op) {
    cc::CompiledSqlOperation o;
    o.operation = QString::fromLatin1(op);
    o.sql = QString::fromUtf8(sql);
    o.parameters = std::move(parameters);
    return o;
}

ExecReply ExecTestDatabase::run(tsm::OperationRunner& runner, const cc::CompiledSqlOperation& op,
                                const std::vector<tsm::ScopedRelation>& scope,
                                const tsm::ExecutionTarget& target) {
    const tsm::ExecutionResult result = runner.run(op, scope, target);
    ExecReply reply;
    reply.status = result.httpStatus;
    reply.body = OrderedJson::parse(result.body, nullptr, false);
    if (reply.body.is_discarded())
        qWarning("reply is not JSON: %s", result.body.c_str());
    return reply;
}

std::string ExecTestDatabase::quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace cc::test
