// The query console against the refserver fixture, driven like a user: scope by
// search-as-you-type, typed SQL with completion, a typed parameter, Ctrl+Enter, scrolling far
// (placeholders resolve), Count rows, copy as TSV, CSV/JSON export compared with the CLI,
// refusals that keep the SQL, cancel, NULL and JSON cells, history and drafts across a
// restart.
#include "tst_query_live.h"

#include "ui/DocumentArea.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/query/ErrorBanner.h"
#include "ui/query/JsonCellDialog.h"
#include "ui/query/ParameterForm.h"
#include "ui/query/QueryHistory.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace cc;
using namespace cc::ui;
using querytest::cell;

namespace {

const QString kTrades = QStringLiteral("markets.trades");

// The requests the client sent to execute-operation, counted from the server's log.
int loggedExecuteCalls(const QString& path) {
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    while (!log.atEnd())
        if (log.readLine().contains("execute-operation"))
            ++n;
    return n;
}

} // namespace

class TestQueryConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void typeRunScrollCountAndCopy();
    void completionOffersTheAliasColumns();
    void exportMatchesTheCli_data();
    void exportMatchesTheCli();
    void refusalKeepsTheSqlAndExplains();
    void checksStopBadQueriesBeforeSending();
    void cancelAbortsTheRequest();
    void nullJsonAndBoolCells();
    void mixedDataSourcesAreRefused();
    void historyAndDraftsSurviveARestart();

private:
    // A console with markets.trades in scope, added through the search box.
    QueryConsole* consoleWithTrades(querytest::Window& w);
    querytest::Fixture m_fx;
};

void TestQueryConsole::initTestCase() {
    m_fx = querytest::Fixture();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    registerQueryTabs();
}

QueryConsole* TestQueryConsole::consoleWithTrades(querytest::Window& w) {
    QueryConsole* console = w.workspace->newConsole();
    if (!console)
        return nullptr;
    // Search as you type: the completer lists catalog matches; picking one adds it.
    QLineEdit* search = console->scope()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("markets.tra"));
    QCompleter* completer = console->scope()->searchCompleter();
    const bool listed = QTest::qWaitFor(
        [&] {
            const auto* m = completer->model();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 0).data().toString().startsWith(kTrades))
                    return true;
            return false;
        },
        20000);
    if (!listed)
        return nullptr;
    const auto* m = completer->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString text = m->index(r, 0).data().toString();
        if (text.startsWith(kTrades + QStringLiteral("  ")) || text == kTrades) {
            emit completer->activated(text);
            break;
        }
    }
    return querytest::waitScope(console, 1) ? console : nullptr;
}

