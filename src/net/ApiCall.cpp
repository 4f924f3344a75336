#include "net/ApiCall.h"

#include "net/ApiClient.h"
#include "net/ErrorReport.h"
#include "net/Logging.h"
#include "net/NamespaceDetector.h"
#include "net/TokenRenewer.h"

#include "core/Version.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QThread>

#include <algorithm>
#include <cstring>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace cc {

namespace {

bool isTransientStatus(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3). -1 when absent or unusable.
qint64 retryAfterMs(const QByteArray& header) {
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

// A request body that can be read once and never rewound (see sendAttempt).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* out, qint64 max) override {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_position);
        if (n <= 0)
            return -1;
        std::memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ApiRequest ApiRequest::get(const QString& path, QueryItems query) {
    ApiRequest r;
    r.method = "GET";
    r.path = path;
    r.query = std::move(query);
    return r;
}

ApiRequest ApiRequest::withJson(const QByteArray& method, const QString& path, const Json& body,
                                QueryItems query) {
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.query = std::move(query);
    r.body = QByteArray::fromStdString(body.dump());
    r.hasBody = true;
    return r;
}

ApiCall::ApiCall(ApiClient* client, RequestBuilder build, Policy policy, QObject* context,
                 BodyHandler onBody, ErrorHandler onError)
    : QObject(client)
    , m_client(client)
    , m_build(std::move(build))
    , m_policy(policy)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_onBody(std::move(onBody))
    , m_onError(std::move(onError)) {
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    if (context && context != client)
        connect(context, &QObject::destroyed, this, &ApiCall::abandon);
}

ApiCall::~ApiCall() {
    stopNetwork();
}

void ApiCall::start() {
    if (m_stage != Stage::Idle || !m_client)
        return;
    if (m_policy.needsRoutes) {
        m_stage = Stage::WaitingRoutes;
        m_client->m_detector->request(this);
    } else {
        routesReady(RouteMap(ApiNamespace::Legacy));
    }
}

void ApiCall::routesReady(const RouteMap& routes) {
    if (isFinished())
        return;
    m_request = m_build(routes);
    m_url = m_request.absoluteUrl.isValid()
                ? m_request.absoluteUrl
                : RouteMap::url(m_client->m_config.origin(), m_request.path, m_request.query);
    if (m_request.absoluteUrl.isValid() && m_url.isRelative())
        m_url = m_client->m_config.origin().resolved(m_url);
    if (!m_request.refusal.isEmpty()) {
        fail(net::configurationError(method(), m_url, m_request.refusal));
        return;
    }
    sendAttempt();
}

void ApiCall::sendAttempt() {
    if (isFinished() || !m_client)
        return;
    const ClientConfig& config = m_client->m_config;
    if (!m_url.isValid() || m_url.host().isEmpty()) {
        // Name what the user typed (or the link that was followed), not the joined path.
        const QUrl shown = m_request.absoluteUrl.isValid() ? m_request.absoluteUrl : config.baseUrl;
        const QString text = shown.toDisplayString(QUrl::RemoveUserInfo);
        fail(net::configurationError(
            method(), m_url,
            text.isEmpty() ? tr("No server address is set. Enter one in the connection settings.")
                           : tr("The server address \"%1\" is not a valid http:// or https:// "
                                "URL. Check the connection settings.")
                                 .arg(text)));
        return;
    }
    m_sentToken = m_policy.sendToken ? config.accessToken : QString();
    // Auth routes carry a password or a refresh token in the body: the same rule applies.
    const bool carriesSecret = !m_sentToken.isEmpty() || !m_policy.sendToken;
    if (carriesSecret) {
        const QString problem = credentialTransportProblem(config, m_url);
        if (!problem.isEmpty()) {
            fail(net::configurationError(method(), m_url, problem));
            return;
        }
    }

    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("command-center/") + QByteArray(kVersion));
    if (m_request.hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_sentToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_sentToken.toUtf8());
    // A redirect must not carry the token to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (!config.verifyTls && m_url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
#endif

    ++m_attempts;
    m_timedOut = false;
    m_headersSeen = false;
    m_stage = Stage::Sending;
    m_attemptClock.start();
    QNetworkAccessManager* network = m_client->m_network;
    if (m_request.hasBody) {
        // Qt re-sends a request once when the connection drops before the answer; a body it
        // cannot rewind turns that into ContentReSendError, so a write is never repeated.
        auto* body = new OneShotBody(m_request.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = network->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else {
        m_reply = network->sendCustomRequest(request, m_request.method);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_headersSeen = true; });
    // The timeout measures silence, like a socket read timeout: a large page that keeps
    // arriving is not cut off.
    auto progress = [this] {
        if (m_stage == Stage::Sending)
            m_timeout.start();
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, progress);
    m_timeout.start(std::max(1, config.timeoutMs));
    qCDebug(lcNet) << "send" << method() << net::displayUrl(m_url) << "attempt" << m_attempts;
}

void ApiCall::onTimeout() {
    if (!m_reply || m_stage != Stage::Sending)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply; onReplyFinished sees m_timedOut
}

void ApiCall::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply || m_stage != Stage::Sending)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    const qint64 elapsed = m_attemptClock.elapsed();
    const QPointer<ApiCall> self(this);
    if (m_client)
        m_client->noteExchange(method(), m_url, status, elapsed);
    if (!self || isFinished())
        return;

