// Renders one SVG into square PNGs, one per requested size, so the hicolor PNG icons come
// from the same drawing as the scalable one without an external rasteriser.
//   cc-icon-render SOURCE.svg OUTPUT_PATTERN SIZE...
// OUTPUT_PATTERN contains "%1", replaced by the size (e.g. "icons/%1x%1/command-center.png").

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: cc-icon-render SOURCE.svg OUTPUT_PATTERN SIZE...\n";
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString pattern = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer renderer(source);
    if (!renderer.isValid()) {
        err << "cc-icon-render: cannot read " << source << '\n';
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "cc-icon-render: bad size " << argv[i] << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString file = pattern.arg(size);
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!image.save(file, "PNG")) {
            err << "cc-icon-render: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
