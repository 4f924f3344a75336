// ResultModel, RowCountJob and ResultExportJob against a scripted execute-operation server
// (a 100-row page cap over a result of `total` rows): the first window only, windows
// fetched for the rows asked for, one in flight plus the newest pending, a re-run that
// drops the old rows, refusals, counting and streamed exports.
#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"
#include "ui/query/ResultExportJob.h"
#include "ui/query/ResultModel.h"
#include "ui/query/RowCountJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cc;
using namespace cc::ui;
using cc::test::FixtureHttpServer;
using cc::test::RecordedRequest;
using cc::test::ScriptedReply;

namespace {

const QString kExecute = QStringLiteral("/orm/api/ts_manager/meta_table/execute-operation/");
constexpr qint64 kCap = 100;

// Serves `total` rows {id, tag, note}: id = row number + 1, tag from the SQL's first word
// after SELECT (so two queries are told apart), note NULL on even ids.
struct ScriptedResult {
    qint64 total = 100000;
    int delayMs = 0;

    ScriptedReply answer(const RecordedRequest& request) const {
        const Json body = Json::parse(request.body.toStdString(), nullptr, false);
        if (body.is_discarded())
            return ScriptedReply::json(400, R"({"detail":"bad body"})");
        const std::string sql = body["statement"]["sql"].get<std::string>();
        if (sql.find("count(*)") != std::string::npos) {
            Json reply = {{"ok", true},
                          {"operation", "select"},
                          {"dialect", "postgresql"},
                          {"row_count", 1},
                          {"rows", Json::array({{{"row_count", total}}})},
                          {"truncated", false},
                          {"max_rows", 1},
                          {"pagination",
                           {{"limit", 1},
                            {"offset", 0},
                            {"returned_count", 1},
                            {"has_more", false},
                            {"next_offset", nullptr}}}};
            return ScriptedReply::json(200, QByteArray::fromStdString(reply.dump()));
        }
        const std::string tag = sql.substr(7, sql.find(' ', 7) - 7);
        const qint64 offset = body["limits"]["offset"].get<qint64>();
        const qint64 maxRows = body["limits"]["max_rows"].get<qint64>();
        const qint64 page = std::min(maxRows, kCap);
        const qint64 n = std::max<qint64>(0, std::min(page, total - offset));
        const bool more = offset + n < total;
        // Written by hand: the keys must stay in SELECT order (Json sorts them).
        std::string rowsText = "[";
        for (qint64 i = 0; i < n; ++i) {
            const qint64 id = offset + i + 1;
            if (i > 0)
                rowsText += ',';
            rowsText += "{\"id\":" + std::to_string(id) + ",\"tag\":\"" + tag + "\",\"note\":" +
                        (id % 2 == 0 ? std::string("null") : "\"odd " + std::to_string(id) + "\"") +
                        "}";
        }
        rowsText += "]";
        const std::string reply =
            "{\"ok\":true,\"operation\":\"select\",\"dialect\":\"postgresql\",\"row_count\":" +
            std::to_string(n) + ",\"rows\":" + rowsText +
            ",\"truncated\":" + (more ? "true" : "false") +
            ",\"max_rows\":" + std::to_string(maxRows) +
            ",\"pagination\":{\"limit\":" + std::to_string(page) +
            ",\"offset\":" + std::to_string(offset) + ",\"returned_count\":" + std::to_string(n) +
            ",\"has_more\":" + (more ? "true" : "false") +
            ",\"next_offset\":" + (more ? std::to_string(offset + n) : std::string("null")) + "}}";
        ScriptedReply r = ScriptedReply::json(200, QByteArray::fromStdString(reply));
        r.delayMs = delayMs;
        return r;
    }
};

CompiledSqlOperation select(const QString& sql, qint64 maxRows) {
    CompiledSqlOperation op;
    op.sql = sql;
    op.tables = {ScopeTable{QStringLiteral("1c1b7a8e-0000-4000-8000-000000000001"),
                            QStringLiteral("t"), QStringLiteral("read"), std::nullopt}};
    op.maxRows = maxRows;
    return op;
}

qint64 offsetOf(const RecordedRequest& r) {
    return Json::parse(r.body.toStdString())["limits"]["offset"].get<qint64>();
}

} // namespace

class TestQueryModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRunFetchesOnlyTheFirstWindow();
    void askedRowsLoadAsAlignedWindows();
    void newestPendingRequestWins();
    void rerunDropsTheOldRows();
    void shortResultShrinksToItsEnd();
    void refusalFailsTheModel();
    void countGivesTheFullSize();
    void countOperationWrapsTheStatement();
    void exportStreamsEveryRow();
    void cancelledExportLeavesNoFile();

private:
    bool waitIdle(ResultModel& model, int ms = 20000) {
        return QTest::qWaitFor(
            [&] { return !model.isFetching() && model.state() != ResultModel::State::Running; },
            ms);
    }
    std::unique_ptr<FixtureHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    ScriptedResult m_result;
};

