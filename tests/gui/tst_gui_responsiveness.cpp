// The GUI against a tsm-refserver that injects a fault into about one request in three (500, 503,
// reset, truncated and slow bodies, plus latency on every request): searching, opening
// tables and paging query results keep the event loop turning (a 10 ms timer never runs
// more than 100 ms late), and whatever fails says so and offers a retry.
#include "tst_query_live.h"

#include "../reliability/RefServerProcess.h"
#include "ui/StateView.h"
#include "ui/catalog/CatalogModel.h"
#include "ui/catalog/CatalogPanel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

using namespace cc::ui;

namespace {

// Measures how late a 10 ms timer fires: the event loop's longest stall.
class LagProbe : public QObject {
public:
    LagProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worstMs = std::max(m_worstMs, now - m_last - kIntervalMs);
            m_last = now;
            ++m_ticks;
        });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstLagMs() const { return m_worstMs; }
    int ticks() const { return m_ticks; }

private:
    static constexpr qint64 kIntervalMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstMs = 0;
    int m_ticks = 0;
};

const QStringList kFaults = {
    QStringLiteral("--fault"),
    QStringLiteral("latency=20,rate=0.35,kinds=500|503|reset|truncate|slow")};

} // namespace

class TestGuiResponsiveness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!m_fx.ok())
            QSKIP("The refserver fixture did not run (no refserver.env).");
        m_server = std::make_unique<cc::test::RefServerProcess>(kFaults);
        QVERIFY2(m_server->started(), qPrintable(m_server->stderrText()));
        m_fx.url = m_server->url().toString();
    }

    void searchOpenAndPageStayResponsive() {
        querytest::Window w(m_fx, m_fx.viewer);
        LagProbe probe;
        probe.start();

        // Search as you type, a few times over.
        CatalogPanel* catalog = w.window->catalogPanel();
        for (const QString& text :
             {QStringLiteral("trades"), QStringLiteral("crm"), QStringLiteral("currency"),
              QStringLiteral("orders"), QStringLiteral("account"), QStringLiteral("country"),
              QStringLiteral("audit"), QStringLiteral("position")}) {
            catalog->searchEdit()->clear();
            QTest::keyClicks(catalog->searchEdit(), text);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const auto s = catalog->model()->state();
                    return !catalog->model()->isFetching() &&
                           (s == CatalogModel::State::Loaded || s == CatalogModel::State::Empty ||
                            s == CatalogModel::State::Error);
                },
                30000));
            if (catalog->model()->state() == CatalogModel::State::Error)
                ++m_failuresSeen;
        }

        // Open tables; a document that failed offers Retry, and Retry recovers.
        for (const QString& target :
             {QStringLiteral("markets.trades"), QStringLiteral("crm.companies"),
              QStringLiteral("reference.currencies")}) {
            TableDocument* doc = w.window->openTable(target, QString(), QStringLiteral("columns"));
            QVERIFY(doc);
            for (int attempt = 0; attempt < 5; ++attempt) {
                QVERIFY(QTest::qWaitFor([&] { return doc->isReady() || doc->hasFailed(); }, 30000));
                if (doc->isReady())
                    break;
                ++m_failuresSeen;
                auto* state = doc->findChild<StateView*>();
                QVERIFY(state && state->retryButton() && state->retryButton()->isVisible());
                state->retryButton()->click();
            }
            QVERIFY2(doc->isReady(), qPrintable(target));
        }

        // Page through query results by scrolling.
        QueryConsole* console = w.workspace->newConsole();
        QVERIFY(console);
        console->scope()->addTableByName(QStringLiteral("markets.trades"));
        QVERIFY(querytest::waitScope(console, 1, 30000));
        console->editor()->setPlainText(QStringLiteral(
            "SELECT t.trade_id, t.side, t.price FROM markets.trades AS t ORDER BY t.trade_id"));
        console->maxRowsBox()->setValue(20000);
        QVERIFY(console->run());
        ResultPanel* results = console->results();
        QVERIFY(querytest::waitIdle(results));
        for (int round = 0; round < 10; ++round) {
            results->view()->scrollToBottom();
            QVERIFY(querytest::waitIdle(results));
        }
        probe.stop();

        const auto log = m_server->logLines();
        const auto faults = std::count_if(log.cbegin(), log.cend(),
                                          [](const auto& line) { return !line.fault.isEmpty(); });
        qInfo("event loop: %d ticks, worst lag %lld ms; %d requests, %d faults, %d failures shown",
              probe.ticks(), probe.worstLagMs(), int(log.size()), int(faults), m_failuresSeen);
        // The probe ran through the scenario, which may take well under a second.
        QVERIFY(probe.ticks() > 10);
        QVERIFY2(
            probe.worstLagMs() <= 100,
            qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(probe.worstLagMs())));
        // About one request in three draws a fault: over 15 or more requests, none at all
        // means the fault option is broken rather than bad luck (0.65^15 < 0.002).
        QVERIFY(!log.isEmpty());
        if (log.size() >= 15)
            QVERIFY2(faults > 0, "the server injected no fault");
    }

    void cleanupTestCase() {
        if (m_server)
            QVERIFY2(m_server->stop(), "the faulty server did not stop cleanly");
    }

private:
    querytest::Fixture m_fx;
    std::unique_ptr<cc::test::RefServerProcess> m_server;
    int m_failuresSeen = 0;
};

QTEST_MAIN(TestGuiResponsiveness)
#include "tst_gui_responsiveness.moc"
