#pragma once

#include "core/ApiError.h"
#include "core/Json.h"
#include "net/RouteMap.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace cc {

class ApiClient;

// One HTTP request as the client sends it: a path on the origin (from a RouteMap) with
// query items, or an absolute URL used as is (a `next` link).
struct ApiRequest {
    QByteArray method = "GET";
    QString path;
    QueryItems query;
    QUrl absoluteUrl; // when valid, `path` and `query` are ignored
    QByteArray body;
    bool hasBody = false;
    QByteArray contentType = "application/json";
    // When set, nothing is sent: the call fails with Kind::Configuration and this message.
    QString refusal;

    static ApiRequest get(const QString& path, QueryItems query = {});
    static ApiRequest withJson(const QByteArray& method, const QString& path, const Json& body,
                               QueryItems query = {});
};

// Builds the request once the route namespace is known.
using RequestBuilder = std::function<ApiRequest(const RouteMap&)>;

// The handle of one call in flight. It belongs to the ApiClient and deletes itself after
// its callback ran: keep it in a QPointer<ApiCall> if you may cancel later.
//
// A call waits for namespace detection, sends, retries GETs on transient failures,
// renews the token once on a 401, decodes, and runs its callback exactly once on the
// context's thread, unless the context was destroyed first (then it aborts silently).
class ApiCall : public QObject {
    Q_OBJECT

public:
    ~ApiCall() override;

    // Aborts the request and any pending retry; the callback then gets Kind::Cancelled,
    // before cancel() returns when the context lives on this thread. No-op once finished.
    void cancel();
    bool isFinished() const { return m_stage == Stage::Done; }

    QString method() const { return QString::fromLatin1(m_request.method); }
    QUrl url() const { return m_url; } // empty until the request was built
    int attempts() const { return m_attempts; }

    using BodyHandler = std::function<void(ApiCall& call, const QByteArray& body, int status)>;
    using ErrorHandler = std::function<void(const ApiError& error)>;

    // For decoders: runs `invoke` (which calls the user's callback) on the context's thread
    // and finishes the call. Only the first delivery counts.
    void deliver(std::function<void()> invoke);
    // For decoders: true while the body is being decoded, false once the call was
    // cancelled, abandoned or already delivered.
    bool acceptsDelivery() const { return m_stage == Stage::Decoding; }

signals:
    // After the callback ran (or was skipped because the context is gone).
    void finished();

private:
    friend class ApiClient;
    friend class NamespaceDetector;
    friend class TokenRenewer;

    enum class Stage { Idle, WaitingRoutes, Sending, WaitingRetry, WaitingAuth, Decoding, Done };

    struct Policy {
        bool needsRoutes = true;         // wait for namespace detection
        bool sendToken = true;           // attach the bearer token
        bool recoverUnauthorized = true; // renew the token once on a 401
        bool retries = true;             // transient-failure retries
    };
    ApiCall(ApiClient* client, RequestBuilder build, Policy policy, QObject* context,
            BodyHandler onBody, ErrorHandler onError);

    void start();
    void routesReady(const RouteMap& routes);
    void fail(const ApiError& error);
    // From TokenRenewer: the token was renewed (retry) or could not be.
    void authRenewed();
    void authNotRenewed(int failure, const ApiError* renewal);

    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void handleTransportFailure(QNetworkReply::NetworkError code, const QString& detail,
                                bool timedOut, bool headersSeen);
    void handleStatus(int status, const QString& reason, const QByteArray& body,
                      const QByteArray& retryAfter);
    bool mayRetry(bool transient, bool nothingSent) const;
    void scheduleRetry(int delayMs);
    int backoffMs() const;
    void stopNetwork();
    void abandon();

    QPointer<ApiClient> m_client;
    RequestBuilder m_build;
    Policy m_policy;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    BodyHandler m_onBody;
    ErrorHandler m_onError;

    Stage m_stage = Stage::Idle;
    ApiRequest m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QString m_sentToken;
    ApiError m_unauthorized; // the first 401, kept for the final message
    int m_attempts = 0;
    int m_retries = 0;
    bool m_authRetried = false;
    bool m_timedOut = false;
    bool m_headersSeen = false;
};

} // namespace cc
