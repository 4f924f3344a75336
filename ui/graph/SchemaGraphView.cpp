#include "ui/graph/SchemaGraphView.h"

#include "graph/CardGeometry.h"
#include "graph/GraphExport.h"
#include "graph/LayoutWorker.h"
#include "ui/Logging.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphInspector.h"
#include "ui/graph/GraphLegend.h"
#include "ui/graph/GraphOverview.h"
#include "ui/graph/GraphStatePanels.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SceneExport.h"
#include "ui/graph/SchemaGraphScene.h"
#include "ui/graph/TableCardItem.h"
#include "ui/graph/TableFinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

// Above this many tables the layered layout gets slow and hard to read; unless the user
// picked an engine, the force-directed one is used.
constexpr int kForceDirectedFrom = 1000;
// Below this zoom, opening a graph centres its root instead of fitting everything.
constexpr qreal kReadableFit = 0.3;
constexpr int kOverlayMargin = 12;

} // namespace

SchemaGraphView::SchemaGraphView(QWidget* parent)
    : QWidget(parent)
    , m_scene(new SchemaGraphScene(this))
    , m_worker(new LayoutWorker(this))
    , m_finder(std::make_unique<TableFinder>()) {
    buildUi();
    connectControls();
    setState(State::Empty);
}

SchemaGraphView::~SchemaGraphView() {
    // The canvas must not paint a scene that is going away.
    m_canvas->setGraphScene(nullptr);
}

void SchemaGraphView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar = new GraphToolBar(this);
    layout->addWidget(m_toolBar);

    m_pages = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_canvas = new GraphCanvas(m_splitter);
    m_canvas->setGraphScene(m_scene);
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    m_canvas->installEventFilter(this);
    m_inspector = new GraphInspector(m_splitter);
    m_inspector->setMinimumWidth(260);
    m_inspector->hide();
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_pages->addWidget(m_splitter);

    m_errorPage = new GraphErrorPage(m_pages);
    connect(m_errorPage, &GraphErrorPage::retryRequested, this, [this] {
        if (m_errorFromLayout && !m_scene->graph().nodes.empty())
            submitLayout(QString());
        else
            emitRequest();
    });
    m_pages->addWidget(m_errorPage);
    layout->addWidget(m_pages, 1);

    m_status = new QLabel(this);
    m_status->setContentsMargins(10, 4, 10, 4);
    // Long summaries are clipped (full text in the tooltip) instead of widening the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setStyleSheet(QStringLiteral("color: #5f6b7a; border-top: 1px solid #e3e7ec;"));
    layout->addWidget(m_status);

    // Overlays on the canvas.
    m_overview = new GraphOverview(m_canvas, m_canvas);
    m_overview->resize(220, 150);
    m_overview->hide();
    m_legend = new GraphLegend(m_canvas);
    m_legend->hide();
    m_busy = new GraphBusyOverlay(m_canvas);
    m_busy->hide();
    m_emptyText = new QLabel(tr("No schema graph loaded."), m_canvas);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
}

