#include "ui/graph/GraphCanvas.h"

#include "graph/GraphStyle.h"
#include "ui/graph/SchemaGraphScene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {
constexpr qreal kGridStep = 24;
constexpr int kPanStep = 60;
} // namespace

GraphCanvas::GraphCanvas(QWidget* parent)
    : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setCacheMode(QGraphicsView::CacheNone);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(palette::kCanvas));
    viewport()->setCursor(Qt::OpenHandCursor);
}

void GraphCanvas::setGraphScene(QGraphicsScene* graphScene) {
    if (scene())
        disconnect(scene(), nullptr, this, nullptr);
    setScene(graphScene);
    if (graphScene)
        connect(graphScene, &QGraphicsScene::sceneRectChanged, this,
                &GraphCanvas::updateScrollArea);
    updateScrollArea();
}

qreal GraphCanvas::zoom() const {
    return transform().m11();
}

void GraphCanvas::applyZoom(qreal target, const QPointF& viewportAnchor) {
    target = std::clamp(target, kMinZoom, kMaxZoom);
    const qreal current = zoom();
    if (std::abs(target - current) < 1e-9)
        return;
    // Keep the scene point under the anchor where it is on screen.
    const QPointF anchorScene = mapToScene(viewportAnchor.toPoint());
    setTransform(QTransform::fromScale(target, target));
    updateScrollArea();
    const QPointF moved = mapFromScene(anchorScene);
    const QPointF delta = moved - viewportAnchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void GraphCanvas::setZoom(qreal target) {
    applyZoom(target, QPointF(viewport()->rect().center()));
}

void GraphCanvas::zoomBy(qreal factor) {
    setZoom(zoom() * factor);
}

void GraphCanvas::fitRect(const QRectF& rect, qreal maxZoom) {
    if (rect.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2)
        return;
    const qreal zx = viewport()->width() / rect.width();
    const qreal zy = viewport()->height() / rect.height();
    const qreal target = std::clamp(std::min({zx, zy, maxZoom}), kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(target, target));
    updateScrollArea();
    centerOn(rect.center());
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void GraphCanvas::updateScrollArea() {
    if (!scene())
        return;
    const qreal z = zoom();
    const qreal mx = viewport()->width() / z / 2 + 1;
    const qreal my = viewport()->height() / z / 2 + 1;
    setSceneRect(scene()->sceneRect().adjusted(-mx, -my, mx, my));
}

void GraphCanvas::panBy(qreal dx, qreal dy) {
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(dx));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(dy));
}

void GraphCanvas::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units per notch; one notch is about 15 %.
    applyZoom(zoom() * std::pow(1.0012, delta.y()), event->position());
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent* event) {
    const int step = event->modifiers() & Qt::ShiftModifier ? kPanStep * 4 : kPanStep;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-step, 0);
        break;
    case Qt::Key_Right:
        panBy(step, 0);
        break;
    case Qt::Key_Up:
        panBy(0, -step);
        break;
    case Qt::Key_Down:
        panBy(0, step);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event) {
    m_pressPos = event->pos();
    m_pressOnBackground = event->button() == Qt::LeftButton && !itemAt(event->pos());
    auto* graphScene = qobject_cast<SchemaGraphScene*>(scene());
    m_selectionBeforePress = graphScene ? graphScene->selectedUid() : QString();
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    viewport()->setCursor(Qt::OpenHandCursor);
    if (m_pressOnBackground) {
        if ((event->pos() - m_pressPos).manhattanLength() < 4) {
            emit backgroundClicked();
        } else if (auto* graphScene = qobject_cast<SchemaGraphScene*>(scene())) {
            graphScene->selectTable(m_selectionBeforePress);
        }
    }
    m_pressOnBackground = false;
}

void GraphCanvas::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, backgroundBrush());
    if (zoom() < 0.45)
        return; // the grid would be a grey haze
    const qreal left = std::floor(rect.left() / kGridStep) * kGridStep;
    const qreal top = std::floor(rect.top() / kGridStep) * kGridStep;
    m_gridDots.clear();
    for (qreal x = left; x < rect.right(); x += kGridStep)
        for (qreal y = top; y < rect.bottom(); y += kGridStep)
            m_gridDots.emplace_back(x, y);
    QPen pen(QColor(0xd5, 0xda, 0xe1), 1.6 / zoom(), Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->drawPoints(m_gridDots.data(), static_cast<int>(m_gridDots.size()));
}

void GraphCanvas::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

void GraphCanvas::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    emit viewportMoved();
}

} // namespace cc::ui
