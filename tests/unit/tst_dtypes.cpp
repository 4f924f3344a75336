#include "core/DTypes.h"

#include <QtTest>

using namespace cc;

class TestDTypes : public QObject {
    Q_OBJECT

private slots:
    void synonymsNormalize_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("token");
        const auto row = [](const char* in, const char* out) {
            QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        // Every row of the §3.2 synonym table.
        row("timestamptz", dtype::TimestampTz);
        row("datetime", dtype::TimestampTz);
        row("datetime64[ns, utc]", dtype::TimestampTz);
        row("datetime64[ns, UTC]", dtype::TimestampTz);
        row("text", dtype::String);
        row("varchar", dtype::String);
        row("varchar(255)", dtype::String);
        row("VARCHAR(64)", dtype::String);
        row("character varying", dtype::String);
        row("character varying(20)", dtype::String);
        row("str", dtype::String);
        row("object", dtype::String);
        row("integer", dtype::Int32);
        row("int", dtype::Int32);
        row("int4", dtype::Int32);
        row("bigint", dtype::Int64);
        row("int8", dtype::Int64);
        row("biginteger", dtype::Int64);
        row("BigInteger", dtype::Int64);
        row("smallint", dtype::Int16);
        row("int2", dtype::Int16);
        row("real", dtype::Float32);
        row("float4", dtype::Float32);
        row("float", dtype::Float64);
        row("double", dtype::Float64);
        row("double precision", dtype::Float64);
        row("double_precision", dtype::Float64);
        row("float8", dtype::Float64);
        row("boolean", dtype::Bool);
        row("decimal", dtype::Numeric);
        row("numeric(12,2)", dtype::Numeric);
        row("numeric(18, 6)", dtype::Numeric);
        // Canonical tokens stay, case and spaces aside.
        row("date", dtype::Date);
        row("timestamp with time zone", dtype::TimestampTz);
        row("TIMESTAMP  WITH TIME ZONE", dtype::TimestampTz);
        row("UUID", dtype::Uuid);
        row(" uuid ", dtype::Uuid);
        row("json", dtype::JsonType);
        row("jsonb", dtype::Jsonb);
        row("bool", dtype::Bool);
        row("int16", dtype::Int16);
        row("int32", dtype::Int32);
        row("int64", dtype::Int64);
        row("float32", dtype::Float32);
        row("float64", dtype::Float64);
        row("numeric", dtype::Numeric);
        row("string", dtype::String);
        // Naive spellings collapse to one naive token.
        row("timestamp without time zone", "timestamp");
        row("datetime64[ns]", "timestamp");
        // Unknown tokens pass through unchanged.
        row("geometry", "geometry");
        row("GEOMETRY", "GEOMETRY");
        row("int4range", "int4range");
    }

    void synonymsNormalize() {
        QFETCH(QString, input);
        QFETCH(QString, token);
        QCOMPARE(dtype::normalizeDataType(input), token);
        // Normalizing is idempotent.
        QCOMPARE(dtype::normalizeDataType(token), token);
    }

    void naiveTimestamps() {
        for (const char* naive :
             {"timestamp", "TIMESTAMP", "timestamp without time zone",
              "timestamp(6) without time zone", "datetime64[ns]", "datetime64[us]", "datetime64"})
            QVERIFY2(dtype::isNaiveTimestamp(QString::fromLatin1(naive)), naive);
        for (const char* aware : {"timestamptz", "timestamp with time zone", "datetime64[ns, UTC]",
                                  "datetime", "date", "string"})
            QVERIFY2(!dtype::isNaiveTimestamp(QString::fromLatin1(aware)), aware);
    }

    void knownTokens() {
        QVERIFY(dtype::isKnownToken(QStringLiteral("varchar(10)")));
        QVERIFY(dtype::isKnownToken(QStringLiteral("uuid")));
        QVERIFY(!dtype::isKnownToken(QStringLiteral("geometry")));
        QVERIFY(!dtype::isKnownToken(QStringLiteral("timestamp")));
        QVERIFY(!dtype::isKnownToken(QString()));
    }

