#include "ui/explore/GraphWindow.h"

#include "graph/CardGeometry.h"
#include "ui/Theme.h"
#include "ui/explore/GraphLoader.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphView.h"

#include <QAction>
#include <QApplication>
#include <QSpinBox>
#include <QToolBar>

namespace cc::ui {

GraphTableRef tableToOpen(const SchemaGraphView& view) {
    const SchemaGraph& graph = view.graph();
    QString uid = view.selectedUid();
    if (uid.isEmpty())
        uid = view.rootUid();
    const GraphNode* node = graph.node(uid);
    if (!node)
        return {};
    return {uid, cardTitle(*node)};
}

GraphWindow::GraphWindow(ApiClient* client, Settings* settings, QWidget* parent)
    : QMainWindow(parent, Qt::Window) {
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/command-center.svg")));
    setObjectName(QStringLiteral("graphWindow"));

    m_view = new SchemaGraphView(this);
    setCentralWidget(m_view);
    m_loader = new GraphLoader(m_view, settings, this);
    m_loader->setClient(client);

    m_bar = new QToolBar(tr("Window"), this);
    m_bar->setObjectName(QStringLiteral("graphWindowToolBar"));
    m_bar->setMovable(false);
    m_bar->setIconSize(QSize(16, 16));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_bar);

    m_openTable = m_bar->addAction(theme::icon(QStringLiteral("table")), tr("Open table"));
    m_openTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openTable->setToolTip(tr("Open the selected table (else the root) in the main window (%1)")
                                .arg(m_openTable->shortcut().toString(QKeySequence::NativeText)));
    m_reload = m_bar->addAction(theme::icon(QStringLiteral("refresh")), tr("Reload"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Fetch this graph again (%1)")
                             .arg(m_reload->shortcut().toString(QKeySequence::NativeText)));
    auto* spacer = new QWidget(m_bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(spacer);
    m_close = m_bar->addAction(theme::icon(QStringLiteral("close")), tr("Close window"));
    m_close->setShortcut(QKeySequence::Close);

    connect(m_openTable, &QAction::triggered, this, &GraphWindow::openSelected);
    connect(m_reload, &QAction::triggered, this, [this] {
        if (!m_view->rootUid().isEmpty())
            m_view->requestGraph(m_view->rootUid());
    });
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    connect(m_view, &SchemaGraphView::stateChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_view, &SchemaGraphView::selectionChanged, this, &GraphWindow::updateActions);

    updateTitle();
    updateActions();
    resize(1200, 800);
}

GraphWindow::~GraphWindow() = default;

void GraphWindow::showGraph(const SchemaGraph& graph) {
    m_loader->adopt(graph);
    updateTitle();
}

void GraphWindow::load(const QString& uid, int depth, bool includeIncoming) {
    GraphToolBar* bar = m_view->toolBar();
    bar->setDepth(depth, std::max(depth, bar->depthBox()->maximum()));
    bar->setIncoming(includeIncoming);
    m_view->requestGraph(uid);
}

void GraphWindow::updateTitle() {
    const GraphNode* root = m_view->graph().node(m_view->rootUid());
    setWindowTitle(root ? tr("%1 — Schema graph — %2")
                              .arg(cardTitle(*root), QApplication::applicationDisplayName())
                        : tr("Schema graph — %1").arg(QApplication::applicationDisplayName()));
}

void GraphWindow::updateActions() {
    m_openTable->setEnabled(!tableToOpen(*m_view).uid.isEmpty());
    m_reload->setEnabled(!m_view->rootUid().isEmpty() &&
                         m_view->state() != SchemaGraphView::State::Loading);
}

void GraphWindow::openSelected() {
    const GraphTableRef target = tableToOpen(*m_view);
    if (!target.uid.isEmpty())
        emit openTableRequested(target.uid, target.title, false);
}

} // namespace cc::ui
