#include "ui/query/RowCountJob.h"

#include "core/sql/SqlLexer.h"
#include "net/ExecutePager.h"

namespace cc::ui {

RowCountJob::RowCountJob(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_pager(new ExecutePager(client, this)) {
    connect(m_pager, &ExecutePager::pageReady, this, [this](const RowSet& rows, qint64) {
        if (m_result < 0 && rows.rowCount() > 0 && rows.columnCount() > 0) {
            bool ok = false;
            const qint64 n = rows.displayText(0, 0).toLongLong(&ok);
            if (ok)
                m_result = n;
        }
    });
    connect(m_pager, &ExecutePager::finished, this, [this](const ExecuteSummary&) {
        if (m_result >= 0) {
            emit counted(m_result);
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Decode;
        error.message = tr("The count query returned no number.");
        emit failed(error);
    });
    connect(m_pager, &ExecutePager::failed, this, &RowCountJob::failed);
}

CompiledSqlOperation RowCountJob::countOperation(const CompiledSqlOperation& select) {
    QString sql = select.sql;
    const sql::SqlLexResult lexed = sql::lexSql(sql);
    if (!lexed.tokens.empty() && sql::isPunctuation(sql, lexed.tokens.back(), ';'))
        sql.truncate(lexed.tokens.back().start);
    CompiledSqlOperation count = select;
    // The line breaks keep a trailing `--` comment from swallowing the closing parenthesis.
    count.sql =
        QStringLiteral("SELECT count(*) AS row_count FROM (\n%1\n) AS q").arg(sql.trimmed());
    count.operation = QStringLiteral("select");
    count.offset = 0;
    count.maxRows = 1;
    return count;
}

void RowCountJob::start(const CompiledSqlOperation& select) {
    m_result = -1;
    m_pager->start(countOperation(select));
}

void RowCountJob::cancel() {
    m_pager->cancel();
}

bool RowCountJob::isRunning() const {
    return m_pager->isRunning();
}

} // namespace cc::ui
