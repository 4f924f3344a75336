#pragma once

#include "ui/connection/ConnectionProfile.h"

#include <QObject>

#include <optional>
#include <vector>

namespace cc::ui {

class Settings;

// The saved connection profiles (without secrets) and which one was used last.
// Ephemeral profiles are never written.
class ProfileStore : public QObject {
    Q_OBJECT

public:
    explicit ProfileStore(Settings& settings, QObject* parent = nullptr);

    std::vector<ConnectionProfile> profiles() const; // in saved order
    std::optional<ConnectionProfile> profile(const QString& id) const;
    bool isEmpty() const;

    // Adds or updates by id. Ephemeral profiles are refused (returns false).
    bool save(const ConnectionProfile& profile);
    void remove(const QString& id);

    QString lastProfileId() const;
    void setLastProfileId(const QString& id);

signals:
    void profilesChanged();

private:
    static QString group(const QString& id);
    QStringList ids() const;

    Settings& m_settings;
};

} // namespace cc::ui
