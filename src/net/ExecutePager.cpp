#include "net/ExecutePager.h"

#include "net/ApiCall.h"
#include "net/ApiClient.h"
#include "net/ErrorReport.h"
#include "net/Logging.h"

#include <algorithm>

namespace cc {

namespace {

// The first `count` rows of `rows` (a server may answer more than it was asked for).
RowSet firstRows(const RowSet& rows, qint64 count) {
    if (count >= rows.rowCount())
        return rows;
    RowSet out(rows.columns());
    for (qint64 r = 0; r < count; ++r) {
        out.beginRow();
        for (int c = 0; c < rows.columnCount(); ++c)
            if (!rows.isNull(r, c))
                out.setCell(c, rows.kind(r, c), rows.text(r, c));
        out.endRow();
    }
    return out;
}

} // namespace

ExecutePager::ExecutePager(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    // A client destroyed mid-run drops its calls silently: end the run here instead.
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            ++m_generation;
            m_call = nullptr;
            emit failed(
                net::configurationError(QStringLiteral("POST"), QUrl(),
                                        tr("The connection was closed while the query ran.")));
        });
}

ExecutePager::~ExecutePager() {
    // No signals from a dying object: just stop the request.
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void ExecutePager::start(const CompiledSqlOperation& operation) {
    if (m_running)
        cancel();
    m_operation = operation;
    m_summary = ExecuteSummary();
    m_summary.operation = operation.operation;
    m_summary.startOffset = operation.offset;
    m_summary.requestedRows = operation.maxRows;
    m_hasMore = false;
    m_running = true;
    m_clock.start();
    sendPage(operation.offset, operation.maxRows);
}

void ExecutePager::fetchWindow(const CompiledSqlOperation& operation, qint64 offset, qint64 count) {
    CompiledSqlOperation window = operation;
    window.offset = offset;
    window.maxRows = count;
    start(window);
}

void ExecutePager::cancel() {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // the cancelled call's callback is ignored
    QString method = QStringLiteral("POST");
    QUrl url;
    if (m_call) {
        url = m_call->url();
        m_call->cancel();
    }
    m_call = nullptr;
    emit failed(net::cancelledError(method, url));
}

void ExecutePager::sendPage(qint64 offset, qint64 maxRows) {
    if (!m_client) {
        m_running = false;
        emit failed(net::configurationError(QStringLiteral("POST"), QUrl(),
                                            tr("The connection was closed before the query ran.")));
        return;
    }
    CompiledSqlOperation page = m_operation;
    page.offset = offset;
    page.maxRows = maxRows;
    m_pageOffset = offset;
    const quint64 generation = m_generation;
    qCDebug(lcNet) << "execute-operation page at offset" << offset << "max_rows" << maxRows;
    m_call = m_client->executeOperation(page, this, [this, generation](ApiResult<ExecuteReply> r) {
        onReply(generation, std::move(r));
    });
}

void ExecutePager::onReply(quint64 generation, ApiResult<ExecuteReply> result) {
    if (generation != m_generation || !m_running)
        return;
    m_call = nullptr;
    if (!result) {
        m_running = false;
        emit failed(result.error());
        return;
    }
    ++m_summary.pages;
    ExecuteReply& reply = result.value();
    if (m_summary.pages == 1)
        onFirstReply(generation, reply);
    else
        onNextReply(generation, reply);
}

void ExecutePager::onFirstReply(quint64 generation, ExecuteReply& reply) {
    // Step 2: a write, or a reply without a row list, is final as it is.
    if (!m_operation.isSelect() || !reply.rows) {
        if (reply.rows && !reply.rows->isEmpty()) {
            deliver(*reply.rows, m_pageOffset);
            if (generation != m_generation)
                return;
        }
        m_summary.rowCount = reply.rowCount;
        m_summary.truncated = reply.truncated;
        if (reply.pagination)
            m_summary.nextOffset = reply.pagination->nextOffset;
        finish(false);
        return;
    }
    // Step 3: the first page is kept whole, as the SDK keeps it.
    if (!reply.rows->isEmpty()) {
        deliver(*reply.rows, m_pageOffset);
        if (generation != m_generation)
            return;
    }
    takePagination(reply);
    continueOrFinish();
}

void ExecutePager::onNextReply(quint64 generation, ExecuteReply& reply) {
    // Step 5: an empty page stops the walk; has_more stays what the previous page said.
    if (!reply.rows || reply.rows->isEmpty()) {
        finish(true);
        return;
    }
    const qint64 remaining = m_operation.maxRows - m_summary.rowsDelivered;
    deliver(firstRows(*reply.rows, remaining), m_pageOffset);
    if (generation != m_generation)
        return;
    takePagination(reply);
    continueOrFinish();
}

void ExecutePager::takePagination(const ExecuteReply& reply) {
    m_hasMore = reply.pagination && reply.pagination->hasMore;
    m_summary.nextOffset = reply.pagination ? reply.pagination->nextOffset : std::nullopt;
}

void ExecutePager::continueOrFinish() {
    const qint64 collected = m_summary.rowsDelivered;
    if (collected >= m_operation.maxRows || !m_hasMore || !m_summary.nextOffset) {
        finish(true);
        return;
    }
    sendPage(*m_summary.nextOffset, m_operation.maxRows - collected);
}

void ExecutePager::deliver(const RowSet& rows, qint64 firstRow) {
    m_summary.rowsDelivered += rows.rowCount();
    if (m_summary.columns.isEmpty())
        m_summary.columns = rows.columns();
    emit pageReady(rows, firstRow);
}

void ExecutePager::finish(bool walked) {
    m_running = false;
    if (walked) {
        m_summary.rowCount = m_summary.rowsDelivered;
        m_summary.truncated = m_hasMore;
    }
    m_summary.elapsedMs = m_clock.elapsed();
    qCDebug(lcNet) << "execute-operation run finished:" << m_summary.rowsDelivered << "rows in"
                   << m_summary.pages << "pages";
    emit finished(m_summary);
}

} // namespace cc
