#include "ui/nav/RecentTables.h"

#include "core/Json.h"
#include "ui/Settings.h"

#include <QStringList>

namespace cc::ui {

namespace {
const QString kGroup = QStringLiteral("history");

QString field(const Json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}
} // namespace

RecentTables::RecentTables(Settings& settings)
    : m_settings(settings) {}

std::vector<RecentTables::Entry> RecentTables::entries() const {
    std::vector<Entry> out;
    for (const QString& line : m_settings.stringListValue(kGroup, QStringLiteral("recentTables"))) {
        const Json o = Json::parse(line.toStdString(), nullptr, false);
        if (!o.is_object() || field(o, "profile") != m_profile)
            continue;
        Entry e{field(o, "uid"), field(o, "title"), field(o, "qualified"), field(o, "namespace")};
        if (!e.uid.isEmpty())
            out.push_back(e);
    }
    return out;
}

void RecentTables::add(const Entry& entry) {
    if (entry.uid.isEmpty())
        return;
    const Json o = {{"profile", m_profile.toStdString()},
                    {"uid", entry.uid.toStdString()},
                    {"title", entry.title.toStdString()},
                    {"qualified", entry.qualifiedName.toStdString()},
                    {"namespace", entry.namespaceName.toStdString()}};
    QStringList lines = m_settings.stringListValue(kGroup, QStringLiteral("recentTables"));
    // Drop the older copy of this table for this profile.
    for (auto it = lines.begin(); it != lines.end();) {
        const Json old = Json::parse(it->toStdString(), nullptr, false);
        if (old.is_object() && field(old, "uid") == entry.uid && field(old, "profile") == m_profile)
            it = lines.erase(it);
        else
            ++it;
    }
    lines.prepend(QString::fromStdString(o.dump()));
    const int limit = std::max(1, m_settings.intValue(kGroup, QStringLiteral("recentLimit")));
    // The limit is per profile; keep a little slack for the other profiles' entries.
    while (lines.size() > limit * 4)
        lines.removeLast();
    int kept = 0;
    QStringList trimmed;
    for (const QString& line : lines) {
        const Json e = Json::parse(line.toStdString(), nullptr, false);
        if (e.is_object() && field(e, "profile") == m_profile && ++kept > limit)
            continue;
        trimmed << line;
    }
    m_settings.setValue(kGroup, QStringLiteral("recentTables"), trimmed);
}

std::vector<RecentTables::Entry> RecentTables::matching(const QString& text) const {
    const QString needle = text.trimmed();
    std::vector<Entry> out;
    for (const Entry& e : entries()) {
        if (needle.isEmpty() || e.title.contains(needle, Qt::CaseInsensitive) ||
            e.qualifiedName.contains(needle, Qt::CaseInsensitive) ||
            e.namespaceName.contains(needle, Qt::CaseInsensitive))
            out.push_back(e);
    }
    return out;
}

} // namespace cc::ui
