#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"
#include "core/export/JsonRowsWriter.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace cc {
class ApiClient;
class ExecutePager;
class RowSet;
struct ExecuteSummary;
} // namespace cc

namespace cc::ui {

// Exports a select's rows (up to its max rows) to a CSV or JSON file in the CLI's format
// (CsvWriter / JsonRowsWriter): pages are fetched asynchronously one after the other and
// each is written as one small chunk when it arrives. The file appears only when every row
// was written; a cancelled or failed export leaves no file behind.
class ResultExportJob : public QObject {
    Q_OBJECT

public:
    enum class Format { Csv, Json };

    explicit ResultExportJob(ApiClient* client, QObject* parent = nullptr);
    ~ResultExportJob() override;

    // False (with `error`) when the file cannot be opened; then nothing runs.
    bool start(const CompiledSqlOperation& select, Format format, const QString& path,
               QString* error);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_rows; }
    QString path() const { return m_path; }

    static Format formatForPath(const QString& path);

signals:
    void progress(qint64 rowsWritten, qint64 rowsAsked);
    void finished(qint64 rows, const QString& path);
    // `cancelled` is true when the user stopped it.
    void failed(const QString& message, bool cancelled);

private:
    void onPage(const RowSet& rows);
    void onFinished(const ExecuteSummary& summary);
    void onFailed(const ApiError& error);
    bool put(const std::string& chunk);
    void abort(const QString& message, bool cancelled);

    ExecutePager* m_pager = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    Format m_format = Format::Csv;
    QString m_path;
    QStringList m_columns;
    JsonRowsWriter m_json;
    bool m_begun = false;
    bool m_running = false;
    qint64 m_rows = 0;
    qint64 m_asked = 0;
};

} // namespace cc::ui