void TestQueryConsole::typeRunScrollCountAndCopy() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    const ScopeEntry& scope = console->scope()->entries().front();
    QCOMPARE(scope.displayName, kTrades);
    QCOMPARE(scope.alias, QStringLiteral("t"));
    QVERIFY(scope.columns.contains(QStringLiteral("trade_id")));
    QVERIFY(!scope.dataSourceName.isEmpty());

    SqlEditor* editor = console->editor();
    editor->setFocus();
    QTest::keyClicks(editor,
                     QStringLiteral("SELECT t.trade_id, t.side, t.price FROM markets.trades AS t "
                                    "WHERE t.trade_id > %(min_id)s ORDER BY t.trade_id"));
    editor->completer()->popup()->hide();
    // The parameter form follows the placeholders.
    QVERIFY(QTest::qWaitFor(
        [&] { return console->parameters()->valueEdit(QStringLiteral("min_id")); }, 5000));
    QComboBox* type = console->parameters()->typeCombo(QStringLiteral("min_id"));
    type->setCurrentIndex(type->findData(QStringLiteral("int64")));
    QLineEdit* value = console->parameters()->valueEdit(QStringLiteral("min_id"));
    QTest::keyClicks(value, QStringLiteral("abc"));
    QVERIFY(!console->parameters()->validate()); // not a whole number
    value->setText(QStringLiteral("100"));
    QVERIFY(console->parameters()->validate());
    console->maxRowsBox()->setValue(20000);

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    ResultPanel* results = console->results();
    ResultModel* model = results->model();
    QVERIFY(QTest::qWaitFor([&] { return model->columnCount() > 0 && model->isLoaded(0); }, 30000));
    QCOMPARE(model->columns(), (QStringList{QStringLiteral("trade_id"), QStringLiteral("side"),
                                            QStringLiteral("price")}));
    QCOMPARE(cell(model, 0, QStringLiteral("trade_id")), QStringLiteral("101"));
    QCOMPARE(model->operation().parameters["min_id"].get<qint64>(), qint64(100));
    QVERIFY(querytest::waitIdle(results));
    // Only the first window, not the whole 20,000 rows.
    const qint64 firstLoad = model->cache().loadedRowCount();
    QVERIFY(firstLoad > 0 && firstLoad <= model->cache().pageSize());
    QVERIFY(results->statusText().contains(QStringLiteral("more may follow")));

    // Scroll to the end again and again: the rows past the known ones show "loading…"
    // and then resolve.
    ResultView* view = results->view();
    for (int round = 0; round < 4; ++round) {
        const int rowsBefore = model->rowCount();
        view->scrollToBottom();
        const int last = model->rowCount() - 1;
        QCOMPARE(model->index(last, 0).data().toString(), QStringLiteral("loading…"));
        QVERIFY(
            QTest::qWaitFor([&] { return model->isLoaded(last) && !results->isBusy(); }, 30000));
        QCOMPARE(cell(model, last, QStringLiteral("trade_id")), QString::number(last + 101));
        QVERIFY(model->rowCount() > rowsBefore || model->cache().isEndKnown());
    }
    QVERIFY(model->rowCount() >= 4000);

    // Count rows: the grid gets its full size (bounded by max rows), far rows load alone.
    QVERIFY(results->countButton()->isEnabled());
    results->countButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return results->countedRows() >= 0; }, 60000));
    QCOMPARE(results->countedRows(), qint64(1000000 - 100));
    QCOMPARE(model->rowCount(), 20000);
    QVERIFY(model->cache().isTruncated());
    QVERIFY(results->statusText().contains(QStringLiteral("more rows exist past 20,000")));
    // The view lays out its new rows lazily: scroll once its range has grown to them.
    QVERIFY(QTest::qWaitFor(
        [&] {
            view->scrollTo(model->index(17500, 0), QAbstractItemView::PositionAtTop);
            return view->rowAt(0) == 17500;
        },
        5000));
    QVERIFY(QTest::qWaitFor([&] { return model->isLoaded(17500) && !results->isBusy(); }, 30000));
    QCOMPARE(cell(model, 17500, QStringLiteral("trade_id")), QStringLiteral("17601"));
    QVERIFY(!model->isLoaded(12000)); // never the whole result
    QVERIFY(model->cache().loadedRowCount() < 20000);

    // Copy a block as TSV, then with headers through Ctrl+Shift+C.
    view->setFocus();
    view->clearSelection();
    view->selectionModel()->select(QItemSelection(model->index(17500, 0), model->index(17501, 1)),
                                   QItemSelectionModel::Select);
    view->copySelection(false);
    const QString expected = QStringLiteral("17601\t%1\n17602\t%2\n")
                                 .arg(cell(model, 17500, QStringLiteral("side")),
                                      cell(model, 17501, QStringLiteral("side")));
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("trade_id\tside\n") + expected);
    // Numbers right-aligned.
    QCOMPARE(model->index(17500, 0).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // The SQL and parameter are still there after all this.
    QVERIFY(editor->toPlainText().contains(QStringLiteral("%(min_id)s")));
    QCOMPARE(console->parameters()->valueEdit(QStringLiteral("min_id"))->text(),
             QStringLiteral("100"));
}

