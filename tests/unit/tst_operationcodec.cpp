// compiled-sql.v1 requests and execute-operation replies.
#include "core/codec/JsonParse.h"
#include "core/codec/OperationCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

using namespace cc;
using namespace cc::test;
using Kind = RowSet::CellKind;

namespace {

const QString kAccount = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");

QString operationError(const Json& json) {
    const DecodeResult<CompiledSqlOperation> result = decodeCompiledSqlOperation(json);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

QString replyError(const QByteArray& bytes) {
    const DecodeResult<ExecuteReply> result = decodeExecuteReply(bytes);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

ExecuteReply decodedReply(const QString& fixture) {
    DecodeResult<ExecuteReply> result = decodeExecuteReply(fixtureBytes(fixture));
    if (!result)
        qFatal("%s: %s", qPrintable(fixture), qPrintable(result.error().toString()));
    return result.value();
}

QString cell(const RowSet& rows, qint64 row, const char* column) {
    return rows.displayText(row, rows.columnIndex(QString::fromLatin1(column)));
}

Kind kindOf(const RowSet& rows, qint64 row, const char* column) {
    return rows.kind(row, rows.columnIndex(QString::fromLatin1(column)));
}

} // namespace

class TestOperationCodec : public QObject {
    Q_OBJECT

private slots:
    void decimalNumbersKeepTheirText()
    {
        // NUMERIC(18,6) has more digits than a double: the cell shows what the server sent.
        const QByteArray body = R"({"ok": true, "operation": "select", "row_count": 1,
            "rows": [{"q": 12345678901234.567891, "p": 120.0000, "e": 1e-7}]})";
        const cc::DecodeResult<cc::ExecuteReply> reply = cc::decodeExecuteReply(body);
        QVERIFY(reply.ok());
        const cc::RowSet& rows = *reply.value().rows;
        QCOMPARE(rows.displayText(0, 0), QStringLiteral("12345678901234.567891"));
        QCOMPARE(rows.displayText(0, 1), QStringLiteral("120.0000"));
        QCOMPARE(rows.displayText(0, 2), QStringLiteral("1e-7"));
        QCOMPARE(rows.kind(0, 0), cc::RowSet::CellKind::Number);
    }

