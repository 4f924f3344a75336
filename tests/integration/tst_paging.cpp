// ExecutePager against the seeded tsm-refserver (fixture refserver, page cap PAGE_CAP):
// paging through 100,000 rows of markets.trades with max_rows far above the cap delivers
// every row exactly once and in key order, with exactly ceil(N / cap) requests; a short
// result ends early; cancel stops the requests (client counter and server log agree).
#include "net/ApiClient.h"
#include "net/ExecutePager.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace cc;

namespace {

QString env(const char* key) {
    return test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

// Lines of the server's request log that are execute-operation calls.
int loggedExecuteCalls() {
    QFile log(env("SERVER_LOG"));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    while (!log.atEnd())
        if (log.readLine().contains("execute-operation"))
            ++n;
    return n;
}

// What one run delivered.
struct Collected {
    std::vector<qint64> keys;
    std::vector<qint64> firstRows;
    bool consecutive = true; // each page starts where the previous ended
    std::optional<ExecuteSummary> summary;
    std::optional<ApiError> error;
};

} // namespace

class TestPaging : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughAHundredThousandRows();
    void unevenLimitTrimsTheLastPage();
    void shortResultEndsBeforeTheLimit();
    void windowStartsAtItsOffset();
    void cancelStopsFurtherRequests();

private:
    void connectCollector(ExecutePager& pager, Collected& out);
    CompiledSqlOperation tradesSelect(const QString& where, qint64 maxRows) const;

    std::unique_ptr<ApiClient> m_client;
    QString m_tradesUid;
    qint64 m_pageCap = 0;
    int m_executeRequests = 0;
};