void TestQueryConsole::completionOffersTheAliasColumns() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    SqlEditor* editor = console->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("SELECT t."));
    QVERIFY(QTest::qWaitFor([&] { return editor->completer()->popup()->isVisible(); }, 5000));
    QStringList offered;
    for (int r = 0; r < editor->completer()->completionModel()->rowCount(); ++r)
        offered << editor->completer()->completionModel()->index(r, 0).data().toString();
    QVERIFY(offered.contains(QStringLiteral("trade_id")));
    QVERIFY(offered.contains(QStringLiteral("settlement_date")));
    QVERIFY(!offered.contains(QStringLiteral("SELECT"))); // only the table's columns
    QTest::keyClicks(editor, QStringLiteral("sett"));
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QCOMPARE(editor->toPlainText(), QStringLiteral("SELECT t.settlement_date"));
}

void TestQueryConsole::exportMatchesTheCli_data() {
    QTest::addColumn<QString>("extension");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestQueryConsole::exportMatchesTheCli() {
    QFETCH(QString, extension);
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    const QString sql =
        QStringLiteral("SELECT t.trade_id, t.side, t.price, t.trade_ts, t.settlement_date "
                       "FROM markets.trades AS t WHERE t.trade_id > %(min_id)s "
                       "ORDER BY t.trade_id");
    QueryDraft draft = console->draft();
    draft.sql = sql;
    draft.parameters = {ParameterEntry{QStringLiteral("min_id"), QStringLiteral("int64"),
                                       QStringLiteral("10"), false}};
    draft.maxRows = 1234; // three pages at the fixture's cap
    console->setDraft(draft);
    QVERIFY(console->run());
    QVERIFY(querytest::waitIdle(console->results()));

    const QString path = w.dir->filePath(QStringLiteral("gui.") + extension);
    QString error;
    QVERIFY2(console->results()->exportTo(path, &error), qPrintable(error));
    ResultExportJob* job = console->results()->exportJob();
    QSignalSpy done(job, &ResultExportJob::finished);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toLongLong(), qint64(1234));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray gui = file.readAll();

    // The same query through command-center-cli, the reference format.
    const QString cliOut = w.dir->filePath(QStringLiteral("cli.") + extension);
    QProcess cli;
    cli.start(QStringLiteral(CC_CLI_BINARY),
              {QStringLiteral("--url"), m_fx.url, QStringLiteral("--token"), m_fx.viewer,
               QStringLiteral("query"), QStringLiteral("--sql"), sql, QStringLiteral("--table"),
               kTrades + QStringLiteral("=t"), QStringLiteral("--param"),
               QStringLiteral("min_id=10:int64"), QStringLiteral("--max-rows"),
               QStringLiteral("1234"), QStringLiteral("--format"), extension,
               QStringLiteral("--out"), cliOut});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile cliFile(cliOut);
    QVERIFY(cliFile.open(QIODevice::ReadOnly));
    QCOMPARE(gui, cliFile.readAll());
    if (extension == QLatin1String("csv")) {
        QVERIFY(gui.startsWith("trade_id,side,price,trade_ts,settlement_date\r\n"));
        QCOMPARE(gui.count("\r\n"), qsizetype(1235));
        QVERIFY(gui.contains("\r\n11,"));
    }
}

