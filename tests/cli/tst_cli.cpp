// command-center-cli end to end against a scripted server that answers with the spec's
// payloads, including the aliases and bare arrays real servers send.
#include "support/FixtureHttpServer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using cc::test::FixtureHttpServer;
using cc::test::RecordedRequest;
using cc::test::ScriptedReply;

namespace {

const QString kList = QStringLiteral("/orm/api/ts_manager/meta_table/");
const QString kAccount = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
const QString kPosition = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a002");

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(CC_FIXTURE_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;
};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    // Runs the CLI while this thread's event loop keeps serving the fixture server.
    CliRun run(const QStringList& arguments, bool withServer = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("COMMAND_CENTER_URL"));
        env.remove(QStringLiteral("MAINSEQUENCE_ACCESS_TOKEN"));
        process.setProcessEnvironment(env);
        QStringList args;
        if (withServer)
            args << QStringLiteral("--url") << m_server->baseUrl().toString()
                 << QStringLiteral("--token") << QStringLiteral("secret-token")
                 << QStringLiteral("--api") << QStringLiteral("legacy");
        args << arguments;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CC_CLI_BINARY), args);
        if (!finished.wait(30000))
            process.kill();
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.outBytes = process.readAllStandardOutput();
        result.out = QString::fromUtf8(result.outBytes);
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    FixtureHttpServer* m_server = nullptr;

