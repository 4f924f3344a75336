// The building blocks of every codec: parsing, the path-tracking reader, JSON text
// escaping.
#include "core/codec/JsonEscape.h"
#include "core/codec/JsonParse.h"
#include "core/codec/JsonReader.h"

#include <QtTest>

using namespace cc;
using namespace cc::codec;

namespace {

// Runs a reading function and returns "path: message", or "" when it did not fail.
template <typename F> QString failureOf(F&& read) {
    const DecodeResult<int> result = runDecoder<int>([&] {
        read();
        return 0;
    });
    return result.ok() ? QString() : result.error().toString();
}

Json parsed(const char* text) {
    return Json::parse(text);
}

} // namespace

class TestJsonCodec : public QObject {
    Q_OBJECT

private slots:
    void parseAcceptsDocuments() {
        const DecodeResult<Json> object = parseJson(QByteArrayLiteral(" {\"a\": [1, 2]} "));
        QVERIFY(object.ok());
        QCOMPARE(object.value()["a"][1].get<int>(), 2);
        QVERIFY(parseJson(QByteArrayLiteral("\"text\"")).ok());
        QVERIFY(parseJson(QByteArrayLiteral("null")).ok());
    }

    void parseRefusesEmptyBodies() {
        for (const QByteArray& body : {QByteArray(), QByteArrayLiteral("  \r\n\t")}) {
            const DecodeResult<Json> result = parseJson(body);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, QStringLiteral("empty body"));
            QVERIFY(result.error().path.isEmpty());
        }
    }

    void parseErrorsNameTheByteOffset_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("truncated array")
            << QByteArrayLiteral("[1,2") << "malformed JSON at byte 4:";
        QTest::newRow("stray brace")
            << QByteArrayLiteral("{\"a\": 1}}") << "malformed JSON at byte 8:";
        QTest::newRow("bad literal")
            << QByteArrayLiteral("{\"a\": tru}") << "malformed JSON at byte 9:";
        QTest::newRow("trailing text") << QByteArrayLiteral("{} x") << "malformed JSON at byte 3:";
        QTest::newRow("html") << QByteArrayLiteral("<html>") << "malformed JSON at byte 0:";
        QTest::newRow("bad utf8") << QByteArray("\"a\xff\"") << "malformed JSON at byte 2:";
    }

    void parseErrorsNameTheByteOffset() {
        QFETCH(QByteArray, body);
        QFETCH(QString, prefix);
        const DecodeResult<Json> result = parseJson(body);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(prefix), qPrintable(result.error().message));
        // The rest says what was wrong, without nlohmann's exception prefix.
        QVERIFY(!result.error().message.contains(QLatin1String("json.exception")));
        QVERIFY(result.error().message.size() > prefix.size() + 5);
    }

    void parseRefusesHugeNumbersWithoutThrowing() {
        const DecodeResult<Json> result = parseJson(QByteArrayLiteral("[1e400]"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.startsWith(QLatin1String("malformed JSON")));
        // Big integers beyond 64 bits parse (as floating point).
        QVERIFY(parseJson(QByteArrayLiteral("123456789012345678901234567890")).ok());
    }

    void parseRefusesDeepNesting() {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const DecodeResult<Json> result = parseJson(deep);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("nested deeper")));
        // Brackets inside strings do not count, and ordinary depth is fine.
        const QByteArray quoted = '"' + QByteArray(2000, '[') + '"';
        QVERIFY(parseJson(quoted).ok());
        QVERIFY(parseJson(QByteArray(200, '[') + QByteArray(200, ']')).ok());
        QVERIFY(!parseOrderedJson(deep).ok());
    }

    void orderedParseKeepsKeyOrder() {
        const DecodeResult<OrderedJson> result =
            parseOrderedJson(QByteArrayLiteral("{\"z\": 1, \"a\": 2, \"m\": 3}"));
        QVERIFY(result.ok());
        QStringList keys;
        for (auto it = result.value().begin(); it != result.value().end(); ++it)
            keys << QString::fromStdString(it.key());
        QCOMPARE(keys, QStringList({"z", "a", "m"}));
        QVERIFY(!parseOrderedJson(QByteArrayLiteral("{")).ok());
    }

    void readerReportsPathsAndTypes() {
        const Json doc = parsed(R"({"results": [{}, {}, {}, {"columns": [{}, {}, {"nullable": "yes",
            "name": 5, "n": 1.5, "big": 18446744073709551615, "list": ["a", 2]}]}]})");
        const JsonReader root(doc);
        const auto column = [&](const auto& f) {
            return failureOf([&] {
                const JsonReader results = root.required("results");
                results.forEachElement([&](const JsonReader& table) {
                    if (!table.json().contains("columns"))
                        return;
                    const JsonReader columns = table.required("columns");
                    columns.forEachElement([&](const JsonReader& c) {
                        if (c.json().contains("nullable"))
                            f(c);
                    });
                });
            });
        };
        QCOMPARE(column([](const JsonReader& c) { c.boolOr("nullable", true); }),
                 QStringLiteral("results[3].columns[2].nullable: expected boolean"));
        QCOMPARE(column([](const JsonReader& c) { c.string("name"); }),
                 QStringLiteral("results[3].columns[2].name: expected string"));
        QCOMPARE(column([](const JsonReader& c) { c.string("label"); }),
                 QStringLiteral("results[3].columns[2].label: required key missing"));
        QCOMPARE(column([](const JsonReader& c) { c.optInteger("n"); }),
                 QStringLiteral("results[3].columns[2].n: expected integer"));
        QCOMPARE(column([](const JsonReader& c) { c.optInteger("big"); }),
                 QStringLiteral("results[3].columns[2].big: integer out of range"));
        QCOMPARE(column([](const JsonReader& c) { c.stringList("list"); }),
                 QStringLiteral("results[3].columns[2].list[1]: expected string"));
        QCOMPARE(column([](const JsonReader& c) { c.required("name").toObject(); }),
                 QStringLiteral("results[3].columns[2].name: expected object"));
        QCOMPARE(column([](const JsonReader& c) { c.required("name").toArray(); }),
                 QStringLiteral("results[3].columns[2].name: expected array"));
    }

    void readerTreatsNullAsAbsentForOptionals() {
        const Json doc = parsed(R"({"a": null, "b": "x", "flag": null, "n": 2.0})");
        const JsonReader r(doc);
        QVERIFY(!r.optString("a").has_value());
        QCOMPARE(r.stringOr("a", QStringLiteral("fallback")), QStringLiteral("fallback"));
        QCOMPARE(r.boolOr("flag", true), true);
        QCOMPARE(r.optInteger("n"), std::optional<qint64>(2)); // an integral float
        QVERIFY(r.stringList("missing").isEmpty());
        QCOMPARE(r.objectOr("missing"), Json::object());
        // Aliases: the first present, non-null key wins.
        QCOMPARE(*r.optString({"a", "b"}), QStringLiteral("x"));
        // A required key that is null names the type it should have had.
        QCOMPARE(failureOf([&] { r.string("a"); }), QStringLiteral("a: expected string"));
        QCOMPARE(failureOf([&] {
                     r.string({"missing", "other"});
                 }),
                 QStringLiteral("missing: required key missing"));
    }

    void readerOnBareArraysAndRoots() {
        const Json doc = parsed(R"([{"x": 1}, {"x": "two"}])");
        const JsonReader r(doc);
        QCOMPARE(
            failureOf([&] { r.forEachElement([](const JsonReader& e) { e.optInteger("x"); }); }),
            QStringLiteral("[1].x: expected integer"));
        QCOMPARE(failureOf([&] { r.member("x"); }), QStringLiteral("expected object"));
        const Json number = 3;
        QCOMPARE(failureOf([&] { JsonReader(number).toString(); }),
                 QStringLiteral("expected string"));
    }

    void runDecoderCatchesEverything() {
        const DecodeResult<int> thrown =
            runDecoder<int>([]() -> int { throw std::runtime_error("boom"); });
        QVERIFY(!thrown.ok());
        QCOMPARE(thrown.error().message, QStringLiteral("boom"));
        const DecodeResult<int> nlohmannError = runDecoder<int>([] {
            const Json j = 1;
            return j.at("missing").get<int>();
        });
        QVERIFY(!nlohmannError.ok());
        QVERIFY(!nlohmannError.error().message.isEmpty());
        const DecodeResult<int> other = runDecoder<int>([]() -> int { throw 42; });
        QVERIFY(!other.ok());
    }

    void escapesStrings_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
        QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
        QTest::newRow("quote and backslash")
            << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("named controls")
            << QByteArray("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
        QTest::newRow("other controls")
            << QByteArray("\x01\x1f", 2) << QByteArray("\"\\u0001\\u001f\"");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"");
        QTest::newRow("utf8 kept") << QByteArray("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80")
                                   << QByteArray("\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"");
        QTest::newRow("lone continuation")
            << QByteArray("a\x80z") << QByteArray("\"a\xef\xbf\xbdz\"");
        QTest::newRow("truncated sequence")
            << QByteArray("\xe4\xb8") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf")
                                  << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("surrogate")
            << QByteArray("\xed\xa0\x80") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80")
            << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("del kept") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
    }

    void escapesStrings() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        std::string out = "prefix:";
        appendJsonString(out, std::string_view(input.constData(), std::size_t(input.size())));
        QCOMPARE(QByteArray::fromStdString(out), QByteArrayLiteral("prefix:") + expected);
        // What was written is valid JSON and reads back as the (repaired) text.
        const Json back = Json::parse(out.substr(7));
        QVERIFY(back.is_string());
    }

    void escapedStringsReadBackExactly() {
        std::string all;
        for (int c = 0; c < 128; ++c)
            all.push_back(char(c));
        all += "\xc3\xa9";
        std::string out;
        appendJsonString(out, all);
        QCOMPARE(Json::parse(out).get<std::string>(), all);
    }

    void recognizesJsonNumbers() {
        for (const char* good : {"0", "-0", "12", "-12.50", "1e5", "1E+5", "2.5e-3", "-0.0"})
            QVERIFY2(isJsonNumber(good), good);
        for (const char* bad : {"", "-", "+1", "01", "1.", ".5", "1e", "NaN", "Infinity",
                                "-Infinity", "1 ", "0x10", "1,5"})
            QVERIFY2(!isJsonNumber(bad), bad);
    }
};

QTEST_APPLESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
