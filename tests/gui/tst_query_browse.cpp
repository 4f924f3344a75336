// "Browse data" and the console's look against the refserver fixture: the `data` tab of a
// table (keyed SELECT, paged grid, open in a console), the Query menu actions, and
// screenshots of the console with results, with a refusal, and of the data tab (also
// through `command-center --open X --tab data --screenshot`).
#include "tst_query_live.h"

#include "ui/DocumentArea.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/query/ErrorBanner.h"
#include "ui/query/ParameterForm.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>

using namespace cc;
using namespace cc::ui;
using querytest::cell;

namespace {
const QString kTrades = QStringLiteral("markets.trades");

TableDocument* openTable(querytest::Window& w, const QString& target, const QString& tab) {
    TableDocument* doc = w.window->openTable(target, QString(), tab);
    if (!doc)
        return nullptr;
    if (!QTest::qWaitFor([&] { return doc->isReady() || doc->hasFailed(); }, 60000))
        return nullptr;
    return doc->isReady() ? doc : nullptr;
}
} // namespace

class TestQueryBrowse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dataTabBrowsesByPrimaryKey();
    void queryMenuActions();
    void screenshots();
    void commandLineScreenshotOfTheDataTab();

private:
    querytest::Fixture m_fx;
};

void TestQueryBrowse::initTestCase() {
    m_fx = querytest::Fixture();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    registerQueryTabs();
    QVERIFY(TableDocument::tabIds().contains(QStringLiteral("data")));
}

void TestQueryBrowse::dataTabBrowsesByPrimaryKey() {
    querytest::Window w(m_fx, m_fx.viewer);
    QVERIFY(QTest::qWaitFor([&] { return w.window->session()->client() != nullptr; }, 10000));
    TableDocument* doc = openTable(w, kTrades, QStringLiteral("data"));
    QVERIFY(doc);
    auto* tab = qobject_cast<BrowseDataTab*>(doc->tab(QStringLiteral("data")));
    QVERIFY(tab);
    QCOMPARE(tab->query().sql,
             QStringLiteral(
                 "SELECT trade_id, account_id, instrument_id, side, quantity, price, trade_ts, "
                 "settlement_date FROM markets.trades AS t ORDER BY trade_id"));
    QVERIFY(tab->query().orderedByPrimaryKey);
    ResultModel* model = tab->results()->model();
    QVERIFY(querytest::waitIdle(tab->results()));
    QCOMPARE(model->columnCount(), 8);
    QCOMPARE(cell(model, 0, QStringLiteral("trade_id")), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, QStringLiteral("trade_id")), QStringLiteral("2"));
    QCOMPARE(model->operation().tables.front().metaTableUid, doc->uid());
    // Scrolling the grid pages on by key.
    tab->results()->view()->scrollToBottom();
    const int last = model->rowCount() - 1;
    QVERIFY(
        QTest::qWaitFor([&] { return model->isLoaded(last) && !tab->results()->isBusy(); }, 30000));
    QCOMPARE(cell(model, last, QStringLiteral("trade_id")), QString::number(last + 1));

    // "Open in Query Console": the same SELECT, scoped to the table as `t`.
    QVERIFY(tab->openInConsoleButton()->isEnabled());
    tab->openInConsoleButton()->click();
    QCOMPARE(w.workspace->consoles().size(), 1);
    QueryConsole* console = w.workspace->consoles().front();
    QCOMPARE(console->editor()->toPlainText(), tab->query().sql);
    QCOMPARE(console->scope()->entries().front().uid, doc->uid());
    QCOMPARE(console->scope()->entries().front().alias, QStringLiteral("t"));
    QCOMPARE(w.window->documents()->tabs()->currentWidget(), console);
    QVERIFY(console->run());
    QVERIFY(querytest::waitIdle(console->results()));
    QCOMPARE(cell(console->results()->model(), 0, QStringLiteral("trade_id")), QStringLiteral("1"));
}

