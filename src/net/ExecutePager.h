#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"
#include "core/ExecuteReply.h"
#include "core/RowSet.h"
#include "net/ApiResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace cc {

class ApiCall;
class ApiClient;

// How one run of an operation ended.
struct ExecuteSummary {
    QString operation;
    qint64 startOffset = 0;   // limits.offset of the first request
    qint64 requestedRows = 0; // limits.max_rows of the first request (N)
    qint64 rowsDelivered = 0; // rows emitted through pageReady
    // select: rowsDelivered; other operations: the reply's row_count (affected rows).
    qint64 rowCount = 0;
    // select: the last page's has_more (rows exist past what was delivered); other
    // operations: the reply's `truncated`.
    bool truncated = false;
    std::optional<qint64> nextOffset; // where a continuation would start
    int pages = 0;                    // replies received
    qint64 elapsedMs = 0;
    QStringList columns; // of the first page that had any
};

// Runs one compiled operation page by page, following `pagination.next_offset` exactly as
// spec §4.3 describes: the first request is sent as built (max_rows = N, offset = o0); a
// select whose reply has fewer than N rows, has_more and a next_offset is re-sent with
// offset = next_offset and max_rows = N - collected, keeping at most that many rows of
// each page, until N rows, has_more false, next_offset null, or an empty page. Other
// operations are sent once and never re-sent.
//
// Each page is emitted as it arrives (no merged copy is kept). Every run ends with
// exactly one of finished() or failed(); cancel() ends it with failed(Kind::Cancelled).
class ExecutePager : public QObject {
    Q_OBJECT

public:
    explicit ExecutePager(ApiClient* client, QObject* parent = nullptr);
    ~ExecutePager() override;

    // Starts a run with the operation's own limits. A run in progress is cancelled first.
    void start(const CompiledSqlOperation& operation);
    // The same with limits.offset = offset and limits.max_rows = count: rows
    // [offset, offset + count) of the result, for a sparse page cache.
    void fetchWindow(const CompiledSqlOperation& operation, qint64 offset, qint64 count);
    // Aborts the request in flight and sends no more; emits failed(Kind::Cancelled).
    void cancel();

    bool isRunning() const { return m_running; }
    const CompiledSqlOperation& operation() const { return m_operation; }

signals:
    // `firstRow` is the result-set offset of rows.row 0 (the offset the page was asked at).
    void pageReady(const cc::RowSet& rows, qint64 firstRow);
    void finished(const cc::ExecuteSummary& summary);
    void failed(const cc::ApiError& error);

private:
    void sendPage(qint64 offset, qint64 maxRows);
    void onReply(quint64 generation, ApiResult<ExecuteReply> result);
    void onFirstReply(quint64 generation, ExecuteReply& reply);
    void onNextReply(quint64 generation, ExecuteReply& reply);
    void takePagination(const ExecuteReply& reply);
    void continueOrFinish();
    // `walked`: the select walk ran, so the totals are the delivered rows.
    void finish(bool walked);
    void deliver(const RowSet& rows, qint64 firstRow);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    CompiledSqlOperation m_operation;
    ExecuteSummary m_summary;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    qint64 m_pageOffset = 0; // offset of the request in flight
    bool m_hasMore = false;
    bool m_running = false;
};

} // namespace cc
