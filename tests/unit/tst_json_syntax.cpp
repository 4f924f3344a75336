#include "core/codec/JsonSyntax.h"

#include <QtTest>

class TestJsonSyntax : public QObject {
    Q_OBJECT

private slots:
    void validTextHasNoError()
    {
        QVERIFY(!cc::findJsonSyntaxError(R"({"a": [1, 2, {"b": null}]})").has_value());
    }

    void pointsAtLineAndColumn()
    {
        const QByteArray text = "{\n  \"columns\": [\n    {\"name\": \"uid\",}\n  ]\n}";
        const auto error = cc::findJsonSyntaxError(text);
        QVERIFY(error.has_value());
        QCOMPARE(error->line, 3);
        QCOMPARE(error->column, 20); // the '}' after the trailing comma
        QCOMPARE(text.at(error->offset), '}');
        QVERIFY(error->toString().startsWith(QStringLiteral("line 3, column 20: ")));
    }

    void columnsCountCharactersNotBytes()
    {
        const QByteArray text = QStringLiteral("{\"n\": \"\u00e9\u00e9\" x}").toUtf8();
        const auto error = cc::findJsonSyntaxError(text);
        QVERIFY(error.has_value());
        QCOMPARE(error->line, 1);
        QCOMPARE(error->column, 12);
    }

    void truncatedAndEmpty()
    {
        const auto truncated = cc::findJsonSyntaxError("{\"a\": [1, 2");
        QVERIFY(truncated.has_value());
        QCOMPARE(truncated->line, 1);
        const auto empty = cc::findJsonSyntaxError("   ");
        QVERIFY(empty.has_value());
        QVERIFY(empty->message.contains(QStringLiteral("empty")));
    }
};

QTEST_APPLESS_MAIN(TestJsonSyntax)
#include "tst_json_syntax.moc"