void SchemaGraphView::connectControls() {
    connect(m_worker, &LayoutWorker::layoutReady, this, &SchemaGraphView::onLayoutReady);
    connect(m_worker, &LayoutWorker::layoutFailed, this, &SchemaGraphView::onLayoutFailed);
    connect(m_scene, &SchemaGraphScene::expansionChanged, this,
            [this](const QString& uid) { submitLayout(uid.isEmpty() ? selectedUid() : uid); });
    connect(m_scene, &SchemaGraphScene::cardActivated, this, &SchemaGraphView::reroot);
    connect(m_scene, &SchemaGraphScene::selectedTableChanged, this,
            &SchemaGraphView::onSelectionChanged);
    connect(m_canvas, &GraphCanvas::backgroundClicked, this, [this] { selectTable(QString()); });
    connect(m_canvas, &GraphCanvas::zoomChanged, m_toolBar, &GraphToolBar::setZoom);
    connect(m_canvas, &GraphCanvas::viewportMoved, this,
            &SchemaGraphView::updateOverviewVisibility);
    connect(m_canvas, &QWidget::customContextMenuRequested, this,
            &SchemaGraphView::showContextMenu);
    connect(m_inspector, &GraphInspector::tableActivated, this,
            [this](const QString& uid) { selectTable(uid, true); });
    connect(m_inspector, &GraphInspector::closeRequested, this, [this] { selectTable(QString()); });

    GraphToolBar* bar = m_toolBar;
    bar->backAction()->setEnabled(false);
    addActions({bar->backAction(), bar->zoomInAction(), bar->zoomOutAction(), bar->fitAction()});
    connect(bar->backAction(), &QAction::triggered, this, [this] { back(); });
    connect(bar->zoomInAction(), &QAction::triggered, this, &SchemaGraphView::zoomIn);
    connect(bar->zoomOutAction(), &QAction::triggered, this, &SchemaGraphView::zoomOut);
    connect(bar->fitAction(), &QAction::triggered, this, &SchemaGraphView::fitToView);
    connect(bar->zoomButton(), &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(bar->expandAllAction(), &QAction::triggered, this, [this] { setAllExpanded(true); });
    connect(bar->collapseAllAction(), &QAction::triggered, this, [this] { setAllExpanded(false); });
    connect(bar->legendAction(), &QAction::toggled, this, [this](bool on) {
        m_legend->setVisible(on);
        positionOverlays();
    });
    connect(bar->engineBox(), qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_engineChosen = true;
        if (!m_scene->graph().nodes.empty())
            submitLayout(selectedUid());
    });
    m_depthDebounce = new QTimer(this);
    m_depthDebounce->setSingleShot(true);
    m_depthDebounce->setInterval(350); // spin-box arrows: one request for a burst of clicks
    connect(m_depthDebounce, &QTimer::timeout, this, &SchemaGraphView::emitRequest);
    connect(bar->depthBox(), qOverload<int>(&QSpinBox::valueChanged), m_depthDebounce,
            qOverload<>(&QTimer::start));
    connect(bar->incomingBox(), &QCheckBox::toggled, this, &SchemaGraphView::emitRequest);
    connect(bar->findEdit(), &QLineEdit::returnPressed, this,
            [this] { findTable(m_toolBar->findEdit()->text()); });
    connect(bar->findEdit(), &QLineEdit::textChanged, this,
            [this] { m_toolBar->markFindResult(true); });
    connect(bar->exportSvgAction(), &QAction::triggered, this,
            [this] { exportWithDialog(tr("SVG images (*.svg)"), QStringLiteral("svg")); });
    connect(bar->exportPngAction(), &QAction::triggered, this,
            [this] { exportWithDialog(tr("PNG images (*.png)"), QStringLiteral("png")); });
    connect(bar->exportDotAction(), &QAction::triggered, this,
            [this] { exportWithDialog(tr("Graphviz DOT (*.dot *.gv)"), QStringLiteral("dot")); });
    connect(bar->exportJsonAction(), &QAction::triggered, this,
            [this] { exportWithDialog(tr("JSON (*.json)"), QStringLiteral("json")); });

    auto* findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    findShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_toolBar->findEdit()->setFocus();
        m_toolBar->findEdit()->selectAll();
    });
    auto* clearSelection = new QAction(this);
    clearSelection->setShortcut(Qt::Key_Escape);
    clearSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearSelection, &QAction::triggered, this, [this] { selectTable(QString()); });
    addActions({findShortcut, clearSelection});
}

void SchemaGraphView::setState(State state) {
    const bool changed = state != m_state;
    m_state = state;
    m_pages->setCurrentIndex(state == State::Error ? 1 : 0);
    const bool busy = state == State::Loading || state == State::LayingOut;
    m_busy->setVisible(busy);
    m_emptyText->setVisible(state == State::Empty);
    const bool interactive = state == State::Ready;
    for (QAction* action :
         {m_toolBar->fitAction(), m_toolBar->expandAllAction(), m_toolBar->collapseAllAction(),
          m_toolBar->exportSvgAction(), m_toolBar->exportPngAction(), m_toolBar->exportDotAction(),
          m_toolBar->exportJsonAction()})
        action->setEnabled(interactive);
    positionOverlays();
    updateStatus();
    if (changed)
        emit stateChanged(state);
}

