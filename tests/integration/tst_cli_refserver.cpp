// command-center-cli against the seeded tsm-refserver of the `refserver` fixture.
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

QString env(const char* key) {
    return cc::test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

CliRun runCli(const QStringList& arguments, const QString& token = env("TOKEN_ADMIN")) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COMMAND_CENTER_URL"), env("COMMAND_CENTER_URL"));
    environment.insert(QStringLiteral("MAINSEQUENCE_ACCESS_TOKEN"), token);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CC_CLI_BINARY), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliRefserver : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!env("COMMAND_CENTER_URL").isEmpty(), "refserver fixture missing");
    }

    void searchAndShow() {
        const CliRun search =
            runCli({QStringLiteral("search"), QStringLiteral("--namespace"), QStringLiteral("crm"),
                    QStringLiteral("--limit"), QStringLiteral("50")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(QStringLiteral("crm.companies")));
        QVERIFY(!search.out.contains(QStringLiteral("markets.trades")));

        const CliRun show = runCli({QStringLiteral("show"), QStringLiteral("crm.companies")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("Columns (")));
        QVERIFY(show.out.contains(QStringLiteral("company_id")));
        QVERIFY(show.out.contains(QStringLiteral("Referenced by (")));
        // Referencing tables are named, under either route namespace.
        for (const QString& api : {QStringLiteral("legacy"), QStringLiteral("v1")}) {
            const CliRun named = runCli({QStringLiteral("--api"), api, QStringLiteral("show"),
                                         QStringLiteral("crm.companies")});
            QCOMPARE(named.exitCode, 0);
            QVERIFY2(named.out.contains(QStringLiteral("crm.clients(company_id)")),
                     qPrintable(named.out));
            QVERIFY(named.out.contains(QStringLiteral("crm.contacts(company_id)")));
        }

        const CliRun missing =
            runCli({QStringLiteral("show"), QStringLiteral("crm.no_such_table")});
        QCOMPARE(missing.exitCode, 4);
    }

    void namespaceVisibilityAndBadToken() {
        // A viewer limited to one namespace cannot see a table of another.
        const CliRun hidden = runCli({QStringLiteral("show"), QStringLiteral("markets.trades")},
                                     env("TOKEN_VIEWER_LIMITED"));
        QCOMPARE(hidden.exitCode, 4);
        const CliRun bad = runCli({QStringLiteral("search")}, QStringLiteral("not-a-token"));
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(!bad.err.contains(QStringLiteral("not-a-token")));
    }

    void graphFormats() {
        const CliRun json =
            runCli({QStringLiteral("graph"), QStringLiteral("crm.companies"),
                    QStringLiteral("--incoming"), QStringLiteral("--depth"), QStringLiteral("2")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject graph = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(graph.contains(QStringLiteral("root_uid")));
        QVERIFY(graph.value(QStringLiteral("nodes")).toArray().size() > 3);
        const CliRun dot = runCli({QStringLiteral("graph"), QStringLiteral("crm.companies"),
                                   QStringLiteral("--format"), QStringLiteral("dot")});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith(QStringLiteral("digraph")));
    }

    void dependentsExitStatusFollowsTheVerdict() {
        // crm.companies is referenced with restrict: a strict delete is refused.
        const CliRun refused =
            runCli({QStringLiteral("dependents"), QStringLiteral("crm.companies")});
        QCOMPARE(refused.exitCode, 10);
        QVERIFY(refused.out.contains(QStringLiteral("refused")));
        QVERIFY(refused.out.contains(QStringLiteral("crm.clients")));
        const CliRun csv = runCli({QStringLiteral("dependents"), QStringLiteral("crm.companies"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 10);
        QVERIFY(csv.out.startsWith(QStringLiteral("table,uid,depth,")));
        // crm.activities: nothing references it.
        const CliRun allowed =
            runCli({QStringLiteral("dependents"), QStringLiteral("crm.activities"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(allowed.exitCode, 0);
    }

    void queryPagesThroughTheServerCap() {
        // The fixture serves pages of PAGE_CAP rows; 1,234 rows take several pages.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("trades.csv"));
        const CliRun r = runCli(
            {QStringLiteral("query"), QStringLiteral("--sql"),
             QStringLiteral("SELECT t.trade_id, t.side FROM markets.trades AS t "
                            "WHERE t.trade_id > %(after)s ORDER BY t.trade_id"),
             QStringLiteral("--param"), QStringLiteral("after=100:int64"),
             QStringLiteral("--table"), QStringLiteral("markets.trades=t"),
             QStringLiteral("--max-rows"), QStringLiteral("1234"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("trade_id,side"));
        int rows = 0;
        qint64 previous = 100;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            const qint64 id = lines[i].split(',').first().toLongLong();
            QCOMPARE(id, previous + 1); // every row once, in order
            previous = id;
            ++rows;
        }
        QCOMPARE(rows, 1234);
        const int pageCap = env("PAGE_CAP").toInt();
        QVERIFY(pageCap > 0 && pageCap < 1234);
        QVERIFY2(r.err.contains(QStringLiteral("%1 pages").arg((1234 + pageCap - 1) / pageCap)),
                 qPrintable(r.err));
    }

    void queryRefusedOutOfScope() {
        const CliRun r = runCli(
            {QStringLiteral("query"), QStringLiteral("--sql"),
             QStringLiteral("SELECT c.company_id FROM crm.companies AS c "
                            "WHERE c.company_id IN (SELECT t.account_id FROM markets.trades t) "
                            "ORDER BY 1"),
             QStringLiteral("--table"), QStringLiteral("crm.companies=c")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("trades")), qPrintable(r.err));
    }

    void introspectShowsTheDrift() {
        const CliRun r = runCli({QStringLiteral("introspect"), QStringLiteral("crm.contacts")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Drift from the registered contract")));
        QVERIFY(r.out.contains(QStringLiteral("preferred_channel")));
        QVERIFY(r.out.contains(QStringLiteral("email")));
    }

    void validateExitStatuses() {
        const CliRun detail = runCli({QStringLiteral("show"), QStringLiteral("crm.contacts"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(detail.exitCode, 0);
        QJsonObject contract = QJsonDocument::fromJson(detail.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("table_contract"))
                                   .toObject();
        QVERIFY(!contract.isEmpty());
        QTemporaryDir dir;
        const auto validate = [&](const QJsonObject& c) {
            const QString path = dir.filePath(QStringLiteral("c.json"));
            writeFile(path, QJsonDocument(c).toJson());
            return runCli({QStringLiteral("validate"), QStringLiteral("crm.contacts"),
                           QStringLiteral("--contract"), path});
        };
        QCOMPARE(validate(contract).exitCode, 0);

        QJsonArray columns = contract.value(QStringLiteral("columns")).toArray();
        QJsonObject added{{QStringLiteral("name"), QStringLiteral("nickname")},
                          {QStringLiteral("data_type"), QStringLiteral("string")},
                          {QStringLiteral("nullable"), true}};
        QJsonObject compatible = contract;
        compatible[QStringLiteral("columns")] = QJsonArray(columns) << added;
        QCOMPARE(validate(compatible).exitCode, 20);

        QJsonObject breaking = contract;
        QJsonArray fewer = columns;
        fewer.removeLast();
        breaking[QStringLiteral("columns")] = fewer;
        const CliRun broken = validate(breaking);
        QCOMPARE(broken.exitCode, 21);
        QVERIFY(broken.out.contains(QStringLiteral("Breaking")));

        QJsonObject invalid = contract;
        QJsonArray naive = columns;
        QJsonObject column = naive[1].toObject();
        column[QStringLiteral("data_type")] = QStringLiteral("timestamp");
        naive[1] = column;
        invalid[QStringLiteral("columns")] = naive;
        const CliRun refused = validate(invalid);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.out.contains(QStringLiteral("columns[1].data_type")));

        const QString broken_json = dir.filePath(QStringLiteral("broken.json"));
        writeFile(broken_json, "{\"columns\": [\n {\"name\": \"x\",}\n]}");
        const CliRun syntax = runCli({QStringLiteral("validate"), QStringLiteral("crm.contacts"),
                                      QStringLiteral("--contract"), broken_json});
        QCOMPARE(syntax.exitCode, 2);
        QVERIFY(syntax.err.contains(QStringLiteral("line 2, column 15")));
    }
};

QTEST_GUILESS_MAIN(TestCliRefserver)
#include "tst_cli_refserver.moc"
