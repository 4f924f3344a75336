#include "ui/query/ResultPanel.h"

#include "net/ApiClient.h"
#include "ui/StateView.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/query/ErrorBanner.h"
#include "ui/query/QueryErrorText.h"
#include "ui/query/ResultModel.h"
#include "ui/query/ResultView.h"
#include "ui/query/RowCountJob.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace cc::ui {

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResultModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new ErrorBanner(this);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(8, 6, 8, 6);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);

    m_stack = new QStackedWidget(this);
    m_state = new StateView(m_stack);
    m_state->retryButton()->hide();
    m_stack->addWidget(m_state);
    m_view = new ResultView(m_stack);
    m_view->setResultModel(m_model);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    auto* footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("resultFooter"));
    auto* footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(10, 4, 6, 4);
    footerLayout->setSpacing(8);
    m_status = new QLabel(footer);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_status->setPalette(muted);
    footerLayout->addWidget(m_status, 1);
    m_exportProgress = new QProgressBar(footer);
    m_exportProgress->setMaximumWidth(220);
    m_exportProgress->setTextVisible(true);
    m_exportProgress->hide();
    footerLayout->addWidget(m_exportProgress);
    m_exportCancel = new QPushButton(tr("Cancel Export"), footer);
    m_exportCancel->hide();
    footerLayout->addWidget(m_exportCancel);
    m_countButton = new QPushButton(tr("Count Rows"), footer);
    m_countButton->setToolTip(tr("Run SELECT count(*) over this query in the background"));
    m_countButton->setEnabled(false);
    footerLayout->addWidget(m_countButton);
    m_exportButton = new QToolButton(footer);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setIcon(theme::icon(QStringLiteral("download")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setEnabled(false);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Export as &CSV…"), this,
                          [this] { exportWithDialog(ResultExportJob::Format::Csv); });
    exportMenu->addAction(tr("Export as &JSON…"), this,
                          [this] { exportWithDialog(ResultExportJob::Format::Json); });
    m_exportButton->setMenu(exportMenu);
    footerLayout->addWidget(m_exportButton);
    layout->addWidget(footer);

    connect(m_model, &ResultModel::stateChanged, this, &ResultPanel::onModelState);
    connect(m_model, &ResultModel::statsChanged, this, &ResultPanel::updateStatus);
    connect(m_model, &ResultModel::firstRowsArrived, this, &ResultPanel::onModelState);
    connect(m_model, &ResultModel::failed, this, &ResultPanel::showError);
    connect(m_countButton, &QPushButton::clicked, this, &ResultPanel::countRows);
    connect(m_exportCancel, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    connect(m_view, &ResultView::copied, this, [this](int rows, int skipped) {
        emit notice(skipped > 0 ? tr("Copied %L1 rows; %L2 rows not fetched yet were left out")
                                      .arg(rows)
                                      .arg(skipped)
                                : counted(rows, tr("Copied 1 row"), tr("Copied %L1 rows")));
    });
    showIdle(tr("No results yet"), tr("Run a query to see its rows here."));
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::setClient(ApiClient* client) {
    if (client == m_client)
        return;
    cancel();
    m_client = client;
    m_model->setClient(client);
    delete m_count;
    m_count = nullptr;
    delete m_export;
    m_export = nullptr;
}

void ResultPanel::setPageSize(qint64 rows) {
    m_model->setPageSize(rows);
}

void ResultPanel::ensureJobs() {
    if (m_count || !m_client)
        return;
    m_count = new RowCountJob(m_client, this);
    connect(m_count, &RowCountJob::counted, this, [this](qint64 rows) {
        if (m_countGeneration != m_model->cache().generation())
            return; // counted an earlier run
        m_counted = rows;
        m_model->setTotalRows(rows);
        updateBusy();
        updateStatus();
    });
    connect(m_count, &RowCountJob::failed, this, [this](const ApiError& error) {
        updateBusy();
        if (error.kind == ApiError::Kind::Cancelled ||
            m_countGeneration != m_model->cache().generation())
            return;
        QueryErrorText text = describeQueryError(error, m_model->operation().statementTimeoutMs);
        text.title = tr("Counting rows failed: %1").arg(text.title);
        m_banner->showError(text);
    });
    m_export = new ResultExportJob(m_client, this);
    connect(m_export, &ResultExportJob::progress, this, [this](qint64 rows, qint64 asked) {
        qint64 expected = asked;
        if (m_counted >= 0)
            expected = std::min(asked, m_counted);
        m_exportProgress->setRange(0, int(std::clamp<qint64>(expected, 1, INT_MAX)));
        m_exportProgress->setValue(int(std::min<qint64>(rows, INT_MAX)));
        m_exportProgress->setFormat(tr("%L1 rows").arg(rows));
    });
    connect(m_export, &ResultExportJob::finished, this, [this](qint64 rows, const QString& path) {
        updateBusy();
        emit notice(tr("Exported %L1 rows to %2").arg(rows).arg(QDir::toNativeSeparators(path)));
    });
    connect(m_export, &ResultExportJob::failed, this, [this](const QString& message, bool) {
        updateBusy();
        m_banner->showNotice(tr("The export did not finish"), message);
        emit notice(message);
    });
}

void ResultPanel::run(const CompiledSqlOperation& select) {
    m_showingWrite = false;
    m_banner->clear();
    m_counted = -1;
    if (m_count)
        m_count->cancel();
    m_model->run(select);
    updateBusy();
    updateStatus();
}

void ResultPanel::cancel() {
    m_model->cancel();
    if (m_count)
        m_count->cancel();
    if (m_export)
        m_export->cancel();
    updateBusy();
}

void ResultPanel::showIdle(const QString& title, const QString& detail) {
    m_state->showInfo(QStringLiteral("table"), title, detail);
    m_stack->setCurrentWidget(m_state);
    updateStatus();
}

void ResultPanel::showWriteOutcome(const QString& operation, qint64 rows, qint64 elapsedMs) {
    m_model->clear();
    m_showingWrite = true;
    m_banner->clear();
    m_state->showInfo(QStringLiteral("check"),
                      counted(rows, tr("1 row affected"), tr("%L1 rows affected")),
                      tr("The %1 ran and was committed in %L2 ms.").arg(operation).arg(elapsedMs));
    m_stack->setCurrentWidget(m_state);
    m_status->setText(tr("%1 · %L2 ms").arg(operation).arg(elapsedMs));
}

void ResultPanel::showError(const ApiError& error) {
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showNotice(tr("The query was cancelled"),
                             tr("Rows fetched so far stay; scroll to fetch more, or run again."));
        onModelState();
        return;
    }
    m_banner->showError(describeQueryError(error, m_model->operation().statementTimeoutMs));
    onModelState();
}

void ResultPanel::onModelState() {
    const ResultModel::State state = m_model->state();
    const bool hasColumns = m_model->columnCount() > 0;
    if (hasColumns) {
        m_stack->setCurrentWidget(m_view);
    } else if (state == ResultModel::State::Running) {
        m_state->showLoading(tr("Running the query…"));
        m_stack->setCurrentWidget(m_state);
    } else if (state == ResultModel::State::Finished) {
        m_state->showEmpty(tr("No rows"), tr("The query ran and returned no rows."));
        m_stack->setCurrentWidget(m_state);
    } else if (state == ResultModel::State::Failed) {
        m_state->showInfo(QStringLiteral("error"), tr("No rows"),
                          tr("The query did not run; see the message above."));
        m_stack->setCurrentWidget(m_state);
    } else if (state == ResultModel::State::Cancelled) {
        m_state->showInfo(QStringLiteral("info"), tr("Cancelled"),
                          tr("Run the query again with Ctrl+Enter."));
        m_stack->setCurrentWidget(m_state);
    }
    if (state == ResultModel::State::Cancelled && m_banner->isHidden())
        m_banner->showNotice(tr("The query was cancelled"),
                             tr("Rows fetched so far stay; scroll to fetch more, or run again."));
    updateBusy();
    updateStatus();
}

void ResultPanel::countRows() {
    if (m_model->state() == ResultModel::State::Idle || !m_client)
        return;
    ensureJobs();
    m_countGeneration = m_model->cache().generation();
    m_count->start(m_model->operation());
    updateBusy();
    updateStatus();
}

bool ResultPanel::exportTo(const QString& path, QString* error) {
    if (m_model->state() == ResultModel::State::Idle || !m_client) {
        *error = tr("Run a query before exporting.");
        return false;
    }
    ensureJobs();
    if (!m_export->start(m_model->operation(), ResultExportJob::formatForPath(path), path, error))
        return false;
    updateBusy();
    return true;
}

void ResultPanel::exportWithDialog(ResultExportJob::Format format) {
    const bool json = format == ResultExportJob::Format::Json;
    const QString suggested = QDir::home().filePath(json ? QStringLiteral("query-result.json")
                                                         : QStringLiteral("query-result.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export as JSON") : tr("Export as CSV"), suggested,
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        m_banner->showNotice(tr("The export did not start"), error);
}

bool ResultPanel::isBusy() const {
    return m_model->isFetching() || (m_count && m_count->isRunning()) ||
           (m_export && m_export->isRunning());
}

void ResultPanel::updateBusy() {
    const bool exporting = m_export && m_export->isRunning();
    m_exportProgress->setVisible(exporting);
    m_exportCancel->setVisible(exporting);
    const bool haveRun = m_model->state() != ResultModel::State::Idle && !m_showingWrite;
    m_exportButton->setEnabled(haveRun && !exporting);
    const bool counting = m_count && m_count->isRunning();
    m_countButton->setEnabled(haveRun && !counting && !m_model->cache().isEndKnown());
    m_countButton->setText(counting ? tr("Counting…") : tr("Count Rows"));
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

QString ResultPanel::statusText() const {
    return m_status->text();
}

void ResultPanel::updateStatus() {
    updateBusy();
    if (m_showingWrite)
        return;
    const ResultPageCache& cache = m_model->cache();
    if (m_model->state() == ResultModel::State::Idle) {
        m_status->clear();
        return;
    }
    QStringList parts;
    const qint64 known = cache.knownRowCount();
    const qint64 loaded = cache.loadedRowCount();
    if (cache.isEndKnown())
        parts << counted(known, tr("1 row"), tr("%L1 rows"));
    else
        parts << tr("%L1 rows fetched, more may follow").arg(loaded);
    if (cache.isTruncated())
        parts << tr("more rows exist past %L1").arg(cache.rowLimit());
    if (m_counted >= 0 && m_counted != known)
        parts << tr("%L1 rows in total").arg(m_counted);
    if (cache.isEndKnown() && loaded < known)
        parts << tr("%L1 fetched").arg(loaded);
    parts << counted(m_model->pagesFetched(), tr("1 page"), tr("%L1 pages"));
    if (m_model->firstRowsMs() >= 0)
        parts << tr("first rows in %L1 ms").arg(m_model->firstRowsMs());
    if (m_model->fetchMs() > 0)
        parts << tr("%L1 ms fetching").arg(m_model->fetchMs());
    if (m_model->isFetching())
        parts << tr("fetching…");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace cc::ui
