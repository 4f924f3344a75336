#include "ui/graph/SceneExport.h"

#include "graph/GraphStyle.h"
#include "ui/graph/SchemaGraphScene.h"

#include <QCoreApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace cc::ui {

namespace {

constexpr qreal kMaxPixels = 120e6; // ~480 MB of ARGB32
constexpr qreal kMaxSide = 30000;   // QImage and most viewers stop around 32k

// Draws the scene without the selection emphasis and without item caches, so exports
// are vector (SVG) and crisp at any scale (PNG).
void renderPlain(SchemaGraphScene& scene, QPainter& painter, const QRectF& target,
                 const QRectF& source) {
    const QString selected = scene.selectedUid();
    const QSignalBlocker blocker(&scene);
    scene.selectTable(QString());
    QList<QGraphicsItem*> cached;
    for (QGraphicsItem* item : scene.items()) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            cached << item;
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    painter.fillRect(target, QColor(palette::kCanvas));
    scene.render(&painter, target, source);
    for (QGraphicsItem* item : cached)
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    scene.selectTable(selected);
}

} // namespace

bool SceneExport::writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SceneExport::writePng(SchemaGraphScene& scene, const QString& path, qreal scale,
                           QString* error) {
    const QRectF source = scene.contentRect();
    if (!scene.hasLayout() || source.isEmpty()) {
        if (error)
            *error = tr("There is no drawing to export yet.");
        return false;
    }
    scale = std::min({scale, kMaxSide / source.width(), kMaxSide / source.height(),
                      std::sqrt(kMaxPixels / (source.width() * source.height()))});
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("Not enough memory for an image of this size.");
        return false;
    }
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        renderPlain(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool SceneExport::writeSvg(SchemaGraphScene& scene, const QString& path, const QString& title,
                           QString* error) {
    const QRectF source = scene.contentRect();
    if (!scene.hasLayout() || source.isEmpty()) {
        if (error)
            *error = tr("There is no drawing to export yet.");
        return false;
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(tr("Schema graph"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    renderPlain(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (QFile(path).size() <= 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace cc::ui
