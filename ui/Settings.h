#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace cc::ui {

// The one place the desktop app keeps preferences: an INI file behind an in-memory cache.
// Keys are `group/name`; every known key has its default in defaultValue(). Secrets never
// go here (see TokenStore).
class Settings {
public:
    // `iniFile` empty: the platform's per-user config location.
    explicit Settings(const QString& iniFile = QString());
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QString fileName() const;
    // The folder of the settings file; other per-user files (the token fallback) live here.
    QString directory() const;

    QVariant value(const QString& group, const QString& name) const;
    void setValue(const QString& group, const QString& name, const QVariant& value);
    // Removes one key, or a whole group when `name` is empty.
    void remove(const QString& group, const QString& name = QString());
    // Writes pending changes to disk.
    void sync();

    // Convenience readers with the default's type.
    int intValue(const QString& group, const QString& name) const;
    bool boolValue(const QString& group, const QString& name) const;
    QString stringValue(const QString& group, const QString& name) const;
    QStringList stringListValue(const QString& group, const QString& name) const;

    // Every default of the application; an invalid QVariant for keys without one.
    static QVariant defaultValue(const QString& group, const QString& name);
    static QString defaultFileName();

private:
    static QString key(const QString& group, const QString& name);

    std::unique_ptr<QSettings> m_ini;
    mutable QHash<QString, QVariant> m_cache;
};

} // namespace cc::ui
