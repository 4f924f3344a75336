// Error bodies: every shape of spec §5, plus bodies that are not JSON at all.
#include "core/codec/ErrorCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

ErrorBody fromFixture(const char* name) {
    return decodeErrorBody(fixtureBytes(QString::fromLatin1(name)));
}

ErrorBody fromText(const char* text) {
    return decodeErrorBody(QByteArray(text));
}

} // namespace

class TestErrorCodec : public QObject {
    Q_OBJECT

private slots:
    void drfDetail() {
        const ErrorBody e = fromFixture("error-drf-detail.json");
        QCOMPARE(e.message, QStringLiteral("Not found."));
        QVERIFY(e.code.isEmpty());
        QVERIFY(!e.retryable);
        QCOMPARE(e.details, Json({{"detail", "Not found."}}));
    }

    void capabilityEnvelope() {
        const ErrorBody e = fromFixture("error-capability.json");
        QCOMPARE(e.message,
                 QStringLiteral(
                     "Data source 'acme-postgres' does not support compiled update operations."));
        QCOMPARE(e.code, QStringLiteral("capability_not_supported"));
        QCOMPARE(e.capability, std::optional<QString>(QStringLiteral("supports_compiled_update")));
        QCOMPARE(e.retryable, std::optional<bool>(false));
        QVERIFY(!e.sqlstate);
    }

    void sqlError() {
        const ErrorBody e = fromFixture("error-sql.json");
        QCOMPARE(e.message, QStringLiteral("relation \"public.nope\" does not exist"));
        QCOMPARE(e.code, QStringLiteral("sql_error"));
        QCOMPARE(e.sqlstate, std::optional<QString>(QStringLiteral("42P01")));
    }

    void structuredDetail() {
        const ErrorBody e = fromFixture("error-structured-detail.json");
        QCOMPARE(e.message, QStringLiteral("Relation public.acme_crm__x was not found."));
        QCOMPARE(e.code, QStringLiteral("relation_not_found"));
    }

    void fastApiDetailList() {
        const ErrorBody e = fromFixture("error-fastapi.json");
        QCOMPARE(e.message, QStringLiteral("field required; value is not a valid integer"));
    }

    void drfFieldErrors() {
        QCOMPARE(fromFixture("error-drf-fields.json").message,
                 QStringLiteral(
                     "labels: Too many labels.; table_contract: Column 'uid' is declared twice."));
        QCOMPARE(fromFixture("error-drf-non-field.json").message,
                 QStringLiteral("physical_schema does not match table_contract.physical.schema.; "
                                "table_contract: Invalid contract."));
        QCOMPARE(fromText(R"({"table_contract": {"columns": ["Duplicate name."]}})").message,
                 QStringLiteral("table_contract.columns: Duplicate name."));
    }

    void otherValuesAreShownAsJson() {
        QCOMPARE(fromFixture("error-detail-object-dumped.json").message,
                 QStringLiteral("{\"limit\":5,\"reason\":\"quota\"}"));
        // No message key and no field errors: the body itself.
        const ErrorBody finalize = fromFixture("f11-finalize-managed-409.json");
        QVERIFY(finalize.message.startsWith(QLatin1String("{\"active_count\":0")));
        QVERIFY(finalize.message.size() <= 301);
        QVERIFY(finalize.details.is_object());
    }

    void rawQueryEnvelope() {
        const ErrorBody e = fromFixture("f13-run-query-failure.json");
        QCOMPARE(e.message, QStringLiteral("Only SELECT/WITH/EXPLAIN queries are allowed."));
        QCOMPARE(e.code, QStringLiteral("validation_error"));
        QCOMPARE(e.retryable, std::optional<bool>(false));
        QVERIFY(!e.sqlstate); // null
    }

