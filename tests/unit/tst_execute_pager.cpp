// ExecutePager against a server that pages a result set with its own page cap: the
// offsets and max_rows it sends (spec §4.3), the rows it delivers, and how runs end.
#include "tst_api_fixtures.h"

#include "net/ApiClient.h"
#include "net/ExecutePager.h"
#include "support/FixtureHttpServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

const QString kExecute = kLegacyTables + QStringLiteral("execute-operation/");

// A result set of `total` rows served `cap` rows at a time, as spec §4.3 recommends.
struct PagingServer {
    qint64 total = 5;
    qint64 cap = 2;
    bool honourMaxRows = true;
    qint64 emptyFromOffset = -1; // pages at or after this offset come back empty
    bool nullNextOffset = false;

    ScriptedReply operator()(const RecordedRequest& request) const {
        const Json body = Json::parse(request.body.toStdString());
        const qint64 offset = body["limits"]["offset"].get<qint64>();
        const qint64 maxRows = body["limits"]["max_rows"].get<qint64>();
        const qint64 page = honourMaxRows ? std::min(maxRows, cap) : cap;
        OrderedJson rows = OrderedJson::array();
        qint64 end = std::min(total, offset + page);
        if (emptyFromOffset >= 0 && offset >= emptyFromOffset)
            end = offset;
        for (qint64 i = offset; i < end; ++i)
            rows.push_back(OrderedJson{{"id", i}, {"name", "row " + std::to_string(i)}});
        const qint64 returned = std::max<qint64>(0, end - offset);
        const bool hasMore = offset + returned < total;
        OrderedJson reply = {{"ok", true},
                             {"operation", body["operation"]},
                             {"dialect", "postgresql"},
                             {"row_count", returned},
                             {"rows", rows},
                             {"truncated", hasMore},
                             {"max_rows", maxRows}};
        reply["pagination"] = {{"limit", page},
                               {"offset", offset},
                               {"returned_count", returned},
                               {"has_more", hasMore},
                               {"next_offset", hasMore && !nullNextOffset
                                                   ? OrderedJson(offset + returned)
                                                   : OrderedJson(nullptr)}};
        return ScriptedReply::json(200, QByteArray::fromStdString(reply.dump()));
    }
};

CompiledSqlOperation selectOp(qint64 maxRows, qint64 offset = 0) {
    CompiledSqlOperation op;
    op.sql = QStringLiteral("SELECT id, name FROM public.t ORDER BY id");
    op.tables = {
        ScopeTable{kAccountUid, QStringLiteral("t"), QStringLiteral("read"), std::nullopt}};
    op.dataSourceUid = QStringLiteral("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01");
    op.maxRows = maxRows;
    op.offset = offset;
    op.statementTimeoutMs = 1234;
    return op;
}

struct Delivered {
    QList<qint64> firstRows;
    QStringList ids; // every row's id, in delivery order
    QStringList columns;
};

} // namespace

