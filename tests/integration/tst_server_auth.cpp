// tsm-refserver authentication: login, refresh rotation, logout, the user ping, roles.
#include "tst_server_client.h"

#include <QByteArray>
#include <QDateTime>
#include <QtTest>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::ServerClient;

namespace {

// The payload of a JWT-shaped token (the server does not trust it; clients read `exp`).
Json payloadOf(const std::string& token) {
    const size_t first = token.find('.');
    const size_t second = token.find('.', first + 1);
    if (first == std::string::npos || second == std::string::npos)
        return Json();
    const QByteArray part = QByteArray::fromStdString(token.substr(first + 1, second - first - 1));
    return Json::parse(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding).toStdString(),
                       nullptr, false);
}

} // namespace

class TestServerAuth : public QObject {
    Q_OBJECT

private:
    ServerClient m_server;

    HttpReply login(const std::string& user, const std::string& password) {
        return m_server.post("/auth/jwt-token/token/",
                             {{"username", user}, {"password", password}});
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_server.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
    }

    void loginIssuesAPair() {
        const HttpReply r =
            login(ServerClient::env("LOGIN_USER"), ServerClient::env("LOGIN_PASSWORD"));
        QCOMPARE(r.status, 200);
        const std::string access = r.json["access"];
        QVERIFY(!r.json["refresh"].get<std::string>().empty());
        const Json payload = payloadOf(access);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(payload["exp"].get<qint64>() > now + 800); // default --access-ttl 900
        QVERIFY(payload["exp"].get<qint64>() <= now + 901);
        const HttpReply me = m_server.get("/auth/rest-auth/user/", access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json["username"].get<std::string>(), ServerClient::env("LOGIN_USER"));
        QCOMPARE(me.json["role"].get<std::string>(), std::string("editor"));
        QCOMPARE(m_server.get(kLegacyTables, access).status, 200);
    }

    void wrongPasswordIsRefused() {
        QCOMPARE(login(ServerClient::env("LOGIN_USER"), "wrong").status, 401);
        QCOMPARE(login("nobody", "x").status, 401);
        QCOMPARE(m_server.post("/auth/jwt-token/token/", {{"username", "analyst"}}).status, 400);
        QCOMPARE(m_server.postRaw("/auth/jwt-token/token/", "not json", "").status, 400);
    }

    void refreshRotatesAndSpendsTheOldToken() {
        const HttpReply first =
            login(ServerClient::env("LOGIN_USER"), ServerClient::env("LOGIN_PASSWORD"));
        const std::string refresh = first.json["refresh"];
        const HttpReply second =
            m_server.post("/auth/jwt-token/token/refresh/", {{"refresh", refresh}});
        QCOMPARE(second.status, 200);
        QVERIFY(second.json["refresh"] != first.json["refresh"]);
        QVERIFY(second.json["access"] != first.json["access"]);
        QCOMPARE(m_server.get(kLegacyTables, second.json["access"]).status, 200);
        const HttpReply reused =
            m_server.post("/auth/jwt-token/token/refresh/", {{"refresh", refresh}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.json["code"].get<std::string>(), std::string("token_not_valid"));
        // A refresh token is not a bearer token.
        const HttpReply asBearer = m_server.get(kLegacyTables, second.json["refresh"]);
        QCOMPARE(asBearer.status, 401);
        QCOMPARE(asBearer.json["detail"].get<std::string>(),
                 std::string("Given token not valid or expired."));
        // Logout spends it too.
        QCOMPARE(
            m_server.post("/auth/jwt-token/logout/", {{"refresh", second.json["refresh"]}}).status,
            200);
        QCOMPARE(
            m_server.post("/auth/jwt-token/token/refresh/", {{"refresh", second.json["refresh"]}})
                .status,
            401);
    }

    void rolesGateWrites() {
        const std::string trades = m_server.uidOf("markets.trades");
        const std::string url = std::string(kLegacyTables) + trades + "/";
        const HttpReply viewer =
            m_server.patch(url, {{"description", "x"}}, ServerClient::viewer());
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.json,
                 Json({{"detail", "You do not have permission to perform this action."}}));
        QCOMPARE(m_server
                     .post(std::string(kLegacyTables) + "register/", Json::object(),
                           ServerClient::viewer())
                     .status,
                 403);
        QCOMPARE(m_server.post(url + "introspect/", Json::object(), ServerClient::viewer()).status,
                 403);
        QCOMPARE(m_server.get("/auth/rest-auth/user/").status, 401);
        const HttpReply me = m_server.get("/auth/rest-auth/user/", ServerClient::limitedViewer());
        QCOMPARE(me.json["namespaces"], Json::array({ServerClient::env("LIMITED_NAMESPACE")}));
    }
};

QTEST_APPLESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
