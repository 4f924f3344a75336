// Connections in the main window against scripted local servers: the first-run dialog tests
// before saving, secrets go to the token store (never the settings file), profiles switch
// without a restart, and the status bar shows state, latency and the token-file warning.
#include "core/codec/MetaTableCodec.h"
#include "support/FixtureHttpServer.h"
#include "ui/DocumentArea.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/connection/ConnectionStatus.h"
#include "ui/connection/ProfileStore.h"
#include "ui/connection/TokenStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using namespace cc::ui;
using cc::test::FixtureHttpServer;
using cc::test::RecordedRequest;
using cc::test::ScriptedReply;

namespace {
const QString kTables = QStringLiteral("/orm/api/ts_manager/meta_table/");

// A legacy-route server with `n` tables named <prefix>.table_i that wants `token`.
void serveCatalog(FixtureHttpServer& server, const QString& prefix, int n, const QString& token) {
    server.handle("GET", kTables, [=](const RecordedRequest& r) {
        if (r.header("authorization") != "Bearer " + token.toUtf8())
            return ScriptedReply::json(401, R"({"detail": "Invalid token."})");
        Page<MetaTable> page;
        for (int i = 0; i < n; ++i) {
            MetaTable t;
            t.uid =
                QStringLiteral("00000000-0000-4000-8000-%1")
                    .arg(i + (prefix == QLatin1String("b") ? 500 : 0), 12, 10, QLatin1Char('0'));
            t.identifier = QStringLiteral("%1.table_%2").arg(prefix).arg(i);
            t.physicalTableName = QStringLiteral("table_%1").arg(i);
            t.managementMode = QStringLiteral("external_registered");
            page.results.push_back(t);
        }
        page.count = n;
        return ScriptedReply::json(200,
                                   QByteArray::fromStdString(encodeMetaTablePage(page).dump()));
    });
    server.handle("GET", kTables + QStringLiteral("namespaces/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
    server.handle("GET", QStringLiteral("/orm/api/connections/data_source/"),
                  [](const RecordedRequest&) { return ScriptedReply::json(200, "[]"); });
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool waitLoaded(MainWindow& w) {
    return QTest::qWaitFor(
        [&] {
            return w.catalogPanel()->model()->state() == CatalogModel::State::Loaded &&
                   !w.catalogPanel()->model()->isFetching();
        },
        10000);
}
} // namespace

class TestDiscoveryConnections : public QObject {
    Q_OBJECT

private slots:
    void firstRunTestsThenSavesWithoutSecretsInSettings();
    void failedTestKeepsTheDialogAndOffersSaveAnyway();
    void profilesSwitchWithoutRestart();
    void statusBarShowsStateLatencyAndTokenWarning();
};

void TestDiscoveryConnections::firstRunTestsThenSavesWithoutSecretsInSettings() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    serveCatalog(server, QStringLiteral("a"), 3, QStringLiteral("secret-token-123"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("command-center.ini")));
    MainWindow window(settings);
    window.show();
    window.start(StartupOptions());
    ConnectionDialog* dialog = window.connectionDialog();
    QVERIFY2(dialog && dialog->isVisible(), "first run asks for a connection");

    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Local"));
    dialog->findChild<QLineEdit*>(QStringLiteral("url"))->setText(server.baseUrl().toString());
    dialog->findChild<QLineEdit*>(QStringLiteral("accessToken"))
        ->setText(QStringLiteral("secret-token-123"));
    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    QPointer<ConnectionDialog> guard(dialog);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 10000));
    QVERIFY2(tested.first().first().toBool(),
             qPrintable(guard ? guard->testResultText() : QString()));
    QVERIFY(QTest::qWaitFor([&] { return guard.isNull() || !guard->isVisible(); }, 5000));
    // The test request went out with the token before anything was saved.
    QVERIFY(server.count("GET", kTables) >= 1);
    QCOMPARE(server.requestsTo("GET", kTables).first().queryValue(QStringLiteral("limit")),
             QStringLiteral("1"));

    QCOMPARE(window.profiles()->profiles().size(), std::size_t(1));
    const ConnectionProfile saved = window.profiles()->profiles().front();
    QCOMPARE(saved.name, QStringLiteral("Local"));
    QCOMPARE(saved.baseUrl, server.baseUrl());
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.catalogPanel()->model()->rowCount(), 3);
    QCOMPARE(window.session()->profile().id, saved.id);

    // The token is in the token store and nowhere in the settings file.
    bool loaded = false;
    ProfileSecrets secrets;
    window.tokens()->load(saved.id, this, [&](const ProfileSecrets& s) {
        secrets = s;
        loaded = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return loaded; }, 10000));
    QCOMPARE(secrets.accessToken, QStringLiteral("secret-token-123"));
    settings.sync();
    QVERIFY(readFile(settings.fileName()).contains(server.baseUrl().toString().toUtf8()));
    QVERIFY(!readFile(settings.fileName()).contains("secret-token-123"));
}

