#include "ui/explore/DependentsTab.h"

#include "ui/StateView.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/explore/DependentDetails.h"
#include "ui/explore/DependentsModel.h"
#include "ui/explore/DryRunPanel.h"
#include "ui/explore/ImpactBanner.h"
#include "ui/query/ErrorBanner.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

namespace {
// As deep as the server allows: it clamps the depth to its own limit (spec §2.9).
constexpr int kDependentsDepth = 50;

QToolButton* toolButton(QWidget* parent, const QString& icon, const QString& text,
                        const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setIcon(theme::icon(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

DependentsTab::DependentsTab(QWidget* parent)
    : TableTab(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_state = new StateView(m_stack);
    connect(m_state, &StateView::retryRequested, this, &DependentsTab::reload);
    m_stack->addWidget(m_state);
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack);
}

DependentsTab::~DependentsTab() {
    if (m_graphCall)
        m_graphCall->cancel();
    if (m_dryRunCall)
        m_dryRunCall->cancel();
}

QWidget* DependentsTab::buildContent() {
    auto* content = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    auto* verdicts = new QHBoxLayout;
    verdicts->setSpacing(10);
    m_banner = new ImpactBanner(content);
    m_dryRun = new DryRunPanel(content);
    m_dryRun->setMinimumWidth(300);
    verdicts->addWidget(m_banner, 3);
    verdicts->addWidget(m_dryRun, 2);
    layout->addLayout(verdicts);
    connect(m_dryRun, &DryRunPanel::askRequested, this, [this] { askServer(); });

    m_incomplete = new ErrorBanner(content);
    layout->addWidget(m_incomplete);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter dependents"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(theme::icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(280);
    bar->addWidget(m_filter);
    m_counts = new QLabel(content);
    QPalette muted = m_counts->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_counts->setPalette(muted);
    bar->addWidget(m_counts, 1);

    auto* reload = toolButton(content, QStringLiteral("refresh"), tr("Reload"),
                              tr("Fetch the graph again and redo the analysis"));
    connect(reload, &QToolButton::clicked, this, &DependentsTab::reload);
    bar->addWidget(reload);
    auto* copy = toolButton(content, QStringLiteral("copy"), tr("Copy summary"),
                            tr("Copy the verdicts in plain words"));
    connect(copy, &QToolButton::clicked, this, &DependentsTab::copySummary);
    bar->addWidget(copy);
    m_export = toolButton(content, QStringLiteral("download"), tr("Export"),
                          tr("Save the report as Markdown, CSV or JSON"));
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Markdown report…"), this,
                    [this] { exportWithDialog(ReportFormat::Markdown); });
    menu->addAction(tr("CSV (one row per dependent)…"), this,
                    [this] { exportWithDialog(ReportFormat::Csv); });
    menu->addAction(tr("JSON…"), this, [this] { exportWithDialog(ReportFormat::Json); });
    m_export->setMenu(menu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_treeStack = new QStackedWidget(m_splitter);
    m_model = new DependentsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_tree = new QTreeView(m_treeStack);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setToolTip(QString());
    m_treeStack->addWidget(m_tree);
    m_noDependents = new StateView(m_treeStack);
    m_treeStack->addWidget(m_noDependents);
    m_details = new QTextBrowser(m_splitter);
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_splitter->addWidget(m_treeStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);

    m_status = new QLabel(content);
    m_status->setPalette(muted);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex& index) { openRow(index); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DependentsTab::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("open"))
            openRow(m_model->indexOfUid(url.path()));
    });
    return content;
}

void DependentsTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    reload();
}

void DependentsTab::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DependentsTab::reload() {
    if (m_graphCall)
        m_graphCall->cancel();
    if (m_dryRunCall)
        m_dryRunCall->cancel();
    ++m_generation;
    m_ready = false;
    m_failed = false;
    if (!m_snapshot)
        return;
    if (!m_hasImpact) {
        m_state->showLoading(
            tr("Finding the tables that depend on %1…").arg(m_snapshot->table.displayName()));
        m_stack->setCurrentWidget(m_state);
    } else {
        m_status->setText(tr("Reloading…"));
    }
    fetch();
}

