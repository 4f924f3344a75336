#include "ui/query/QueryHistory.h"

#include "ui/Settings.h"

#include <QJsonDocument>

namespace cc::ui {

namespace {
const QString kGroup = QStringLiteral("queryHistory");
} // namespace

QueryHistory::QueryHistory(Settings& settings, QString profileId)
    : m_settings(settings)
    , m_profileId(std::move(profileId)) {}

int QueryHistory::limit() const {
    return std::max(1,
                    m_settings.intValue(QStringLiteral("query"), QStringLiteral("historyLimit")));
}

std::vector<QueryHistory::Entry> QueryHistory::entries() const {
    std::vector<Entry> out;
    if (m_profileId.isEmpty())
        return out;
    for (const QString& line : m_settings.value(kGroup, m_profileId).toStringList()) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        Entry e;
        e.draft = QueryDraft::fromJson(o.value(QStringLiteral("draft")).toObject());
        e.ranAt = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
        if (!e.draft.sql.trimmed().isEmpty())
            out.push_back(e);
    }
    return out;
}

void QueryHistory::add(const QueryDraft& draft, const QDateTime& ranAt) {
    if (m_profileId.isEmpty() || draft.sql.trimmed().isEmpty())
        return;
    std::vector<Entry> list = entries();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Entry& e) { return e.draft.sameQuery(draft); }),
               list.end());
    list.insert(list.begin(), Entry{draft, ranAt});
    if (int(list.size()) > limit())
        list.resize(std::size_t(limit()));
    QStringList lines;
    for (const Entry& e : list) {
        const QJsonObject o{{QStringLiteral("draft"), e.draft.toJson()},
                            {QStringLiteral("at"), e.ranAt.toString(Qt::ISODate)}};
        lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    m_settings.setValue(kGroup, m_profileId, lines);
}

void QueryHistory::clear() {
    if (!m_profileId.isEmpty())
        m_settings.remove(kGroup, m_profileId);
}

} // namespace cc::ui
