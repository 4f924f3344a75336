#pragma once

#include "graph/GraphLayout.h"

#include <QToolBar>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLineEdit;
class QSpinBox;
class QStringListModel;
class QToolButton;

namespace cc::ui {

// The controls above a schema graph: history, the fetch parameters (depth, incoming),
// find, zoom, card expansion, layout engine, legend and export. It only holds the
// widgets and actions; SchemaGraphView connects them.
class GraphToolBar : public QToolBar {
    Q_OBJECT

public:
    explicit GraphToolBar(QWidget* parent = nullptr);

    QAction* backAction() const { return m_back; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitAction() const { return m_fit; }
    QAction* expandAllAction() const { return m_expandAll; }
    QAction* collapseAllAction() const { return m_collapseAll; }
    QAction* legendAction() const { return m_legend; }
    QAction* exportSvgAction() const { return m_exportSvg; }
    QAction* exportPngAction() const { return m_exportPng; }
    QAction* exportDotAction() const { return m_exportDot; }
    QAction* exportJsonAction() const { return m_exportJson; }
    QSpinBox* depthBox() const { return m_depth; }
    QCheckBox* incomingBox() const { return m_incoming; }
    QLineEdit* findEdit() const { return m_find; }
    QToolButton* zoomButton() const { return m_zoomButton; }
    QComboBox* engineBox() const { return m_engine; }

    // Setters that do not emit the widgets' change signals.
    void setDepth(int depth, int maximum);
    void setIncoming(bool on);
    void setEngine(LayoutEngine engine);
    LayoutEngine engine() const;
    void setZoom(qreal zoom);
    void setFindCandidates(const QStringList& names);
    // Tints the find box when the last search found nothing.
    void markFindResult(bool found);

private:
    QAction* m_back;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
    QAction* m_expandAll;
    QAction* m_collapseAll;
    QAction* m_legend;
    QAction* m_exportSvg;
    QAction* m_exportPng;
    QAction* m_exportDot;
    QAction* m_exportJson;
    QSpinBox* m_depth;
    QCheckBox* m_incoming;
    QLineEdit* m_find;
    QCompleter* m_completer;
    QStringListModel* m_findNames;
    QToolButton* m_zoomButton;
    QComboBox* m_engine;
};

} // namespace cc::ui
