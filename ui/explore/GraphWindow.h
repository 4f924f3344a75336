#pragma once

#include "core/SchemaGraph.h"

#include <QMainWindow>

class QAction;
class QToolBar;

namespace cc {
class ApiClient;
}

namespace cc::ui {

class GraphLoader;
class SchemaGraphView;
class Settings;

// The table an "Open table" action means in a graph view: the selected table, else the
// root; its title is the graph's name for it. Empty uid when the view shows no graph.
struct GraphTableRef {
    QString uid;
    QString title;
};
GraphTableRef tableToOpen(const SchemaGraphView& view);

// A schema graph in a top-level window of its own, so it can sit on a second screen next
// to the table documents. It fetches, re-roots and goes back on its own; it lives until
// closed (or until the main window that owns it closes), whatever happens to the tab that
// opened it.
class GraphWindow : public QMainWindow {
    Q_OBJECT

public:
    GraphWindow(ApiClient* client, Settings* settings, QWidget* parent = nullptr);
    ~GraphWindow() override;

    // Shows an already fetched graph; the controls follow it.
    void showGraph(const SchemaGraph& graph);
    // Fetches the graph of `uid` with this depth and incoming choice.
    void load(const QString& uid, int depth, bool includeIncoming);

    SchemaGraphView* view() const { return m_view; }
    GraphLoader* loader() const { return m_loader; }
    QToolBar* windowToolBar() const { return m_bar; }
    QAction* openTableAction() const { return m_openTable; }
    QAction* reloadAction() const { return m_reload; }

signals:
    // "Open table": the selected table (else the root) should open as a document.
    void openTableRequested(const QString& uid, const QString& title, bool background);

private:
    void updateTitle();
    void updateActions();
    void openSelected();

    SchemaGraphView* m_view = nullptr;
    GraphLoader* m_loader = nullptr;
    QToolBar* m_bar = nullptr;
    QAction* m_openTable = nullptr;
    QAction* m_reload = nullptr;
    QAction* m_close = nullptr;
};

} // namespace cc::ui