void TestQueryConsole::refusalKeepsTheSqlAndExplains() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    // Reads a table that is not in the scope.
    const QString sql = QStringLiteral("SELECT i.instrument_id FROM markets.instruments AS i "
                                       "ORDER BY i.instrument_id");
    console->editor()->setPlainText(sql);
    QVERIFY(console->run());
    ResultPanel* results = console->results();
    QVERIFY(QTest::qWaitFor([&] { return results->model()->state() == ResultModel::State::Failed; },
                            30000));
    const QString banner = results->banner()->text();
    QVERIFY2(banner.contains(QStringLiteral("HTTP 403")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("scope_access_denied")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("markets.instruments")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Add markets.instruments to the scope")),
             qPrintable(banner));
    QCOMPARE(console->editor()->toPlainText(), sql);
    QCOMPARE(console->scope()->entries().size(), std::size_t(1));

    // A SQL error names its SQLSTATE; the text stays for fixing.
    const QString bad =
        QStringLiteral("SELECT t.no_such_column FROM markets.trades AS t ORDER BY 1");
    console->editor()->setPlainText(bad);
    QVERIFY(console->run());
    QVERIFY(QTest::qWaitFor([&] { return results->model()->state() == ResultModel::State::Failed; },
                            30000));
    QVERIFY2(results->banner()->text().contains(QStringLiteral("SQLSTATE 42703")),
             qPrintable(results->banner()->text()));
    QCOMPARE(console->editor()->toPlainText(), bad);
    // A good query afterwards clears the banner.
    console->editor()->setPlainText(
        QStringLiteral("SELECT t.trade_id FROM markets.trades AS t ORDER BY t.trade_id"));
    QVERIFY(console->run());
    QVERIFY(querytest::waitIdle(results));
    QVERIFY(results->banner()->isHidden());
}

void TestQueryConsole::checksStopBadQueriesBeforeSending() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    const int before = loggedExecuteCalls(m_fx.serverLog);
    console->editor()->setPlainText(QStringLiteral("SELECT 1;\nSELECT 2"));
    QVERIFY(!console->run());
    QVERIFY2(console->issuesText().contains(QStringLiteral("line 2, column 1")),
             qPrintable(console->issuesText()));
    QVERIFY(console->issuesText().contains(QStringLiteral("Only one statement")));
    console->editor()->setPlainText(QStringLiteral("DELETE FROM markets.trades"));
    QVERIFY(!console->run());
    QVERIFY(console->issuesText().contains(QStringLiteral("writes are turned off")));
    console->editor()->setPlainText(QStringLiteral(
        "SELECT t.trade_id FROM markets.trades AS t WHERE t.trade_ts > %(since)s ORDER BY 1"));
    console->parameters()->setNames({QStringLiteral("since")});
    QComboBox* type = console->parameters()->typeCombo(QStringLiteral("since"));
    type->setCurrentIndex(type->findData(QStringLiteral("timestamp with time zone")));
    console->parameters()
        ->valueEdit(QStringLiteral("since"))
        ->setText(QStringLiteral("2024-01-05 10:00"));
    QVERIFY(!console->run()); // a timestamp without a zone is refused, not guessed
    QVERIFY(!console->parameters()->problems().isEmpty());
    if (before >= 0)
        QCOMPARE(loggedExecuteCalls(m_fx.serverLog), before); // nothing was sent
    // No ORDER BY: sent, with a warning.
    console->editor()->setPlainText(QStringLiteral("SELECT t.trade_id FROM markets.trades AS t"));
    QVERIFY2(console->run(), qPrintable(console->issuesText()));
    QVERIFY(console->issuesText().contains(QStringLiteral("ORDER BY")));
    QVERIFY(querytest::waitIdle(console->results()));
    // The timestamp in UTC with its dtype.
    console->editor()->setPlainText(QStringLiteral(
        "SELECT t.trade_id FROM markets.trades AS t WHERE t.trade_ts > %(since)s ORDER BY 1"));
    // The form follows the text again.
    QVERIFY(QTest::qWaitFor(
        [&] { return console->parameters()->valueEdit(QStringLiteral("since")) != nullptr; },
        5000));
    type = console->parameters()->typeCombo(QStringLiteral("since"));
    type->setCurrentIndex(type->findData(QStringLiteral("timestamp with time zone")));
    console->parameters()
        ->valueEdit(QStringLiteral("since"))
        ->setText(QStringLiteral("2024-01-05T11:00:00+01:00"));
    QVERIFY(console->run());
    const CompiledSqlOperation& op = console->results()->model()->operation();
    QCOMPARE(QString::fromStdString(op.parameters["since"].get<std::string>()),
             QStringLiteral("2024-01-05T10:00:00Z"));
    QCOMPARE(op.parameterTypes->at(QStringLiteral("since")),
             QStringLiteral("timestamp with time zone"));
    QVERIFY(querytest::waitIdle(console->results()));
    QCOMPARE(console->results()->model()->state(), ResultModel::State::Finished);
}

