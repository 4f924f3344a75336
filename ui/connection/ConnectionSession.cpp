#include "ui/connection/ConnectionSession.h"

#include "net/ApiClient.h"
#include "ui/Logging.h"
#include "ui/connection/TokenStore.h"

namespace cc::ui {

ConnectionSession::ConnectionSession(TokenStore& tokens, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_timeoutMs(timeoutMs) {}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::activate(const ConnectionProfile& profile, const ProfileSecrets& secrets) {
    ++m_activation;
    if (m_client) {
        // Views drop their calls through clientChanged; the client goes after them.
        ApiClient* old = m_client;
        m_client = nullptr;
        old->deleteLater();
    }
    m_profile = profile;
    m_password = secrets.password;
    auto* client = new ApiClient(clientConfig(profile, secrets, m_timeoutMs), this);
    m_client = client;
    qCInfo(lcUi) << "Connecting to" << profile.baseUrl.host() << "as profile"
                 << profile.displayName();

    connect(client, &ApiClient::requestFinished, this, &ConnectionSession::requestFinished);
    connect(client, &ApiClient::connectionStateChanged, this, &ConnectionSession::setState);
    connect(client, &ApiClient::apiNamespaceDetected, this,
            &ConnectionSession::apiNamespaceDetected);
    connect(client, &ApiClient::tokensChanged, this,
            [this](const QString& access, const QString& refresh) {
                if (m_profile.ephemeral)
                    return;
                m_tokens.store(m_profile.id, ProfileSecrets{access, refresh, m_password}, this);
            });
    setState(client->connectionState());
    emit clientChanged(client);
}

void ConnectionSession::activateWithStoredSecrets(const ConnectionProfile& profile) {
    const int activation = ++m_activation;
    m_tokens.load(profile.id, this, [this, profile, activation](const ProfileSecrets& secrets) {
        if (activation != m_activation)
            return; // the user switched again meanwhile
        activate(profile, secrets);
    });
}

void ConnectionSession::deactivate() {
    ++m_activation;
    if (!m_client)
        return;
    ApiClient* old = m_client;
    m_client = nullptr;
    old->deleteLater();
    m_profile = ConnectionProfile();
    setState(ConnectionState::Unknown);
    emit clientChanged(nullptr);
}

void ConnectionSession::setState(ConnectionState state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ConnectionSession::stateText(ConnectionState state) {
    switch (state) {
    case ConnectionState::Unknown:
        return tr("Not connected yet");
    case ConnectionState::Detecting:
        return tr("Detecting API");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Unreachable:
        return tr("Unreachable");
    case ConnectionState::Unauthorized:
        return tr("Not authorized");
    }
    return {};
}

} // namespace cc::ui
