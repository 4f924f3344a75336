#include "ui/graph/GraphOverview.h"

#include "graph/GraphStyle.h"
#include "ui/graph/GraphCanvas.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>

namespace cc::ui {

namespace {
constexpr int kInset = 6;
} // namespace

GraphOverview::GraphOverview(GraphCanvas* canvas, QWidget* parent)
    : QWidget(parent)
    , m_canvas(canvas) {
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    connect(canvas, &GraphCanvas::viewportMoved, this, qOverload<>(&QWidget::update));
}

void GraphOverview::invalidate() {
    m_dirty = true;
    update();
}

QRectF GraphOverview::drawingRect() const {
    const QRectF area = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (m_sceneRect.isEmpty() || area.isEmpty())
        return area;
    const qreal scale =
        std::min(area.width() / m_sceneRect.width(), area.height() / m_sceneRect.height());
    const QSizeF size = m_sceneRect.size() * scale;
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void GraphOverview::render() {
    m_dirty = false;
    QGraphicsScene* scene = m_canvas->scene();
    m_sceneRect = scene ? scene->sceneRect() : QRectF(); // the drawing, not the scroll area
    const qreal dpr = devicePixelRatioF();
    m_pixmap = QPixmap(size() * dpr);
    m_pixmap.setDevicePixelRatio(dpr);
    m_pixmap.fill(Qt::transparent);
    if (!scene || m_sceneRect.isEmpty())
        return;
    QPainter painter(&m_pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF target = drawingRect();
    painter.fillRect(target, QColor(palette::kCanvas));
    scene->render(&painter, target, m_sceneRect, Qt::KeepAspectRatio);
    ++m_renderCount;
}

void GraphOverview::paintEvent(QPaintEvent*) {
    if (m_dirty || m_pixmap.size() != size() * devicePixelRatioF())
        render();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(QColor(palette::kCardBorder), 1));
    painter.setBrush(QColor(255, 255, 255, 238));
    painter.drawRoundedRect(frame, 6, 6);
    painter.drawPixmap(0, 0, m_pixmap);
    if (m_sceneRect.isEmpty())
        return;
    // The visible area, mapped from scene to widget coordinates.
    const QRectF drawing = drawingRect();
    const qreal scale = drawing.width() / m_sceneRect.width();
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    QRectF box((visible.left() - m_sceneRect.left()) * scale + drawing.left(),
               (visible.top() - m_sceneRect.top()) * scale + drawing.top(), visible.width() * scale,
               visible.height() * scale);
    box = box.intersected(drawing.adjusted(-1, -1, 1, 1));
    QColor fill(roleTint(NodeRole::Root).accent);
    fill.setAlpha(28);
    painter.setBrush(fill);
    painter.setPen(QPen(QColor(roleTint(NodeRole::Root).accent), 1.5));
    painter.drawRect(box);
}

void GraphOverview::centreViewAt(const QPointF& widgetPos) {
    const QRectF drawing = drawingRect();
    if (m_sceneRect.isEmpty() || drawing.isEmpty())
        return;
    const qreal scale = drawing.width() / m_sceneRect.width();
    const QPointF scenePos = m_sceneRect.topLeft() + (widgetPos - drawing.topLeft()) / scale;
    m_canvas->centerOn(scenePos);
}

void GraphOverview::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void GraphOverview::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void GraphOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_dirty = true;
}

} // namespace cc::ui
