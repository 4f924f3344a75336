#pragma once

#include <QString>

#include <vector>

namespace cc::ui {

class Settings;

// The tables opened most recently (newest first), kept in the settings per connection
// profile. Quick open lists them before the server's results.
class RecentTables {
public:
    struct Entry {
        QString uid;
        QString title;
        QString qualifiedName;
        QString namespaceName;
    };

    RecentTables(Settings& settings);

    void setProfile(const QString& profileId) { m_profile = profileId; }
    std::vector<Entry> entries() const;
    void add(const Entry& entry);
    // Entries whose title, schema.table or namespace contain `text` (case-insensitive).
    std::vector<Entry> matching(const QString& text) const;

private:
    Settings& m_settings;
    QString m_profile;
};

} // namespace cc::ui