class TestExecutePager : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FixtureHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>(configFor(*m_server));
        m_pager = std::make_unique<ExecutePager>(m_client.get());
        m_delivered = Delivered();
        connect(m_pager.get(), &ExecutePager::pageReady, this,
                [this](const RowSet& rows, qint64 first) {
                    m_delivered.firstRows << first;
                    m_delivered.columns = rows.columns();
                    for (qint64 r = 0; r < rows.rowCount(); ++r)
                        m_delivered.ids << rows.displayText(r, 0);
                });
    }
    void cleanup() {
        m_pager.reset();
        m_client.reset();
        m_server.reset();
    }

    void followsNextOffsetWithRemainingRows() {
        m_server->handle("POST", kExecute, PagingServer{5, 2});
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        QSignalSpy failed(m_pager.get(), &ExecutePager::failed);
        m_pager->start(selectOp(5));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{0, 5}, {2, 3}, {4, 1}}));
        QCOMPARE(m_delivered.firstRows, (QList<qint64>{0, 2, 4}));
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1", "2", "3", "4"}));
        QCOMPARE(m_delivered.columns, (QStringList{"id", "name"}));
        const auto summary = finished[0][0].value<ExecuteSummary>();
        QCOMPARE(summary.rowsDelivered, 5);
        QCOMPARE(summary.rowCount, 5);
        QCOMPARE(summary.pages, 3);
        QVERIFY(!summary.truncated);
        QVERIFY(!summary.nextOffset);
        QVERIFY(!m_pager->isRunning());
        // Everything but the limits is sent unchanged.
        const Json last = Json::parse(m_server->requests().last().body.toStdString());
        QCOMPARE(last["limits"]["statement_timeout_ms"].get<qint64>(), 1234);
        QCOMPARE(last["statement"]["sql"].get<std::string>(),
                 std::string("SELECT id, name FROM public.t ORDER BY id"));
        QCOMPARE(last["scope"]["data_source_uid"].get<std::string>(),
                 std::string("7c0d2f4e-5b1a-4c3e-9f10-2a6b8d4e1c01"));
    }

    void stopsAtMaxRows() {
        m_server->handle("POST", kExecute, PagingServer{100, 2});
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(3));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{0, 3}, {2, 1}}));
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1", "2"}));
        const auto summary = finished[0][0].value<ExecuteSummary>();
        QVERIFY(summary.truncated); // more rows exist past N
        QCOMPARE(summary.nextOffset, std::optional<qint64>(3));
    }

    void firstPageOfNRowsIsFinal() {
        m_server->handle("POST", kExecute, PagingServer{100, 50});
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(10, 20));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{20, 10}}));
        QCOMPARE(m_delivered.firstRows, (QList<qint64>{20}));
        QCOMPARE(m_delivered.ids.size(), 10);
        QCOMPARE(m_delivered.ids.front(), QStringLiteral("20"));
    }

    void extraRowsOfLaterPagesAreDropped() {
        PagingServer server{100, 4};
        server.honourMaxRows = false; // always answers 4 rows
        m_server->handle("POST", kExecute, server);
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(5));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{0, 5}, {4, 1}}));
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1", "2", "3", "4"}));
    }

    void emptyPageStops() {
        PagingServer server{10, 2};
        server.emptyFromOffset = 2;
        m_server->handle("POST", kExecute, server);
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(6));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{0, 6}, {2, 4}}));
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1"}));
        QVERIFY(finished[0][0].value<ExecuteSummary>().truncated);
    }

    void nullNextOffsetStops() {
        PagingServer server{10, 2};
        server.nullNextOffset = true;
        m_server->handle("POST", kExecute, server);
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(6));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1"}));
    }

    void writesAreSentOnce() {
        m_server->enqueue(
            "POST", kExecute,
            ScriptedReply::json(200, R"({"ok": true, "operation": "update", "row_count": 7,
                              "rows": [{"uid": "a"}], "truncated": true, "max_rows": 1,
                              "pagination": {"limit": 1, "offset": 0, "returned_count": 1, "has_more": true, "next_offset": 1}})"));
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        CompiledSqlOperation op = selectOp(1);
        op.operation = QStringLiteral("update");
        op.sql = QStringLiteral("UPDATE public.t SET name = 'x' RETURNING uid");
        m_pager->start(op);
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_delivered.ids, (QStringList{"a"}));
        const auto summary = finished[0][0].value<ExecuteSummary>();
        QCOMPARE(summary.rowCount, 7); // affected rows, as the server counted them
        QCOMPARE(summary.operation, QStringLiteral("update"));
    }

    void fetchWindowAsksForThatWindow() {
        m_server->handle("POST", kExecute, PagingServer{100, 2});
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->fetchWindow(selectOp(1000), 10, 4);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(sentLimits(), (QList<QPair<qint64, qint64>>{{10, 4}, {12, 2}}));
        QCOMPARE(m_delivered.firstRows, (QList<qint64>{10, 12}));
        QCOMPARE(m_delivered.ids, (QStringList{"10", "11", "12", "13"}));
    }

    void cancelSendsNoMore() {
        m_server->handle("POST", kExecute, [](const RecordedRequest& r) {
            ScriptedReply reply = PagingServer{100, 2}(r);
            reply.delayMs = 100;
            return reply;
        });
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        QSignalSpy failed(m_pager.get(), &ExecutePager::failed);
        QSignalSpy pages(m_pager.get(), &ExecutePager::pageReady);
        m_pager->start(selectOp(50));
        QVERIFY(pages.wait());
        QTRY_COMPARE(m_server->requests().size(), 2); // the second page is in flight
        m_pager->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].value<ApiError>().kind, ApiError::Kind::Cancelled);
        m_pager->cancel(); // nothing running: no second signal
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(pages.count(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
    }

    void failureMidwayEndsTheRun() {
        int calls = 0;
        m_server->handle("POST", kExecute, [&calls](const RecordedRequest& r) {
            if (++calls == 2)
                return ScriptedReply::json(500, R"({"detail": "worker lost"})");
            return PagingServer{100, 2}(r);
        });
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        QSignalSpy failed(m_pager.get(), &ExecutePager::failed);
        m_pager->start(selectOp(10));
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed[0][0].value<ApiError>();
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.message.contains(QStringLiteral("worker lost")));
        QCOMPARE(m_delivered.ids, (QStringList{"0", "1"}));
        QTest::qWait(50);
        QCOMPARE(calls, 2); // a POST is not retried
        QCOMPARE(finished.count(), 0);
    }

    void restartCancelsTheRunningQuery() {
        m_server->handle("POST", kExecute, [](const RecordedRequest& r) {
            ScriptedReply reply = PagingServer{4, 2}(r);
            reply.delayMs = 50;
            return reply;
        });
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        QSignalSpy failed(m_pager.get(), &ExecutePager::failed);
        m_pager->start(selectOp(4));
        m_pager->start(selectOp(4, 2));
        QCOMPARE(failed.count(), 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_delivered.ids, (QStringList{"2", "3"}));
    }

    void destroyedClientEndsTheRun() {
        m_server->handle("POST", kExecute,
                         [](const RecordedRequest&) { return ScriptedReply::hang(); });
        QSignalSpy failed(m_pager.get(), &ExecutePager::failed);
        QSignalSpy received(m_server.get(), &FixtureHttpServer::requestReceived);
        m_pager->start(selectOp(10));
        QVERIFY(received.wait());
        m_client.reset();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][0].value<ApiError>().kind, ApiError::Kind::Configuration);
        QVERIFY(!m_pager->isRunning());
        m_pager->start(selectOp(10)); // no client: fails at once, never crashes
        QCOMPARE(failed.count(), 2);
    }

    void largePagesArriveInOrder() {
        m_server->handle("POST", kExecute, PagingServer{6000, 2500});
        QSignalSpy finished(m_pager.get(), &ExecutePager::finished);
        m_pager->start(selectOp(6000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(sentLimits(),
                 (QList<QPair<qint64, qint64>>{{0, 6000}, {2500, 3500}, {5000, 1000}}));
        QCOMPARE(m_delivered.ids.size(), 6000);
        for (int i = 0; i < 6000; ++i)
            QCOMPARE(m_delivered.ids[i], QString::number(i));
    }

private:
    QList<QPair<qint64, qint64>> sentLimits() const {
        QList<QPair<qint64, qint64>> out;
        for (const RecordedRequest& r : m_server->requestsTo("POST", kExecute)) {
            const Json body = Json::parse(r.body.toStdString());
            out.append(
                {body["limits"]["offset"].get<qint64>(), body["limits"]["max_rows"].get<qint64>()});
        }
        return out;
    }

    std::unique_ptr<FixtureHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ExecutePager> m_pager;
    Delivered m_delivered;
};

QTEST_GUILESS_MAIN(TestExecutePager)
#include "tst_execute_pager.moc"