void TestQueryBrowse::queryMenuActions() {
    querytest::Window w(m_fx, m_fx.viewer);
    QVERIFY(QTest::qWaitFor([&] { return w.window->session()->client() != nullptr; }, 10000));
    QStringList menus;
    for (QAction* a : w.window->menuBar()->actions())
        menus << a->text();
    QVERIFY(menus.contains(QStringLiteral("&Query")));
    QCOMPARE(menus.last(), QStringLiteral("&Help"));
    QCOMPARE(w.workspace->newQueryAction()->shortcuts().value(0),
             QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(w.workspace->newQueryAction()->shortcuts().value(1),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    QVERIFY(!w.workspace->queryTableAction()->isEnabled()); // no table open yet
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(w.workspace->consoles().size(), 1);
    QCOMPARE(w.window->documents()->tabs()->tabText(w.window->documents()->tabs()->currentIndex()),
             QStringLiteral("Query"));

    TableDocument* doc =
        openTable(w, QStringLiteral("markets.instruments"), QStringLiteral("columns"));
    QVERIFY(doc);
    QVERIFY(w.workspace->queryTableAction()->isEnabled());
    w.workspace->browseDataAction()->trigger();
    QCOMPARE(doc->currentTabId(), QStringLiteral("data"));
    w.window->documents()->setCurrent(doc);
    w.workspace->queryTableAction()->trigger();
    QCOMPARE(w.workspace->consoles().size(), 2);
    QueryConsole* console = w.workspace->consoles().back();
    QVERIFY(console->editor()->toPlainText().startsWith(QStringLiteral("SELECT ")));
    QVERIFY(console->editor()->toPlainText().contains(
        QStringLiteral("FROM markets.instruments AS t ORDER BY")));
    QCOMPARE(console->title(), QStringLiteral("Query: markets.instruments"));
}

void TestQueryBrowse::screenshots() {
    querytest::Window w(m_fx, m_fx.viewer);
    QVERIFY(QTest::qWaitFor([&] { return w.window->session()->client() != nullptr; }, 10000));
    // The data tab of the million-row table.
    TableDocument* doc = openTable(w, kTrades, QStringLiteral("data"));
    QVERIFY(doc);
    auto* tab = qobject_cast<BrowseDataTab*>(doc->tab(QStringLiteral("data")));
    QVERIFY(querytest::waitIdle(tab->results()));
    guitest::saveScreenshot(w.window.get(), QStringLiteral("query-01-data-tab"));

    // A console with scope, a typed parameter and results.
    QueryConsole* console = w.workspace->newConsole();
    QVERIFY(console);
    console->scope()->addTableByName(kTrades);
    QVERIFY(querytest::waitScope(console, 1));
    console->scope()->addTableByName(QStringLiteral("markets.instruments"));
    QVERIFY(querytest::waitScope(console, 2));
    console->editor()->setPlainText(
        QStringLiteral("-- Large buys of one instrument since a date\n"
                       "SELECT t.trade_id, i.symbol, t.side, t.quantity, t.price, t.trade_ts\n"
                       "FROM markets.trades AS t\n"
                       "JOIN markets.instruments AS i ON i.instrument_id = t.instrument_id\n"
                       "WHERE t.trade_ts >= %(since)s AND t.quantity >= 500\n"
                       "ORDER BY t.trade_id"));
    console->parameters()->setNames({QStringLiteral("since")});
    QComboBox* type = console->parameters()->typeCombo(QStringLiteral("since"));
    type->setCurrentIndex(type->findData(QStringLiteral("timestamp with time zone")));
    console->parameters()
        ->valueEdit(QStringLiteral("since"))
        ->setText(QStringLiteral("2024-01-03T00:00:00Z"));
    console->maxRowsBox()->setValue(50000);
    QVERIFY(console->run());
    QVERIFY(querytest::waitIdle(console->results()));
    QVERIFY(console->results()->model()->rowCount() > 0);
    console->results()->view()->selectRow(2);
    guitest::saveScreenshot(w.window.get(), QStringLiteral("query-02-console-results"));

    // The same console after a refusal: the SQL stays, the banner explains.
    console->editor()->setPlainText(
        QStringLiteral("SELECT a.account_id, a.account_type, a.status\nFROM ops.trading_accounts "
                       "AS a\nORDER BY a.account_id"));
    QVERIFY(console->run());
    QVERIFY(QTest::qWaitFor(
        [&] { return console->results()->model()->state() == ResultModel::State::Failed; }, 30000));
    QVERIFY(!console->results()->banner()->isHidden());
    guitest::saveScreenshot(w.window.get(), QStringLiteral("query-03-console-refusal"));
}

void TestQueryBrowse::commandLineScreenshotOfTheDataTab() {
    QTemporaryDir dir;
    const QString shot = guitest::screenshotPath(QStringLiteral("query-04-cli-data-tab"));
    QFile::remove(shot);
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(CC_GUI_BIN),
              {QStringLiteral("--settings"), dir.filePath(QStringLiteral("cc.ini")),
               QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"), m_fx.viewer,
               QStringLiteral("--open"), kTrades, QStringLiteral("--tab"), QStringLiteral("data"),
               QStringLiteral("--size"), QStringLiteral("1400x860"), QStringLiteral("--screenshot"),
               shot});
    QVERIFY(gui.waitForFinished(120000));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1400);
}

QTEST_MAIN(TestQueryBrowse)
#include "tst_query_browse.moc"
