#pragma once
// Where the GUI tests save their screenshots, and the one way they save them.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QWidget>
#include <QtTest>

namespace guitest {

// CC_SCREENSHOT_DIR/<name>.png, with the folder created.
inline QString screenshotPath(const QString& name) {
    QDir().mkpath(QStringLiteral(CC_SCREENSHOT_DIR));
    return QStringLiteral(CC_SCREENSHOT_DIR "/%1.png").arg(name);
}

// Saves `widget` after the pending paint events ran; fails when the picture is blank (fewer
// than 20 colours on a sparse grid) or too small to be a view.
inline void saveScreenshot(QWidget* widget, const QString& name) {
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 200);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 17)
        for (int x = 0; x < image.width(); x += 13)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(name));
    const QString path = screenshotPath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

} // namespace guitest
