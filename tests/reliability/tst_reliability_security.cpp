// Security checks that need processes and a server: the token never shows in the CLI's
// verbose or failing output, a killed CLI's stderr, the server's request log, the GUI's
// debug output or its settings file; TLS verification is on by default; injection through
// the list routes' query parameters and path is harmless.
#include "RefServerProcess.h"

#include "../integration/tst_server_client.h"
#include "net/ClientConfig.h"

#ifdef CC_GUI_BINARY
#include "ui/connection/ConnectionProfile.h"
#endif

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>

using cc::test::HttpReply;
using cc::test::RefServerProcess;
using cc::test::ServerClient;

namespace {

struct Run {
    bool crashed = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

Run runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env,
               int killAfterMs = -1, int signal = 0) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (killAfterMs >= 0) {
        QTest::qWait(killAfterMs);
        ::kill(pid_t(process.processId()), signal);
    }
    if (!process.waitForFinished(180000))
        process.kill();
    process.waitForFinished();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput() + process.readAllStandardError();
    return run;
}

QProcessEnvironment cliEnvironment(const QString& url, const QString& token) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COMMAND_CENTER_URL"), url);
    env.insert(QStringLiteral("MAINSEQUENCE_ACCESS_TOKEN"), token);
    return env;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string encoded(const char* text) {
    return QUrl::toPercentEncoding(QString::fromUtf8(text)).toStdString();
}

} // namespace

class TestReliabilitySecurity : public QObject {
    Q_OBJECT

    QString m_url;
    QString m_token;

    void verifyNoSecret(const QByteArray& text, const QString& where) {
        QVERIFY2(!text.contains(m_token.toUtf8()),
                 qPrintable(where + QStringLiteral(" shows the token")));
    }

private slots:
    void initTestCase() {
        m_url = RefServerProcess::fixture("COMMAND_CENTER_URL");
        m_token = RefServerProcess::fixture("TOKEN_ADMIN");
        QVERIFY2(!m_url.isEmpty() && m_token.size() > 8, "refserver fixture missing");
    }

    void cliVerboseAndFailingOutputHasNoToken() {
        const QString cli = QStringLiteral(CC_CLI_BINARY);
        const QStringList verbose = {QStringLiteral("--verbose")};
        const QList<QStringList> runs = {
            verbose + QStringList{QStringLiteral("search"), QStringLiteral("trade")},
            verbose + QStringList{QStringLiteral("show"), QStringLiteral("markets.trades")},
            verbose + QStringList{QStringLiteral("show"), QStringLiteral("no.such.table")},
            verbose + QStringList{QStringLiteral("query"), QStringLiteral("--sql"),
                                  QStringLiteral("SELECT 1; SELECT 2"), QStringLiteral("--table"),
                                  QStringLiteral("markets.trades")},
            QStringList{QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("x")}};
        for (const QStringList& args : runs) {
            const Run run = runProcess(cli, args, cliEnvironment(m_url, m_token));
            QVERIFY(!run.crashed);
            verifyNoSecret(run.output, args.join(QLatin1Char(' ')));
        }
        // A token the server refuses (401) and a server that is not there.
        const QString wrong = QStringLiteral("wrong-token-") + m_token.left(8);
        Run run = runProcess(cli, verbose + QStringList{QStringLiteral("search")},
                             cliEnvironment(m_url, wrong));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.output.contains(wrong.toUtf8()));
        run = runProcess(cli, verbose + QStringList{QStringLiteral("search")},
                         cliEnvironment(QStringLiteral("http://127.0.0.1:9"), m_token));
        QCOMPARE(run.exitCode, 5);
        verifyNoSecret(run.output, QStringLiteral("a refused connection"));
    }

    // A CLI killed mid-request (SIGABRT while the slow server has not answered) leaves no
    // token in what it printed.
    void abortedCliPrintsNoToken() {
        RefServerProcess slow({QStringLiteral("--fault"), QStringLiteral("latency=3000")});
        QVERIFY(slow.started());
        const Run run = runProcess(
            QStringLiteral(CC_CLI_BINARY),
            {QStringLiteral("--verbose"), QStringLiteral("search"), QStringLiteral("trade")},
            cliEnvironment(slow.url().toString(), m_token), 1000, SIGABRT);
        QVERIFY(run.crashed);
        verifyNoSecret(run.output, QStringLiteral("an aborted CLI"));
    }

    // Neither the shared server's log nor that of a server where a user logged in holds a
    // token or the password.
    void serverLogsHoldNoSecrets() {
        const QByteArray shared = readFile(RefServerProcess::fixture("SERVER_LOG"));
        QVERIFY(!shared.isEmpty());
        for (const char* key :
             {"TOKEN_ADMIN", "TOKEN_EDITOR", "TOKEN_VIEWER", "TOKEN_VIEWER_LIMITED"})
            QVERIFY2(!shared.contains(RefServerProcess::fixture(key).toUtf8()), key);

        RefServerProcess own({QStringLiteral("--access-ttl"), QStringLiteral("60")});
        QVERIFY(own.started());
        ServerClient client(own.url().toString().toStdString());
        const std::string password = RefServerProcess::fixture("LOGIN_PASSWORD").toStdString();
        const HttpReply login =
            client.post("/auth/jwt-token/token/",
                        {{"username", RefServerProcess::fixture("LOGIN_USER").toStdString()},
                         {"password", password}});
        QCOMPARE(login.status, 200);
        const std::string access = login.json.value("access", "");
        const std::string refresh = login.json.value("refresh", "");
        QVERIFY(!access.empty() && !refresh.empty());
        QCOMPARE(client.get(cc::test::kLegacyTables, access).status, 200);
        QCOMPARE(client.post("/auth/jwt-token/token/refresh/", {{"refresh", refresh}}).status, 200);
        QVERIFY(own.stop());
        const QByteArray log = readFile(own.logPath()) + own.stderrText().toUtf8();
        QVERIFY(log.contains("/auth/jwt-token/token/"));
        for (const std::string& secret : {access, refresh, password})
            QVERIFY(!log.contains(QByteArray::fromStdString(secret)));
    }

    void tlsVerificationIsOnByDefault() {
        QVERIFY(cc::ClientConfig{}.verifyTls);
        QVERIFY(!cc::ClientConfig{}.allowInsecureHttp);
#ifdef CC_GUI_BINARY
        const cc::ui::ConnectionProfile profile = cc::ui::ConnectionProfile::create();
        QVERIFY(profile.verifyTls);
        QVERIFY(!profile.allowInsecureHttp);
        QVERIFY(cc::ui::clientConfig(profile, {}, 30000).verifyTls);
#endif
    }

