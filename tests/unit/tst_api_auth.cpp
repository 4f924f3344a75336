// Token renewal after a 401 (spec §1.2): one refresh (or login), one retry, shared by
// concurrent calls; a second 401 is final; rotated tokens are announced.
#include "tst_api_fixtures.h"

#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

const QString kRefresh = QStringLiteral("/auth/jwt-token/token/refresh/");
const QString kLogin = QStringLiteral("/auth/jwt-token/token/");

ScriptedReply unauthorized() {
    return ScriptedReply::json(
        401, R"({"detail": "Given token not valid or expired.", "code": "token_not_valid"})");
}

} // namespace

class TestApiAuth : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FixtureHttpServer>();
        QVERIFY(m_server->listen());
        // The detail route accepts only the token "fresh".
        m_server->handle("GET", detailPath(), [](const RecordedRequest& r) {
            if (r.header("Authorization") == "Bearer fresh")
                return ScriptedReply::json(200, metaTableJson(kAccountUid, "acme_crm__account"));
            return unauthorized();
        });
    }
    void cleanup() { m_server.reset(); }

    void refreshesOnceAndRetries() {
        m_server->enqueue(
            "POST", kRefresh,
            ScriptedReply::json(200, R"({"access": "fresh", "refresh": "refresh-2"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("refresh-1");
        ApiClient client(config);
        QSignalSpy tokens(&client, &ApiClient::tokensChanged);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));

        const auto& log = m_server->requests();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].header("Authorization"), QByteArray("Bearer stale"));
        QCOMPARE(log[1].path, kRefresh);
        QCOMPARE(Json::parse(log[1].body.toStdString()), (Json{{"refresh", "refresh-1"}}));
        QVERIFY(log[1].header("Authorization").isEmpty()); // the auth routes carry no bearer
        QCOMPARE(log[2].header("Authorization"), QByteArray("Bearer fresh"));

        QCOMPARE(tokens.count(), 1);
        QCOMPARE(tokens[0][0].toString(), QStringLiteral("fresh"));
        QCOMPARE(tokens[0][1].toString(), QStringLiteral("refresh-2"));
        QCOMPARE(client.config().accessToken, QStringLiteral("fresh"));
        QCOMPARE(client.config().refreshToken, QStringLiteral("refresh-2"));
    }

    void refreshWithoutRotationKeepsTheRefreshToken() {
        m_server->enqueue("POST", kRefresh, ScriptedReply::json(200, R"({"access": "fresh"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("refresh-1");
        ApiClient client(config);
        QSignalSpy tokens(&client, &ApiClient::tokensChanged);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->ok());
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(tokens[0][1].toString(), QStringLiteral("refresh-1"));
    }

    void secondUnauthorizedIsFinal() {
        // The refresh "works" but the server still refuses the new token.
        m_server->enqueue("POST", kRefresh, ScriptedReply::json(200, R"({"access": "still-bad"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("refresh-1");
        ApiClient client(config);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->error().isAuthentication());
        QCOMPARE(out->error().kind, ApiError::Kind::Http);
        QVERIFY2(out->error().message.contains(QStringLiteral("invalid or expired")),
                 qPrintable(out->error().message));
        QCOMPARE(m_server->count("GET", detailPath()), 2);
        QCOMPARE(m_server->count("POST", kRefresh), 1);
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 3); // nothing more after the final answer
        QCOMPARE(client.connectionState(), ConnectionState::Unauthorized);
    }

    void concurrentUnauthorizedCallsShareOneRefresh() {
        ScriptedReply refresh =
            ScriptedReply::json(200, R"({"access": "fresh", "refresh": "refresh-2"})");
        refresh.delayMs = 100; // all three 401s arrive while the refresh is out
        m_server->enqueue("POST", kRefresh, refresh);
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("refresh-1");
        ApiClient client(config);
        QSignalSpy tokens(&client, &ApiClient::tokensChanged);
        std::vector<std::shared_ptr<Outcome<MetaTable>>> outs;
        for (int i = 0; i < 3; ++i) {
            outs.push_back(makeOutcome<MetaTable>());
            client.getTable(kAccountUid, this, catchInto(outs.back()));
        }
        QTRY_VERIFY(outs[0]->calls == 1 && outs[1]->calls == 1 && outs[2]->calls == 1);
        for (const auto& out : outs)
            QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(m_server->count("POST", kRefresh), 1);
        QCOMPARE(m_server->count("GET", detailPath()), 6);
        QCOMPARE(tokens.count(), 1);
    }

    void logsInWhenThereIsNoRefreshToken() {
        m_server->enqueue(
            "POST", kLogin,
            ScriptedReply::json(200, R"({"access": "fresh", "refresh": "refresh-9"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken.clear();
        config.username = QStringLiteral("ada");
        config.password = QStringLiteral("pw-secret");
        ApiClient client(config);
        QSignalSpy tokens(&client, &ApiClient::tokensChanged);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QVERIFY(m_server->requests().front().header("Authorization").isEmpty());
        QCOMPARE(Json::parse(m_server->requestsTo("POST", kLogin).front().body.toStdString()),
                 (Json{{"username", "ada"}, {"password", "pw-secret"}}));
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(client.config().refreshToken, QStringLiteral("refresh-9"));
    }

    void refusedRefreshFallsBackToLogin() {
        m_server->enqueue("POST", kRefresh, unauthorized());
        m_server->enqueue("POST", kLogin,
                          ScriptedReply::json(200, R"({"access": "fresh", "refresh": "r"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("expired-refresh");
        config.username = QStringLiteral("ada");
        config.password = QStringLiteral("pw");
        ApiClient client(config);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QCOMPARE(m_server->count("POST", kRefresh), 1);
        QCOMPARE(m_server->count("POST", kLogin), 1);
    }

    void refusedRefreshWithoutPasswordIsFinal() {
        m_server->enqueue("POST", kRefresh, unauthorized());
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        config.refreshToken = QStringLiteral("expired-refresh");
        ApiClient client(config);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->error().isAuthentication());
        QVERIFY2(out->error().message.contains(QStringLiteral("refused to renew")),
                 qPrintable(out->error().message));
        QCOMPARE(m_server->count("GET", detailPath()), 1);
    }

    void tokenWithoutAnyWayToRenewIsFinal() {
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("stale");
        ApiClient client(config);
        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->error().isAuthentication());
        QVERIFY2(out->error().message.contains(QStringLiteral("invalid or expired")),
                 qPrintable(out->error().message));
        QCOMPARE(out->error().body.message, QStringLiteral("Given token not valid or expired."));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void explicitLoginStoresTokens() {
        m_server->enqueue("POST", kLogin,
                          ScriptedReply::json(200, R"({"access": "fresh", "refresh": "r1"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken.clear();
        ApiClient client(config);
        QSignalSpy tokens(&client, &ApiClient::tokensChanged);
        auto login = makeOutcome<AuthTokens>();
        client.login(QStringLiteral("ada"), QStringLiteral("pw"), this, catchInto(login));
        QTRY_COMPARE(login->calls, 1);
        QVERIFY2(login->ok(), qPrintable(login->error().message));
        QCOMPARE(login->value().access, QStringLiteral("fresh"));
        QCOMPARE(tokens.count(), 1);

        auto out = makeOutcome<MetaTable>();
        client.getTable(kAccountUid, this, catchInto(out));
        QTRY_COMPARE(out->calls, 1);
        QVERIFY(out->ok());
    }

    void loginReplyWithoutAccessIsADecodeError() {
        m_server->enqueue("POST", kLogin, ScriptedReply::json(200, R"({"token": "x"})"));
        ApiClient client(configFor(*m_server));
        auto login = makeOutcome<AuthTokens>();
        client.login(QStringLiteral("ada"), QStringLiteral("pw"), this, catchInto(login));
        QTRY_COMPARE(login->calls, 1);
        QCOMPARE(login->error().kind, ApiError::Kind::Decode);
        QVERIFY(login->error().message.contains(QStringLiteral("access")));
        QCOMPARE(client.config().accessToken, QStringLiteral("token-1"));
    }

    void passwordNeverGoesToRemotePlainHttp() {
        ClientConfig config = configFor(*m_server);
        config.baseUrl = QUrl(QStringLiteral("http://tsm.example.test"));
        config.accessToken.clear();
        ApiClient client(config);
        auto login = makeOutcome<AuthTokens>();
        client.login(QStringLiteral("ada"), QStringLiteral("pw"), this, catchInto(login));
        QTRY_COMPARE(login->calls, 1);
        QCOMPARE(login->error().kind, ApiError::Kind::Configuration);
    }

    void secretsNeverReachTheLog() {
        m_server->enqueue("POST", kRefresh, unauthorized());
        m_server->enqueue(
            "POST", kLogin,
            ScriptedReply::json(200, R"({"access": "fresh", "refresh": "r-secret-2"})"));
        ClientConfig config = configFor(*m_server);
        config.accessToken = QStringLiteral("a-secret-1");
        config.refreshToken = QStringLiteral("r-secret-1");
        config.username = QStringLiteral("ada");
        config.password = QStringLiteral("pw-secret");

        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("cc.net.debug=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&,
                                      const QString& message) { captured << message; });
        {
            ApiClient client(config);
            auto out = makeOutcome<MetaTable>();
            client.getTable(kAccountUid, this, catchInto(out));
            QTRY_COMPARE(out->calls, 1);
            QVERIFY(out->ok());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(captured.size() > 3); // debug logging was on
        for (const QString& line : std::as_const(captured)) {
            QVERIFY2(!line.contains(QStringLiteral("secret")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Bearer")), qPrintable(line));
        }
    }

private:
    static QString detailPath() { return kLegacyTables + kAccountUid + "/"; }

    std::unique_ptr<FixtureHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_api_auth.moc"
