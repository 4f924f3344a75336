// Bad input the rest of the suite does not cover: a 50 MB list reply, a 10 MB string cell,
// a list reply cut off in the middle, access tokens that expire under a logged-in client, and a
// server slower than the client's timeout.
#include "ClientRun.h"
#include "RefServerProcess.h"

#include "support/FixtureHttpServer.h"

#include <QFile>
#include <QtTest>

#include <thread>

using cc::ApiError;
using cc::test::FixtureHttpServer;
using cc::test::RefServerProcess;
using cc::test::ScriptedReply;

namespace {

const QString kTables = QStringLiteral("/orm/api/ts_manager/meta_table/");

// A list page of `count` copies of the first table of fixture f04, each with its own uid
// and a 2,000-character description: about count * 2.5 KB.
QByteArray bigPage(int count) {
    QFile file(QStringLiteral(CC_FIXTURE_DIR "/f04-list-page.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const cc::Json fixture = cc::Json::parse(file.readAll().toStdString());
    cc::Json table = fixture["results"][0];
    table["description"] = std::string(2000, 'd');
    cc::Json page = {
        {"count", count}, {"next", nullptr}, {"previous", nullptr}, {"results", cc::Json::array()}};
    for (int i = 0; i < count; ++i) {
        table["uid"] = "0a1b2c3d-0000-4000-8000-" +
                       QByteArray::number(i).rightJustified(12, '0').toStdString();
        table["identifier"] = "big.table_" + std::to_string(i);
        page["results"].push_back(table);
    }
    return QByteArray::fromStdString(page.dump());
}

cc::ClientConfig configFor(const QUrl& url) {
    cc::ClientConfig config = cc::test::faultTolerantConfig(url, QStringLiteral("t0ken"));
    config.maxGetRetries = 0;
    return config;
}

} // namespace

class TestReliabilityInputs : public QObject {
    Q_OBJECT

private slots:
    void fiftyMegabyteListReplyDecodes() {
        FixtureHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = bigPage(24000);
        QVERIFY(body.size() > 50 * 1000 * 1000);
        server.enqueue("GET", kTables, ScriptedReply::json(200, body));
        cc::ApiClient client(configFor(server.baseUrl()));
        auto page = cc::test::awaitResult<cc::Page<cc::MetaTable>>(
            [&](auto done) { return client.listTables(cc::CatalogQuery(), nullptr, done); });
        QVERIFY(page.has_value());
        QVERIFY2(page->ok(), qPrintable(page->error().message));
        QCOMPARE(page->value().results.size(), std::size_t(24000));
    }

    // A 5 MB reply cut off in the middle: a clear sentence, not a partial list.
    void truncatedReplyFailsClearly() {
        FixtureHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = bigPage(2400);
        server.enqueue("GET", kTables, ScriptedReply::json(200, body.left(body.size() / 2)));
        cc::ApiClient client(configFor(server.baseUrl()));
        auto page = cc::test::awaitResult<cc::Page<cc::MetaTable>>(
            [&](auto done) { return client.listTables(cc::CatalogQuery(), nullptr, done); });
        QVERIFY(page.has_value());
        QVERIFY(!page->ok());
        QCOMPARE(page->error().kind, ApiError::Kind::Decode);
        QVERIFY2(page->error().message.startsWith(QStringLiteral("The reply to")),
                 qPrintable(page->error().message));
    }

    void tenMegabyteStringCellArrivesWhole() {
        FixtureHttpServer server;
        QVERIFY(server.listen());
        const QByteArray cell(10 * 1024 * 1024, 'x');
        const QByteArray body =
            "{\"ok\": true, \"operation\": \"select\", \"columns\": [\"id\", \"blob\"], "
            "\"rows\": [{\"id\": 1, \"blob\": \"" +
            cell +
            "\"}], \"row_count\": 1, \"pagination\": {\"has_more\": false, "
            "\"next_offset\": null}}";
        server.enqueue("POST", kTables + QStringLiteral("execute-operation/"),
                       ScriptedReply::json(200, body));
        cc::ApiClient client(configFor(server.baseUrl()));
        cc::CompiledSqlOperation op;
        op.sql = QStringLiteral("SELECT id, blob FROM t ORDER BY id");
        op.tables = {
            cc::ScopeTable{QStringLiteral("u1"), QStringLiteral("t"), QStringLiteral("read"), {}}};
        auto reply = cc::test::awaitResult<cc::ExecuteReply>(
            [&](auto done) { return client.executeOperation(op, nullptr, done); });
        QVERIFY(reply.has_value());
        QVERIFY2(reply->ok(), qPrintable(reply->error().message));
        QVERIFY(reply->value().rows.has_value());
        const cc::RowSet& rows = *reply->value().rows;
        QCOMPARE(rows.rowCount(), qint64(1));
        QCOMPARE(rows.text(0, 1).size(), std::size_t(cell.size()));
    }

    // Login tokens of one second: the client renews with the refresh token and the call
    // still succeeds after the access token expired.
    void expiredAccessTokenIsRenewed() {
        QVERIFY2(!RefServerProcess::fixture("LOGIN_USER").isEmpty(), "refserver fixture missing");
        RefServerProcess server({QStringLiteral("--access-ttl"), QStringLiteral("1")});
        QVERIFY(server.started());
        cc::ClientConfig config = cc::test::faultTolerantConfig(server.url(), QString());
        cc::ApiClient client(config);
        auto login = cc::test::awaitResult<cc::AuthTokens>([&](auto done) {
            return client.login(RefServerProcess::fixture("LOGIN_USER"),
                                RefServerProcess::fixture("LOGIN_PASSWORD"), nullptr, done);
        });
        QVERIFY(login && login->ok());
        int unauthorized = 0;
        connect(&client, &cc::ApiClient::requestFinished, this,
                [&](const QString&, const QUrl&, int status) {
                    if (status == 401)
                        ++unauthorized;
                });
        std::this_thread::sleep_for(std::chrono::milliseconds(2100));
        auto page = cc::test::awaitResult<cc::Page<cc::MetaTable>>(
            [&](auto done) { return client.listTables(cc::CatalogQuery(), nullptr, done); });
        QVERIFY(page.has_value());
        QVERIFY2(page->ok(), qPrintable(page->error().message));
        QCOMPARE(unauthorized, 1); // the expired token was refused once, then renewed
    }

    // A server slower than the client's timeout: Kind::Timeout and a sentence that says so.
    void slowerThanTheTimeoutReadsWell() {
        RefServerProcess server({QStringLiteral("--fault"), QStringLiteral("latency=3000")});
        QVERIFY(server.started());
        cc::ClientConfig config =
            cc::test::faultTolerantConfig(server.url(), RefServerProcess::fixture("TOKEN_VIEWER"));
        config.timeoutMs = 800;
        config.maxGetRetries = 1;
        cc::ApiClient client(config);
        auto page = cc::test::awaitResult<cc::Page<cc::MetaTable>>(
            [&](auto done) { return client.listTables(cc::CatalogQuery(), nullptr, done); });
        QVERIFY(page.has_value());
        QVERIFY(!page->ok());
        QCOMPARE(page->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(page->error().message.contains(QStringLiteral("got no answer within")),
                 qPrintable(page->error().message));
    }
};

QTEST_GUILESS_MAIN(TestReliabilityInputs)
#include "tst_reliability_inputs.moc"
