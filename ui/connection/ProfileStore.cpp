#include "ui/connection/ProfileStore.h"

#include "ui/Settings.h"

namespace cc::ui {

namespace {
const QString kConnections = QStringLiteral("connections");
const QString kIds = QStringLiteral("profileIds");
} // namespace

ProfileStore::ProfileStore(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {}

QString ProfileStore::group(const QString& id) {
    return QStringLiteral("profile-") + id;
}

QStringList ProfileStore::ids() const {
    return m_settings.stringListValue(kConnections, kIds);
}

std::vector<ConnectionProfile> ProfileStore::profiles() const {
    std::vector<ConnectionProfile> out;
    for (const QString& id : ids()) {
        if (auto p = profile(id))
            out.push_back(*p);
    }
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const {
    if (id.isEmpty() || !ids().contains(id))
        return std::nullopt;
    const QString g = group(id);
    ConnectionProfile p;
    p.id = id;
    p.name = m_settings.value(g, QStringLiteral("name")).toString();
    p.baseUrl = QUrl(m_settings.value(g, QStringLiteral("baseUrl")).toString());
    ApiNamespace ns = ApiNamespace::Auto;
    if (parseApiNamespace(m_settings.value(g, QStringLiteral("api")).toString(), &ns))
        p.apiNamespace = ns;
    p.authMethod = parseAuthMethod(m_settings.value(g, QStringLiteral("auth")).toString());
    p.username = m_settings.value(g, QStringLiteral("username")).toString();
    const QVariant verify = m_settings.value(g, QStringLiteral("verifyTls"));
    p.verifyTls = verify.isValid() ? verify.toBool() : true;
    p.allowInsecureHttp = m_settings.value(g, QStringLiteral("allowInsecureHttp")).toBool();
    p.allowWrites = m_settings.value(g, QStringLiteral("allowWrites")).toBool();
    return p;
}

bool ProfileStore::isEmpty() const {
    return ids().isEmpty();
}

bool ProfileStore::save(const ConnectionProfile& p) {
    if (p.ephemeral || p.id.isEmpty())
        return false;
    const QString g = group(p.id);
    m_settings.setValue(g, QStringLiteral("name"), p.name);
    m_settings.setValue(g, QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings.setValue(g, QStringLiteral("api"), apiNamespaceName(p.apiNamespace));
    m_settings.setValue(g, QStringLiteral("auth"), authMethodName(p.authMethod));
    m_settings.setValue(g, QStringLiteral("username"), p.username);
    m_settings.setValue(g, QStringLiteral("verifyTls"), p.verifyTls);
    m_settings.setValue(g, QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
    m_settings.setValue(g, QStringLiteral("allowWrites"), p.allowWrites);
    QStringList list = ids();
    if (!list.contains(p.id)) {
        list.append(p.id);
        m_settings.setValue(kConnections, kIds, list);
    }
    m_settings.sync();
    emit profilesChanged();
    return true;
}

void ProfileStore::remove(const QString& id) {
    QStringList list = ids();
    if (!list.removeAll(id))
        return;
    m_settings.setValue(kConnections, kIds, list);
    m_settings.remove(group(id));
    if (lastProfileId() == id)
        setLastProfileId(QString());
    m_settings.sync();
    emit profilesChanged();
}

QString ProfileStore::lastProfileId() const {
    return m_settings.stringValue(kConnections, QStringLiteral("lastProfile"));
}

void ProfileStore::setLastProfileId(const QString& id) {
    m_settings.setValue(kConnections, QStringLiteral("lastProfile"), id);
}

} // namespace cc::ui
