#include "ui/graph/GraphToolBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace cc::ui {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QString& tip,
                    const QList<QKeySequence>& keys = {}) {
    auto* action = new QAction(text, parent);
    action->setToolTip(keys.isEmpty() ? tip
                                      : tip + QStringLiteral(" (") +
                                            keys.front().toString(QKeySequence::NativeText) +
                                            QLatin1Char(')'));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace

GraphToolBar::GraphToolBar(QWidget* parent)
    : QToolBar(parent) {
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_back = makeAction(this, tr("Back"), tr("Back to the previous root table"),
                        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    addAction(m_back);
    if (auto* button = qobject_cast<QToolButton*>(widgetForAction(m_back)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addSeparator();

    addWidget(new QLabel(tr("Depth"), this));
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, 5);
    m_depth->setValue(2);
    m_depth->setMinimumWidth(52);
    m_depth->setToolTip(tr("How many foreign-key hops to follow from the root table"));
    addWidget(m_depth);
    m_incoming = new QCheckBox(tr("Include incoming"), this);
    m_incoming->setToolTip(tr("Also fetch the tables that reference the root (its dependents)"));
    addWidget(m_incoming);
    addSeparator();

    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find table…"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    m_find->setToolTip(tr("Find a table by name and centre it (Enter: next match)"));
    m_findNames = new QStringListModel(this);
    m_completer = new QCompleter(m_findNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(m_completer);
    addWidget(m_find);
    addSeparator();

    m_zoomOut = makeAction(this, QStringLiteral("−"), tr("Zoom out"),
                           {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    addAction(m_zoomOut);
    m_zoomButton = new QToolButton(this);
    m_zoomButton->setText(QStringLiteral("100%"));
    m_zoomButton->setToolTip(tr("Zoom to 100%"));
    m_zoomButton->setMinimumWidth(48);
    addWidget(m_zoomButton);
    m_zoomIn =
        makeAction(this, QStringLiteral("+"), tr("Zoom in"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    addAction(m_zoomIn);
    m_fit = makeAction(this, tr("Fit"), tr("Fit the whole graph"),
                       {QKeySequence(Qt::CTRL | Qt::Key_0)});
    addAction(m_fit);
    addSeparator();

    m_expandAll = makeAction(this, tr("Expand all"), tr("Show the columns of every table"));
    m_collapseAll = makeAction(this, tr("Collapse all"), tr("Hide the columns of every table"));
    addAction(m_expandAll);
    addAction(m_collapseAll);
    addSeparator();

    m_engine = new QComboBox(this);
    m_engine->addItem(tr("Layered"), int(LayoutEngine::Dot));
    m_engine->addItem(tr("Force-directed"), int(LayoutEngine::Sfdp));
    m_engine->setToolTip(tr("Layered: dependents left, referenced tables right.\n"
                            "Force-directed: faster and more compact for very large graphs."));
    addWidget(m_engine);

    m_legend = makeAction(this, tr("Legend"), tr("Show what colours and line styles mean"));
    m_legend->setCheckable(true);
    addAction(m_legend);

    m_exportSvg = new QAction(tr("SVG image…"), this);
    m_exportPng = new QAction(tr("PNG image (2×)…"), this);
    m_exportDot = new QAction(tr("Graphviz DOT…"), this);
    m_exportJson = new QAction(tr("JSON (graph and layout)…"), this);
    auto* exportMenu = new QMenu(this);
    exportMenu->addActions({m_exportSvg, m_exportPng, m_exportDot, m_exportJson});
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the graph as an image, DOT or JSON"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    addWidget(exportButton);
}

void GraphToolBar::setDepth(int depth, int maximum) {
    const QSignalBlocker blocker(m_depth);
    m_depth->setRange(1, std::max(1, maximum));
    m_depth->setValue(depth);
}

void GraphToolBar::setIncoming(bool on) {
    const QSignalBlocker blocker(m_incoming);
    m_incoming->setChecked(on);
}

void GraphToolBar::setEngine(LayoutEngine engine) {
    const QSignalBlocker blocker(m_engine);
    m_engine->setCurrentIndex(m_engine->findData(int(engine)));
}

LayoutEngine GraphToolBar::engine() const {
    return LayoutEngine(m_engine->currentData().toInt());
}

void GraphToolBar::setZoom(qreal zoom) {
    m_zoomButton->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
}

void GraphToolBar::setFindCandidates(const QStringList& names) {
    m_findNames->setStringList(names);
}

void GraphToolBar::markFindResult(bool found) {
    m_find->setStyleSheet(found ? QString() : QStringLiteral("QLineEdit { background: #fdecec; }"));
}

} // namespace cc::ui
