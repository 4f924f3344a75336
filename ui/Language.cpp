#include "ui/Language.h"

#include "ui/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cc::ui::language {

namespace {
const QStringList kTranslated = {QStringLiteral("de")};

QString qmFile(const QString& code) {
    return QStringLiteral(":/i18n/command-center_%1.qm").arg(code);
}
} // namespace

QList<Choice> choices() {
    return {
        {QStringLiteral("system"), QCoreApplication::translate("Language", "System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString resolve(const QString& setting) {
    const QString code = setting.trimmed().toLower();
    if (code == QLatin1String("en") || kTranslated.contains(code))
        return code;
    if (code == QLatin1String("system") || code.isEmpty()) {
        // The first of the user's preferred languages we have; English otherwise.
        for (const QString& name : QLocale::system().uiLanguages()) {
            const QString lang = name.section(QLatin1Char('-'), 0, 0).toLower();
            if (lang == QLatin1String("en") || kTranslated.contains(lang))
                return lang;
        }
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication& app, const QString& setting) {
    const QString code = resolve(setting);
    if (code == QLatin1String("en")) {
        // English only needs the plural forms of its "%n table(s)" texts.
        auto* plurals = new QTranslator(&app);
        if (plurals->load(qmFile(code)))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return code;
    }
    auto* own = new QTranslator(&app);
    if (!own->load(qmFile(code))) {
        qCWarning(lcUi) << "no translation for" << code;
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, About Qt) when the system ships them.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

} // namespace cc::ui::language
