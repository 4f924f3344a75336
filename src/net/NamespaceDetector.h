#pragma once

#include "core/ApiError.h"
#include "net/RouteMap.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace cc {

class ApiCall;
class ApiClient;

// Finds out once which route namespace the server has (spec §9.3) and holds the calls
// that arrive meanwhile. Probe: `GET /api/v1/meta-tables/?limit=1`; 404 → legacy;
// 200, 401, 403 → v1; anything else fails the waiting calls and the next call probes again.
class NamespaceDetector : public QObject {
    Q_OBJECT

public:
    NamespaceDetector(ApiClient* client, ApiNamespace configured);

    std::optional<ApiNamespace> resolved() const { return m_resolved; }
    bool isProbing() const { return m_probing; }
    // Hands `call` its routes now, or once the probe answered.
    void request(ApiCall* call);

private:
    void startProbe();
    void settle(ApiNamespace ns);
    void failAll(const ApiError& error);

    ApiClient* m_client;
    std::optional<ApiNamespace> m_resolved;
    bool m_probing = false;
    QList<QPointer<ApiCall>> m_waiting;
};

} // namespace cc
