#include "net/ClientConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cc {

QUrl ClientConfig::origin() const {
    QUrl u = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                              QUrl::StripTrailingSlash);
    return u;
}

bool isLoopbackHost(const QString& host) {
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

QString credentialTransportProblem(const ClientConfig& config, const QUrl& url) {
    const QString scheme = url.scheme().toLower();
    const QString shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                                       QUrl::RemoveFragment)
                              .toDisplayString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("cc::net", "The address %1 is not an http:// or "
                                                      "https:// URL. Check the server address.")
            .arg(shown);
    const QString configuredHost = config.origin().host().toLower();
    if (!configuredHost.isEmpty() && url.host().toLower() != configuredHost)
        return QCoreApplication::translate(
                   "cc::net", "Refusing to send credentials to %1, which is not the configured "
                              "server %2. Check the server's link settings.")
            .arg(shown, config.origin().toDisplayString());
    if (scheme == QLatin1String("http") && !config.allowInsecureHttp && !isLoopbackHost(url.host()))
        return QCoreApplication::translate(
                   "cc::net", "Refusing to send credentials to %1 over plain HTTP. Use an "
                              "https:// address, or allow insecure HTTP for this connection.")
            .arg(shown);
    return {};
}

} // namespace cc
