#include "ui/connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QUuid>

namespace cc::ui {

namespace {
// Translation context for the free functions below.
struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};
} // namespace

ConnectionProfile ConnectionProfile::create() {
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return p;
}

QString ConnectionProfile::displayName() const {
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    if (!baseUrl.host().isEmpty())
        return baseUrl.port() > 0
                   ? baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port())
                   : baseUrl.host();
    return ProfileText::tr("Unnamed connection");
}

bool ConnectionProfile::operator==(const ConnectionProfile& o) const {
    return id == o.id && name == o.name && baseUrl == o.baseUrl && apiNamespace == o.apiNamespace &&
           authMethod == o.authMethod && username == o.username && verifyTls == o.verifyTls &&
           allowInsecureHttp == o.allowInsecureHttp && allowWrites == o.allowWrites &&
           ephemeral == o.ephemeral;
}

QString authMethodName(AuthMethod method) {
    return method == AuthMethod::Login ? QStringLiteral("login") : QStringLiteral("token");
}

AuthMethod parseAuthMethod(const QString& text) {
    return text.compare(QLatin1String("login"), Qt::CaseInsensitive) == 0 ? AuthMethod::Login
                                                                          : AuthMethod::BearerToken;
}

ClientConfig clientConfig(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                          int timeoutMs) {
    ClientConfig config;
    config.baseUrl = profile.baseUrl;
    config.apiNamespace = profile.apiNamespace;
    config.accessToken = secrets.accessToken;
    config.refreshToken = secrets.refreshToken;
    if (profile.authMethod == AuthMethod::Login) {
        config.username = profile.username;
        config.password = secrets.password;
    }
    if (timeoutMs > 0)
        config.timeoutMs = timeoutMs;
    config.verifyTls = profile.verifyTls;
    config.allowInsecureHttp = profile.allowInsecureHttp;
    return config;
}

QString profileProblem(const ConnectionProfile& profile, const ProfileSecrets& secrets) {
    const QUrl& url = profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return ProfileText::tr("Enter the server address, for example https://api.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return ProfileText::tr("The server address must start with http:// or https://.");
    if (scheme == QLatin1String("http") && !profile.allowInsecureHttp &&
        !isLoopbackHost(url.host()))
        return ProfileText::tr(
                   "Plain http:// would send credentials unencrypted to %1; use https:// or "
                   "allow insecure http for this connection.")
            .arg(url.host());
    if (profile.authMethod == AuthMethod::Login) {
        if (profile.username.trimmed().isEmpty())
            return ProfileText::tr("Enter the username to log in with.");
        if (secrets.password.isEmpty())
            return ProfileText::tr("Enter the password to log in with.");
    } else if (secrets.accessToken.isEmpty() && secrets.refreshToken.isEmpty()) {
        return ProfileText::tr("Enter an access token.");
    }
    return {};
}

} // namespace cc::ui
