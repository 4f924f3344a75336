#include "net/RouteMap.h"

#include <QStringList>

namespace cc {

namespace {

// A uid or identifier typed by a user must stay one path segment.
QString segment(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString apiNamespaceName(ApiNamespace ns) {
    switch (ns) {
    case ApiNamespace::Auto:
        return QStringLiteral("auto");
    case ApiNamespace::Legacy:
        return QStringLiteral("legacy");
    case ApiNamespace::V1:
        return QStringLiteral("v1");
    }
    return QStringLiteral("auto");
}

bool parseApiNamespace(const QString& text, ApiNamespace* out) {
    const QString t = text.trimmed().toLower();
    ApiNamespace ns;
    if (t == QLatin1String("auto") || t.isEmpty())
        ns = ApiNamespace::Auto;
    else if (t == QLatin1String("legacy") || t == QLatin1String("orm"))
        ns = ApiNamespace::Legacy;
    else if (t == QLatin1String("v1") || t == QLatin1String("api/v1"))
        ns = ApiNamespace::V1;
    else
        return false;
    if (out)
        *out = ns;
    return true;
}

QString queryBool(bool value) {
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

RouteMap::RouteMap(ApiNamespace ns)
    : m_ns(ns == ApiNamespace::V1 ? ns : ApiNamespace::Legacy) {}

QString RouteMap::metaTables() const {
    return m_ns == ApiNamespace::V1 ? QStringLiteral("/api/v1/meta-tables/")
                                    : QStringLiteral("/orm/api/ts_manager/meta_table/");
}

QString RouteMap::metaTable(const QString& uid) const {
    return metaTables() + segment(uid) + QLatin1Char('/');
}

QString RouteMap::metaTableAction(const QString& action) const {
    return metaTables() + action + QLatin1Char('/');
}

QString RouteMap::metaTableDetailAction(const QString& uid, const QString& action) const {
    return metaTable(uid) + action + QLatin1Char('/');
}

QString RouteMap::dataSources() const {
    return m_ns == ApiNamespace::V1 ? QStringLiteral("/api/v1/data-sources/")
                                    : QStringLiteral("/orm/api/connections/data_source/");
}

QString RouteMap::runQueryAction() const {
    return m_ns == ApiNamespace::V1 ? QStringLiteral("run-query") : QStringLiteral("run_query");
}

QString RouteMap::loginPath() {
    return QStringLiteral("/auth/jwt-token/token/");
}

QString RouteMap::refreshPath() {
    return QStringLiteral("/auth/jwt-token/token/refresh/");
}

QString RouteMap::probePath() {
    return RouteMap(ApiNamespace::V1).metaTables();
}

QString RouteMap::encodeQuery(const QueryItems& query) {
    QStringList parts;
    parts.reserve(qsizetype(query.size()));
    for (const auto& [key, value] : query)
        parts << segment(key) + QLatin1Char('=') + segment(value);
    return parts.join(QLatin1Char('&'));
}

QUrl RouteMap::url(const QUrl& origin, const QString& path, const QueryItems& query) {
    QUrl u = origin;
    QString prefix = origin.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    u.setPath(prefix + path, QUrl::StrictMode);
    u.setFragment(QString());
    if (query.empty())
        u.setQuery(QString());
    else
        u.setQuery(encodeQuery(query), QUrl::StrictMode);
    return u;
}

} // namespace cc
