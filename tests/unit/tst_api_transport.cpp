// Transport behaviour of ApiClient: which failures are retried (GETs only, plus writes
// that never left), Retry-After, timeouts, cancellation, and the context's lifetime.
#include "tst_api_fixtures.h"

#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

ScriptedReply unavailable(const QByteArray& retryAfter) {
    ScriptedReply r = ScriptedReply::json(503, R"({"detail": "Service temporarily unavailable."})");
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

} // namespace

class TestApiTransport : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FixtureHttpServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void getIsRetriedAfter503HonouringRetryAfter() {
        m_server->enqueue("GET", kLegacyTables, unavailable("1"));
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, pageJson({})));
        ApiClient client(configFor(*m_server));
        QSignalSpy exchanges(&client, &ApiClient::requestFinished);
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE_WITH_TIMEOUT(out->calls, 1, 10000);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        const auto log = m_server->requestsTo("GET", kLegacyTables);
        QCOMPARE(log.size(), 2);
        // The retry waited for the server's Retry-After (1 s), not the 10 ms backoff.
        QVERIFY2(log[1].receivedAtMs - log[0].receivedAtMs >= 800,
                 qPrintable(QString::number(log[1].receivedAtMs - log[0].receivedAtMs)));
        QCOMPARE(exchanges.count(), 2);
        QCOMPARE(exchanges[0][2].toInt(), 503);
    }

    void postIsNotRetriedAfter503() {
        m_server->enqueue("POST", kLegacyTables + "execute-operation/", unavailable("0"));
        m_server->enqueue(
            "POST", kLegacyTables + "execute-operation/",
            ScriptedReply::json(200, R"({"ok": true, "operation": "update", "row_count": 1})"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<ExecuteReply>();
        CompiledSqlOperation op;
        op.operation = QStringLiteral("update");
        client.executeOperation(op, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().httpStatus, 503);
        QVERIFY2(out->error().message.contains(QStringLiteral("Try again later")),
                 qPrintable(out->error().message));
        QTest::qWait(100);
        QCOMPARE(m_server->count("POST", kLegacyTables + "execute-operation/"), 1);
    }

    void retriesStopAtTheLimit() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(500, R"({"detail": "boom"})"));
        ClientConfig config = configFor(*m_server);
        config.maxGetRetries = 2;
        ApiClient client(config);
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().httpStatus, 500);
        QVERIFY2(out->error().message.startsWith(
                     QStringLiteral("The server answered 500 Internal Server Error to GET")),
                 qPrintable(out->error().message));
        QVERIFY(out->error().message.contains(QStringLiteral("boom")));
        QCOMPARE(m_server->count("GET", kLegacyTables), 3);
    }

    void clientErrorsAreNotRetried() {
        m_server->enqueue("GET", kLegacyTables,
                          ScriptedReply::json(404, R"({"detail": "Not found."})"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->error().isNotFound());
        QCOMPARE(m_server->count("GET", kLegacyTables), 1);
    }

    void tooLongRetryAfterIsNotWaitedFor() {
        m_server->enqueue("GET", kLegacyTables, unavailable("3600"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().httpStatus, 503);
        QCOMPARE(m_server->count("GET", kLegacyTables), 1);
    }

    void connectionRefusedReadsWell() {
        ClientConfig config = configFor(*m_server);
        const quint16 port = closedPort();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.maxGetRetries = 1;
        ApiClient client(config);
        QSignalSpy exchanges(&client, &ApiClient::requestFinished);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Network);
        QCOMPARE(out->error().httpStatus, 0);
        QCOMPARE(out->error().message,
                 QStringLiteral("Could not reach http://127.0.0.1:%1/ (connection refused). Is the "
                                "server running?")
                     .arg(port));
        QCOMPARE(exchanges.count(), 2); // refused twice: the first try and one retry
        QCOMPARE(client.connectionState(), ConnectionState::Unreachable);
    }

    void refusedWriteIsRetriedBecauseNothingWasSent() {
        ClientConfig config = configFor(*m_server);
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        config.maxGetRetries = 2;
        ApiClient client(config);
        QSignalSpy exchanges(&client, &ApiClient::requestFinished);
        auto out = makeOutcome<ExecuteReply>();
        client.executeOperation(CompiledSqlOperation(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Network);
        QCOMPARE(exchanges.count(), 3);
    }

    void silentServerTimesOut() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::hang());
        ClientConfig config = configFor(*m_server);
        config.timeoutMs = 200;
        config.maxGetRetries = 1;
        ApiClient client(config);
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(out->error().message.contains(QStringLiteral("got no answer within 0.2 s")),
                 qPrintable(out->error().message));
        QCOMPARE(m_server->count("GET", kLegacyTables), 2); // a GET that got no header is retried
    }

    void silentServerTimesOutAWriteWithoutRetry() {
        m_server->enqueue("POST", kLegacyTables + "execute-operation/", ScriptedReply::hang());
        ClientConfig config = configFor(*m_server);
        config.timeoutMs = 200;
        ApiClient client(config);
        auto out = makeOutcome<ExecuteReply>();
        client.executeOperation(CompiledSqlOperation(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Timeout);
        QTest::qWait(100);
        QCOMPARE(m_server->count("POST", kLegacyTables + "execute-operation/"), 1);
    }

    void cancelInFlight() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::hang());
        ApiClient client(configFor(*m_server));
        QSignalSpy received(m_server.get(), &FixtureHttpServer::requestReceived);
        auto out = makeOutcome<Page<MetaTable>>();
        QPointer<ApiCall> call = client.listTables(CatalogQuery(), this, catchInto(out));
        QVERIFY(received.wait());
        QVERIFY(call);
        call->cancel();
        QCOMPARE(out->calls, 1); // delivered before cancel() returned
        QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(out->error().message.contains(QStringLiteral("was cancelled")));
        call->cancel(); // a second cancel is a no-op
        QTest::qWait(100);
        QCOMPARE(out->calls, 1);
        QCOMPARE(m_server->requests().size(), 1);
        QTRY_VERIFY(call.isNull()); // the handle cleans itself up
    }

    void cancelStopsAPendingRetry() {
        m_server->enqueue("GET", kLegacyTables, unavailable("1"));
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, pageJson({})));
        ApiClient client(configFor(*m_server));
        QSignalSpy exchanges(&client, &ApiClient::requestFinished);
        auto out = makeOutcome<Page<MetaTable>>();
        QPointer<ApiCall> call = client.listTables(CatalogQuery(), this, catchInto(out));
        QVERIFY(exchanges.wait()); // the 503 arrived; the retry waits for Retry-After
        QVERIFY(call && !call->isFinished());
        call->cancel();
        QCOMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(1300);
        QCOMPARE(m_server->count("GET", kLegacyTables), 1);
        QCOMPARE(out->calls, 1);
    }

    void cancelWhileWaitingForDetection() {
        m_server->enqueue("GET", kV1Tables, ScriptedReply::hang());
        ApiClient client(configFor(*m_server, ApiNamespace::Auto));
        QSignalSpy received(m_server.get(), &FixtureHttpServer::requestReceived);
        auto out = makeOutcome<MetaTable>();
        QPointer<ApiCall> call = client.getTable(kAccountUid, this, catchInto(out));
        QVERIFY(received.wait()); // the probe is out
        call->cancel();
        QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(out->calls, 1);
    }

    void destroyedContextGetsNoCallback() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::hang());
        ApiClient client(configFor(*m_server));
        QSignalSpy received(m_server.get(), &FixtureHttpServer::requestReceived);
        auto context = std::make_unique<QObject>();
        auto out = makeOutcome<Page<MetaTable>>();
        QPointer<ApiCall> call = client.listTables(CatalogQuery(), context.get(), catchInto(out));
        QVERIFY(received.wait());
        context.reset();
        QTRY_VERIFY(call.isNull()); // aborted and gone
        QTest::qWait(50);
        QCOMPARE(out->calls, 0);
    }

    void destroyedClientGetsNoCallback() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::hang());
        auto client = std::make_unique<ApiClient>(configFor(*m_server));
        QSignalSpy received(m_server.get(), &FixtureHttpServer::requestReceived);
        auto out = makeOutcome<Page<MetaTable>>();
        client->listTables(CatalogQuery(), this, catchInto(out));
        QVERIFY(received.wait());
        client.reset();
        QTest::qWait(50);
        QCOMPARE(out->calls, 0);
    }

    void resetConnectionIsANetworkError() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::reset());
        ClientConfig config = configFor(*m_server);
        config.maxGetRetries = 0;
        ApiClient client(config);
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Network);
        QVERIFY2(out->error().message.contains(QStringLiteral("closed the connection")),
                 qPrintable(out->error().message));
    }

    void resetWriteIsNotSentAgain() {
        m_server->enqueue("POST", kLegacyTables + "execute-operation/", ScriptedReply::reset());
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<ExecuteReply>();
        client.executeOperation(CompiledSqlOperation(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Network);
        QVERIFY2(out->error().message.contains(QStringLiteral("may have carried it out")),
                 qPrintable(out->error().message));
        QTest::qWait(100);
        QCOMPARE(m_server->count("POST", kLegacyTables + "execute-operation/"), 1);
    }

    void bodyCutShortIsANetworkErrorAndRetried() {
        const QByteArray body = pageJson({});
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::truncated(200, body));
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, body));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(m_server->count("GET", kLegacyTables), 2);
    }

    void bodyCutShortOfAWriteIsNotSentAgain() {
        m_server->enqueue("POST", kLegacyTables + "execute-operation/",
                          ScriptedReply::truncated(200, QByteArray(4000, ' ') + "{}"));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<ExecuteReply>();
        client.executeOperation(CompiledSqlOperation(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QCOMPARE(out->error().kind, ApiError::Kind::Network);
        QTest::qWait(100);
        QCOMPARE(m_server->count("POST", kLegacyTables + "execute-operation/"), 1);
    }

    void resetGetIsRetried() {
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::reset());
        m_server->enqueue("GET", kLegacyTables, ScriptedReply::json(200, pageJson({})));
        ApiClient client(configFor(*m_server));
        auto out = makeOutcome<Page<MetaTable>>();
        client.listTables(CatalogQuery(), this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
    }

private:
    std::unique_ptr<FixtureHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_api_transport.moc"
