#include "core/MetaTable.h"
#include "core/sql/ParameterValue.h"
#include "core/sql/SelectBuilder.h"

#include <QtTest>

using namespace cc;
using namespace cc::sql;

namespace {

Column column(const QString& name, const QString& dataType, bool primaryKey = false,
              std::optional<int> ordinal = std::nullopt) {
    Column c;
    c.name = name;
    c.dataType = dataType;
    c.primaryKey = primaryKey;
    c.ordinalPosition = ordinal;
    return c;
}

std::vector<ScopeTable> accountScope() {
    ScopeTable table;
    table.metaTableUid = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
    table.alias = QStringLiteral("a");
    return {table};
}

QStringList errorTexts(const SelectOperationResult& result) {
    QStringList texts;
    for (const OperationError& e : result.errors)
        texts << e.parameter + QStringLiteral(": ") + e.message;
    return texts;
}

} // namespace

class TestSelectBuilder : public QObject {
    Q_OBJECT

private slots:
    void quoteIdentifier_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "account"
                               << "account";
        QTest::newRow("underscore and digits") << "_acme_crm__account2"
                                               << "_acme_crm__account2";
        QTest::newRow("upper case") << "Account"
                                    << "\"Account\"";
        QTest::newRow("leading digit") << "1st"
                                       << "\"1st\"";
        QTest::newRow("space") << "my table"
                               << "\"my table\"";
        QTest::newRow("dollar") << "a$b"
                                << "\"a$b\"";
        QTest::newRow("inner quote") << "say \"hi\""
                                     << "\"say \"\"hi\"\"\"";
        QTest::newRow("reserved keyword") << "select"
                                          << "\"select\"";
        QTest::newRow("column-name keyword") << "position"
                                             << "\"position\"";
        QTest::newRow("type-name keyword") << "left"
                                           << "\"left\"";
        QTest::newRow("unreserved keyword") << "name"
                                            << "name";
        QTest::newRow("unreserved keyword 2") << "data"
                                              << "data";
        QTest::newRow("non-ascii") << QStringLiteral("größe") << QStringLiteral("\"größe\"");
        QTest::newRow("empty") << ""
                               << "\"\"";
        QTest::newRow("injection attempt") << "x\"; DROP TABLE t; --"
                                           << "\"x\"\"; DROP TABLE t; --\"";
    }

    void quoteIdentifier() {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(cc::sql::quoteIdentifier(name), quoted);
    }

    void qualifiedName() {
        QCOMPARE(quoteQualifiedName(QStringLiteral("public"), QStringLiteral("Account")),
                 QStringLiteral("public.\"Account\""));
        QCOMPARE(quoteQualifiedName(std::nullopt, QStringLiteral("t")), QStringLiteral("t"));
        QCOMPARE(quoteQualifiedName(QString(), QStringLiteral("t")), QStringLiteral("t"));
    }

    void browseByPrimaryKey() {
        const BrowseQuery q = browseTableSql(
            QStringLiteral("Acme"), QStringLiteral("position"),
            {QStringLiteral("account_uid"), QStringLiteral("seq"), QStringLiteral("Qty")},
            {QStringLiteral("account_uid"), QStringLiteral("seq")});
        QCOMPARE(q.sql, QStringLiteral("SELECT account_uid, seq, \"Qty\" FROM \"Acme\".\"position\""
                                       " AS t ORDER BY account_uid, seq"));
        QVERIFY(q.orderedByPrimaryKey);
        QVERIFY(q.note.isEmpty());
        QCOMPARE(q.orderBy, QStringList({QStringLiteral("account_uid"), QStringLiteral("seq")}));
        QVERIFY(checkSelect(q.sql).empty());
    }

    void browseWithoutPrimaryKeyOrdersByAllColumns() {
        const BrowseQuery q = browseTableSql(std::nullopt, QStringLiteral("events"),
                                             {QStringLiteral("at"), QStringLiteral("kind")}, {});
        QCOMPARE(q.sql, QStringLiteral("SELECT at, kind FROM events AS t ORDER BY at, kind"));
        QVERIFY(!q.orderedByPrimaryKey);
        QVERIFY(q.note.contains(QLatin1String("no primary key")));
    }

    void browseWithoutColumns() {
        const BrowseQuery q = browseTableSql(QStringLiteral("s"), QStringLiteral("t"), {}, {});
        QCOMPARE(q.sql, QStringLiteral("SELECT t.* FROM s.t AS t"));
        QVERIFY(q.orderBy.isEmpty());
        QVERIFY(!q.note.isEmpty());
    }

    void browseMetaTableUsesProjectionOrder() {
        MetaTable table;
        table.physicalSchema = QStringLiteral("public");
        table.physicalTableName = QStringLiteral("acme_crm__account");
        table.columns = {column(QStringLiteral("name"), QStringLiteral("string"), false, 1),
                         column(QStringLiteral("uid"), QStringLiteral("uuid"), true, 0),
                         column(QStringLiteral("balance"), QStringLiteral("float64"), false, 2)};
        const BrowseQuery q = browseTableSql(table);
        QCOMPARE(q.sql, QStringLiteral("SELECT uid, name, balance FROM public.acme_crm__account "
                                       "AS t ORDER BY uid"));
        QVERIFY(q.orderedByPrimaryKey);
    }

    void browseMetaTableFallsBackToContractAndSnapshot() {
        MetaTable table;
        table.tableContract.physicalSchema = QStringLiteral("crm");
        table.tableContract.physicalTableName = QStringLiteral("note");
        table.tableContract.columns = {column(QStringLiteral("id"), QStringLiteral("int64")),
                                       column(QStringLiteral("body"), QStringLiteral("string"))};
        SnapshotConstraint pk;
        pk.name = QStringLiteral("note_pkey");
        pk.type = QStringLiteral("PRIMARY KEY");
        pk.columns = {QStringLiteral("id")};
        table.introspectionSnapshot.constraints = {pk};
        const BrowseQuery q = browseTableSql(table);
        QCOMPARE(q.sql, QStringLiteral("SELECT id, body FROM crm.note AS t ORDER BY id"));
        QVERIFY(q.orderedByPrimaryKey);
    }

    void browseWithoutKeySkipsUnorderableColumns() {
        MetaTable table;
        table.physicalTableName = QStringLiteral("log");
        Column payload = column(QStringLiteral("payload"), QStringLiteral("json"));
        Column shape = column(QStringLiteral("shape"), QStringLiteral("geometry"));
        shape.backendType = QStringLiteral("POLYGON");
        table.columns = {column(QStringLiteral("at"), QStringLiteral("timestamp with time zone")),
                         payload, shape, column(QStringLiteral("doc"), QStringLiteral("jsonb"))};
        const BrowseQuery q = browseTableSql(table);
        QCOMPARE(q.sql,
                 QStringLiteral("SELECT at, payload, shape, doc FROM log AS t ORDER BY at, doc"));
        QVERIFY(!q.orderedByPrimaryKey);
        QVERIFY(q.note.contains(QLatin1String("payload, shape")));
    }

    void buildsTheSpecExample() {
        // Spec fixture F7.
        const QString sql = QStringLiteral(
            "SELECT a.uid, a.name FROM public.acme_crm__account AS a WHERE a.opened_at >= "
            "%(since)s ORDER BY a.uid");
        const SelectOperationResult r = buildSelectOperation(
            sql,
            {{QStringLiteral("since"), Json("2026-01-01T00:00:00Z"),
              QStringLiteral("timestamptz")}},
            accountScope(), {}, QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01"));
        QVERIFY2(r.ok(), qPrintable(errorTexts(r).join(QLatin1Char('\n'))));
        const CompiledSqlOperation& op = r.operation;
        QCOMPARE(op.operation, QStringLiteral("select"));
        QCOMPARE(op.version, QStringLiteral("compiled-sql.v1"));
        QCOMPARE(op.dialect, QStringLiteral("postgresql"));
        QCOMPARE(op.paramstyle, QStringLiteral("pyformat"));
        QCOMPARE(op.sql, sql);
        QCOMPARE(op.parameters, Json({{"since", "2026-01-01T00:00:00Z"}}));
        QVERIFY(op.parameterTypes);
        QCOMPARE(op.parameterTypes->size(), size_t(1));
        QCOMPARE(op.parameterTypes->at(QStringLiteral("since")),
                 QStringLiteral("timestamp with time zone"));
        QCOMPARE(op.maxRows, qint64(1000));
        QCOMPARE(op.offset, qint64(0));
        QCOMPARE(op.statementTimeoutMs, qint64(15000));
        QCOMPARE(op.tables.size(), size_t(1));
        QCOMPARE(op.dataSourceUid,
                 std::optional<QString>(QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01")));
        QVERIFY(r.sqlIssues.empty());
    }

    void convertsTemporalParameters() {
        const SelectOperationResult r = buildSelectOperation(
            QStringLiteral("SELECT 1 WHERE %(d)s < %(ts)s AND %(n)s ORDER BY 1"),
            {{QStringLiteral("d"), Json(" 2026-02-28 "), QStringLiteral("date")},
             {QStringLiteral("ts"), Json("2026-03-01 01:30:00.250+02:00"),
              QStringLiteral("timestamp with time zone")},
             {QStringLiteral("n"), Json(nullptr), QStringLiteral("date")}},
            accountScope(), {50, 100, 2000});
        QVERIFY2(r.ok(), qPrintable(errorTexts(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.operation.parameters["d"], Json("2026-02-28"));
        QCOMPARE(r.operation.parameters["ts"], Json("2026-02-28T23:30:00.25Z"));
        QVERIFY(r.operation.parameters["n"].is_null());
        QCOMPARE(r.operation.parameterTypes->at(QStringLiteral("d")), QStringLiteral("date"));
        QCOMPARE(r.operation.parameterTypes->at(QStringLiteral("n")), QStringLiteral("date"));
        QCOMPARE(r.operation.maxRows, qint64(50));
        QCOMPARE(r.operation.offset, qint64(100));
        QCOMPARE(r.operation.statementTimeoutMs, qint64(2000));
    }

    void untypedParametersPassThroughWithoutTypes() {
        const SelectOperationResult r =
            buildSelectOperation(QStringLiteral("SELECT %(a)s ORDER BY 1"),
                                 {{QStringLiteral("a"), Json(42), {}}}, accountScope());
        QVERIFY(r.ok());
        QCOMPARE(r.operation.parameters, Json({{"a", 42}}));
        QVERIFY(!r.operation.parameterTypes);
    }

    void unknownTokenIsNotDeclared() {
        const SelectOperationResult r = buildSelectOperation(
            QStringLiteral("SELECT %(g)s ORDER BY 1"),
            {{QStringLiteral("g"), Json("POINT(1 2)"), QStringLiteral("geometry")}},
            accountScope());
        QVERIFY(r.ok());
        QCOMPARE(r.operation.parameters["g"], Json("POINT(1 2)"));
        QVERIFY(!r.operation.parameterTypes);
    }

    void badValuesNameTheParameter_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::newRow("date text") << "date"
                                   << "yesterday";
        QTest::newRow("impossible date") << "date"
                                         << "2026-02-30";
        QTest::newRow("date with time") << "date"
                                        << "2026-02-01T00:00:00Z";
        QTest::newRow("timestamp without zone") << "timestamp with time zone"
                                                << "2026-01-01T00:00:00";
        QTest::newRow("timestamp bad hour") << "timestamptz"
                                            << "2026-01-01T24:00:00Z";
        QTest::newRow("timestamp junk") << "timestamptz"
                                        << "2026-01-01T00:00:00Zjunk";
        QTest::newRow("int out of range") << "int16"
                                          << "40000";
        QTest::newRow("int text") << "int64"
                                  << "12a";
        QTest::newRow("bool") << "bool"
                              << "maybe";
        QTest::newRow("uuid") << "uuid"
                              << "not-a-uuid";
        QTest::newRow("numeric") << "numeric"
                                 << "1.2.3";
        QTest::newRow("float") << "float64"
                               << "nan";
        QTest::newRow("naive timestamp type") << "timestamp"
                                              << "2026-01-01T00:00:00Z";
    }

    void badValuesNameTheParameter() {
        QFETCH(QString, type);
        QFETCH(QString, value);
        const SelectOperationResult r = buildSelectOperation(
            QStringLiteral("SELECT %(when_)s ORDER BY 1"),
            {{QStringLiteral("when_"), Json(value.toStdString()), type}}, accountScope());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), size_t(1));
        QCOMPARE(r.errors.front().parameter, QStringLiteral("when_"));
        QVERIFY2(r.errors.front().message.contains(QLatin1String("when_")),
                 qPrintable(r.errors.front().message));
    }

    void timestampWithoutZoneSaysSo() {
        const ParameterConversion c =
            convertParameterValue(Json("2026-01-01 10:00"), QStringLiteral("timestamptz"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(QLatin1String("time zone")), qPrintable(c.error));
    }

    void conversions() {
        auto value = [](const Json& v, const char* type) {
            const ParameterConversion c = convertParameterValue(v, QString::fromLatin1(type));
            return c.ok() ? c.value : Json("<error>");
        };
        QCOMPARE(value(Json("17"), "int32"), Json(17));
        QCOMPARE(value(Json(5.0), "int64"), Json(5));
        QCOMPARE(value(Json(5.5), "int64"), Json("<error>"));
        QCOMPARE(value(Json(-32768), "smallint"), Json(-32768));
        QCOMPARE(value(Json(" 2.5 "), "float64"), Json(2.5));
        QCOMPARE(value(Json("12345678901234567890.123"), "numeric"),
                 Json("12345678901234567890.123"));
        QCOMPARE(value(Json("-1e5"), "decimal"), Json("-1e5"));
        QCOMPARE(value(Json("Yes"), "boolean"), Json(true));
        QCOMPARE(value(Json(0), "bool"), Json(false));
        QCOMPARE(value(Json("{0A1B2C3D-0000-4000-8000-00000000A001}"), "uuid"),
                 Json("0a1b2c3d-0000-4000-8000-00000000a001"));
        QCOMPARE(value(Json(3), "string"), Json("3"));
        QCOMPARE(value(Json({{"k", 1}}), "jsonb"), Json({{"k", 1}}));
        QCOMPARE(value(Json({1, 2}), "string"), Json("<error>"));
    }

    void timestampParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("Z") << "2026-01-01T00:00:00Z"
                           << "2026-01-01T00:00:00Z";
        QTest::newRow("lowercase z and t") << "2026-01-01t00:00:00z"
                                           << "2026-01-01T00:00:00Z";
        QTest::newRow("no seconds") << "2026-01-01T10:05Z"
                                    << "2026-01-01T10:05:00Z";
        QTest::newRow("negative offset crosses day") << "2026-12-31T22:00:00-03:00"
                                                     << "2027-01-01T01:00:00Z";
        QTest::newRow("compact offset") << "2026-01-01T00:00:00+0530"
                                        << "2025-12-31T18:30:00Z";
        QTest::newRow("hour-only offset") << "2026-01-01T00:00:00+01"
                                          << "2025-12-31T23:00:00Z";
        QTest::newRow("microseconds kept") << "2026-01-01T00:00:00.123456Z"
                                           << "2026-01-01T00:00:00.123456Z";
        QTest::newRow("zero fraction dropped") << "2026-01-01T00:00:00.000Z"
                                               << "2026-01-01T00:00:00Z";
        QTest::newRow("leap day") << "2024-02-29T12:00:00+12:00"
                                  << "2024-02-29T00:00:00Z";
        QTest::newRow("space before zone") << "2026-01-01 00:00:00 +00:00"
                                           << "2026-01-01T00:00:00Z";
    }

    void timestampParsing() {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QCOMPARE(parseIsoTimestampToUtc(text).value_or(QStringLiteral("<none>")), utc);
    }

    void timestampRejects() {
        for (const char* text :
             {"", "2026-01-01", "2026-1-01T00:00:00Z", "2026-01-01T00:00:60Z",
              "2026-01-01T00:00:00+24:00", "0001-01-01T00:00:00+01:00", "2026-01-01T00Z",
              "2026-01-01T00:00:00.1234567890Z", "２０２６-01-01T00:00:00Z"}) {
            QVERIFY2(!parseIsoTimestampToUtc(QString::fromUtf8(text)), text);
        }
        QCOMPARE(parseIsoDate(QStringLiteral("2026-02-29")), std::optional<QString>());
        QCOMPARE(parseIsoDate(QStringLiteral("2024-02-29")),
                 std::optional<QString>(QStringLiteral("2024-02-29")));
    }

    void missingParameterIsAnError() {
        const SelectOperationResult r = buildSelectOperation(
            QStringLiteral("SELECT * FROM t WHERE a = %(a)s AND b = %(b)s ORDER BY 1"),
            {{QStringLiteral("a"), Json(1), {}}}, accountScope());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), size_t(1));
        QCOMPARE(r.errors.front().parameter, QStringLiteral("b"));
    }

    void badNamesAndDuplicates() {
        const SelectOperationResult r =
            buildSelectOperation(QStringLiteral("SELECT %(a)s ORDER BY 1"),
                                 {{QStringLiteral("a"), Json(1), {}},
                                  {QStringLiteral("a"), Json(2), {}},
                                  {QStringLiteral("bad name"), Json(3), {}},
                                  {QString(), Json(4), {}}},
                                 accountScope());
        QCOMPARE(r.errors.size(), size_t(3));
        QCOMPARE(r.errors[0].parameter, QStringLiteral("a"));
        QCOMPARE(r.errors[1].parameter, QStringLiteral("bad name"));
        QCOMPARE(r.errors[2].parameter, QString());
        QCOMPARE(r.operation.parameters, Json({{"a", 1}}));
    }

    void scopeLimitsAndSqlErrors() {
        ScopeTable blank;
        const SelectOperationResult r =
            buildSelectOperation(QStringLiteral("DELETE FROM t"), {}, {blank}, {0, -1, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), size_t(4)); // uid, max rows, offset, timeout
        QVERIFY(!r.sqlIssues.empty());
        QVERIFY(r.sqlIssues.front().isError());

        const SelectOperationResult none =
            buildSelectOperation(QStringLiteral("SELECT 1 ORDER BY 1"), {}, {});
        QCOMPARE(none.errors.size(), size_t(1));
    }

    void missingOrderByIsOnlyAWarning() {
        const SelectOperationResult r =
            buildSelectOperation(QStringLiteral("SELECT 1"), {}, accountScope());
        QVERIFY(r.ok());
        QCOMPARE(r.sqlIssues.size(), size_t(1));
        QVERIFY(!r.sqlIssues.front().isError());
    }
};

QTEST_APPLESS_MAIN(TestSelectBuilder)
#include "tst_select_builder.moc"