void SchemaGraphView::setGraph(const SchemaGraph& graph) {
    m_depthDebounce->stop();
    if (graph.rootUid.isEmpty() || !graph.node(graph.rootUid)) {
        m_worker->cancel();
        setError(tr("The server's graph does not contain its root table (%1).")
                     .arg(graph.rootUid.isEmpty() ? tr("none given") : graph.rootUid));
        return;
    }
    m_rootUid = graph.rootUid;
    const int maximum =
        graph.maxDepth.value_or(std::max(m_toolBar->depthBox()->maximum(), graph.depth));
    m_toolBar->setDepth(graph.depth, maximum);
    m_toolBar->setIncoming(graph.includeIncoming);
    m_scene->setGraph(graph);
    m_inspector->showTable(m_scene->graph(), m_scene->index(), QString());
    m_inspector->hide();
    if (!m_engineChosen) {
        const int count = int(graph.nodes.size());
        m_toolBar->setEngine(count >= kForceDirectedFrom ? LayoutEngine::Sfdp : LayoutEngine::Dot);
    }
    QStringList names;
    names.reserve(int(graph.nodes.size()));
    for (const GraphNode& node : graph.nodes)
        names << cardTitle(node);
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_toolBar->setFindCandidates(names);
    m_finder->reset();
    m_fitPending = true;
    submitLayout(QString());
}

void SchemaGraphView::setLoading(const QString& message) {
    m_busy->setText(message.isEmpty() ? tr("Loading the schema graph…") : message);
    setState(State::Loading);
}

void SchemaGraphView::setError(const QString& message) {
    m_errorFromLayout = false;
    m_errorPage->setMessage(message);
    setState(State::Error);
}

void SchemaGraphView::requestGraph(const QString& uid) {
    m_rootUid = uid;
    emitRequest();
}

void SchemaGraphView::setMaxDepth(int maxDepth) {
    m_toolBar->setDepth(std::min(depth(), std::max(1, maxDepth)), maxDepth);
}

int SchemaGraphView::depth() const {
    return m_toolBar->depthBox()->value();
}

bool SchemaGraphView::includeIncoming() const {
    return m_toolBar->incomingBox()->isChecked();
}

const SchemaGraph& SchemaGraphView::graph() const {
    return m_scene->graph();
}

QString SchemaGraphView::selectedUid() const {
    return m_scene->selectedUid();
}

QStringList SchemaGraphView::history() const {
    QStringList roots;
    for (const HistoryEntry& entry : m_history)
        roots << entry.rootUid;
    return roots;
}

LayoutEngine SchemaGraphView::layoutEngine() const {
    return m_toolBar->engine();
}

void SchemaGraphView::setLayoutEngine(LayoutEngine engine) {
    m_engineChosen = true;
    if (engine == m_toolBar->engine())
        return;
    m_toolBar->setEngine(engine);
    if (!m_scene->graph().nodes.empty())
        submitLayout(selectedUid());
}

void SchemaGraphView::emitRequest() {
    m_depthDebounce->stop();
    if (m_rootUid.isEmpty())
        return;
    m_worker->cancel(); // a layout of the old graph is no longer wanted
    setLoading();
    emit graphRequested(m_rootUid, depth(), includeIncoming());
}

void SchemaGraphView::pushHistory() {
    m_history.push_back({m_rootUid, depth(), includeIncoming()});
    m_toolBar->backAction()->setEnabled(true);
    if (m_history.size() == 1)
        emit canGoBackChanged(true);
}

void SchemaGraphView::reroot(const QString& uid) {
    if (uid.isEmpty() || uid == m_rootUid)
        return;
    if (!m_rootUid.isEmpty())
        pushHistory();
    m_rootUid = uid;
    emit rerootRequested(uid);
    emitRequest();
}

bool SchemaGraphView::back() {
    if (m_history.empty())
        return false;
    const HistoryEntry entry = m_history.back();
    m_history.pop_back();
    m_toolBar->backAction()->setEnabled(!m_history.empty());
    if (m_history.empty())
        emit canGoBackChanged(false);
    m_rootUid = entry.rootUid;
    m_toolBar->setDepth(entry.depth, m_toolBar->depthBox()->maximum());
    m_toolBar->setIncoming(entry.includeIncoming);
    emitRequest();
    return true;
}

void SchemaGraphView::submitLayout(const QString& anchorUid) {
    m_anchorUid.clear();
    if (!anchorUid.isEmpty() && m_scene->hasLayout()) {
        if (TableCardItem* card = m_scene->card(anchorUid)) {
            m_anchorUid = anchorUid;
            m_anchorViewport = m_canvas->mapFromScene(card->pos());
        }
    }
    const int count = int(m_scene->graph().nodes.size());
    m_busy->setText(tr("Laying out %n table(s)…", nullptr, count));
    setState(State::LayingOut);
    m_worker->submit(m_scene->layoutRequest(m_toolBar->engine()));
}

