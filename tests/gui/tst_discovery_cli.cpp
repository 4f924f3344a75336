// The command-center binary's automation flags, run as a process against the refserver:
// --open/--tab/--screenshot writes a PNG and exits 0; failures exit with their status and
// one sentence on stderr.
#include "tst_discovery_live.h"

#include <QImage>
#include <QProcess>
#include <QTcpServer>

using namespace cc;

namespace {
struct Run {
    int exitCode = -1;
    QString err;
};

Run run(const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_GUI_BIN), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString lastLine(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->startsWith(QStringLiteral("command-center:")))
            return *it;
    return {};
}
} // namespace

class TestDiscoveryCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotOfATableTab();
    void screenshotOfTheCatalog();
    void tokenFromTheEnvironment();
    void unknownTableExitsFour();
    void rejectedTokenExitsThree();
    void unreachableServerExitsFive();
    void usageErrorsExitTwo();

private:
    discovery::Fixture m_fx;
    QTemporaryDir m_dir;
    QStringList base(const QString& settingsName) const {
        return {QStringLiteral("--settings"), m_dir.filePath(settingsName)};
    }
};

void TestDiscoveryCli::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

void TestDiscoveryCli::screenshotOfATableTab() {
    const QString out = m_dir.filePath(QStringLiteral("columns.png"));
    const Run r = run(base(QStringLiteral("a.ini")) +
                      QStringList{QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"),
                                  m_fx.token, QStringLiteral("--open"),
                                  QStringLiteral("markets.instruments"), QStringLiteral("--tab"),
                                  QStringLiteral("columns"), QStringLiteral("--screenshot"), out,
                                  QStringLiteral("--size"), QStringLiteral("1280x800")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(QFileInfo(out).size() > 20000); // a real window, not an empty frame
    // The token was never written to the settings file.
    QFile ini(m_dir.filePath(QStringLiteral("a.ini")));
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(m_fx.token.toUtf8()));
}

void TestDiscoveryCli::screenshotOfTheCatalog() {
    const QString out = m_dir.filePath(QStringLiteral("catalog.png"));
    const Run r = run(base(QStringLiteral("b.ini")) +
                      QStringList{QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"),
                                  m_fx.token, QStringLiteral("--screenshot"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QImage(out).isNull());
}

void TestDiscoveryCli::tokenFromTheEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COMMAND_CENTER_URL"), m_fx.url);
    env.insert(QStringLiteral("MAINSEQUENCE_ACCESS_TOKEN"), m_fx.token);
    const QString out = m_dir.filePath(QStringLiteral("env.png"));
    const Run r = run(base(QStringLiteral("c.ini")) +
                          QStringList{QStringLiteral("--open"), QStringLiteral("crm.clients"),
                                      QStringLiteral("--tab"), QStringLiteral("referenced-by"),
                                      QStringLiteral("--screenshot"), out},
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QImage(out).isNull());
}

void TestDiscoveryCli::unknownTableExitsFour() {
    const Run r =
        run(base(QStringLiteral("d.ini")) +
            QStringList{QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"), m_fx.token,
                        QStringLiteral("--open"), QStringLiteral("no.such_table"),
                        QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(!lastLine(r.err).isEmpty(), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void TestDiscoveryCli::rejectedTokenExitsThree() {
    const Run r =
        run(base(QStringLiteral("e.ini")) +
            QStringList{QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"),
                        QStringLiteral("not-a-valid-token"), QStringLiteral("--screenshot"),
                        m_dir.filePath(QStringLiteral("y.png"))});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(!lastLine(r.err).isEmpty(), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("not-a-valid-token"))); // never echoed
}

void TestDiscoveryCli::unreachableServerExitsFive() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const Run r =
        run(base(QStringLiteral("f.ini")) +
            QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                        QStringLiteral("--token"), QStringLiteral("t"),
                        QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("z.png"))});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(lastLine(r.err).contains(QStringLiteral("127.0.0.1")), qPrintable(r.err));
}

void TestDiscoveryCli::usageErrorsExitTwo() {
    const QList<QStringList> bad = {
        {QStringLiteral("--tab"), QStringLiteral("columns")}, // no --open
        {QStringLiteral("--open"), QStringLiteral("x"), QStringLiteral("--tab"),
         QStringLiteral("nope")},
        {QStringLiteral("--api"), QStringLiteral("v9")},
        {QStringLiteral("--url"), QStringLiteral("ftp://x")},
        {QStringLiteral("--bogus")},
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COMMAND_CENTER_URL"));
    for (const QStringList& args : bad) {
        const Run r = run(base(QStringLiteral("g.ini")) + args, env);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!lastLine(r.err).isEmpty());
    }
    // --screenshot without any server.
    const Run r =
        run(base(QStringLiteral("g.ini")) + QStringList{QStringLiteral("--screenshot"),
                                                        m_dir.filePath(QStringLiteral("n.png"))},
            env);
    QCOMPARE(r.exitCode, 2);
}

QTEST_MAIN(TestDiscoveryCli)
#include "tst_discovery_cli.moc"
