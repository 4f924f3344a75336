#pragma once

#include "ui/table/TableTab.h"

#include <QList>
#include <QPointer>

class QAction;

namespace cc::ui {

class GraphLoader;
class GraphWindow;
class SchemaGraphView;
class Settings;

// The "graph" tab: the schema graph around the document's table. The first show fetches
// it with the remembered depth and incoming choice (depth 2 with incoming tables unless
// the user chose otherwise); changing them, double-clicking a table (re-root) and Back
// fetch again inside the tab. "Open table" opens the selected table's own document and
// "Open in window" carries the graph to a GraphWindow that lives on its own.
class GraphTab : public TableTab {
    Q_OBJECT

public:
    explicit GraphTab(Settings* settings, QWidget* parent = nullptr);
    ~GraphTab() override;

    void setSnapshot(const TableSnapshotPtr& snapshot) override;
    // The first graph is laid out and drawn, or its fetch failed (the error is shown).
    bool isReady() const override { return m_ready; }
    void focusFilter() override;

    SchemaGraphView* view() const { return m_view; }
    GraphLoader* loader() const { return m_loader; }
    QAction* openTableAction() const { return m_openTable; }
    QAction* openWindowAction() const { return m_openWindow; }

    // Emits openTableRequested for the selected table (else the root); false if none.
    bool openSelectedTable(bool background = false);
    // The current graph (or, while it loads, its request) in a new standalone window.
    GraphWindow* openInWindow();
    // Windows opened from this tab that are still open.
    QList<GraphWindow*> windows() const;

private:
    void updateActions();
    void markReady();

    Settings* m_settings = nullptr;
    TableSnapshotPtr m_snapshot;
    SchemaGraphView* m_view = nullptr;
    GraphLoader* m_loader = nullptr;
    QAction* m_openTable = nullptr;
    QAction* m_openWindow = nullptr;
    QList<QPointer<GraphWindow>> m_windows;
    bool m_ready = false;
};

} // namespace cc::ui
