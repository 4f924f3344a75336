#include "ui/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cc::ui {

namespace {
const QString kFileBaseName = QStringLiteral("command-center.ini");
} // namespace

QVariant Settings::defaultValue(const QString& group, const QString& name) {
    // All defaults in one table; groups are the INI sections.
    static const QHash<QString, QVariant> defaults = {
        {QStringLiteral("window/geometry"), QByteArray()},
        {QStringLiteral("window/state"), QByteArray()},
        {QStringLiteral("window/openTabs"), QStringList()},
        {QStringLiteral("window/currentTab"), 0},
        {QStringLiteral("window/restoreTabs"), true},
        {QStringLiteral("connections/lastProfile"), QString()},
        {QStringLiteral("connections/profileIds"), QStringList()},
        {QStringLiteral("catalog/pageSize"), 50},
        {QStringLiteral("catalog/debounceMs"), 150},
        {QStringLiteral("catalog/mode"), QStringLiteral("catalog")},
        {QStringLiteral("history/recentTables"), QStringList()},
        {QStringLiteral("history/recentLimit"), 20},
        {QStringLiteral("quickOpen/resultLimit"), 25},
        {QStringLiteral("network/timeoutMs"), 30000},
        {QStringLiteral("appearance/theme"), QStringLiteral("system")},
        {QStringLiteral("appearance/language"), QStringLiteral("system")},
        {QStringLiteral("automation/screenshotTimeoutMs"), 60000},
        {QStringLiteral("graph/depth"), 2},
        {QStringLiteral("graph/includeIncoming"), true},
        {QStringLiteral("query/maxRows"), 1000},
        {QStringLiteral("query/timeoutMs"), 15000},
        {QStringLiteral("query/pageSize"), 1000},
        {QStringLiteral("query/residentRows"), 2000000},
        {QStringLiteral("query/historyLimit"), 100},
        {QStringLiteral("query/browseMaxRows"), 10000},
    };
    return defaults.value(key(group, name));
}

QString Settings::defaultFileName() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.config/command-center");
    return dir + QLatin1Char('/') + kFileBaseName;
}

Settings::Settings(const QString& iniFile) {
    const QString file = iniFile.isEmpty() ? defaultFileName() : iniFile;
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_ini = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

Settings::~Settings() {
    m_ini->sync();
}

QString Settings::fileName() const {
    return m_ini->fileName();
}

QString Settings::directory() const {
    return QFileInfo(m_ini->fileName()).absolutePath();
}

QString Settings::key(const QString& group, const QString& name) {
    return group + QLatin1Char('/') + name;
}

QVariant Settings::value(const QString& group, const QString& name) const {
    const QString k = key(group, name);
    auto cached = m_cache.constFind(k);
    if (cached != m_cache.constEnd())
        return *cached;

    const QVariant fallback = defaultValue(group, name);
    QVariant v = m_ini->value(k, fallback);
    // INI files hand back strings; give callers the type of the default.
    if (fallback.isValid() && v.metaType() != fallback.metaType()) {
        QVariant converted = v;
        if (fallback.metaType().id() == QMetaType::QStringList &&
            v.metaType().id() == QMetaType::QString)
            converted = v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
        else if (!converted.convert(fallback.metaType()))
            converted = fallback;
        v = converted;
    }
    m_cache.insert(k, v);
    return v;
}

void Settings::setValue(const QString& group, const QString& name, const QVariant& value) {
    const QString k = key(group, name);
    m_cache.insert(k, value);
    m_ini->setValue(k, value);
}

void Settings::remove(const QString& group, const QString& name) {
    if (name.isEmpty()) {
        const QString prefix = group + QLatin1Char('/');
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (it.key().startsWith(prefix))
                it = m_cache.erase(it);
            else
                ++it;
        }
        m_ini->remove(group);
        return;
    }
    const QString k = key(group, name);
    m_cache.remove(k);
    m_ini->remove(k);
}

void Settings::sync() {
    m_ini->sync();
}

int Settings::intValue(const QString& group, const QString& name) const {
    return value(group, name).toInt();
}

bool Settings::boolValue(const QString& group, const QString& name) const {
    return value(group, name).toBool();
}

QString Settings::stringValue(const QString& group, const QString& name) const {
    return value(group, name).toString();
}

QStringList Settings::stringListValue(const QString& group, const QString& name) const {
    return value(group, name).toStringList();
}

} // namespace cc::ui
