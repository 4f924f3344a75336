#pragma once

#include <QPixmap>
#include <QWidget>

namespace cc::ui {

class GraphCanvas;

// A minimap of the whole drawing with the visible area outlined; click or drag in it to
// move the view. The drawing is rendered into a pixmap only when invalidate() is called
// (new layout, new highlight), so panning and zooming repaint just the outline.
class GraphOverview : public QWidget {
    Q_OBJECT

public:
    explicit GraphOverview(GraphCanvas* canvas, QWidget* parent = nullptr);

    // The scene content changed: render it again on the next paint.
    void invalidate();
    // How many times the drawing was rendered (tests check it is not on every paint).
    int renderCount() const { return m_renderCount; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF drawingRect() const; // where the scene is drawn inside the widget
    void render();
    void centreViewAt(const QPointF& widgetPos);

    GraphCanvas* m_canvas;
    QPixmap m_pixmap;
    QRectF m_sceneRect;
    bool m_dirty = true;
    int m_renderCount = 0;
};

} // namespace cc::ui
