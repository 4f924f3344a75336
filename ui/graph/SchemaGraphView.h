#pragma once

#include "core/SchemaGraph.h"
#include "graph/GraphLayout.h"

#include <QPointF>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace cc {
class LayoutWorker;
}

namespace cc::ui {

class GraphBusyOverlay;
class GraphCanvas;
class GraphErrorPage;
class GraphInspector;
class GraphLegend;
class GraphOverview;
class GraphToolBar;
class SchemaGraphScene;
class TableFinder;

// A self-contained schema graph explorer: give it a SchemaGraph, it measures the cards,
// lays them out off the UI thread and draws them. It does not fetch: when the user asks
// for another root, depth or the incoming tables it emits graphRequested() and shows a
// loading state until the owner calls setGraph() or setError().
//
// Interaction: wheel zoom around the cursor, Ctrl+= / Ctrl+- / Ctrl+0 (fit), drag or
// arrow keys to pan, a minimap, click to select (inspector, relations and path to the
// root highlighted), double-click to re-root (with a Back history), find by name,
// expandable cards whose FK edges then attach to their columns, and exports to SVG, PNG
// (2x), DOT and JSON.
class SchemaGraphView : public QWidget {
    Q_OBJECT

public:
    enum class State { Empty, Loading, LayingOut, Ready, Error };
    Q_ENUM(State)

    explicit SchemaGraphView(QWidget* parent = nullptr);
    ~SchemaGraphView() override;

    // Shows `graph` (rooted at graph.rootUid); depth and incoming controls follow it.
    void setGraph(const cc::SchemaGraph& graph);
    // Enters the loading state (the owner started a fetch on its own).
    void setLoading(const QString& message = QString());
    // Shows an error page with a Retry button that repeats the last request.
    void setError(const QString& message);
    // Asks for a graph rooted at `uid` with the current depth and incoming setting.
    void requestGraph(const QString& uid);
    // The server's depth limit (spec §2.9 says it clamps); the depth box stops there.
    void setMaxDepth(int maxDepth);

    State state() const { return m_state; }
    QString rootUid() const { return m_rootUid; }
    int depth() const;
    bool includeIncoming() const;
    const cc::SchemaGraph& graph() const;
    QString selectedUid() const;
    bool canGoBack() const { return !m_history.empty(); }
    // Roots visited before the current one, oldest first.
    QStringList history() const;

    // Layout engine; unless set explicitly, very large graphs use the force-directed one.
    LayoutEngine layoutEngine() const;
    void setLayoutEngine(LayoutEngine engine);

    // Navigation.
    bool back();
    void reroot(const QString& uid);
    void selectTable(const QString& uid, bool centre = true);
    void centreOn(const QString& uid);
    // Selects and centres the next table whose name contains `text` (identifier, physical
    // name or uid, case-insensitive; exact matches first). Returns false if none matches.
    bool findTable(const QString& text);
    void setExpanded(const QString& uid, bool expanded);
    void setAllExpanded(bool expanded);

    // Zoom (1.0 = 100 %).
    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitToView();

    // Exports; false with lastExportError() on failure.
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path, qreal scale = 2.0);
    bool exportDot(const QString& path);
    bool exportJson(const QString& path);
    QString lastExportError() const { return m_exportError; }

    // Parts, for embedding and tests.
    SchemaGraphScene* scene() const { return m_scene; }
    GraphCanvas* canvas() const { return m_canvas; }
    GraphInspector* inspector() const { return m_inspector; }
    GraphOverview* overview() const { return m_overview; }
    GraphLegend* legend() const { return m_legend; }
    GraphToolBar* toolBar() const { return m_toolBar; }

signals:
    // The owner should fetch `GET <rootUid>/schema-graph/?depth=&include_incoming=` and
    // call setGraph() (or setError()).
    void graphRequested(const QString& rootUid, int depth, bool includeIncoming);
    // The user double-clicked a table to make it the root (graphRequested follows).
    void rerootRequested(const QString& uid);
    void canGoBackChanged(bool canGoBack);
    void selectionChanged(const QString& uid);
    void stateChanged(cc::ui::SchemaGraphView::State state);
    // A layout was applied to the scene.
    void layoutFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HistoryEntry {
        QString rootUid;
        int depth;
        bool includeIncoming;
    };

    void buildUi();
    void connectControls();
    void setState(State state);
    void emitRequest();
    void submitLayout(const QString& anchorUid);
    void onLayoutReady(quint64 generation, const cc::GraphLayout& layout);
    void onLayoutFailed(quint64 generation, const QString& message);
    void placeInitialView();
    void onSelectionChanged(const QString& uid);
    void updateStatus();
    void updateOverviewVisibility();
    void positionOverlays();
    void showContextMenu(const QPoint& pos);
    void exportWithDialog(const QString& filter, const QString& suffix);
    void pushHistory();

    SchemaGraphScene* m_scene = nullptr;
    LayoutWorker* m_worker = nullptr;
    GraphToolBar* m_toolBar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    GraphCanvas* m_canvas = nullptr;
    GraphInspector* m_inspector = nullptr;
    GraphOverview* m_overview = nullptr;
    GraphLegend* m_legend = nullptr;
    GraphBusyOverlay* m_busy = nullptr;
    GraphErrorPage* m_errorPage = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_depthDebounce = nullptr;

    State m_state = State::Empty;
    QString m_rootUid;
    std::vector<HistoryEntry> m_history;
    bool m_errorFromLayout = false;
    bool m_engineChosen = false;
    bool m_fitPending = false;
    QString m_anchorUid;      // keeps its place on screen across a re-layout
    QPointF m_anchorViewport; // where it was
    std::unique_ptr<TableFinder> m_finder;
    QString m_exportError;
};

} // namespace cc::ui