void SchemaGraphView::onLayoutReady(quint64, const GraphLayout& layout) {
    m_scene->applyLayout(layout);
    if (m_fitPending) {
        m_fitPending = false;
        placeInitialView();
    } else if (TableCardItem* card = m_scene->card(m_anchorUid)) {
        const QPointF now = m_canvas->mapFromScene(card->pos());
        m_canvas->panBy(now.x() - m_anchorViewport.x(), now.y() - m_anchorViewport.y());
    }
    m_anchorUid.clear();
    m_overview->invalidate();
    setState(State::Ready);
    updateOverviewVisibility();
    emit layoutFinished();
}

void SchemaGraphView::onLayoutFailed(quint64, const QString& message) {
    qCWarning(lcUi) << "schema graph layout failed:" << message;
    m_errorFromLayout = true;
    m_errorPage->setMessage(tr("Laying out the graph failed: %1").arg(message));
    setState(State::Error);
}

void SchemaGraphView::placeInitialView() {
    const QRectF content = m_scene->contentRect();
    const qreal fit = std::min(m_canvas->viewport()->width() / content.width(),
                               m_canvas->viewport()->height() / content.height());
    if (fit >= kReadableFit) {
        m_canvas->fitRect(content, 1.0);
        return;
    }
    // Too large to read whole: start at a readable zoom on the root.
    m_canvas->setZoom(0.8);
    centreOn(m_rootUid);
}

void SchemaGraphView::onSelectionChanged(const QString& uid) {
    m_inspector->showTable(m_scene->graph(), m_scene->index(), uid);
    if (!uid.isEmpty() && !m_inspector->isVisible()) {
        m_inspector->show();
        const int total = m_splitter->width();
        const int panel = std::min(360, total / 3);
        m_splitter->setSizes({total - panel, panel});
    } else if (uid.isEmpty()) {
        m_inspector->hide();
    }
    m_overview->invalidate();
    emit selectionChanged(uid);
}

void SchemaGraphView::selectTable(const QString& uid, bool centre) {
    m_scene->selectTable(uid);
    if (centre && !uid.isEmpty())
        centreOn(uid);
}

void SchemaGraphView::centreOn(const QString& uid) {
    if (TableCardItem* card = m_scene->card(uid))
        m_canvas->centerOn(card->mapToScene(card->boundingRect().center()));
}

bool SchemaGraphView::findTable(const QString& text) {
    const QString uid = m_finder->next(m_scene->graph(), text);
    m_toolBar->markFindResult(!uid.isEmpty());
    if (uid.isEmpty()) {
        if (!text.trimmed().isEmpty())
            m_status->setText(tr("No table matches “%1”.").arg(text.trimmed()));
        return false;
    }
    selectTable(uid, true);
    return true;
}

void SchemaGraphView::setExpanded(const QString& uid, bool expanded) {
    m_scene->setExpanded(uid, expanded);
}

void SchemaGraphView::setAllExpanded(bool expanded) {
    m_scene->setAllExpanded(expanded);
}

qreal SchemaGraphView::zoom() const {
    return m_canvas->zoom();
}

void SchemaGraphView::setZoom(qreal zoom) {
    m_canvas->setZoom(zoom);
}

void SchemaGraphView::zoomIn() {
    m_canvas->zoomBy(1.25);
}

void SchemaGraphView::zoomOut() {
    m_canvas->zoomBy(0.8);
}

void SchemaGraphView::fitToView() {
    if (m_scene->hasLayout())
        m_canvas->fitRect(m_scene->contentRect(), 1.0);
}

bool SchemaGraphView::exportSvg(const QString& path) {
    const GraphNode* root = m_scene->graph().node(m_rootUid);
    return SceneExport::writeSvg(*m_scene, path, root ? cardTitle(*root) : m_rootUid,
                                 &m_exportError);
}

bool SchemaGraphView::exportPng(const QString& path, qreal scale) {
    return SceneExport::writePng(*m_scene, path, scale, &m_exportError);
}

bool SchemaGraphView::exportDot(const QString& path) {
    DotOptions options;
    options.includeColumns = !m_scene->expandedUids().isEmpty();
    return SceneExport::writeBytes(path, toDot(m_scene->graph(), options), &m_exportError);
}