#ifdef CC_GUI_BINARY
    // The GUI with every debug category on, opening a table to a screenshot: the token is
    // neither in its output nor in the settings file it wrote.
    void guiDebugOutputAndSettingsHoldNoToken() {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cc.*=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const Run run =
            runProcess(QStringLiteral(CC_GUI_BINARY),
                       {QStringLiteral("--settings"), settings, QStringLiteral("--url"), m_url,
                        QStringLiteral("--token"), m_token, QStringLiteral("--open"),
                        QStringLiteral("markets.trades"), QStringLiteral("--screenshot"),
                        dir.filePath(QStringLiteral("shot.png")),
                        QStringLiteral("--screenshot-timeout"), QStringLiteral("60")},
                       env);
        QVERIFY2(!run.crashed && run.exitCode == 0, run.output.constData());
        QVERIFY2(run.output.contains("cc."), "no debug output: the logging rules did not apply");
        verifyNoSecret(run.output, QStringLiteral("the GUI's debug output"));
        verifyNoSecret(readFile(settings), QStringLiteral("the settings file"));
    }
#endif

    // Injection through the list routes: filters, search, ordering and the path. Nothing
    // answers 500, no filter widens the result, and the catalog is intact afterwards.
    void injectionThroughListParametersIsHarmless() {
        ServerClient client;
        const std::string base = cc::test::kLegacyTables;
        const std::string token = ServerClient::admin();
        const HttpReply before = client.get(base + "?limit=1", token);
        QCOMPARE(before.status, 200);
        const long long total = before.json["count"].get<long long>();
        QVERIFY(total > 0);

        const char* hostile[] = {"x' OR '1'='1", "';DROP TABLE tsm.meta_table;--", "\") OR 1=1 --",
                                 "%' OR uid IS NOT NULL --", "x\\' OR 1=1 #"};
        const char* filters[] = {"namespace",       "namespace__in",          "identifier",
                                 "labels__in",      "data_source__uid",       "management_mode",
                                 "physical_schema", "physical_table_name__in"};
        for (const char* value : hostile) {
            for (const char* filter : filters) {
                const std::string path = base + "?" + filter + "=" + encoded(value);
                const HttpReply r = client.get(path, token);
                QVERIFY2(r.status == 200 || r.status == 400, path.c_str());
                if (r.status == 200)
                    QVERIFY2(r.json["count"].get<long long>() == 0, path.c_str());
            }
            for (const std::string& path :
                 {base + "?search=" + encoded(value),
                  base + "description-search/?q=" + encoded(value),
                  base + "column-search/?q=" + encoded(value), base + "?ordering=" + encoded(value),
                  base + "?limit=" + encoded(value), base + "?offset=" + encoded(value),
                  base + "namespaces/?search=" + encoded(value)}) {
                const HttpReply r = client.get(path, token);
                QVERIFY2(r.status == 200 || r.status == 400, path.c_str());
                if (r.status == 200 && r.json.contains("count") &&
                    path.find("ordering") == std::string::npos &&
                    path.find("namespaces") == std::string::npos)
                    QVERIFY2(r.json["count"].get<long long>() < total, path.c_str());
            }
            const std::string uidPath = base + encoded(value) + "/";
            QCOMPARE(client.get(uidPath, token).status, 404);
        }
        QCOMPARE(client.get(base + encoded("1'--") + "/", token).status, 404);
        QCOMPARE(client.get(base + encoded("1' OR '1'='1") + "/schema-graph/", token).status, 404);

        const HttpReply after = client.get(base + "?limit=1", token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json["count"].get<long long>(), total);
    }
};

QTEST_GUILESS_MAIN(TestReliabilitySecurity)
#include "tst_reliability_security.moc"