private slots:
    void init()
    {
        m_server = new FixtureHttpServer(this);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void searchPrintsTableAndCount()
    {
        m_server->enqueue("GET", kList, ScriptedReply::json(200, fixture(QStringLiteral("f04-list-page.json"))));
        const CliRun r = run({QStringLiteral("search"), QStringLiteral("account"),
                              QStringLiteral("--namespace"), QStringLiteral("acme-crm"),
                              QStringLiteral("--namespace"), QStringLiteral("ops")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("acme_crm.Account")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("public.acme_crm__account")));
        QVERIFY(r.out.contains(QStringLiteral("1 of 2 tables")));
        const RecordedRequest request = m_server->requestsTo("GET", kList).constFirst();
        QCOMPARE(request.queryValue(QStringLiteral("search")), QStringLiteral("account"));
        QCOMPARE(request.queryValue(QStringLiteral("namespace__in")), QStringLiteral("acme-crm,ops"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer secret-token"));
    }

    void searchAcceptsBareArray()
    {
        m_server->enqueue("GET", kList,
                          ScriptedReply::json(200, fixture(QStringLiteral("list-page-bare-array.json"))));
        const CliRun r = run({QStringLiteral("search")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("acme_crm.Account")));
        QVERIFY(r.out.contains(QStringLiteral("acme_crm.Position")));
        QVERIFY(r.out.contains(QStringLiteral("2 tables")));
    }

    void searchJsonKeepsBackendFieldNames()
    {
        m_server->enqueue("GET", kList, ScriptedReply::json(200, fixture(QStringLiteral("f04-list-page.json"))));
        const CliRun r = run({QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"physical_table_name\": \"acme_crm__account\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"incoming_fks\"")));
    }

    void showReadsAliasedDetail()
    {
        m_server->enqueue("GET", kList + kPosition + QLatin1Char('/'),
                          ScriptedReply::json(200, fixture(QStringLiteral("metatable-web-aliases.json"))));
        const CliRun r = run({QStringLiteral("show"), kPosition});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("acme_crm.Position")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("account_uid")));
        QVERIFY(r.out.contains(QStringLiteral("Columns (2)")));
    }

    void showByIdentifierUsesTheListRoute()
    {
        m_server->handle("GET", kList, [](const RecordedRequest& request) {
            if (request.queryValue(QStringLiteral("identifier")) == QLatin1String("nope"))
                return ScriptedReply::json(200, R"({"count":0,"next":null,"previous":null,"results":[]})");
            return ScriptedReply::json(200, fixture(QStringLiteral("f04-list-page.json")));
        });
        const CliRun missing = run({QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }

    void graphFormats()
    {
        const QString path = kList + kPosition + QStringLiteral("/schema-graph/");
        m_server->enqueue("GET", path, ScriptedReply::json(200, fixture(QStringLiteral("graph-web-aliases.json"))));
        const CliRun dot = run({QStringLiteral("graph"), kPosition, QStringLiteral("--format"),
                                QStringLiteral("dot"), QStringLiteral("--incoming"),
                                QStringLiteral("--depth"), QStringLiteral("2")});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith(QStringLiteral("digraph")));
        QVERIFY(dot.out.contains(QStringLiteral("acme_crm.Account")));
        const RecordedRequest request = m_server->requestsTo("GET", path).constFirst();
        QCOMPARE(request.queryValue(QStringLiteral("include_incoming")), QStringLiteral("True"));
        QCOMPARE(request.queryValue(QStringLiteral("depth")), QStringLiteral("2"));

        const CliRun svg = run({QStringLiteral("graph"), kPosition, QStringLiteral("--format"), QStringLiteral("svg")});
        QCOMPARE(svg.exitCode, 0);
        QVERIFY(svg.out.contains(QStringLiteral("<svg")));
        QVERIFY(svg.out.trimmed().endsWith(QStringLiteral("</svg>")));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("g.png"));
        const CliRun raster = run({QStringLiteral("graph"), kPosition, QStringLiteral("--format"),
                                   QStringLiteral("png"), QStringLiteral("--out"), png});
        QCOMPARE(raster.exitCode, 0);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("\x89PNG"));
    }

    void queryPagesToCsv()
    {
        const QString path = kList + QStringLiteral("execute-operation/");
        m_server->enqueue("GET", kList + kAccount + QLatin1Char('/'),
                          ScriptedReply::json(200, fixture(QStringLiteral("f03-metatable-detail.json"))));
        m_server->handle("POST", path, [](const RecordedRequest& request) {
            const QByteArray page = request.body.contains("\"offset\":2")
                                        ? fixture(QStringLiteral("f09-execute-page2.json"))
                                        : fixture(QStringLiteral("f09-execute-page1.json"));
            return ScriptedReply::json(200, page);
        });
        const CliRun r = run({QStringLiteral("query"), QStringLiteral("--sql"),
                              QStringLiteral("SELECT a.uid, a.name FROM public.acme_crm__account AS a ORDER BY a.uid"),
                              QStringLiteral("--table"), kAccount + QStringLiteral("=a"),
                              QStringLiteral("--max-rows"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("uid,name"));
        QVERIFY(lines[1].endsWith(QStringLiteral(",Ada")));
        QVERIFY(lines[3].endsWith(QStringLiteral(",Cy")));
        QCOMPARE(m_server->count("POST", path), 2);
        const RecordedRequest first = m_server->requestsTo("POST", path).constFirst();
        QVERIFY(first.body.contains("\"data_source_uid\":\"7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01\""));
        QVERIFY(first.body.contains("\"alias\":\"a\""));
        QVERIFY(r.err.contains(QStringLiteral("3 rows")));
    }

    void queryRefusesTwoStatementsBeforeSending()
    {
        const CliRun r = run({QStringLiteral("query"), QStringLiteral("--sql"),
                              QStringLiteral("SELECT 1; DROP TABLE t"), QStringLiteral("--table"), kAccount});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("one statement")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void wrongTokenIsAnAuthenticationFailure()
    {
        m_server->enqueue("GET", kList,
                          ScriptedReply::json(401, R"({"detail": "Given token not valid or expired.", "code": "token_not_valid"})"));
        const CliRun r = run({QStringLiteral("search")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.trimmed().isEmpty() && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("secret-token")));
    }

    void capabilityRefusalExitsSix()
    {
        m_server->enqueue("GET", kList + kAccount + QLatin1Char('/'),
                          ScriptedReply::json(200, fixture(QStringLiteral("f03-metatable-detail.json"))));
        m_server->enqueue("POST", kList + QStringLiteral("execute-operation/"),
                          ScriptedReply::json(400, fixture(QStringLiteral("error-capability.json"))));
        const CliRun r = run({QStringLiteral("query"), QStringLiteral("--sql"),
                              QStringLiteral("SELECT 1 AS x ORDER BY 1"), QStringLiteral("--table"), kAccount});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("does not support")), qPrintable(r.err));
    }

    void malformedReplyNamesThePath()
    {
        m_server->enqueue("GET", kList,
                          ScriptedReply::json(200, fixture(QStringLiteral("malformed-list-page-nullable.json"))));
        const CliRun r = run({QStringLiteral("search")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("nullable")), qPrintable(r.err));
    }

    void deadServerIsANetworkFailure()
    {
        const quint16 port = m_server->port();
        delete m_server;
        m_server = nullptr;
        const CliRun r = run({QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                              QStringLiteral("--api"), QStringLiteral("legacy"), QStringLiteral("search")},
                             false);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("Is the server running?")));
    }

    void usageErrors()
    {
        QCOMPARE(run({}, false).exitCode, 2);
        QCOMPARE(run({QStringLiteral("search")}, false).exitCode, 2); // no URL
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        const CliRun help = run({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit status")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