    // A connection that broke after the status line (a body cut short) is a transport
    // failure too, not a malformed reply.
    const QNetworkReply::NetworkError code = reply->error();
    const bool connectionBroke =
        code > QNetworkReply::NoError && code < QNetworkReply::ProxyConnectionRefusedError;
    if (m_timedOut || status == 0 || connectionBroke) {
        handleTransportFailure(reply->error(), reply->errorString(), m_timedOut,
                               m_headersSeen || status != 0);
        return;
    }
    handleStatus(status, reason, reply->readAll(), reply->rawHeader("Retry-After"));
}

bool ApiCall::mayRetry(bool transient, bool nothingSent) const {
    if (!m_policy.retries || !m_client || m_retries >= m_client->m_config.maxGetRetries)
        return false;
    // A write is sent again only when it never left (spec §1.3 recommendation).
    if (m_request.method == "GET")
        return transient || nothingSent;
    return nothingSent;
}

int ApiCall::backoffMs() const {
    const ClientConfig& config = m_client->m_config;
    const qint64 delay = qint64(std::max(0, config.retryBaseDelayMs)) << std::min(m_retries, 20);
    return int(std::min<qint64>(delay, std::max(0, config.retryMaxDelayMs)));
}

void ApiCall::handleTransportFailure(QNetworkReply::NetworkError code, const QString& detail,
                                     bool timedOut, bool headersSeen) {
    const bool nothingSent = code == QNetworkReply::ConnectionRefusedError;
    const bool transient = nothingSent || code == QNetworkReply::RemoteHostClosedError ||
                           code == QNetworkReply::TemporaryNetworkFailureError ||
                           code == QNetworkReply::TimeoutError || (timedOut && !headersSeen);
    if (mayRetry(transient, nothingSent)) {
        qCInfo(lcNet) << method() << net::displayUrl(m_url) << "failed (" << code << "); retrying";
        scheduleRetry(backoffMs());
        return;
    }
    if (timedOut)
        fail(net::timeoutError(method(), m_url, m_client ? m_client->m_config.timeoutMs : 0));
    else
        fail(net::transportError(method(), m_url, code, detail));
}

void ApiCall::handleStatus(int status, const QString& reason, const QByteArray& body,
                           const QByteArray& retryAfter) {
    if (status >= 200 && status < 300) {
        m_stage = Stage::Decoding;
        m_onBody(*this, body, status);
        return;
    }
    if (status == 401 && m_policy.recoverUnauthorized) {
        ApiError error = net::httpError(method(), m_url, status, reason, body);
        if (m_authRetried) {
            m_client->setConnectionState(ConnectionState::Unauthorized);
            fail(net::authError(m_unauthorized, net::AuthFailure::StillRejected, nullptr));
            return;
        }
        m_authRetried = true;
        m_unauthorized = std::move(error);
        m_stage = Stage::WaitingAuth;
        m_client->m_renewer->renew(this, m_sentToken);
        return;
    }
    if (isTransientStatus(status) && mayRetry(true, false)) {
        qint64 delay = backoffMs();
        if (status == 429 || status == 503) {
            const qint64 asked = retryAfterMs(retryAfter);
            if (asked > m_client->m_config.maxRetryAfterMs) {
                fail(net::httpError(method(), m_url, status, reason, body));
                return;
            }
            if (asked >= 0)
                delay = asked;
        }
        qCInfo(lcNet).noquote() << method() << net::displayUrl(m_url) << "answered" << status
                                << "; retrying in" << delay << "ms";
        scheduleRetry(int(delay));
        return;
    }
    fail(net::httpError(method(), m_url, status, reason, body));
}

void ApiCall::scheduleRetry(int delayMs) {
    ++m_retries;
    m_stage = Stage::WaitingRetry;
    m_retryTimer.start(std::max(0, delayMs));
}

void ApiCall::authRenewed() {
    if (m_stage != Stage::WaitingAuth)
        return;
    sendAttempt();
}

void ApiCall::authNotRenewed(int failure, const ApiError* renewal) {
    if (m_stage != Stage::WaitingAuth)
        return;
    fail(net::authError(m_unauthorized, net::AuthFailure(failure), renewal));
}

void ApiCall::cancel() {
    if (isFinished())
        return;
    stopNetwork();
    fail(net::cancelledError(method(), m_url));
}

void ApiCall::fail(const ApiError& error) {
    if (isFinished())
        return;
    // Callers show the message; some failures are expected (the namespace probe's 404).
    qCDebug(lcNet).noquote() << "call failed:" << error.message;
    ErrorHandler handler = m_onError;
    deliver([handler, error] { handler(error); });
}

void ApiCall::deliver(std::function<void()> invoke) {
    if (isFinished())
        return;
    m_stage = Stage::Done;
    stopNetwork();
    const QPointer<ApiCall> self(this);
    if (!m_hasContext || m_context) {
        QObject* context = m_context.data();
        if (context && context->thread() != QThread::currentThread())
            QMetaObject::invokeMethod(context, std::move(invoke), Qt::QueuedConnection);
        else
            invoke();
    }
    if (!self)
        return;
    emit finished();
    deleteLater();
}

void ApiCall::abandon() {
    if (isFinished())
        return;
    m_stage = Stage::Done;
    stopNetwork();
    emit finished();
    deleteLater();
}

void ApiCall::stopNetwork() {
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    // Decodes still running on the pool finish into nothing.
    const auto watchers = findChildren<QObject*>(QString(), Qt::FindDirectChildrenOnly);
    for (QObject* child : watchers)
        if (child != &m_timeout && child != &m_retryTimer)
            child->deleteLater();
}

} // namespace cc
