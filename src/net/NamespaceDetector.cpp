#include "net/NamespaceDetector.h"

#include "net/ApiCall.h"
#include "net/ApiClient.h"
#include "net/ErrorReport.h"
#include "net/Logging.h"

namespace cc {

NamespaceDetector::NamespaceDetector(ApiClient* client, ApiNamespace configured)
    : QObject(client)
    , m_client(client) {
    if (configured != ApiNamespace::Auto)
        m_resolved = configured;
}

void NamespaceDetector::request(ApiCall* call) {
    if (m_resolved) {
        call->routesReady(RouteMap(*m_resolved));
        return;
    }
    m_waiting.append(call);
    if (!m_probing)
        startProbe();
}

void NamespaceDetector::startProbe() {
    m_probing = true;
    m_client->setConnectionState(ConnectionState::Detecting);
    qCInfo(lcNet).noquote() << "probing the route namespace of"
                            << net::displayOrigin(m_client->config().origin());

    ApiCall::Policy policy;
    policy.needsRoutes = false;
    policy.recoverUnauthorized = false; // a 401 already proves the route exists
    auto build = [](const RouteMap&) {
        return ApiRequest::get(RouteMap::probePath(),
                               {{QStringLiteral("limit"), QStringLiteral("1")}});
    };
    auto onBody = [this](ApiCall& call, const QByteArray&, int) {
        call.deliver([this] { settle(ApiNamespace::V1); });
    };
    auto onError = [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Http) {
            if (error.httpStatus == 404) {
                settle(ApiNamespace::Legacy);
                return;
            }
            if (error.httpStatus == 401 || error.httpStatus == 403) {
                settle(ApiNamespace::V1);
                return;
            }
            ApiError failure = error;
            failure.message = net::sentence(
                tr("Could not tell which API the server at %1 offers: probing %2 answered HTTP "
                   "%3. Check the server address, or choose the API namespace in the connection "
                   "settings")
                    .arg(net::displayOrigin(QUrl(error.url)), RouteMap::probePath())
                    .arg(error.httpStatus));
            failAll(failure);
            return;
        }
        failAll(error);
    };
    m_client->startCall(build, policy, m_client, onBody, onError);
}

void NamespaceDetector::settle(ApiNamespace ns) {
    m_probing = false;
    m_resolved = ns;
    qCInfo(lcNet).noquote() << "the server uses the" << apiNamespaceName(ns) << "route namespace";
    emit m_client->apiNamespaceDetected(ns);
    const RouteMap routes(ns);
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiCall>& call : waiting)
        if (call && !call->isFinished())
            call->routesReady(routes);
}

void NamespaceDetector::failAll(const ApiError& error) {
    m_probing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<ApiCall>& call : waiting) {
        if (call && !call->isFinished())
            call->fail(error);
    }
}

} // namespace cc
