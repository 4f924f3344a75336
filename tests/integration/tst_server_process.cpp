// tsm-refserver as a process: fault injection proven through the request log, access
// token expiry, clean shutdown on SIGTERM, command-line refusals. Each test starts its
// own server on the fixture's catalog.
#include "db/PgConnection.h"
#include "tst_server_client.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using cc::Json;
using cc::test::HttpReply;
using cc::test::kLegacyTables;
using cc::test::ServerClient;

namespace {

// A tsm-refserver child process with its own log file.
class ServerProcess {
public:
    explicit ServerProcess(const QStringList& extra) {
        m_log = m_dir.filePath(QStringLiteral("requests.log"));
        QStringList args = {QStringLiteral("serve"),
                            QStringLiteral("--db"),
                            QString::fromStdString(ServerClient::env("PG_CONNINFO")),
                            QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--log"),
                            m_log};
        args += extra;
        m_process.start(QString::fromStdString(ServerClient::env("REFSERVER_BIN")), args);
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(20000))
            out += m_process.readAllStandardOutput();
        const QByteArray prefix = "listening on ";
        if (out.startsWith(prefix))
            m_url = out.mid(prefix.size()).trimmed().toStdString();
    }
    ~ServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    const std::string& url() const { return m_url; }
    QProcess& process() { return m_process; }
    QStringList logLines() const {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QStringList linesWith(const QString& needle) const {
        QStringList out;
        for (const QString& line : logLines())
            if (line.contains(needle))
                out << line;
        return out;
    }
    // The line is written after the reply is sent: wait for `count` of them to appear.
    QStringList awaitLines(const QString& needle, int count) const {
        QStringList out = linesWith(needle);
        for (int i = 0; i < 100 && out.size() < count; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            out = linesWith(needle);
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_log;
    QProcess m_process;
    std::string m_url;
};

QString hashOf(const std::string& body) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(body), QCryptographicHash::Sha256)
            .toHex()
            .left(12));
}

} // namespace

class TestServerProcess : public QObject {
    Q_OBJECT

private:
    ServerClient m_shared;
    std::unique_ptr<tsm::db::Connection> m_data;
    std::string m_schema;

