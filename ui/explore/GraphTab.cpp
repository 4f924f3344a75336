#include "ui/explore/GraphTab.h"

#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/explore/GraphLoader.h"
#include "ui/explore/GraphWindow.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphView.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QString withShortcut(const QString& tip, const QAction* action) {
    return tip + QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) +
           QLatin1Char(')');
}
} // namespace

GraphTab::GraphTab(Settings* settings, QWidget* parent)
    : TableTab(parent)
    , m_settings(settings) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new SchemaGraphView(this);
    layout->addWidget(m_view);
    m_loader = new GraphLoader(m_view, settings, this);

    GraphToolBar* bar = m_view->toolBar();
    bar->addSeparator();
    m_openTable = new QAction(theme::icon(QStringLiteral("table")), tr("Open table"), this);
    m_openTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openTable->setToolTip(withShortcut(
        tr("Open the selected table (else the root) in its own document"), m_openTable));
    m_openWindow = new QAction(theme::icon(QStringLiteral("window")), tr("Open in window"), this);
    m_openWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_openWindow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openWindow->setToolTip(withShortcut(
        tr("Show this graph in a separate window that keeps working on its own"), m_openWindow));
    bar->addAction(m_openTable);
    bar->addAction(m_openWindow);
    addActions({m_openTable, m_openWindow});

    connect(m_openTable, &QAction::triggered, this, [this] { openSelectedTable(false); });
    connect(m_openWindow, &QAction::triggered, this, [this] { openInWindow(); });
    connect(m_view, &SchemaGraphView::selectionChanged, this, &GraphTab::updateActions);
    connect(m_view, &SchemaGraphView::stateChanged, this, [this](SchemaGraphView::State state) {
        updateActions();
        if (state == SchemaGraphView::State::Ready || state == SchemaGraphView::State::Error)
            markReady();
    });
    updateActions();
}

GraphTab::~GraphTab() = default;

void GraphTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const bool first = !m_snapshot;
    m_snapshot = snapshot;
    m_loader->setClient(snapshot ? snapshot->client.data() : nullptr);
    if (!snapshot)
        return;
    if (first || m_view->rootUid().isEmpty())
        m_loader->start(snapshot->table.uid);
    else
        m_view->requestGraph(m_view->rootUid()); // a refresh: the same root, the same choice
}

void GraphTab::focusFilter() {
    m_view->toolBar()->findEdit()->setFocus(Qt::ShortcutFocusReason);
    m_view->toolBar()->findEdit()->selectAll();
}

bool GraphTab::openSelectedTable(bool background) {
    const GraphTableRef target = tableToOpen(*m_view);
    if (target.uid.isEmpty())
        return false;
    emit openTableRequested(target.uid, target.title, background);
    return true;
}

GraphWindow* GraphTab::openInWindow() {
    if (m_view->rootUid().isEmpty())
        return nullptr;
    auto* main = qobject_cast<MainWindow*>(window());
    auto* graphWindow =
        new GraphWindow(m_loader->client(), m_settings, main ? static_cast<QWidget*>(main) : this);
    if (main) {
        // Through the main window, so it keeps working after this tab closed.
        connect(graphWindow, &GraphWindow::openTableRequested, main,
                [main](const QString& uid, const QString& title, bool background) {
                    main->openTable(uid, title, QString(), background);
                });
    } else {
        connect(graphWindow, &GraphWindow::openTableRequested, this, &GraphTab::openTableRequested);
    }
    if (m_view->state() == SchemaGraphView::State::Ready &&
        m_view->graph().rootUid == m_view->rootUid())
        graphWindow->showGraph(m_view->graph());
    else
        graphWindow->load(m_view->rootUid(), m_view->depth(), m_view->includeIncoming());
    graphWindow->show();
    graphWindow->raise();
    graphWindow->activateWindow();
    m_windows << graphWindow;
    return graphWindow;
}

QList<GraphWindow*> GraphTab::windows() const {
    QList<GraphWindow*> open;
    for (const QPointer<GraphWindow>& w : m_windows)
        if (w)
            open << w.data();
    return open;
}

void GraphTab::updateActions() {
    m_openTable->setEnabled(!tableToOpen(*m_view).uid.isEmpty());
    m_openWindow->setEnabled(!m_view->rootUid().isEmpty());
}

void GraphTab::markReady() {
    if (m_ready)
        return;
    m_ready = true;
    emit ready();
}

} // namespace cc::ui
