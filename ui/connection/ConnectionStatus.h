#pragma once

#include "net/ApiResult.h"
#include "net/RouteMap.h"

#include <QUrl>
#include <QWidget>

class QLabel;

namespace cc::ui {

// The status-bar side of the connection: which profile, its state (a coloured dot), the
// route generation, the last request's latency, and the warning when tokens live in the
// fallback file instead of a keychain.
class ConnectionStatus : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget* parent = nullptr);

    void setProfileName(const QString& name);
    void setState(ConnectionState state);
    void setApiNamespace(ApiNamespace ns);
    void noteRequest(const QString& method, const QUrl& url, int status, qint64 elapsedMs);
    void setTokenWarning(const QString& warning);

    QString stateText() const;
    QString latencyText() const;
    QString warningText() const;

private:
    void updateText();

    QLabel* m_dot = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_latency = nullptr;
    QLabel* m_warning = nullptr;
    QString m_profile;
    ConnectionState m_connection = ConnectionState::Unknown;
    ApiNamespace m_namespace = ApiNamespace::Auto;
};

} // namespace cc::ui