    void backendTypes_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("timestamptz") << "timestamptz"
                                     << "TIMESTAMP WITH TIME ZONE";
        QTest::newRow("upper") << "TIMESTAMPTZ"
                               << "TIMESTAMP WITH TIME ZONE";
        QTest::newRow("long") << "timestamp with time zone"
                              << "TIMESTAMP WITH TIME ZONE";
        QTest::newRow("precision") << "timestamptz(3)"
                                   << "TIMESTAMP(3) WITH TIME ZONE";
        QTest::newRow("long precision") << "timestamp(6) with time zone"
                                        << "TIMESTAMP(6) WITH TIME ZONE";
        QTest::newRow("date") << "date"
                              << "DATE";
        QTest::newRow("uuid kept lowercase") << "uuid"
                                             << "uuid";
        QTest::newRow("varchar kept") << "VARCHAR(255)"
                                      << "VARCHAR(255)";
        QTest::newRow("naive kept") << "timestamp"
                                    << "timestamp";
    }

    void backendTypes() {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(dtype::normalizeBackendType(input), normalized);
    }

    void fromPostgres_data() {
        QTest::addColumn<QString>("pgType");
        QTest::addColumn<QString>("token");
        QTest::newRow("integer") << "integer" << dtype::Int32;
        QTest::newRow("bigint") << "bigint" << dtype::Int64;
        QTest::newRow("smallint") << "smallint" << dtype::Int16;
        QTest::newRow("text") << "text" << dtype::String;
        QTest::newRow("varchar") << "character varying(64)" << dtype::String;
        QTest::newRow("varchar bare") << "character varying" << dtype::String;
        QTest::newRow("char") << "character(3)" << dtype::String;
        QTest::newRow("tz") << "timestamp with time zone" << dtype::TimestampTz;
        QTest::newRow("tz precision") << "timestamp(3) with time zone" << dtype::TimestampTz;
        QTest::newRow("naive") << "timestamp without time zone"
                               << "timestamp";
        QTest::newRow("date") << "date" << dtype::Date;
        QTest::newRow("boolean") << "boolean" << dtype::Bool;
        QTest::newRow("uuid") << "uuid" << dtype::Uuid;
        QTest::newRow("jsonb") << "jsonb" << dtype::Jsonb;
        QTest::newRow("json") << "json" << dtype::JsonType;
        QTest::newRow("numeric") << "numeric(18,6)" << dtype::Numeric;
        QTest::newRow("numeric bare") << "numeric" << dtype::Numeric;
        QTest::newRow("double") << "double precision" << dtype::Float64;
        QTest::newRow("real") << "real" << dtype::Float32;
        QTest::newRow("time is no timestamp") << "time without time zone"
                                              << "time without time zone";
        QTest::newRow("array") << "integer[]"
                               << "integer[]";
        QTest::newRow("unknown") << "tsvector"
                                 << "tsvector";
    }

    void fromPostgres() {
        QFETCH(QString, pgType);
        QFETCH(QString, token);
        QCOMPARE(dtype::fromPostgresType(pgType), token);
    }

    void toPostgres_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("pgType");
        QTest::newRow("int64") << dtype::Int64 << "bigint";
        QTest::newRow("int32") << dtype::Int32 << "integer";
        QTest::newRow("int16") << dtype::Int16 << "smallint";
        QTest::newRow("tz") << dtype::TimestampTz << "timestamptz";
        QTest::newRow("tz synonym") << "datetime"
                                    << "timestamptz";
        QTest::newRow("date") << dtype::Date << "date";
        QTest::newRow("string") << dtype::String << "text";
        QTest::newRow("uuid") << dtype::Uuid << "uuid";
        QTest::newRow("json") << dtype::JsonType << "json";
        QTest::newRow("jsonb") << dtype::Jsonb << "jsonb";
        QTest::newRow("bool") << dtype::Bool << "boolean";
        QTest::newRow("float32") << dtype::Float32 << "real";
        QTest::newRow("float64") << dtype::Float64 << "double precision";
        QTest::newRow("numeric") << "numeric(12,2)"
                                 << "numeric";
        QTest::newRow("naive") << "timestamp"
                               << "timestamp";
        QTest::newRow("unknown") << "geometry"
                                 << "";
    }

    void toPostgres() {
        QFETCH(QString, token);
        QFETCH(QString, pgType);
        QCOMPARE(dtype::toPostgresType(token), pgType);
    }

    void postgresRoundTrip() {
        // A token cast to PostgreSQL and read back from format_type() is the same token.
        for (const char* token :
             {dtype::Date, dtype::TimestampTz, dtype::String, dtype::Uuid, dtype::JsonType,
              dtype::Jsonb, dtype::Bool, dtype::Int16, dtype::Int32, dtype::Int64, dtype::Float32,
              dtype::Float64, dtype::Numeric}) {
            const QString t = QString::fromLatin1(token);
            QString pg = dtype::toPostgresType(t);
            if (pg == QLatin1String("timestamptz"))
                pg = QStringLiteral("timestamp with time zone"); // format_type's spelling
            QCOMPARE(dtype::fromPostgresType(pg), t);
        }
    }

    void families() {
        QVERIFY(dtype::isNumeric(QStringLiteral("bigint")));
        QVERIFY(dtype::isNumeric(QStringLiteral("numeric(10,2)")));
        QVERIFY(dtype::isNumeric(QStringLiteral("float32")));
        QVERIFY(!dtype::isNumeric(QStringLiteral("string")));
        QVERIFY(!dtype::isNumeric(QStringLiteral("date")));
        QVERIFY(dtype::isTemporal(QStringLiteral("date")));
        QVERIFY(dtype::isTemporal(QStringLiteral("timestamptz")));
        QVERIFY(dtype::isTemporal(QStringLiteral("datetime64[ns]")));
        QVERIFY(!dtype::isTemporal(QStringLiteral("uuid")));
    }
};

QTEST_APPLESS_MAIN(TestDTypes)
#include "tst_dtypes.moc"