    void compiledOperationsRoundTrip_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("F7 select") << "f07-compiled-select.json";
        QTest::newRow("F8 upsert") << "f08-compiled-upsert.json";
    }

    void compiledOperationsRoundTrip() {
        QFETCH(QString, file);
        const Json fixture = fixtureJson(file);
        const DecodeResult<CompiledSqlOperation> op = decodeCompiledSqlOperation(fixture);
        QVERIFY2(op.ok(), qPrintable(op.error().toString()));
        const Json encoded = encodeCompiledSqlOperation(op.value());
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
        QVERIFY(decodeCompiledSqlOperation(encoded).value() == op.value());
    }

    void decodesTheSelect() {
        const CompiledSqlOperation op =
            decodeCompiledSqlOperation(fixtureJson(QStringLiteral("f07-compiled-select.json")))
                .value();
        QVERIFY(op.isSelect());
        QVERIFY(op.sql.contains(QLatin1String("%(since)s")));
        QCOMPARE(op.parameters["since"], Json("2026-01-01T00:00:00Z"));
        QVERIFY(op.parameterTypes);
        QCOMPARE(op.parameterTypes->at(QStringLiteral("since")),
                 QStringLiteral("timestamp with time zone"));
        QCOMPARE(op.dataSourceUid,
                 std::optional<QString>(QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01")));
        QCOMPARE(op.tables.size(), std::size_t(1));
        QCOMPARE(op.tables[0].metaTableUid, kAccount);
        QCOMPARE(op.tables[0].alias, std::optional<QString>(QStringLiteral("a")));
        QCOMPARE(op.tables[0].access, QStringLiteral("read"));
        QCOMPARE(op.maxRows, 1000);
        QCOMPARE(op.statementTimeoutMs, 15000);
    }

    void scopeAliasesAndDefaults() {
        const Json json{
            {"operation", "select"},
            {"statement", {{"sql", "SELECT 1"}, {"parameters", Json::array({1, "a"})}}},
            {"scope",
             {{"tables",
               {{{"metaTableUid", kAccount.toStdString()}, {"reservedPolicy", "reconcile"}}}}}}};
        const DecodeResult<CompiledSqlOperation> op = decodeCompiledSqlOperation(json);
        QVERIFY2(op.ok(), qPrintable(op.error().toString()));
        QCOMPARE(op.value().tables[0].metaTableUid, kAccount);
        QCOMPARE(op.value().tables[0].reservedPolicy,
                 std::optional<QString>(QStringLiteral("reconcile")));
        QCOMPARE(op.value().tables[0].access, QStringLiteral("read"));
        QCOMPARE(op.value().version, QStringLiteral("compiled-sql.v1"));
        QCOMPARE(op.value().paramstyle, QStringLiteral("pyformat"));
        QVERIFY(!op.value().parameterTypes);
        QVERIFY(!op.value().dataSourceUid);
        QVERIFY(op.value().parameters.is_array());

        const Json encoded = encodeCompiledSqlOperation(op.value());
        const Json& table = encoded["scope"]["tables"][0];
        QCOMPARE(table["meta_table_uid"], Json(kAccount.toStdString()));
        QCOMPARE(table["reserved_policy"], Json("reconcile"));
        QVERIFY(!table.contains("metaTableUid"));
        QVERIFY(!encoded["scope"].contains("data_source_uid"));
        QVERIFY(!encoded["statement"].contains("parameter_types"));
        QCOMPARE(encoded["limits"],
                 (Json{{"max_rows", 1000}, {"offset", 0}, {"statement_timeout_ms", 15000}}));
    }

    void operationErrors() {
        QCOMPARE(operationError(fixtureJson(QStringLiteral("malformed-compiled-missing-sql.json"))),
                 QStringLiteral("statement.sql: required key missing"));
        const Json good = fixtureJson(QStringLiteral("f07-compiled-select.json"));
        const auto with = [&](const char* pointer, const Json& value) {
            Json copy = good;
            copy[Json::json_pointer(pointer)] = value;
            return operationError(copy);
        };
        const auto without = [&](const char* parent, const char* key) {
            Json copy = good;
            copy[Json::json_pointer(parent)].erase(key);
            return operationError(copy);
        };
        QCOMPARE(without("", "operation"), QStringLiteral("operation: required key missing"));
        QCOMPARE(without("/scope", "tables"), QStringLiteral("scope.tables: required key missing"));
        QCOMPARE(without("/scope/tables/0", "meta_table_uid"),
                 QStringLiteral("scope.tables[0].meta_table_uid: required key missing"));
        QCOMPARE(with("/statement/parameters", "x"),
                 QStringLiteral("statement.parameters: expected object or array"));
        QCOMPARE(with("/statement/parameter_types/since", 5),
                 QStringLiteral("statement.parameter_types.since: expected string"));
        QCOMPARE(with("/limits/max_rows", "10"),
                 QStringLiteral("limits.max_rows: expected integer"));
        QCOMPARE(with("/limits/offset", 1e30),
                 QStringLiteral("limits.offset: integer out of range"));
        QCOMPARE(with("/scope", nullptr), QStringLiteral("scope: expected object"));
    }

    void decodesAPage() {
        const ExecuteReply page = decodedReply(QStringLiteral("f09-execute-page1.json"));
        QVERIFY(page.ok);
        QCOMPARE(page.operation, QStringLiteral("select"));
        QCOMPARE(page.rowCount, 2);
        QVERIFY(page.rows);
        QCOMPARE(page.rows->columns(), QStringList({"uid", "name"}));
        QCOMPARE(page.rows->rowCount(), 2);
        QCOMPARE(cell(*page.rows, 1, "name"), QStringLiteral("Bo"));
        QCOMPARE(kindOf(*page.rows, 1, "name"), Kind::String);
        QVERIFY(page.truncated);
        QCOMPARE(page.maxRows, 3);
        QVERIFY(page.pagination);
        QCOMPARE(page.pagination->limit, 2);
        QVERIFY(page.pagination->hasMore);
        QCOMPARE(page.pagination->nextOffset, std::optional<qint64>(2));
        QCOMPARE(page.scopeMetaTableUids, QStringList{kAccount});

        const ExecuteReply last = decodedReply(QStringLiteral("f09-execute-page2.json"));
        QVERIFY(!last.pagination->hasMore);
        QVERIFY(!last.pagination->nextOffset);

        const ExecuteReply merged = decodedReply(QStringLiteral("f09-execute-merged.json"));
        RowSet appended = *page.rows;
        appended.append(*last.rows);
        QVERIFY(appended == *merged.rows);
    }

    void pagesRoundTrip_data() {
        QTest::addColumn<QString>("file");
        for (const char* file : {"f09-execute-page1.json", "f09-execute-page2.json",
                                 "f09-execute-merged.json", "execute-write-no-rows.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void pagesRoundTrip() {
        QFETCH(QString, file);
        const ExecuteReply reply = decodedReply(file);
        const std::string text = encodeExecuteReply(reply);
        const Json encoded = Json::parse(text);
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixtureJson(file))));
        const DecodeResult<ExecuteReply> again =
            decodeExecuteReply(QByteArray::fromStdString(text));
        QVERIFY(again.ok());
        QVERIFY(again.value() == reply);
    }

    void rowsKeepKeyOrderAndKinds() {
        const ExecuteReply reply = decodedReply(QStringLiteral("execute-rows-types.json"));
        QVERIFY(reply.rows);
        const RowSet& rows = *reply.rows;
        // First row's key order, then keys first seen later.
        QCOMPARE(rows.columns(),
                 QStringList({"z", "a", "s", "n", "b", "j", "big", "neg", "f", "extra"}));
        QCOMPARE(rows.rowCount(), 3);
        QCOMPARE(cell(rows, 0, "z"), QStringLiteral("1"));
        QCOMPARE(kindOf(rows, 0, "z"), Kind::Number);
        QCOMPARE(cell(rows, 0, "a"), QStringLiteral("2.5"));
        QCOMPARE(cell(rows, 1, "a"), QStringLiteral("-0.0"));
        QCOMPARE(cell(rows, 0, "big"), QStringLiteral("18446744073709551615"));
        QCOMPARE(cell(rows, 0, "neg"), QStringLiteral("-7"));
        QCOMPARE(cell(rows, 0, "f"), QStringLiteral("1e-07"));
        QCOMPARE(cell(rows, 1, "f"), QStringLiteral("12.0"));
        // Empty text and NULL differ; so do NULL and the text "null".
        QCOMPARE(kindOf(rows, 0, "s"), Kind::String);
        QCOMPARE(cell(rows, 0, "s"), QString());
        QCOMPARE(kindOf(rows, 0, "n"), Kind::Null);
        QCOMPARE(kindOf(rows, 1, "n"), Kind::String);
        QCOMPARE(cell(rows, 1, "n"), QStringLiteral("null"));
        QCOMPARE(cell(rows, 1, "s"), QString::fromUtf8("line\nbreak \"quoted\" \u00e9\u4e2d"));
        QCOMPARE(kindOf(rows, 0, "b"), Kind::Bool);
        QCOMPARE(cell(rows, 0, "b"), QStringLiteral("true"));
        QCOMPARE(cell(rows, 1, "b"), QStringLiteral("false"));
        QCOMPARE(kindOf(rows, 0, "j"), Kind::Json);
        QCOMPARE(cell(rows, 0, "j"), QStringLiteral("{\"k\":[1,\"x\"]}"));
        QCOMPARE(cell(rows, 1, "j"), QStringLiteral("[]"));
        // The third row lists its keys in another order and adds one.
        QCOMPARE(cell(rows, 2, "z"), QStringLiteral("3"));
        QCOMPARE(cell(rows, 2, "a"), QStringLiteral("3"));
        QCOMPARE(cell(rows, 2, "extra"), QStringLiteral("only here"));
        QVERIFY(rows.isNull(0, rows.columnIndex(QStringLiteral("extra"))));
        QVERIFY(rows.isNull(2, rows.columnIndex(QStringLiteral("s"))));
        // "" as next_offset means none.
        QVERIFY(!reply.pagination->nextOffset);

        const std::string text = encodeExecuteReply(reply);
        QVERIFY(decodeExecuteReply(QByteArray::fromStdString(text)).value() == reply);
    }

    void smallestKeyOrderCase() {
        const DecodeResult<ExecuteReply> reply =
            decodeExecuteReply(QByteArrayLiteral(R"({"ok": true, "rows": [{"z": 1, "a": 2}]})"));
        QVERIFY(reply.ok());
        QCOMPARE(reply.value().rows->columns(), QStringList({"z", "a"}));
        QCOMPARE(reply.value().rowCount, 1); // absent row_count: the rows
    }

    void replyWithoutRows() {
        const ExecuteReply reply = decodedReply(QStringLiteral("execute-write-no-rows.json"));
        QVERIFY(!reply.rows);
        QCOMPARE(reply.rowCount, 4);
        QVERIFY(!reply.pagination);
        QVERIFY(!reply.scopeDataSourceUid);
        QVERIFY(!Json::parse(encodeExecuteReply(reply)).contains("rows"));
        // An empty rows array is not the same as no rows.
        const ExecuteReply empty =
            decodeExecuteReply(QByteArrayLiteral(R"({"ok": true, "rows": []})")).value();
        QVERIFY(empty.rows);
        QCOMPARE(empty.rows->rowCount(), 0);
    }

    void bytesAndOrderedJsonAgree() {
        for (const char* file : {"f09-execute-page1.json", "execute-rows-types.json"}) {
            const QString name = QString::fromLatin1(file);
            const DecodeResult<ExecuteReply> fromJson =
                decodeExecuteReply(fixtureOrderedJson(name));
            QVERIFY(fromJson.ok());
            QVERIFY(fromJson.value() == decodedReply(name));
        }
    }

    void streamedRowsMatchTheDocumentReader_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("nested cells") << QByteArrayLiteral(
            R"({"rows": [{"a": {"b": [1, {"c": null}]}, "d": [[]], "e": 1.25}], "ok": true})");
        QTest::newRow("rows twice, last wins")
            << QByteArrayLiteral(R"({"rows": [{"a": 1}], "rows": [{"b": 2}, {"b": 3}]})");
        QTest::newRow("rows array then text")
            << QByteArrayLiteral(R"({"rows": [{"a": 1}], "rows": "x"})");
        QTest::newRow("rows text then array")
            << QByteArrayLiteral(R"({"rows": "x", "rows": [{"a": 1}]})");
        QTest::newRow("bad row then good rows")
            << QByteArrayLiteral(R"({"rows": [5], "rows": [{"a": 1}]})");
        QTest::newRow("rows null") << QByteArrayLiteral(R"({"rows": null, "ok": false})");
        QTest::newRow("rows inside scope are not rows")
            << QByteArrayLiteral(R"({"scope": {"rows": [1]}, "rows": []})");
        QTest::newRow("ok error before row error")
            << QByteArrayLiteral(R"({"ok": 1, "rows": [2]})");
        QTest::newRow("row error before row_count error")
            << QByteArrayLiteral(R"({"row_count": "x", "rows": [{}, [1, [2]], 3]})");
        QTest::newRow("syntax error after row error")
            << QByteArrayLiteral(R"({"rows": [1], "x": })");
        QTest::newRow("overflow in a row") << QByteArrayLiteral(R"({"rows": [{"a": 1e999}]})");
        QTest::newRow("duplicate key in a row")
            << QByteArrayLiteral(R"({"rows": [{"a": 1, "b": 2, "a": 3}]})");
        QTest::newRow("root array") << QByteArrayLiteral(R"([{"rows": []}])");
        QTest::newRow("root string") << QByteArrayLiteral(R"("rows")");
    }

    void streamedRowsMatchTheDocumentReader() {
        QFETCH(QByteArray, body);
        const DecodeResult<ExecuteReply> streamed = decodeExecuteReply(body);
        const DecodeResult<OrderedJson> document = parseOrderedJson(body);
        const DecodeResult<ExecuteReply> fromDocument =
            document ? decodeExecuteReply(document.value())
                     : DecodeResult<ExecuteReply>(document.error());
        QCOMPARE(streamed.ok(), fromDocument.ok());
        if (streamed.ok())
            QVERIFY(streamed.value() == fromDocument.value());
        else
            QCOMPARE(streamed.error().toString(), fromDocument.error().toString());
    }

    void streamedSpecialCases() {
        const auto error = [](const char* body) {
            const DecodeResult<ExecuteReply> r = decodeExecuteReply(QByteArray(body));
            return r ? QStringLiteral("<decoded>") : r.error().toString();
        };
        QCOMPARE(error(R"({"ok": 1, "rows": [2]})"), QStringLiteral("ok: expected boolean"));
        QCOMPARE(error(R"({"row_count": "x", "rows": [{}, [1, [2]], 3]})"),
                 QStringLiteral("rows[1]: expected object"));
        QVERIFY(error(R"({"rows": [1], "x": })")
                    .startsWith(QLatin1String("malformed JSON at byte 19:")));
        QCOMPARE(error(R"({"rows": [{"a": 1e999}]})"),
                 QStringLiteral("malformed JSON: number overflow parsing '1e999'"));
        QCOMPARE(error(R"({"rows": "x", "rows": [{"a": 1}]})"), QStringLiteral("<decoded>"));

        const ExecuteReply nested =
            decodeExecuteReply(
                QByteArrayLiteral(R"({"rows": [{"a": {"b": [1, {"c": null}]}, "e": 1.25}]})"))
                .value();
        QCOMPARE(nested.rows->displayText(0, 0), QStringLiteral("{\"b\":[1,{\"c\":null}]}"));
        QCOMPARE(nested.rows->kind(0, 0), Kind::Json);
        QCOMPARE(nested.rows->displayText(0, 1), QStringLiteral("1.25"));
        const ExecuteReply last =
            decodeExecuteReply(
                QByteArrayLiteral(R"({"rows": [{"a": 1}], "rows": [{"b": 2}, {"b": 3}]})"))
                .value();
        QCOMPARE(last.rows->columns(), QStringList{"b"});
        QCOMPARE(last.rows->rowCount(), 2);
    }

    void replyErrors() {
        QCOMPARE(replyError(fixtureBytes(QStringLiteral("malformed-execute-row-not-object.json"))),
                 QStringLiteral("rows[2]: expected object"));
        QCOMPARE(replyError(fixtureBytes(QStringLiteral("malformed-execute-next-offset.json"))),
                 QStringLiteral("pagination.next_offset: expected integer"));
        QCOMPARE(replyError(QByteArrayLiteral(R"({"rows": "x"})")),
                 QStringLiteral("rows: expected array"));
        QCOMPARE(replyError(QByteArrayLiteral(R"({"ok": "true"})")),
                 QStringLiteral("ok: expected boolean"));
        QCOMPARE(replyError(QByteArrayLiteral(R"({"scope": {"meta_table_uids": [1]}})")),
                 QStringLiteral("scope.meta_table_uids[0]: expected string"));
        QCOMPARE(replyError(QByteArrayLiteral(R"([])")), QStringLiteral("expected object"));
        QCOMPARE(replyError(QByteArray()), QStringLiteral("empty body"));
        QVERIFY(replyError(QByteArrayLiteral(R"({"rows": [{"a": 1}, {"a")"))
                    .startsWith(QLatin1String("malformed JSON at byte 24:")));
        const DecodeResult<ExecuteReply> numeric =
            decodeExecuteReply(QByteArrayLiteral(R"({"pagination": {"next_offset": "40"}})"));
        QCOMPARE(numeric.value().pagination->nextOffset, std::optional<qint64>(40));
    }

    void encoderEscapesEverything() {
        RowSet rows({QStringLiteral("te\"xt"), QStringLiteral("num"), QStringLiteral("flag"),
                     QStringLiteral("doc"), QStringLiteral("gap")});
        rows.beginRow();
        rows.setCell(0, Kind::String, std::string_view("tab\there\x01 \xff end\\"));
        rows.setCell(1, Kind::Number, "NaN");
        rows.setCell(2, Kind::Bool, "true");
        rows.setCell(3, Kind::Json, "{\"a\": [1, 2]}");
        rows.endRow();
        rows.beginRow();
        rows.setCell(0, Kind::String, "");
        rows.setCell(1, Kind::Number, "-12.5e3");
        rows.setCell(2, Kind::Bool, "false");
        rows.setCell(3, Kind::Json, "{broken");
        rows.endRow();
        ExecuteReply reply;
        reply.ok = true;
        reply.operation = QStringLiteral("select");
        reply.rows = rows;
        reply.rowCount = 2;
        reply.pagination = Pagination{2, 0, 2, false, std::nullopt};
        reply.scopeDataSourceUid = QStringLiteral("ds");

        const std::string text = encodeExecuteReply(reply);
        const Json parsed = Json::parse(text); // throws, failing the test, if invalid
        const Json& first = parsed["rows"][0];
        QCOMPARE(first["te\"xt"], Json("tab\there\x01 \xef\xbf\xbd end\\"));
        QCOMPARE(first["num"], Json("NaN")); // no JSON spelling: text
        QCOMPARE(first["flag"], Json(true));
        QCOMPARE(first["doc"], (Json{{"a", {1, 2}}}));
        QVERIFY(first["gap"].is_null());
        const Json& second = parsed["rows"][1];
        QCOMPARE(second["te\"xt"], Json(""));
        QCOMPARE(second["num"], Json(-12500.0));
        QCOMPARE(second["flag"], Json(false));
        QCOMPARE(second["doc"], Json("{broken"));
        QCOMPARE(parsed["pagination"]["next_offset"], Json());
        QCOMPARE(parsed["scope"]["data_source_uid"], Json("ds"));
        QCOMPARE(parsed["scope"]["meta_table_uids"], Json::array());

        // Key order in the text is the column order.
        QVERIFY(text.find("\"te\\\"xt\"") < text.find("\"num\""));
        QVERIFY(text.find("\"num\"") < text.find("\"flag\""));
    }
};

QTEST_APPLESS_MAIN(TestOperationCodec)
#include "tst_operationcodec.moc"