void TestQueryModel::init() {
    m_result = ScriptedResult();
    m_server = std::make_unique<FixtureHttpServer>();
    QVERIFY(m_server->listen());
    m_server->handle("POST", kExecute,
                     [this](const RecordedRequest& r) { return m_result.answer(r); });
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiNamespace = ApiNamespace::Legacy;
    config.accessToken = QStringLiteral("token");
    m_client = std::make_unique<ApiClient>(config);
}

void TestQueryModel::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TestQueryModel::firstRunFetchesOnlyTheFirstWindow() {
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(1000);
    QSignalSpy first(&model, &ResultModel::firstRowsArrived);
    model.run(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 50000));
    QCOMPARE(model.state(), ResultModel::State::Running);
    QVERIFY(waitIdle(model));
    QCOMPARE(first.count(), 1);
    QCOMPARE(model.state(), ResultModel::State::Finished);
    QCOMPARE(model.columns(),
             (QStringList{QStringLiteral("id"), QStringLiteral("tag"), QStringLiteral("note")}));
    // One window of 1,000 rows in ten capped pages; the next page shows as placeholders.
    QCOMPARE(m_server->count("POST", kExecute), 10);
    QCOMPARE(model.pagesFetched(), 10);
    QCOMPARE(model.cache().loadedRowCount(), qint64(1000));
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.index(999, 0).data().toString(), QStringLiteral("1000"));
    QCOMPARE(model.index(1000, 0).data().toString(), QStringLiteral("loading…"));
    QCOMPARE(model.index(1000, 0).data(ResultModel::LoadedRole).toBool(), false);
    QVERIFY(model.firstRowsMs() >= 0);
    QVERIFY(!model.cache().isEndKnown());
}

void TestQueryModel::askedRowsLoadAsAlignedWindows() {
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(500);
    model.run(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 50000));
    QVERIFY(waitIdle(model));
    m_server->clearLog();
    model.requestRows(700, 740);
    QVERIFY(waitIdle(model));
    const auto sent = m_server->requestsTo("POST", kExecute);
    QCOMPARE(sent.size(), 5);
    QCOMPARE(offsetOf(sent.front()), qint64(500));
    QCOMPARE(model.index(700, 0).data().toString(), QStringLiteral("701"));
    QCOMPARE(model.rowCount(), 1500);
    // Rows already there are not asked for again.
    m_server->clearLog();
    model.requestRows(0, 900);
    QVERIFY(waitIdle(model));
    QCOMPARE(m_server->count("POST", kExecute), 0);
    // NULL is a NULL cell, not empty text.
    QCOMPARE(model.index(1, 2).data(ResultModel::KindRole).toInt(), int(RowSet::CellKind::Null));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("NULL"));
    QCOMPARE(model.cellText(0, 2), QStringLiteral("odd 1"));
}

void TestQueryModel::newestPendingRequestWins() {
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(100);
    model.run(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 100000));
    QVERIFY(waitIdle(model));
    QVERIFY(model.setTotalRows(100000));
    m_server->clearLog();
    m_result.delayMs = 150;
    model.requestRows(5000, 5010);   // in flight
    model.requestRows(20000, 20010); // pending
    model.requestRows(60000, 60010); // replaces the pending one
    QVERIFY(waitIdle(model));
    QList<qint64> offsets;
    for (const RecordedRequest& r : m_server->requestsTo("POST", kExecute))
        offsets << offsetOf(r);
    QCOMPARE(offsets, (QList<qint64>{5000, 60000}));
    QVERIFY(model.isLoaded(60005));
    QVERIFY(!model.isLoaded(20005));
}

void TestQueryModel::rerunDropsTheOldRows() {
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(300);
    m_result.delayMs = 200;
    model.run(select(QStringLiteral("SELECT first FROM t ORDER BY id"), 1000));
    QTest::qWait(50); // the first page of the old run is in flight
    m_result.delayMs = 0;
    model.run(select(QStringLiteral("SELECT second FROM t ORDER BY id"), 1000));
    QVERIFY(waitIdle(model));
    QTest::qWait(400); // anything late from the first run arrives now
    QCOMPARE(model.cache().loadedRowCount(), qint64(300));
    for (int r = 0; r < 300; ++r)
        QCOMPARE(model.cellText(r, 1), QStringLiteral("second"));
}

void TestQueryModel::shortResultShrinksToItsEnd() {
    m_result.total = 1250;
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(1000);
    model.run(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 100000));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 2000);
    model.requestRows(1990, 1999);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 1250);
    QVERIFY(model.cache().isEndKnown());
    QVERIFY(!model.cache().isTruncated());
    QCOMPARE(model.index(1249, 0).data().toString(), QStringLiteral("1250"));
}

