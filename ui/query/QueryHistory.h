#pragma once

#include "ui/query/QueryDraft.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace cc::ui {

class Settings;

// The queries a connection profile ran, newest first, kept in the settings file across
// restarts (group `queryHistory`, one list per profile id). Bounded by the setting
// `query/historyLimit`; running a query again moves it to the top instead of repeating it.
class QueryHistory {
public:
    struct Entry {
        QueryDraft draft;
        QDateTime ranAt;
    };

    QueryHistory(Settings& settings, QString profileId);

    std::vector<Entry> entries() const;
    void add(const QueryDraft& draft, const QDateTime& ranAt = QDateTime::currentDateTimeUtc());
    void clear();
    int limit() const;

private:
    Settings& m_settings;
    QString m_profileId;
};

} // namespace cc::ui