void TestDiscoveryConnections::failedTestKeepsTheDialogAndOffersSaveAnyway() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    serveCatalog(server, QStringLiteral("a"), 1, QStringLiteral("right"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("command-center.ini")));
    TokenStore tokens(dir.filePath(QStringLiteral("secrets.json")));
    tokens.setKeychainEnabled(false);
    ConnectionDialog dialog(tokens);
    dialog.show();
    ConnectionProfile p = ConnectionProfile::create();
    p.baseUrl = server.baseUrl();
    dialog.setProfile(p, ProfileSecrets{QStringLiteral("wrong"), QString(), QString()});
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 10000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(dialog.testResultText().contains(QStringLiteral("Invalid token")),
             qPrintable(dialog.testResultText()));
    QPushButton* anyway = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("anyway")))
            anyway = b;
    QVERIFY(anyway && anyway->isVisible());
    // The fallback store's warning is shown in the dialog.
    QVERIFY(!tokens.warning().isEmpty());
    bool warningShown = false;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        warningShown = warningShown || (l->isVisible() && l->text() == tokens.warning());
    QVERIFY(warningShown);
    // Plain http to a remote host is refused before anything is sent.
    p.baseUrl = QUrl(QStringLiteral("http://example.com"));
    dialog.setProfile(p, ProfileSecrets{QStringLiteral("t"), QString(), QString()});
    const int sent = server.requests().size();
    dialog.testConnection();
    QCOMPARE(tested.count(), 2);
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY(dialog.testResultText().contains(QStringLiteral("example.com")));
    QCOMPARE(server.requests().size(), sent);
}

void TestDiscoveryConnections::profilesSwitchWithoutRestart() {
    FixtureHttpServer a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    serveCatalog(a, QStringLiteral("a"), 2, QStringLiteral("ta"));
    serveCatalog(b, QStringLiteral("b"), 5, QStringLiteral("tb"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("command-center.ini")));
    ConnectionProfile pa = ConnectionProfile::create();
    pa.name = QStringLiteral("Alpha");
    pa.baseUrl = a.baseUrl();
    ConnectionProfile pb = ConnectionProfile::create();
    pb.name = QStringLiteral("Beta");
    pb.baseUrl = b.baseUrl();
    {
        ProfileStore store(settings);
        QVERIFY(store.save(pa));
        QVERIFY(store.save(pb));
        store.setLastProfileId(pa.id);
        TokenStore tokens(dir.filePath(QStringLiteral("secrets.json")));
        bool done = false;
        tokens.store(pa.id, ProfileSecrets{QStringLiteral("ta"), QString(), QString()}, this,
                     [&](bool, const QString&) {
                         tokens.store(pb.id,
                                      ProfileSecrets{QStringLiteral("tb"), QString(), QString()},
                                      this, [&](bool, const QString&) { done = true; });
                     });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    }
    MainWindow window(settings);
    window.show();
    window.start(StartupOptions());
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.catalogPanel()->model()->rowCount(), 2);
    QCOMPARE(window.session()->profile().name, QStringLiteral("Alpha"));
    window.openTable(QStringLiteral("a.table_0"));
    QCOMPARE(window.documents()->count(), 1);

    window.switchToProfile(pb.id);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.session()->profile().id == pb.id &&
                   window.catalogPanel()->model()->rowCount() == 5;
        },
        20000));
    QCOMPARE(window.catalogPanel()->model()->table(0).identifier.value_or(QString()),
             QStringLiteral("b.table_0"));
    QCOMPARE(window.documents()->count(), 0); // the other backend's tables are closed
    QVERIFY(window.connectionStatus()->stateText().startsWith(QStringLiteral("Beta")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Beta")));
    QCOMPARE(settings.stringValue(QStringLiteral("connections"), QStringLiteral("lastProfile")),
             pb.id);
    QVERIFY(b.requestsTo("GET", kTables).last().header("authorization") == "Bearer tb");
}

void TestDiscoveryConnections::statusBarShowsStateLatencyAndTokenWarning() {
    FixtureHttpServer server;
    QVERIFY(server.listen());
    serveCatalog(server, QStringLiteral("a"), 1, QStringLiteral("t"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("command-center.ini")));
    MainWindow window(settings);
    window.show();
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Saved");
    p.baseUrl = server.baseUrl();
    QVERIFY(window.profiles()->save(p));
    bool stored = false;
    window.tokens()->store(p.id, ProfileSecrets{QStringLiteral("t"), QString(), QString()}, this,
                           [&](bool ok, const QString&) { stored = ok; });
    QVERIFY(QTest::qWaitFor([&] { return stored; }, 20000));
    window.start(StartupOptions());
    QVERIFY(waitLoaded(window));
    ConnectionStatus* status = window.connectionStatus();
    QVERIFY2(status->stateText().contains(QStringLiteral("Connected")),
             qPrintable(status->stateText()));
    QVERIFY2(QRegularExpression(QStringLiteral("^GET 200 · \\d+ ms$"))
                 .match(status->latencyText())
                 .hasMatch(),
             qPrintable(status->latencyText()));
    if (window.tokens()->usesFallbackFile())
        QCOMPARE(status->warningText(), window.tokens()->warning());
    else
        QVERIFY(status->warningText().isEmpty());
}

QTEST_MAIN(TestDiscoveryConnections)
#include "tst_discovery_connections.moc"
