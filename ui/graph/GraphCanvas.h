#pragma once

#include <QGraphicsView>

#include <vector>

namespace cc::ui {

// The zoomable, pannable view of a schema graph: wheel zooms around the cursor, dragging
// the background pans, arrow keys pan (Shift for larger steps). Paints the canvas with a
// light dot grid. Clicking the background clears the selection; dragging it does not.
// Scroll bars are hidden: the minimap and dragging replace them.
class GraphCanvas : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphCanvas(QWidget* parent = nullptr);

    static constexpr qreal kMinZoom = 0.03;
    static constexpr qreal kMaxZoom = 4.0;

    // Shows `scene` (use this, not setScene(): the scroll area follows the scene's rect).
    void setGraphScene(QGraphicsScene* scene);

    qreal zoom() const;
    // Sets the zoom, keeping the scene point under the viewport centre in place.
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    // Shows `rect` whole, but never magnified beyond `maxZoom`.
    void fitRect(const QRectF& rect, qreal maxZoom = 1.0);
    void panBy(qreal dx, qreal dy);

signals:
    void zoomChanged(qreal zoom);
    // The visible scene area moved or changed size.
    void viewportMoved();
    // A click on the background (not a drag).
    void backgroundClicked();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyZoom(qreal zoom, const QPointF& viewportAnchor);
    // The scrollable area: the scene plus half a viewport on every side, so any point of
    // the drawing can be centred and zooming can keep any point under the cursor.
    void updateScrollArea();

    QPoint m_pressPos;
    bool m_pressOnBackground = false;
    QString m_selectionBeforePress;  // a drag on the background must not drop the selection
    std::vector<QPointF> m_gridDots; // reused between paints
};

} // namespace cc::ui
