#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace cc::ui {

// Look of the application: Fusion with a light or dark palette (following the system's
// palette unless the user chose one), icons drawn from the SVGs in resources/icons tinted
// to the palette, and the few semantic colours the views share.
namespace theme {

enum class Tone { Neutral, Accent, Success, Warning, Danger };

// `mode`: "system", "light" or "dark".
void apply(QApplication& app, const QString& mode);
bool isDark();

// `name` is a file of resources/icons without extension ("search", "lock").
QIcon icon(const QString& name);
// A tinted icon (e.g. the warning icon in the warning colour).
QIcon icon(const QString& name, const QColor& color);

QColor toneColor(Tone tone);
// Background of a chip / badge of this tone (a pale wash in light mode, dim in dark).
QColor toneBackground(Tone tone);
QColor mutedText();
QColor borderColor();
QString monospaceFamily();

} // namespace theme
} // namespace cc::ui
