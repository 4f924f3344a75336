#include "ui/query/QueryDraft.h"

#include <QJsonArray>

namespace cc::ui {

QString QueryDraft::summary() const {
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return {};
}

bool QueryDraft::sameQuery(const QueryDraft& o) const {
    if (sql.trimmed() != o.sql.trimmed() || parameters != o.parameters ||
        scope.size() != o.scope.size())
        return false;
    for (std::size_t i = 0; i < scope.size(); ++i)
        if (scope[i].uid != o.scope[i].uid)
            return false;
    return true;
}

QJsonObject QueryDraft::toJson() const {
    QJsonArray params;
    for (const ParameterEntry& p : parameters)
        params.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("type"), p.dataType},
                                  {QStringLiteral("value"), p.value},
                                  {QStringLiteral("null"), p.isNull}});
    QJsonArray tables;
    for (const ScopeEntry& s : scope)
        tables.append(
            QJsonObject{{QStringLiteral("uid"), s.uid},
                        {QStringLiteral("name"), s.displayName},
                        {QStringLiteral("qualified"), s.qualifiedName},
                        {QStringLiteral("alias"), s.alias},
                        {QStringLiteral("access"), s.access},
                        {QStringLiteral("source"), s.dataSourceUid},
                        {QStringLiteral("sourceName"), s.dataSourceName},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(s.columns)}});
    return QJsonObject{{QStringLiteral("sql"), sql},
                       {QStringLiteral("parameters"), params},
                       {QStringLiteral("scope"), tables},
                       {QStringLiteral("maxRows"), double(maxRows)},
                       {QStringLiteral("timeoutMs"), double(statementTimeoutMs)}};
}

QueryDraft QueryDraft::fromJson(const QJsonObject& json) {
    QueryDraft d;
    d.sql = json.value(QStringLiteral("sql")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject o = v.toObject();
        ParameterEntry p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.dataType = o.value(QStringLiteral("type")).toString();
        p.value = o.value(QStringLiteral("value")).toString();
        p.isNull = o.value(QStringLiteral("null")).toBool();
        if (!p.name.isEmpty())
            d.parameters.push_back(p);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("scope")).toArray()) {
        const QJsonObject o = v.toObject();
        ScopeEntry s;
        s.uid = o.value(QStringLiteral("uid")).toString();
        s.displayName = o.value(QStringLiteral("name")).toString();
        s.qualifiedName = o.value(QStringLiteral("qualified")).toString();
        s.alias = o.value(QStringLiteral("alias")).toString();
        const QString access = o.value(QStringLiteral("access")).toString();
        s.access = access == QLatin1String("write") ? access : QStringLiteral("read");
        s.dataSourceUid = o.value(QStringLiteral("source")).toString();
        s.dataSourceName = o.value(QStringLiteral("sourceName")).toString();
        for (const QJsonValue& c : o.value(QStringLiteral("columns")).toArray())
            s.columns << c.toString();
        if (!s.uid.isEmpty())
            d.scope.push_back(s);
    }
    const double maxRows = json.value(QStringLiteral("maxRows")).toDouble(0);
    if (maxRows >= 1)
        d.maxRows = qint64(maxRows);
    const double timeout = json.value(QStringLiteral("timeoutMs")).toDouble(0);
    if (timeout >= 1)
        d.statementTimeoutMs = qint64(timeout);
    return d;
}

} // namespace cc::ui