void DependentsTab::fetch() {
    ApiClient* client = m_snapshot->client;
    if (!client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("Not connected to a server.");
        showFailure(error);
        return;
    }
    const quint64 generation = m_generation;
    m_graphCall = client->schemaGraph(m_snapshot->table.uid, kDependentsDepth, true, this,
                                      [this, generation](ApiResult<SchemaGraph> result) {
                                          if (generation != m_generation)
                                              return;
                                          m_graphCall = nullptr;
                                          if (!result.ok()) {
                                              if (result.error().kind != ApiError::Kind::Cancelled)
                                                  showFailure(result.error());
                                              return;
                                          }
                                          analyse(result.value(), generation);
                                      });
}

void DependentsTab::analyse(const SchemaGraph& graph, quint64 generation) {
    m_graph = graph;
    m_offerDryRun = serverOffersDryRun(graph);
    const int size = int(graph.nodes.size() + graph.edges.size());
    m_offThread = size >= m_offThreadFrom;
    if (!m_offThread) {
        showImpact(DeletionImpact::analyze(graph));
        return;
    }
    if (!m_hasImpact)
        m_state->showLoading(tr("Analysing %n table(s)…", nullptr, int(graph.nodes.size())));
    auto* watcher = new QFutureWatcher<DeletionImpact>(this);
    connect(watcher, &QFutureWatcher<DeletionImpact>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showImpact(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([graph] { return DeletionImpact::analyze(graph); }));
}

void DependentsTab::showImpact(const DeletionImpact& impact) {
    m_impact = impact;
    m_hasImpact = true;
    m_failed = false;
    m_banner->setImpact(impact);
    m_model->setImpact(impact);
    m_tree->expandAll();
    const QFontMetrics fm(m_tree->font());
    m_tree->setColumnWidth(DependentsModel::Table, fm.horizontalAdvance(QLatin1Char('m')) * 22);
    for (int c = DependentsModel::Depth; c < m_model->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);

    if (impact.dependents.empty()) {
        m_noDependents->showInfo(
            QStringLiteral("check"), tr("No table depends on %1").arg(impact.rootName),
            impact.possiblyIncomplete ? tr("As far as the graph reaches; see the warning above.")
                                      : tr("No foreign key of another table points at it."));
        m_treeStack->setCurrentWidget(m_noDependents);
    } else {
        m_treeStack->setCurrentWidget(m_tree);
    }

    if (impact.possiblyIncomplete)
        m_incomplete->showNotice(tr("The list of dependents may be incomplete"),
                                 impact.notes.isEmpty() ? QString() : impact.notes.first());
    else
        m_incomplete->clear();

    m_counts->setText(counted(qint64(impact.dependents.size()), tr("1 dependent table"),
                              tr("%1 dependent tables")) +
                      QStringLiteral(" · ") +
                      counted(qint64(impact.blockingReferences.size()), tr("1 blocking reference"),
                              tr("%1 blocking references")));
    const QString depth =
        m_graph.maxDepth
            ? tr("graph depth %1 (server limit %2)").arg(m_graph.depth).arg(*m_graph.maxDepth)
            : tr("graph depth %1").arg(m_graph.depth);
    m_status->setText(tr("%1 · %2 · analysed %3")
                          .arg(tr("%n table(s) in the graph", nullptr, int(m_graph.nodes.size())),
                               depth, m_offThread ? tr("on a worker thread") : tr("at once")));
    m_stack->setCurrentIndex(1);
    showDetails();
    emit analysisShown();

    if (m_offerDryRun)
        askServer();
    else {
        DryRunAnswer answer;
        answer.outcome = DryRunAnswer::Outcome::Unsupported;
        setDryRun(answer);
    }
    checkReady();
}

void DependentsTab::showFailure(const ApiError& error) {
    m_failed = true;
    if (m_hasImpact) {
        m_status->setText(tr("Could not reload: %1").arg(error.message));
    } else {
        m_state->showError(tr("Could not find what depends on %1")
                               .arg(m_snapshot ? m_snapshot->table.displayName() : QString()),
                           error.message);
        m_stack->setCurrentWidget(m_state);
    }
    checkReady();
}

bool DependentsTab::askServer() {
    if (!m_hasImpact || !m_snapshot || !m_snapshot->client || !m_offerDryRun)
        return false;
    if (m_dryRunCall)
        m_dryRunCall->cancel();
    DryRunAnswer asking;
    asking.outcome = DryRunAnswer::Outcome::Asking;
    setDryRun(asking);
    const quint64 generation = m_generation;
    m_dryRunCall = m_snapshot->client->deleteTable(
        m_impact.rootUid, DeleteFlags{}, true, this, [this, generation](ApiResult<Json> result) {
            if (generation != m_generation)
                return;
            if (!result.ok() && result.error().kind == ApiError::Kind::Cancelled)
                return;
            m_dryRunCall = nullptr;
            setDryRun(DryRunAnswer::fromResult(result));
            checkReady();
        });
    return true;
}

void DependentsTab::setDryRun(const DryRunAnswer& answer) {
    m_dryRun->setAnswer(answer, m_impact);
    if (answer.isSettled())
        emit dryRunAnswered(answer);
}

void DependentsTab::showDetails() {
    if (!m_hasImpact)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const QString uid = current.isValid() ? current.siblingAtColumn(DependentsModel::Table)
                                                .data(DependentsModel::UidRole)
                                                .toString()
                                          : QString();
    m_details->setHtml(uid.isEmpty() ? impactOverviewHtml(m_impact)
                                     : dependentDetailsHtml(m_impact, uid));
}

bool DependentsTab::openRow(const QModelIndex& index, bool background) {
    if (!index.isValid())
        return false;
    const QModelIndex cell = index.siblingAtColumn(DependentsModel::Table);
    const QString uid = cell.data(DependentsModel::UidRole).toString();
    if (uid.isEmpty())
        return false;
    emit openTableRequested(uid, cell.data(DependentsModel::NameRole).toString(), background);
    return true;
}

QByteArray DependentsTab::reportBytes(const DeletionImpact& impact, ReportFormat format) {
    switch (format) {
    case ReportFormat::Markdown:
        return impact.toMarkdown().toUtf8();
    case ReportFormat::Csv:
        return impact.toCsv().toUtf8();
    case ReportFormat::Json:
        break;
    }
    return QByteArray::fromStdString(impact.toJson().dump(2)) + '\n';
}

bool DependentsTab::exportReport(const QString& path, ReportFormat format, QString* error) const {
    if (!m_hasImpact) {
        if (error)
            *error = tr("There is no analysis to export yet.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportBytes(m_impact, format)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DependentsTab::exportWithDialog(ReportFormat format) {
    if (!m_hasImpact)
        return;
    QString filter;
    QString suffix;
    switch (format) {
    case ReportFormat::Markdown:
        filter = tr("Markdown (*.md)");
        suffix = QStringLiteral("md");
        break;
    case ReportFormat::Csv:
        filter = tr("CSV (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    case ReportFormat::Json:
        filter = tr("JSON (*.json)");
        suffix = QStringLiteral("json");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export deletion impact"),
        m_impact.rootName + QStringLiteral("-dependents.") + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportReport(path, format, &error) ? tr("Saved %1").arg(path)
                                                         : tr("Could not save: %1").arg(error));
}

void DependentsTab::copySummary() const {
    if (m_hasImpact)
        QGuiApplication::clipboard()->setText(m_impact.summary());
}

void DependentsTab::checkReady() {
    const bool settled = m_failed || (m_hasImpact && m_dryRun->answer().isSettled());
    if (settled && !m_ready) {
        m_ready = true;
        emit ready();
    }
}

} // namespace cc::ui