void TestPaging::initTestCase() {
    const QString url = env("COMMAND_CENTER_URL");
    if (url.isEmpty())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    m_pageCap = env("PAGE_CAP").toLongLong();
    QVERIFY(m_pageCap > 0);
    ClientConfig config;
    config.baseUrl = QUrl(url);
    config.accessToken = env("TOKEN_VIEWER");
    config.timeoutMs = 120000;
    m_client = std::make_unique<ApiClient>(config);
    connect(m_client.get(), &ApiClient::requestFinished, this,
            [this](const QString& method, const QUrl& u, int, qint64) {
                if (method == QLatin1String("POST") &&
                    u.path().contains(QLatin1String("execute-operation")))
                    ++m_executeRequests;
            });
    bool done = false;
    m_client->resolveTable(QStringLiteral("markets.trades"), this, [&](ApiResult<MetaTable> r) {
        if (r.ok())
            m_tradesUid = r.value().uid;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QVERIFY2(!m_tradesUid.isEmpty(), "markets.trades is not in the demo catalog");
}

CompiledSqlOperation TestPaging::tradesSelect(const QString& where, qint64 maxRows) const {
    CompiledSqlOperation op;
    op.sql =
        QStringLiteral("SELECT t.trade_id, t.side FROM markets.trades AS t %1 ORDER BY t.trade_id")
            .arg(where);
    op.tables = {
        ScopeTable{m_tradesUid, QStringLiteral("t"), QStringLiteral("read"), std::nullopt}};
    op.maxRows = maxRows;
    op.statementTimeoutMs = 60000;
    return op;
}

void TestPaging::connectCollector(ExecutePager& pager, Collected& out) {
    connect(&pager, &ExecutePager::pageReady, this, [&out](const RowSet& rows, qint64 firstRow) {
        const qint64 expectedStart =
            out.firstRows.empty() ? firstRow : out.firstRows.front() + qint64(out.keys.size());
        if (firstRow != expectedStart)
            out.consecutive = false;
        out.firstRows.push_back(firstRow);
        const int id = rows.columnIndex(QStringLiteral("trade_id"));
        for (qint64 r = 0; r < rows.rowCount(); ++r)
            out.keys.push_back(id < 0 ? -1 : rows.displayText(r, id).toLongLong());
    });
    connect(&pager, &ExecutePager::finished, this,
            [&out](const ExecuteSummary& s) { out.summary = s; });
    connect(&pager, &ExecutePager::failed, this, [&out](const ApiError& e) { out.error = e; });
}

void TestPaging::pagesThroughAHundredThousandRows() {
    const qint64 n = 100000;
    QVERIFY(n > m_pageCap);
    ExecutePager pager(m_client.get());
    Collected got;
    connectCollector(pager, got);
    const int before = m_executeRequests;
    const int loggedBefore = loggedExecuteCalls();
    pager.start(tradesSelect(QString(), n));
    QVERIFY(QTest::qWaitFor([&] { return got.summary || got.error; }, 600000));
    QVERIFY2(!got.error, qPrintable(got.error ? got.error->message : QString()));
    // Every key exactly once, in order: trade_id runs 1..N.
    QCOMPARE(qint64(got.keys.size()), n);
    for (qint64 i = 0; i < n; ++i)
        if (got.keys[std::size_t(i)] != i + 1)
            QFAIL(qPrintable(
                QStringLiteral("row %1 has trade_id %2").arg(i).arg(got.keys[std::size_t(i)])));
    QVERIFY(got.consecutive);
    const int expectedPages = int((n + m_pageCap - 1) / m_pageCap);
    QCOMPARE(got.summary->pages, expectedPages);
    QCOMPARE(m_executeRequests - before, expectedPages);
    if (loggedBefore >= 0)
        QCOMPARE(loggedExecuteCalls() - loggedBefore, expectedPages);
    QCOMPARE(got.summary->rowsDelivered, n);
    QVERIFY(got.summary->truncated); // a million rows exist
    QCOMPARE(got.summary->nextOffset.value_or(-1), n);
    QCOMPARE(got.summary->columns,
             (QStringList{QStringLiteral("trade_id"), QStringLiteral("side")}));
}

void TestPaging::unevenLimitTrimsTheLastPage() {
    const qint64 n = 2 * m_pageCap + 34;
    ExecutePager pager(m_client.get());
    Collected got;
    connectCollector(pager, got);
    const int before = m_executeRequests;
    pager.start(tradesSelect(QString(), n));
    QVERIFY(QTest::qWaitFor([&] { return got.summary || got.error; }, 120000));
    QVERIFY(!got.error);
    QCOMPARE(qint64(got.keys.size()), n);
    QCOMPARE(got.keys.back(), n);
    QCOMPARE(m_executeRequests - before, 3);
    QCOMPARE(got.firstRows, (std::vector<qint64>{0, m_pageCap, 2 * m_pageCap}));
    QVERIFY(got.summary->truncated);
}

void TestPaging::shortResultEndsBeforeTheLimit() {
    const qint64 rows = 2 * m_pageCap + 200;
    ExecutePager pager(m_client.get());
    Collected got;
    connectCollector(pager, got);
    const int before = m_executeRequests;
    pager.start(tradesSelect(QStringLiteral("WHERE t.trade_id <= %1").arg(rows), 100000));
    QVERIFY(QTest::qWaitFor([&] { return got.summary || got.error; }, 120000));
    QVERIFY(!got.error);
    QCOMPARE(qint64(got.keys.size()), rows);
    QVERIFY(!got.summary->truncated);
    QVERIFY(!got.summary->nextOffset.has_value());
    QCOMPARE(m_executeRequests - before, 3); // no request past the end
}

void TestPaging::windowStartsAtItsOffset() {
    // What the result grid asks for when the view jumps far down.
    ExecutePager pager(m_client.get());
    Collected got;
    connectCollector(pager, got);
    const CompiledSqlOperation op = tradesSelect(QString(), 1000000);
    pager.fetchWindow(op, 654321, m_pageCap + 10);
    QVERIFY(QTest::qWaitFor([&] { return got.summary || got.error; }, 120000));
    QVERIFY(!got.error);
    QCOMPARE(got.firstRows.front(), qint64(654321));
    QCOMPARE(qint64(got.keys.size()), m_pageCap + 10);
    QCOMPARE(got.keys.front(), qint64(654322));
    QCOMPARE(got.keys.back(), qint64(654321 + m_pageCap + 10));
}

void TestPaging::cancelStopsFurtherRequests() {
    ExecutePager pager(m_client.get());
    Collected got;
    connectCollector(pager, got);
    int pagesSeen = 0;
    connect(&pager, &ExecutePager::pageReady, this, [&] {
        if (++pagesSeen == 3)
            pager.cancel(); // from inside the third page, while the walk would go on
    });
    const int before = m_executeRequests;
    const int loggedBefore = loggedExecuteCalls();
    pager.start(tradesSelect(QString(), 100000));
    QVERIFY(QTest::qWaitFor([&] { return got.summary || got.error; }, 120000));
    QVERIFY(got.error);
    QCOMPARE(got.error->kind, ApiError::Kind::Cancelled);
    QVERIFY(!got.summary);
    QVERIFY(!pager.isRunning());
    // Let anything that would still be sent arrive, then count: no call after the cancel.
    QTest::qWait(1500);
    QCOMPARE(pagesSeen, 3);
    QCOMPARE(m_executeRequests - before, 3);
    if (loggedBefore >= 0)
        QCOMPARE(loggedExecuteCalls() - loggedBefore, 3);
    QCOMPARE(qint64(got.keys.size()), 3 * m_pageCap);
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