    void keyPriority() {
        QCOMPARE(fromText(R"({"message": "m", "detail": ""})").message, QStringLiteral("m"));
        QCOMPARE(fromText(R"({"error": "bad thing", "message": "m"})").message,
                 QStringLiteral("bad thing"));
        QCOMPARE(fromText(R"({"errors": [{"msg": "a"}, {"msg": "b"}]})").message,
                 QStringLiteral("a; b"));
        QCOMPARE(fromText(R"({"non_field_errors": ["x", "y"]})").message, QStringLiteral("x; y"));
        QCOMPARE(fromText(R"({"errors": [1, 2]})").message, QStringLiteral("[1,2]"));
        const ErrorBody jwt =
            fromText(R"({"detail": "Given token not valid", "code": "token_not_valid"})");
        QCOMPARE(jwt.code, QStringLiteral("token_not_valid"));
        QCOMPARE(fromText(R"({"error": {"code": "physical_table_missing"}})").message,
                 QStringLiteral("physical_table_missing"));
        QCOMPARE(fromText(R"("plain string body")").message, QStringLiteral("plain string body"));
        QCOMPARE(fromText(R"({})").message, QStringLiteral("{}"));
    }

    void htmlPage() {
        const ErrorBody e = decodeErrorBody(fixtureBytes(QStringLiteral("error-html.html")));
        QCOMPARE(e.message,
                 QStringLiteral("502 Bad Gateway 502 Bad Gateway The upstream server & its proxy "
                                "did not answer. nginx"));
        QVERIFY(e.details.is_null());
        QVERIFY(e.code.isEmpty());
    }

    void truncatedJson() {
        const ErrorBody e = decodeErrorBody(fixtureBytes(QStringLiteral("error-truncated.json")));
        QCOMPARE(e.message,
                 QStringLiteral("{\"detail\": \"Authentication credentials were not prov"));
        QVERIFY(e.details.is_null());
    }

    void longAndOddBodies() {
        const ErrorBody empty = decodeErrorBody(QByteArray());
        QVERIFY(empty.message.isEmpty());
        QVERIFY(empty.details.is_null());

        const ErrorBody longText = decodeErrorBody(QByteArray(5000, 'x'));
        QCOMPARE(longText.message.size(), 301);
        QVERIFY(longText.message.endsWith(QChar(0x2026)));

        const ErrorBody longDetail =
            decodeErrorBody("{\"detail\": \"" + QByteArray(1000, 'y') + "\"}");
        QCOMPARE(longDetail.message.size(), 301);

        const ErrorBody binary = decodeErrorBody(QByteArray("\xff\xfe\x00<b>x</b>", 11));
        QVERIFY(binary.message.contains(QLatin1Char('x')));

        const ErrorBody spaces = decodeErrorBody(QByteArray("  Service\n\n Unavailable  "));
        QCOMPARE(spaces.message, QStringLiteral("Service Unavailable"));
    }

    void encodesTheEnvelope() {
        const Json body = encodeErrorBody(
            QStringLiteral(
                "Data source 'acme-postgres' does not support compiled update operations."),
            QStringLiteral("capability_not_supported"),
            Json{{"capability", "supports_compiled_update"},
                 {"data_source_uid", "7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01"},
                 {"code", "ignored"}});
        QCOMPARE(body, fixtureJson(QStringLiteral("error-capability.json")));

        const Json retryable =
            encodeErrorBody(QStringLiteral("Timed out."), QStringLiteral("statement_timeout"),
                            Json{{"retryable", true}});
        QCOMPARE(retryable["error"]["retryable"], Json(true));
        const Json plain =
            encodeErrorBody(QStringLiteral("No."), QStringLiteral("scope_access_denied"));
        QCOMPARE(plain, (Json{{"ok", false},
                              {"detail", "No."},
                              {"error", {{"code", "scope_access_denied"}, {"retryable", false}}}}));

        const ErrorBody back = decodeErrorBody(QByteArray::fromStdString(retryable.dump()));
        QCOMPARE(back.message, QStringLiteral("Timed out."));
        QCOMPARE(back.code, QStringLiteral("statement_timeout"));
        QCOMPARE(back.retryable, std::optional<bool>(true));
    }
};

QTEST_APPLESS_MAIN(TestErrorCodec)
#include "tst_errorcodec.moc"
