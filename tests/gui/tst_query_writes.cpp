// Writes from a query console against the refserver fixture: only with the profile flag,
// only after a confirmation that shows the statement, its scope and parameters; the
// operation follows the statement and the written table gets write access; declining
// sends nothing; a data source without compiled writes is refused in words.
#include "tst_query_live.h"

#include "ui/connection/ConnectionSession.h"

#include "ui/StateView.h"
#include "ui/query/ErrorBanner.h"
#include "ui/query/ParameterForm.h"
#include "ui/query/WriteConfirmDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

namespace {

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

// Answers the next write confirmation: records what it shows, then runs or declines.
struct ConfirmAnswer {
    QStringList shown;
    bool seen = false;

    void arm(bool accept) {
        QTimer::singleShot(50, [this, accept] { answer(accept); });
    }
    void answer(bool accept) {
        auto* dialog = qobject_cast<WriteConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(50, [this, accept] { answer(accept); });
            return;
        }
        seen = true;
        shown << dialog->windowTitle();
        for (const QPlainTextEdit* box : dialog->findChildren<QPlainTextEdit*>())
            shown << box->toPlainText();
        if (accept)
            dialog->runButton()->click();
        else
            dialog->reject();
    }
};

} // namespace

class TestQueryWrites : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void confirmedUpdateRuns();
    void declinedWriteSendsNothing();
    void capabilityRefusalInWords();

private:
    QueryConsole* console(querytest::Window& w, const QString& table);
    querytest::Fixture m_fx;
};

void TestQueryWrites::initTestCase() {
    m_fx = querytest::Fixture();
    if (!m_fx.ok() || m_fx.editor.isEmpty())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

QueryConsole* TestQueryWrites::console(querytest::Window& w, const QString& table) {
    if (!QTest::qWaitFor([&] { return w.window->session()->client() != nullptr; }, 10000))
        return nullptr;
    QueryConsole* c = w.workspace->newConsole();
    if (!c)
        return nullptr;
    c->scope()->addTableByName(table);
    return querytest::waitScope(c, 1) ? c : nullptr;
}

void TestQueryWrites::confirmedUpdateRuns() {
    querytest::Window w(m_fx, m_fx.editor, true);
    QueryConsole* c = console(w, QStringLiteral("markets.trades"));
    QVERIFY(c);
    // The access column offers write when the profile allows writes.
    QVERIFY(c->scope()->list()->itemWidget(c->scope()->list()->topLevelItem(0), 2));
    const QString sql =
        QStringLiteral("UPDATE markets.trades AS t SET side = t.side WHERE t.trade_id = %(id)s");
    c->editor()->setPlainText(sql);
    c->parameters()->setNames({QStringLiteral("id")});
    QComboBox* type = c->parameters()->typeCombo(QStringLiteral("id"));
    type->setCurrentIndex(type->findData(QStringLiteral("int64")));
    c->parameters()->valueEdit(QStringLiteral("id"))->setText(QStringLiteral("-1"));
    ConfirmAnswer confirm;
    confirm.arm(true);
    QVERIFY(c->run());
    QVERIFY(confirm.seen);
    const QString shown = confirm.shown.join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("Run UPDATE?")), qPrintable(shown));
    QVERIFY(shown.contains(sql));
    QVERIFY(shown.contains(QStringLiteral("markets.trades AS t — write")));
    QVERIFY(shown.contains(QStringLiteral("id = -1  (int64)")));
    QCOMPARE(c->lastOperation().operation.operation, QStringLiteral("update"));
    QCOMPARE(c->lastOperation().operation.tables.front().access, QStringLiteral("write"));
    QVERIFY(QTest::qWaitFor([&] { return !c->isRunning(); }, 30000));
    QVERIFY2(c->results()->banner()->isHidden(), qPrintable(c->results()->banner()->text()));
    QCOMPARE(c->results()->stateView()->title(), QStringLiteral("0 rows affected"));
}

void TestQueryWrites::declinedWriteSendsNothing() {
    querytest::Window w(m_fx, m_fx.editor, true);
    QueryConsole* c = console(w, QStringLiteral("markets.trades"));
    QVERIFY(c);
    c->editor()->setPlainText(
        QStringLiteral("DELETE FROM markets.trades AS t WHERE t.trade_id = -1"));
    const int before = loggedExecuteCalls(m_fx.serverLog);
    ConfirmAnswer confirm;
    confirm.arm(false);
    QVERIFY(c->run());
    QVERIFY(confirm.seen);
    QVERIFY(confirm.shown.join(QLatin1Char('\n')).contains(QStringLiteral("Run DELETE?")));
    QTest::qWait(300);
    QVERIFY(!c->isRunning());
    if (before >= 0)
        QCOMPARE(loggedExecuteCalls(m_fx.serverLog), before);
}

void TestQueryWrites::capabilityRefusalInWords() {
    querytest::Window w(m_fx, m_fx.editor, true);
    QueryConsole* c = console(w, QStringLiteral("archive.trades_2019"));
    QVERIFY(c);
    c->editor()->setPlainText(QStringLiteral(
        "UPDATE archive.trades_2019 AS t SET price = t.price WHERE t.trade_id = -1"));
    ConfirmAnswer confirm;
    confirm.arm(true);
    QVERIFY(c->run());
    QVERIFY(QTest::qWaitFor([&] { return !c->isRunning(); }, 30000));
    const QString banner = c->results()->banner()->text();
    QVERIFY2(banner.contains(QStringLiteral("capability_not_supported")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("does not support compiled update operations")),
             qPrintable(banner));
    QCOMPARE(c->editor()->toPlainText().left(6), QStringLiteral("UPDATE"));
}

QTEST_MAIN(TestQueryWrites)
#include "tst_query_writes.moc"