void TestQueryConsole::cancelAbortsTheRequest() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    console->editor()->setPlainText(QStringLiteral(
        "SELECT t.trade_id FROM markets.trades AS t ORDER BY md5(t.trade_id::text)"));
    const int before = loggedExecuteCalls(m_fx.serverLog);
    QVERIFY(console->run());
    QVERIFY(console->isRunning());
    QVERIFY(console->cancelAction()->isEnabled());
    // Escape while the request is in flight.
    QTest::keyClick(console->editor(), Qt::Key_Escape);
    ResultModel* model = console->results()->model();
    QCOMPARE(model->state(), ResultModel::State::Cancelled);
    QVERIFY(!console->isRunning());
    QVERIFY(!console->cancelAction()->isEnabled());
    QTest::qWait(2500); // whatever the server answers now is not taken
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->state(), ResultModel::State::Cancelled);
    if (before >= 0)
        QVERIFY(loggedExecuteCalls(m_fx.serverLog) - before <= 1); // the one aborted, no more
    QVERIFY(console->results()->banner()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(console->editor()->toPlainText().contains(QStringLiteral("md5")));
}

void TestQueryConsole::nullJsonAndBoolCells() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = w.workspace->newConsole();
    QVERIFY(console);
    console->scope()->addTableByName(QStringLiteral("ops.audit_log"));
    QVERIFY(querytest::waitScope(console, 1));
    console->editor()->setPlainText(
        QStringLiteral("SELECT a.event_id, a.details, NULL::text AS nothing, '' AS empty, "
                       "a.event_id > 3 AS later FROM ops.audit_log AS a ORDER BY a.event_id"));
    QVERIFY(console->run());
    ResultPanel* results = console->results();
    QVERIFY(querytest::waitIdle(results));
    ResultModel* model = results->model();
    QVERIFY(model->rowCount() > 0);
    const int nothing = int(model->columns().indexOf(QStringLiteral("nothing")));
    const int empty = int(model->columns().indexOf(QStringLiteral("empty")));
    const int details = int(model->columns().indexOf(QStringLiteral("details")));
    const int later = int(model->columns().indexOf(QStringLiteral("later")));
    // NULL and empty text are told apart.
    QCOMPARE(model->index(0, nothing).data().toString(), QStringLiteral("NULL"));
    QCOMPARE(model->index(0, nothing).data(ResultModel::KindRole).toInt(),
             int(RowSet::CellKind::Null));
    QVERIFY(model->index(0, nothing).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model->index(0, nothing).data(ResultModel::CellTextRole).isValid());
    QCOMPARE(model->index(0, empty).data().toString(), QString());
    QCOMPARE(model->index(0, empty).data(ResultModel::KindRole).toInt(),
             int(RowSet::CellKind::String));
    QCOMPARE(model->index(0, later).data(ResultModel::KindRole).toInt(),
             int(RowSet::CellKind::Bool));
    QCOMPARE(model->index(0, later).data().toString(), QStringLiteral("false"));
    QCOMPARE(model->index(0, details).data(ResultModel::KindRole).toInt(),
             int(RowSet::CellKind::Json));
    // A JSON cell opens pretty-printed on double-click.
    ResultView* view = results->view();
    const QRect rect = view->visualRect(model->index(0, details));
    // A double-click is a press and release, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto* dialog = view->findChild<JsonCellDialog*>(QStringLiteral("cellValueDialog"));
    QVERIFY(dialog);
    const QString raw = model->cellText(0, details);
    QCOMPARE(dialog->shownText(), JsonCellDialog::prettyJson(raw));
    if (raw.contains(QLatin1Char(',')))
        QVERIFY(dialog->shownText().contains(QLatin1Char('\n')));
    dialog->close();
}

