#pragma once

#include <QCoreApplication>
#include <QString>

namespace cc::ui {

class SchemaGraphScene;

// Image exports of what the scene draws (without the selection highlight); the text
// exports (DOT, JSON) come from cc_graph. Each returns false and fills `error` on failure.
class SceneExport {
    Q_DECLARE_TR_FUNCTIONS(SceneExport)

public:
    // PNG at `scale` (2 = twice the on-screen size at 100 %), reduced when the image would
    // be unreasonably large.
    static bool writePng(SchemaGraphScene& scene, const QString& path, qreal scale, QString* error);
    // SVG through QSvgGenerator: vector cards and edges in the on-screen fonts.
    static bool writeSvg(SchemaGraphScene& scene, const QString& path, const QString& title,
                         QString* error);
    static bool writeBytes(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace cc::ui
