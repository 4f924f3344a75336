// One screenshot per main view against the refserver, saved under the build's screenshots/
// folder: search results, a table on Columns, Foreign keys, Referenced by, plus Overview,
// Raw JSON, quick open, the shortcut overlay and the connection dialog.
#include "Screenshots.h"
#include "tst_discovery_live.h"

#include "ui/DocumentArea.h"
#include "ui/ShortcutOverlay.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/nav/QuickOpen.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kSubject = QStringLiteral("markets.instruments");
} // namespace

class TestDiscoveryScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchResults();
    void tableTabs_data();
    void tableTabs();
    void quickOpen();
    void shortcutOverlay();
    void connectionDialog();

private:
    discovery::Fixture m_fx;
};

void TestDiscoveryScreenshots::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

void TestDiscoveryScreenshots::searchResults() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    w.catalog()->focusSearch();
    QTest::keyClicks(w.catalog()->searchEdit(), QStringLiteral("markets"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return w.catalog()->model()->query().text == QStringLiteral("markets") &&
                   !w.catalog()->model()->isFetching() &&
                   w.catalog()->model()->state() == CatalogModel::State::Loaded;
        },
        20000));
    QTest::keyClick(w.catalog()->searchEdit(), Qt::Key_Down);
    QTest::keyClick(w.catalog()->listView(), Qt::Key_Down);
    guitest::saveScreenshot(w.window.get(), QStringLiteral("01-search-results"));
}

void TestDiscoveryScreenshots::tableTabs_data() {
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("file");
    QTest::newRow("columns") << QStringLiteral("columns") << QStringLiteral("02-table-columns");
    QTest::newRow("foreign-keys") << QStringLiteral("foreign-keys")
                                  << QStringLiteral("03-table-foreign-keys");
    QTest::newRow("referenced-by")
        << QStringLiteral("referenced-by") << QStringLiteral("04-table-referenced-by");
    QTest::newRow("overview") << QStringLiteral("overview") << QStringLiteral("05-table-overview");
    QTest::newRow("raw") << QStringLiteral("raw") << QStringLiteral("06-table-raw-json");
}

void TestDiscoveryScreenshots::tableTabs() {
    QFETCH(QString, tab);
    QFETCH(QString, file);
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    w.catalog()->setSearchText(QStringLiteral("market"));
    QVERIFY(w.waitCatalog());
    TableDocument* doc = w.openAndWait(kSubject, tab);
    QVERIFY(doc && doc->isReady());
    QCOMPARE(doc->currentTabId(), tab);
    QVERIFY(w.waitCatalog());
    guitest::saveScreenshot(w.window.get(), file);
}

void TestDiscoveryScreenshots::quickOpen() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QVERIFY(w.openAndWait(QStringLiteral("crm.clients")));
    QVERIFY(w.openAndWait(kSubject));
    QuickOpen* quick = w.window->quickOpen();
    quick->popup();
    QSignalSpy updated(quick, &QuickOpen::resultsUpdated);
    QTest::keyClicks(quick->input(), QStringLiteral("tr"));
    QVERIFY(QTest::qWaitFor([&] { return !updated.isEmpty() && !quick->isSearching(); }, 20000));
    QVERIFY(quick->resultUids().size() >= 2);
    guitest::saveScreenshot(w.window.get(), QStringLiteral("07-quick-open"));
}

void TestDiscoveryScreenshots::shortcutOverlay() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QVERIFY(w.openAndWait(kSubject, QStringLiteral("columns")));
    w.window->shortcutOverlay()->toggle();
    QVERIFY(w.window->shortcutOverlay()->isVisible());
    QVERIFY(w.window->shortcutOverlay()->entries().size() > 15);
    guitest::saveScreenshot(w.window.get(), QStringLiteral("08-shortcuts"));
}

void TestDiscoveryScreenshots::connectionDialog() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    w.window->showConnectionDialog(false);
    ConnectionDialog* dialog = w.window->connectionDialog();
    QVERIFY(dialog);
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Reference server");
    p.baseUrl = QUrl(m_fx.url);
    dialog->setProfile(p, ProfileSecrets{m_fx.token, QString(), QString()});
    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    dialog->testConnection();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY(dialog->testResultText().contains(QStringLiteral("Connected")));
    guitest::saveScreenshot(dialog, QStringLiteral("09-connection-dialog"));
    dialog->reject();
}

QTEST_MAIN(TestDiscoveryScreenshots)
#include "tst_discovery_screenshots.moc"