void TestQueryConsole::mixedDataSourcesAreRefused() {
    querytest::Window w(m_fx, m_fx.viewer);
    QueryConsole* console = consoleWithTrades(w);
    QVERIFY(console);
    console->scope()->addTableByName(QStringLiteral("archive.trades_2019"));
    QVERIFY(QTest::qWaitFor([&] { return !console->scope()->problem().isEmpty(); }, 20000));
    QVERIFY2(
        console->scope()->problem().contains(QStringLiteral("One query reads one data source")),
        qPrintable(console->scope()->problem()));
    QCOMPARE(console->scope()->entries().size(), std::size_t(1));
    // A table of the same source is fine.
    console->scope()->addTableByName(QStringLiteral("markets.instruments"));
    QVERIFY(querytest::waitScope(console, 2));
    QCOMPARE(console->scope()->entries()[1].alias, QStringLiteral("i"));
}

void TestQueryConsole::historyAndDraftsSurviveARestart() {
    auto dir = std::make_shared<QTemporaryDir>();
    const QString sql = QStringLiteral("SELECT t.trade_id FROM markets.trades AS t "
                                       "WHERE t.settlement_date >= %(day)s ORDER BY t.trade_id");
    {
        querytest::Window w(m_fx, m_fx.viewer, false, dir);
        QueryConsole* console = consoleWithTrades(w);
        QVERIFY(console);
        console->editor()->setPlainText(sql);
        console->parameters()->setNames({QStringLiteral("day")});
        QComboBox* type = console->parameters()->typeCombo(QStringLiteral("day"));
        type->setCurrentIndex(type->findData(QStringLiteral("date")));
        console->parameters()
            ->valueEdit(QStringLiteral("day"))
            ->setText(QStringLiteral("2024-03-01"));
        console->maxRowsBox()->setValue(777);
        QVERIFY(console->run());
        QVERIFY(querytest::waitIdle(console->results()));
        QCOMPARE(cell(console->results()->model(), 0, QStringLiteral("trade_id")).isEmpty(), false);
        // A tab switch away and back keeps everything; the empty console is no draft.
        QueryConsole* other = w.workspace->newConsole();
        QVERIFY(other);
        QCOMPARE(w.window->documents()->tabs()->currentWidget(), other);
        w.window->documents()->tabs()->setCurrentWidget(console);
        QCOMPARE(console->editor()->toPlainText(), sql);
        QCOMPARE(console->parameters()->valueEdit(QStringLiteral("day"))->text(),
                 QStringLiteral("2024-03-01"));
        w.workspace->persistDrafts();
        w.window->close();
    }
    querytest::Window again(m_fx, m_fx.viewer, false, dir);
    QVERIFY(QTest::qWaitFor([&] { return again.workspace->consoles().size() == 1; }, 10000));
    QueryConsole* restored = again.workspace->consoles().front();
    QCOMPARE(restored->editor()->toPlainText(), sql);
    QCOMPARE(restored->maxRowsBox()->value(), 777);
    QCOMPARE(restored->scope()->entries().size(), std::size_t(1));
    QCOMPARE(restored->scope()->entries().front().displayName, kTrades);
    QCOMPARE(restored->parameters()->valueEdit(QStringLiteral("day"))->text(),
             QStringLiteral("2024-03-01"));
    QCOMPARE(restored->parameters()->typeCombo(QStringLiteral("day"))->currentData().toString(),
             QStringLiteral("date"));
    // The history has the query; re-opening it fills a fresh console's editor.
    QueryHistory history(*again.settings,
                         QueryConsole::profileKey(again.window->session()->profile()));
    QVERIFY(!history.entries().empty());
    QCOMPARE(history.entries().front().draft.sql, sql);
    QueryConsole* fresh = again.workspace->newConsole();
    QVERIFY(fresh);
    QMenu* menu = fresh->historyButton()->menu();
    emit menu->aboutToShow();
    QAction* entry = menu->actions().value(0);
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(fresh->editor()->toPlainText(), sql);
    QCOMPARE(fresh->scope()->entries().size(), std::size_t(1));
}

QTEST_MAIN(TestQueryConsole)
#include "tst_query_console.moc"
