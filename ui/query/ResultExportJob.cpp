#include "ui/query/ResultExportJob.h"

#include "core/export/CsvWriter.h"
#include "net/ExecutePager.h"
#include "ui/Logging.h"

#include <QSaveFile>

namespace cc::ui {

ResultExportJob::ResultExportJob(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_pager(new ExecutePager(client, this)) {
    connect(m_pager, &ExecutePager::pageReady, this,
            [this](const RowSet& rows, qint64) { onPage(rows); });
    connect(m_pager, &ExecutePager::finished, this, &ResultExportJob::onFinished);
    connect(m_pager, &ExecutePager::failed, this, &ResultExportJob::onFailed);
}

ResultExportJob::~ResultExportJob() {
    if (m_file)
        m_file->cancelWriting();
}

ResultExportJob::Format ResultExportJob::formatForPath(const QString& path) {
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

bool ResultExportJob::start(const CompiledSqlOperation& select, Format format, const QString& path,
                            QString* error) {
    if (m_running) {
        *error = tr("An export is already running.");
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_format = format;
    m_path = path;
    m_columns.clear();
    m_json = JsonRowsWriter();
    m_begun = false;
    m_rows = 0;
    m_asked = select.maxRows;
    m_running = true;
    CompiledSqlOperation all = select;
    all.offset = 0;
    qCInfo(lcUi) << "exporting up to" << all.maxRows << "rows";
    m_pager->start(all);
    emit progress(0, m_asked);
    return true;
}

void ResultExportJob::cancel() {
    if (m_running)
        m_pager->cancel(); // ends in onFailed(Cancelled)
}

bool ResultExportJob::put(const std::string& chunk) {
    if (chunk.empty())
        return true;
    if (m_file->write(chunk.data(), qint64(chunk.size())) == qint64(chunk.size()))
        return true;
    abort(tr("Writing %1 failed: %2").arg(m_path, m_file->errorString()), false);
    return false;
}

void ResultExportJob::onPage(const RowSet& rows) {
    if (!m_running)
        return;
    std::string out;
    if (m_format == Format::Csv) {
        if (!m_begun) {
            m_columns = rows.columns();
            out = CsvWriter::headerLine(m_columns);
            m_begun = true;
        }
        if (rows.columns() == m_columns) {
            CsvWriter::appendRows(out, rows);
        } else {
            // Keys in another order: line them up with the header.
            RowSet aligned(m_columns);
            aligned.append(rows);
            CsvWriter::appendRows(out, aligned);
        }
    } else {
        if (!m_begun) {
            JsonRowsWriter::begin(out);
            m_begun = true;
        }
        m_json.appendRows(out, rows);
    }
    if (!put(out))
        return;
    m_rows += rows.rowCount();
    emit progress(m_rows, m_asked);
}

void ResultExportJob::onFinished(const ExecuteSummary& summary) {
    if (!m_running)
        return;
    std::string out;
    if (m_format == Format::Csv) {
        if (!m_begun)
            out = CsvWriter::headerLine(summary.columns);
    } else {
        if (!m_begun)
            JsonRowsWriter::begin(out);
        JsonRowsWriter::end(out);
    }
    if (!put(out))
        return;
    if (!m_file->commit()) {
        const QString message = tr("Saving %1 failed: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        m_running = false;
        emit failed(message, false);
        return;
    }
    m_file.reset();
    m_running = false;
    emit finished(m_rows, m_path);
}

void ResultExportJob::onFailed(const ApiError& error) {
    if (!m_running)
        return;
    const bool cancelled = error.kind == ApiError::Kind::Cancelled;
    abort(cancelled ? tr("Export cancelled; no file was written.") : error.message, cancelled);
}

void ResultExportJob::abort(const QString& message, bool cancelled) {
    if (m_pager->isRunning()) {
        m_running = false; // the cancel below reports back; it is not a second failure
        m_pager->cancel();
    }
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_running = false;
    emit failed(message, cancelled);
}

} // namespace cc::ui