void TestQueryModel::refusalFailsTheModel() {
    m_server->handle("POST", kExecute, [](const RecordedRequest&) {
        return ScriptedReply::json(
            403,
            R"({"ok":false,"detail":"The statement uses markets.instruments, which is not in the operation's scope.","error":{"code":"scope_access_denied","relation":"markets.instruments","access":"read","retryable":false}})");
    });
    ResultModel model;
    model.setClient(m_client.get());
    QSignalSpy failed(&model, &ResultModel::failed);
    model.run(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 100));
    QVERIFY(failed.wait(10000));
    QCOMPARE(model.state(), ResultModel::State::Failed);
    QCOMPARE(model.lastError().httpStatus, 403);
    QCOMPARE(model.lastError().body.code, QStringLiteral("scope_access_denied"));
    QCOMPARE(model.rowCount(), 0);
}

void TestQueryModel::countGivesTheFullSize() {
    m_result.total = 4321;
    ResultModel model;
    model.setClient(m_client.get());
    model.setPageSize(100);
    const CompiledSqlOperation op = select(QStringLiteral("SELECT a FROM t ORDER BY id;"), 4000);
    model.run(op);
    QVERIFY(waitIdle(model));
    RowCountJob count(m_client.get());
    QSignalSpy counted(&count, &RowCountJob::counted);
    count.start(op);
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.first().at(0).toLongLong(), qint64(4321));
    QVERIFY(model.setTotalRows(4321));
    QCOMPARE(model.rowCount(), 4000); // bounded by max rows
    QVERIFY(model.cache().isTruncated());
}

void TestQueryModel::countOperationWrapsTheStatement() {
    CompiledSqlOperation op =
        select(QStringLiteral("SELECT a FROM t WHERE b = %(x)s ORDER BY id; -- done"), 77);
    op.parameters = Json{{"x", 3}};
    op.offset = 500;
    const CompiledSqlOperation count = RowCountJob::countOperation(op);
    QCOMPARE(count.sql, QStringLiteral("SELECT count(*) AS row_count FROM (\nSELECT a FROM t WHERE "
                                       "b = %(x)s ORDER BY id\n) AS q"));
    QCOMPARE(count.maxRows, qint64(1));
    QCOMPARE(count.offset, qint64(0));
    QCOMPARE(count.parameters, op.parameters);
    QCOMPARE(count.tables, op.tables);
}

void TestQueryModel::exportStreamsEveryRow() {
    m_result.total = 345;
    QTemporaryDir dir;
    ResultExportJob job(m_client.get());
    QSignalSpy done(&job, &ResultExportJob::finished);
    QSignalSpy progress(&job, &ResultExportJob::progress);
    QString error;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(job.start(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 1000),
                      ResultExportJob::Format::Csv, path, &error));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toLongLong(), qint64(345));
    QVERIFY(progress.count() >= 4); // one per page, and the start
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.front(), QByteArray("id,tag,note\r"));
    QCOMPARE(lines.at(1), QByteArray("1,a,odd 1\r"));
    QCOMPARE(lines.at(2), QByteArray("2,a,\r")); // NULL is an empty field
    QCOMPARE(lines.size(), 345 + 2);
    // JSON: the same rows as one array.
    ResultExportJob json(m_client.get());
    QSignalSpy jsonDone(&json, &ResultExportJob::finished);
    const QString jsonPath = dir.filePath(QStringLiteral("rows.json"));
    QCOMPARE(ResultExportJob::formatForPath(jsonPath), ResultExportJob::Format::Json);
    QVERIFY(json.start(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 150),
                       ResultExportJob::Format::Json, jsonPath, &error));
    QVERIFY(jsonDone.wait(10000));
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const Json parsed = Json::parse(jsonFile.readAll().toStdString());
    QCOMPARE(parsed.size(), std::size_t(150));
    QVERIFY(parsed[1]["note"].is_null());
    QCOMPARE(parsed[149]["id"].get<int>(), 150);
}

void TestQueryModel::cancelledExportLeavesNoFile() {
    m_result.delayMs = 100;
    QTemporaryDir dir;
    ResultExportJob job(m_client.get());
    QSignalSpy failed(&job, &ResultExportJob::failed);
    QSignalSpy progress(&job, &ResultExportJob::progress);
    QString error;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(job.start(select(QStringLiteral("SELECT a FROM t ORDER BY id"), 100000),
                      ResultExportJob::Format::Csv, path, &error));
    QVERIFY(QTest::qWaitFor([&] { return job.rowsWritten() >= 200; }, 10000));
    job.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY(!job.isRunning());
    const int requests = m_server->count("POST", kExecute);
    QTest::qWait(300);
    QCOMPARE(m_server->count("POST", kExecute), requests);
    QVERIFY(!QFile::exists(path));
    // A path that cannot be written is refused before anything is sent.
    QVERIFY(!job.start(select(QStringLiteral("SELECT a FROM t"), 10), ResultExportJob::Format::Csv,
                       dir.filePath(QStringLiteral("missing/dir/rows.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestQueryModel)
#include "tst_query_model.moc"