    // A register body for a fresh physical table in this run's schema.
    Json freshRegistration(const std::string& table) {
        m_data->execScript("CREATE TABLE " + m_schema + "." + table + " (id bigint PRIMARY KEY)");
        return {{"data_source_uid", m_shared.dataSourceUid("demo-postgres")},
                {"physical_schema", m_schema},
                {"table_contract",
                 {{"version", "relational-table.v1"},
                  {"physical", {{"schema", m_schema}, {"table_name", table}}},
                  {"columns", Json::array({{{"name", "id"},
                                            {"data_type", "int64"},
                                            {"nullable", false},
                                            {"primary_key", true}}})}}},
                {"identifier", "faults." + m_schema + "." + table},
                {"namespace", "faults"},
                {"management_mode", "external_registered"}};
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_shared.available(),
                 "refserver.env missing: run through ctest (fixture refserver)");
        m_data = std::make_unique<tsm::db::Connection>(ServerClient::env("DATA_CONNINFO"));
        m_schema = "faults_" + std::to_string(QRandomGenerator::global()->bounded(1000000));
        m_data->execScript("CREATE SCHEMA " + m_schema);
    }

    void cleanupTestCase() {
        m_shared.deleteTablesMatching(m_schema); // the shared catalog keeps only the demo
        if (m_data)
            m_data->execScript("DROP SCHEMA IF EXISTS " + m_schema + " CASCADE");
    }

    void unavailableBeforeTheHandler() {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("rate=1,kinds=503")});
        QVERIFY(!server.url().empty());
        ServerClient client(server.url());
        const Json body = freshRegistration("never_registered");
        const HttpReply r =
            client.post(std::string(kLegacyTables) + "register/", body, ServerClient::editor());
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), std::string("1"));
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("injected_fault"));
        const QStringList lines = server.awaitLines(hashOf(body.dump()), 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QLatin1String("handler=skipped")) &&
                     lines[0].contains(QLatin1String("fault=503")),
                 qPrintable(lines[0]));
        QVERIFY(m_shared.uidOf("faults." + m_schema + ".never_registered").empty());
    }

    void internalErrorIsStructured() {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("rate=1,kinds=500")});
        ServerClient client(server.url());
        const HttpReply r = client.get(kLegacyTables, ServerClient::viewer());
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json["ok"].get<bool>(), false);
        QVERIFY(r.json["detail"].is_string());
    }

    void truncatedReplyAfterOneExecution() {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("rate=1,kinds=truncate")});
        ServerClient client(server.url());
        const Json body = freshRegistration("truncated_once");
        const HttpReply r =
            client.post(std::string(kLegacyTables) + "register/", body, ServerClient::editor());
        QVERIFY(!r.transportOk || r.json.is_null()); // half a body is no reply
        const QStringList lines = server.awaitLines(hashOf(body.dump()), 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(QLatin1String("handler=ran")) &&
                     lines[0].contains(QLatin1String("fault=truncate")),
                 qPrintable(lines[0]));
        QVERIFY(!m_shared.uidOf("faults." + m_schema + ".truncated_once").empty());
    }

    void resetClosesWithoutAReply() {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("rate=1,kinds=reset")});
        ServerClient client(server.url());
        const HttpReply r = client.get(kLegacyTables, ServerClient::viewer());
        QVERIFY(!r.transportOk);
        const QStringList lines = server.awaitLines(QStringLiteral("fault=reset"), 1);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].contains(QLatin1String("handler=skipped")));
    }

    void slowBodyArrivesWhole() {
        ServerProcess server(
            {QStringLiteral("--fault"), QStringLiteral("latency=20,rate=1,kinds=slow")});
        ServerClient client(server.url());
        const HttpReply r =
            client.get(std::string(kLegacyTables) + "?namespace=reference", ServerClient::viewer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["count"].get<int>(), 9);
        QCOMPARE(server.awaitLines(QStringLiteral("fault=slow"), 1).size(), 1);
    }

    // A client that re-sends a POST after each 503 gets it executed exactly once.
    void retriedPostRunsOnce() {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("rate=0.5,kinds=503")});
        ServerClient client(server.url());
        const Json body = freshRegistration("retried");
        HttpReply r;
        int attempts = 0;
        do {
            r = client.post(std::string(kLegacyTables) + "register/", body, ServerClient::editor());
            ++attempts;
        } while (r.status == 503 && attempts < 60);
        QCOMPARE(r.status, 201);
        const QStringList lines = server.awaitLines(hashOf(body.dump()), attempts);
        QCOMPARE(lines.size(), attempts);
        QCOMPARE(lines.filter(QStringLiteral("handler=ran")).size(), 1);
    }

    void accessTokensExpire() {
        ServerProcess server({QStringLiteral("--access-ttl"), QStringLiteral("1")});
        ServerClient client(server.url());
        const HttpReply pair = client.post("/auth/jwt-token/token/",
                                           {{"username", ServerClient::env("LOGIN_USER")},
                                            {"password", ServerClient::env("LOGIN_PASSWORD")}});
        QCOMPARE(pair.status, 200);
        QCOMPARE(client.get(kLegacyTables, pair.json["access"]).status, 200);
        std::this_thread::sleep_for(std::chrono::milliseconds(2200));
        const HttpReply expired = client.get(kLegacyTables, pair.json["access"]);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json["code"].get<std::string>(), std::string("token_not_valid"));
        const HttpReply renewed =
            client.post("/auth/jwt-token/token/refresh/", {{"refresh", pair.json["refresh"]}});
        QCOMPARE(renewed.status, 200);
        QCOMPARE(client.get(kLegacyTables, renewed.json["access"]).status, 200);
    }

    void stopsCleanlyOnSigterm() {
        ServerProcess server({});
        QVERIFY(!server.url().empty());
        ServerClient client(server.url());
        QCOMPARE(client.get(kLegacyTables, ServerClient::viewer()).status, 200);
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(10000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        // Every request was logged, tokens never.
        for (const QString& line : server.logLines())
            QVERIFY(!line.contains(QString::fromStdString(ServerClient::viewer())));
        QCOMPARE(server.linesWith(QStringLiteral(" GET ")).size(), 1);
    }

    void commandLineRefusals() {
        const QString bin = QString::fromStdString(ServerClient::env("REFSERVER_BIN"));
        QProcess p;
        p.start(bin, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("tsm-refserver serve"));
        p.start(bin, {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        p.start(bin, {QStringLiteral("serve"), QStringLiteral("--db"),
                      QString::fromStdString(ServerClient::env("PG_CONNINFO")),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--fault"), QStringLiteral("kinds=teapot")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const std::string noCatalog =
            tsm::db::withDatabase(ServerClient::env("PG_CONNINFO"), "postgres");
        p.start(bin,
                {QStringLiteral("serve"), QStringLiteral("--db"), QString::fromStdString(noCatalog),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("init"));
    }
};

QTEST_APPLESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
