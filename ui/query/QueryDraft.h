#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cc::ui {

// One `%(name)s` parameter as the user typed it.
struct ParameterEntry {
    QString name;
    QString dataType; // dtype token; empty: untyped (PostgreSQL infers the type)
    QString value;    // as typed
    bool isNull = false;

    bool operator==(const ParameterEntry& o) const {
        return name == o.name && dataType == o.dataType && value == o.value && isNull == o.isNull;
    }
};

// One table of a query's scope, with what the editor needs to complete its columns.
struct ScopeEntry {
    QString uid;
    QString displayName;   // identifier, else the physical name
    QString qualifiedName; // schema.table
    QString alias;
    QString access = QStringLiteral("read"); // read | write
    QString dataSourceUid;
    QString dataSourceName;
    QStringList columns;

    bool operator==(const ScopeEntry& o) const {
        return uid == o.uid && displayName == o.displayName && qualifiedName == o.qualifiedName &&
               alias == o.alias && access == o.access && dataSourceUid == o.dataSourceUid &&
               dataSourceName == o.dataSourceName && columns == o.columns;
    }
};

// Everything a query console holds that the user typed: kept across runs, errors, tab
// switches and restarts (as drafts), and in the query history.
struct QueryDraft {
    QString sql;
    std::vector<ParameterEntry> parameters;
    std::vector<ScopeEntry> scope;
    qint64 maxRows = 1000;
    qint64 statementTimeoutMs = 15000;

    bool isEmpty() const { return sql.trimmed().isEmpty() && scope.empty(); }
    // The first non-empty line of the SQL, for lists.
    QString summary() const;
    // Same statement, parameters and scope tables (limits and aliases aside).
    bool sameQuery(const QueryDraft& o) const;

    QJsonObject toJson() const;
    // Missing or malformed fields keep their defaults; never fails.
    static QueryDraft fromJson(const QJsonObject& json);

    bool operator==(const QueryDraft& o) const {
        return sql == o.sql && parameters == o.parameters && scope == o.scope &&
               maxRows == o.maxRows && statementTimeoutMs == o.statementTimeoutMs;
    }
};

} // namespace cc::ui
