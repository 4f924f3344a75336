#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"
#include "ui/query/ResultExportJob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace cc {
class ApiClient;
}

namespace cc::ui {

class ErrorBanner;
class ResultModel;
class ResultView;
class RowCountJob;
class StateView;

// The result half of a query console and of a table's data tab: the grid over a
// ResultModel, the refusal banner, and a footer with the row count, the truncation
// indicator, pages fetched and time, "Count rows" and CSV/JSON export with progress and
// Cancel.
class ResultPanel : public QWidget {
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);
    ~ResultPanel() override;

    void setClient(ApiClient* client);
    void setPageSize(qint64 rows);

    // Runs a select; `statementTimeoutMs` words a timeout refusal.
    void run(const CompiledSqlOperation& select);
    // Aborts the window, count and export in flight.
    void cancel();
    void showIdle(const QString& title, const QString& detail);
    // A write's outcome: the rows it affected.
    void showWriteOutcome(const QString& operation, qint64 rows, qint64 elapsedMs);
    void showError(const ApiError& error);

    // Starts `SELECT count(*)` of the current select in the background.
    void countRows();
    // Exports the current select to `path` (format from the extension), without a dialog.
    bool exportTo(const QString& path, QString* error);
    void exportWithDialog(ResultExportJob::Format format);

    bool isBusy() const;
    qint64 countedRows() const { return m_counted; }
    QString statusText() const;

    ResultModel* model() const { return m_model; }
    ResultView* view() const { return m_view; }
    ErrorBanner* banner() const { return m_banner; }
    StateView* stateView() const { return m_state; }
    ResultExportJob* exportJob() const { return m_export; }
    QPushButton* countButton() const { return m_countButton; }

signals:
    void busyChanged(bool busy);
    // A short note for the status bar (copy, export saved, ...).
    void notice(const QString& text);

private:
    void onModelState();
    void updateStatus();
    void updateBusy();
    void ensureJobs();

    QPointer<ApiClient> m_client;
    ResultModel* m_model = nullptr;
    ResultView* m_view = nullptr;
    ErrorBanner* m_banner = nullptr;
    StateView* m_state = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_countButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_exportCancel = nullptr;
    RowCountJob* m_count = nullptr;
    ResultExportJob* m_export = nullptr;
    qint64 m_counted = -1;
    quint64 m_countGeneration = 0;
    bool m_busy = false;
    bool m_showingWrite = false;
};

} // namespace cc::ui
