#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace cc::ui {

// The user-interface language: a setting ("appearance/language") of "system", "en" or "de",
// resolved once at start-up into translators installed on the application. Translations are
// compiled into the binary (resources/translations/*.ts → :/i18n/*.qm).
namespace language {

struct Choice {
    QString code;  // the setting's value
    QString label; // in its own language ("Deutsch"), except "System" (translated)
};

QList<Choice> choices();

// "system" → the locale's language when a translation exists, else "en"; unknown codes → "en".
QString resolve(const QString& setting);

// Installs the application's translation (and Qt's own, when the system has it) for
// `setting`. Returns the language in use ("en" needs no translator). Call once, before the
// first window is built.
QString install(QCoreApplication& app, const QString& setting);

} // namespace language
} // namespace cc::ui