bool SchemaGraphView::exportJson(const QString& path) {
    std::optional<GraphLayout> layout;
    if (m_scene->hasLayout())
        layout = m_scene->layout();
    return SceneExport::writeBytes(path, toJson(m_scene->graph(), layout), &m_exportError);
}

void SchemaGraphView::exportWithDialog(const QString& filter, const QString& suffix) {
    const GraphNode* root = m_scene->graph().node(m_rootUid);
    const QString base = root ? cardTitle(*root) : QStringLiteral("schema-graph");
    QString path = QFileDialog::getSaveFileName(this, tr("Export schema graph"),
                                                base + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    bool ok = false;
    if (suffix == QLatin1String("svg"))
        ok = exportSvg(path);
    else if (suffix == QLatin1String("png"))
        ok = exportPng(path);
    else if (suffix == QLatin1String("dot"))
        ok = exportDot(path);
    else
        ok = exportJson(path);
    m_status->setText(ok ? tr("Exported to %1").arg(path)
                         : tr("Export failed: %1").arg(m_exportError));
}

void SchemaGraphView::showContextMenu(const QPoint& pos) {
    QGraphicsItem* item = m_canvas->itemAt(pos);
    while (item && item->type() != TableCardItem::Type)
        item = item->parentItem();
    if (!item)
        return;
    auto* card = static_cast<TableCardItem*>(item);
    const QString uid = card->uid();
    QMenu menu(this);
    menu.addAction(tr("Make this the root"), this, [this, uid] { reroot(uid); })
        ->setEnabled(uid != m_rootUid);
    if (card->canExpand()) {
        menu.addAction(card->isExpanded() ? tr("Hide columns") : tr("Show columns"), this,
                       [this, uid] { m_scene->toggleExpanded(uid); });
    }
    menu.addAction(tr("Select and show relations"), this, [this, uid] { selectTable(uid, false); });
    menu.exec(m_canvas->viewport()->mapToGlobal(pos));
}

void SchemaGraphView::updateStatus() {
    const SchemaGraph& g = m_scene->graph();
    if (m_state == State::Empty || g.nodes.empty()) {
        m_status->setText(
            tr("Double-click a table to make it the root · Drag to pan · Scroll to zoom"));
        return;
    }
    int relations = 0;
    for (size_t e = 0; e < g.edges.size(); ++e)
        relations += m_scene->index().edgeIsValid(int(e)) ? 1 : 0;
    QString text = tr("%n table(s)", nullptr, int(g.nodes.size())) + QStringLiteral(" · ") +
                   tr("%n relation(s)", nullptr, relations) + QStringLiteral(" · ") +
                   tr("depth %1").arg(g.depth) + QStringLiteral(" · ") +
                   (g.includeIncoming ? tr("incoming included") : tr("outgoing only"));
    if (g.truncated.value_or(false))
        text += QStringLiteral(" · ") + tr("the server stopped at its depth limit");
    text +=
        QStringLiteral("    ") + tr("Drag to pan · Scroll to zoom · Click a table for details · "
                                    "Double-click to make it the root");
    m_status->setText(text);
    m_status->setToolTip(text);
}

void SchemaGraphView::updateOverviewVisibility() {
    if (m_state != State::Ready) {
        m_overview->hide();
        return;
    }
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    const QRectF content = m_scene->contentRect();
    const bool large = m_scene->graph().nodes.size() >= 20;
    const bool clipped = !visible.contains(content);
    m_overview->setVisible(large || clipped);
}

void SchemaGraphView::positionOverlays() {
    const QRect area = m_canvas->viewport()->geometry();
    m_overview->move(area.right() - m_overview->width() - kOverlayMargin,
                     area.bottom() - m_overview->height() - kOverlayMargin);
    m_legend->adjustSize();
    m_legend->move(area.left() + kOverlayMargin,
                   area.bottom() - m_legend->height() - kOverlayMargin);
    m_busy->adjustSize();
    m_busy->resize(std::max(m_busy->width(), 260), m_busy->height());
    m_busy->move(area.center() - QPoint(m_busy->width() / 2, m_busy->height() / 2));
    m_emptyText->setGeometry(area);
    m_overview->raise();
    m_legend->raise();
    m_busy->raise();
}

bool SchemaGraphView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_canvas && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        positionOverlays();
    return QWidget::eventFilter(watched, event);
}

} // namespace cc::ui
