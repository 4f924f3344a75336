#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace cc::ui::theme {

namespace {
bool g_dark = false;
QHash<QString, QIcon>& iconCache() {
    static QHash<QString, QIcon> cache;
    return cache;
}

QPalette lightPalette() {
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor text(0x1f, 0x23, 0x28);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xf0, 0xf1, 0xf4));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xd1));
    p.setColor(QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xb5));
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x87, 0x90));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xcd, 0xd3));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa6, 0xae));
    p.setColor(QPalette::Shadow, QColor(0x6b, 0x72, 0x7b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa8));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x1f, 0x20, 0x23);
    const QColor text(0xe3, 0xe5, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x23, 0x27));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xfe));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x90, 0x98));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x71, 0x78));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x71, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x71, 0x78));
    return p;
}

QPixmap renderSvg(const QByteArray& svg, int size, qreal dpr) {
    QSvgRenderer renderer(svg);
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    pm.setDevicePixelRatio(dpr);
    QPainter painter(&pm);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pm;
}

QIcon buildIcon(const QString& name, const QColor& normal, const QColor& disabled) {
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = f.readAll();
    QIcon icon;
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    for (int size : {16, 20, 24, 32, 48}) {
        QByteArray on = svg;
        on.replace("currentColor", normal.name().toLatin1());
        icon.addPixmap(renderSvg(on, size, dpr), QIcon::Normal);
        QByteArray off = svg;
        off.replace("currentColor", disabled.name().toLatin1());
        icon.addPixmap(renderSvg(off, size, dpr), QIcon::Disabled);
    }
    return icon;
}
} // namespace

void apply(QApplication& app, const QString& mode) {
    bool dark = false;
    if (mode == QLatin1String("dark"))
        dark = true;
    else if (mode != QLatin1String("light"))
        dark = app.palette().color(QPalette::Window).lightness() < 110; // follow the system
    g_dark = dark;
    iconCache().clear();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(dark ? darkPalette() : lightPalette());
    // One icon for every top-level window: the main window, dialogs, the graph window.
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/command-center.svg")));
}

bool isDark() {
    return g_dark;
}

QIcon icon(const QString& name) {
    return icon(name, QApplication::palette().color(QPalette::WindowText));
}

QIcon icon(const QString& name, const QColor& color) {
    const QString key = name + QLatin1Char('@') + color.name();
    auto it = iconCache().constFind(key);
    if (it != iconCache().constEnd())
        return *it;
    const QIcon built = buildIcon(
        name, color, QApplication::palette().color(QPalette::Disabled, QPalette::WindowText));
    iconCache().insert(key, built);
    return built;
}

QColor toneColor(Tone tone) {
    switch (tone) {
    case Tone::Accent:
        return g_dark ? QColor(0x6e, 0xa8, 0xfe) : QColor(0x1d, 0x5f, 0xd1);
    case Tone::Success:
        return g_dark ? QColor(0x5c, 0xc9, 0x86) : QColor(0x1a, 0x7f, 0x37);
    case Tone::Warning:
        return g_dark ? QColor(0xf0, 0xb4, 0x4a) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Danger:
        return g_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc2, 0x2b, 0x2b);
    case Tone::Neutral:
        break;
    }
    return mutedText();
}

QColor toneBackground(Tone tone) {
    QColor c = toneColor(tone);
    if (tone == Tone::Neutral)
        return g_dark ? QColor(0x2e, 0x31, 0x36) : QColor(0xea, 0xec, 0xef);
    c.setAlpha(g_dark ? 56 : 30);
    return c;
}

QColor mutedText() {
    return QApplication::palette().color(QPalette::PlaceholderText);
}

QColor borderColor() {
    return QApplication::palette().color(QPalette::Mid);
}

QString monospaceFamily() {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

} // namespace cc::ui::theme
