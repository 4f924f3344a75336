// A server that goes away: the catalog and an opening table show what happened with Retry;
// after the server is back on the same port, Retry brings the data. Runs its own
// tsm-refserver on the fixture's catalog so the shared one is never stopped.
#include "tst_discovery_live.h"

#include "ui/DocumentArea.h"
#include "ui/StateView.h"
#include "ui/connection/ConnectionStatus.h"

#include <QAbstractButton>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>

using namespace cc;
using namespace cc::ui;

namespace {
quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString serverBinary(const discovery::Fixture& fx) {
#ifdef CC_REFSERVER_BIN
    if (QFile::exists(QStringLiteral(CC_REFSERVER_BIN)))
        return QStringLiteral(CC_REFSERVER_BIN);
#endif
    return fx.serverBinary;
}
} // namespace

class TestDiscoveryRestart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void stoppedServerShowsErrorAndRetryRecovers();

private:
    bool startServer();
    void stopServer();

    discovery::Fixture m_fx;
    QString m_binary;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

void TestDiscoveryRestart::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok() || m_fx.pgConninfo.isEmpty())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    m_binary = serverBinary(m_fx);
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void TestDiscoveryRestart::cleanup() {
    stopServer();
}

bool TestDiscoveryRestart::startServer() {
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->start(m_binary,
                    {QStringLiteral("serve"), QStringLiteral("--db"), m_fx.pgConninfo,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_server->waitForStarted(10000))
        return false;
    QByteArray out;
    const bool up = QTest::qWaitFor(
        [&] {
            out += m_server->readAll();
            return out.contains("listening on") || m_server->state() == QProcess::NotRunning;
        },
        20000);
    if (!up || !out.contains("listening on")) {
        qWarning("tsm-refserver did not come up: %s", out.constData());
        return false;
    }
    return true;
}

void TestDiscoveryRestart::stopServer() {
    if (!m_server)
        return;
    m_server->kill(); // as abrupt as a crash
    m_server->waitForFinished(10000);
    m_server.reset();
}

void TestDiscoveryRestart::stoppedServerShowsErrorAndRetryRecovers() {
    QVERIFY(startServer());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    discovery::Window w(url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QCOMPARE(w.catalog()->model()->state(), CatalogModel::State::Loaded);
    const int rows = w.catalog()->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(w.window->connectionStatus()->stateText().contains(QStringLiteral("Connected")));

    stopServer();
    w.catalog()->refresh();
    QVERIFY(QTest::qWaitFor(
        [&] { return w.catalog()->model()->state() == CatalogModel::State::Error; }, 30000));
    StateView* state = w.catalog()->stateView();
    QCOMPARE(state->kind(), StateView::Kind::Error);
    QVERIFY(state->isVisible());
    QCOMPARE(state->title(), QStringLiteral("Could not load the catalog"));
    QCOMPARE(state->detail(), w.catalog()->model()->lastError().message);
    QVERIFY2(state->detail().contains(QStringLiteral("127.0.0.1:%1").arg(m_port)),
             qPrintable(state->detail()));
    QVERIFY(state->retryButton()->isVisible());
    QVERIFY(w.window->connectionStatus()->stateText().contains(QStringLiteral("Unreachable")));

    // A table opened meanwhile fails the same way, with its own Retry.
    TableDocument* doc = w.window->openTable(QStringLiteral("crm.clients"));
    QVERIFY(doc);
    QVERIFY(QTest::qWaitFor([&] { return doc->hasFailed(); }, 30000));
    QCOMPARE(doc->stateView()->kind(), StateView::Kind::Error);
    QVERIFY(doc->stateView()->retryButton()->isVisible());

    // Retry while still down stays in error (and says so again).
    QTest::mouseClick(state->retryButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.catalog()->model()->isFetching(); }, 30000));
    QCOMPARE(w.catalog()->model()->state(), CatalogModel::State::Error);

    QVERIFY(startServer());
    QTest::mouseClick(state->retryButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return w.catalog()->model()->state() == CatalogModel::State::Loaded; }, 30000));
    QCOMPARE(w.catalog()->model()->rowCount(), rows);
    QVERIFY(!state->isVisible());
    QVERIFY(w.window->connectionStatus()->stateText().contains(QStringLiteral("Connected")));

    QTest::mouseClick(doc->stateView()->retryButton(), Qt::LeftButton);
    QVERIFY(discovery::waitReady(doc, 30000));
    QCOMPARE(doc->title(), QStringLiteral("crm.clients"));
}

QTEST_MAIN(TestDiscoveryRestart)
#include "tst_discovery_restart.moc"
