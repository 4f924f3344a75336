#pragma once

#include "net/ApiClient.h"
#include "net/ApiResult.h"
#include "ui/connection/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace cc::ui {

class TokenStore;

// The backend the window is talking to right now: one ApiClient built from the active
// profile and its secrets. Switching profiles replaces the client (views reset through
// clientChanged); renewed tokens are written back to the TokenStore.
class ConnectionSession : public QObject {
    Q_OBJECT

public:
    ConnectionSession(TokenStore& tokens, int timeoutMs, QObject* parent = nullptr);
    ~ConnectionSession() override;

    ApiClient* client() const { return m_client; }
    bool isActive() const { return m_client != nullptr; }
    const ConnectionProfile& profile() const { return m_profile; }
    ConnectionState state() const { return m_state; }

    void activate(const ConnectionProfile& profile, const ProfileSecrets& secrets);
    // Loads the profile's secrets from the TokenStore first (asynchronous).
    void activateWithStoredSecrets(const ConnectionProfile& profile);
    void deactivate();

    // "Connected", "Unreachable", ... for the status bar.
    static QString stateText(ConnectionState state);

signals:
    // After the old client is gone; null when nothing is connected.
    void clientChanged(cc::ApiClient* client);
    void stateChanged(cc::ConnectionState state);
    void requestFinished(const QString& method, const QUrl& url, int status, qint64 elapsedMs);
    void apiNamespaceDetected(cc::ApiNamespace apiNamespace);

private:
    void setState(ConnectionState state);

    TokenStore& m_tokens;
    int m_timeoutMs;
    QPointer<ApiClient> m_client;
    ConnectionProfile m_profile;
    QString m_password; // kept so renewed tokens are stored next to it
    ConnectionState m_state = ConnectionState::Unknown;
    int m_activation = 0; // drops a stale secrets load after a newer switch
};

} // namespace cc::ui
