#pragma once

#include <QString>
#include <QUrl>

#include <utility>
#include <vector>

namespace cc {

// Which route generation the backend serves (spec §9). `Auto` probes once per client.
enum class ApiNamespace { Auto, Legacy, V1 };

QString apiNamespaceName(ApiNamespace ns); // "auto", "legacy", "v1"
// Accepts the names above (any case) plus "orm" and "api/v1"; false when unknown.
bool parseApiNamespace(const QString& text, ApiNamespace* out);

// Query parameters in the order they are sent. Repeated keys are allowed.
using QueryItems = std::vector<std::pair<QString, QString>>;

// Python's str(bool) as the SDK sends it in query strings (spec §1.3): "True" / "False".
QString queryBool(bool value);

// The paths of one route generation. Every path is absolute on the origin and ends with `/`.
class RouteMap {
public:
    // `ns` must be Legacy or V1; Auto is treated as Legacy.
    explicit RouteMap(ApiNamespace ns = ApiNamespace::Legacy);

    ApiNamespace apiNamespace() const { return m_ns; }

    QString metaTables() const;                           // `/orm/api/ts_manager/meta_table/`
    QString metaTable(const QString& uid) const;          // `<metaTables><uid>/`
    QString metaTableAction(const QString& action) const; // `<metaTables><action>/`
    QString metaTableDetailAction(const QString& uid, const QString& action) const;
    QString dataSources() const; // `/orm/api/connections/data_source/` or `/api/v1/data-sources/`
    QString runQueryAction() const; // `run_query` or `run-query`

    static QString loginPath();   // `/auth/jwt-token/token/`
    static QString refreshPath(); // `/auth/jwt-token/token/refresh/`
    // The collection path of the namespace probed by auto-detection (spec §9.3).
    static QString probePath();

    // `origin` plus `path` (an origin with a path prefix keeps it) plus the encoded query.
    static QUrl url(const QUrl& origin, const QString& path, const QueryItems& query = {});
    // Percent-encodes every reserved character of keys and values (`,` as %2C, `+` as
    // %2B, space as %20), the way `requests` writes a query string.
    static QString encodeQuery(const QueryItems& query);

private:
    ApiNamespace m_ns;
};

} // namespace cc
