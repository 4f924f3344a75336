#include "support/FixtureHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace cc::test {

namespace {

QString routeKey(const QByteArray& method, const QString& path) {
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + path;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString decodeComponent(const QByteArray& text) {
    QByteArray t = text;
    t.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(t));
}

} // namespace

QString RecordedRequest::queryValue(const QString& key) const {
    for (const auto& [k, v] : query)
        if (k == key)
            return v;
    return {};
}

bool RecordedRequest::hasQueryKey(const QString& key) const {
    for (const auto& item : query)
        if (item.first == key)
            return true;
    return false;
}

ScriptedReply ScriptedReply::json(int status, const QByteArray& body) {
    ScriptedReply r;
    r.status = status;
    r.body = body;
    return r;
}

ScriptedReply ScriptedReply::reset() {
    ScriptedReply r;
    r.action = Action::Reset;
    return r;
}

ScriptedReply ScriptedReply::hang() {
    ScriptedReply r;
    r.action = Action::Hang;
    return r;
}

ScriptedReply ScriptedReply::truncated(int status, const QByteArray& body) {
    ScriptedReply r = json(status, body);
    r.action = Action::Truncate;
    return r;
}

FixtureHttpServer::FixtureHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &FixtureHttpServer::onNewConnection);
    m_clock.start();
}

FixtureHttpServer::~FixtureHttpServer() = default;

bool FixtureHttpServer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FixtureHttpServer::port() const {
    return m_server->serverPort();
}

QUrl FixtureHttpServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FixtureHttpServer::enqueue(const QByteArray& method, const QString& path,
                                const ScriptedReply& reply) {
    m_queues[routeKey(method, path)].append(reply);
}

void FixtureHttpServer::handle(const QByteArray& method, const QString& path, Handler handler) {
    m_handlers[routeKey(method, path)] = std::move(handler);
}

void FixtureHttpServer::setFallback(Handler handler) {
    m_fallback = std::move(handler);
}

QList<RecordedRequest> FixtureHttpServer::requestsTo(const QByteArray& method,
                                                     const QString& path) const {
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : m_requests)
        if (r.method == method.toUpper() && r.path == path)
            out.append(r);
    return out;
}

int FixtureHttpServer::count(const QByteArray& method, const QString& path) const {
    return int(requestsTo(method, path).size());
}

void FixtureHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FixtureHttpServer::onReadyRead(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    if (lines.isEmpty())
        return;
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    request.method = requestLine[0].toUpper();
    request.rawTarget = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);

    const qsizetype q = request.rawTarget.indexOf('?');
    const QByteArray rawPath = q < 0 ? request.rawTarget : request.rawTarget.left(q);
    request.rawQuery = q < 0 ? QByteArray() : request.rawTarget.mid(q + 1);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (!request.rawQuery.isEmpty()) {
        for (const QByteArray& pair : request.rawQuery.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            request.query.append({decodeComponent(eq < 0 ? pair : pair.left(eq)),
                                  eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1))});
        }
    }
    request.receivedAtMs = m_clock.elapsed();
    m_requests.append(request);
    emit requestReceived(request);
    dispatch(socket, request);
}

void FixtureHttpServer::dispatch(QTcpSocket* socket, const RecordedRequest& request) {
    const QString key = routeKey(request.method, request.path);
    ScriptedReply reply;
    if (m_handlers.contains(key)) {
        reply = m_handlers.value(key)(request);
    } else if (m_queues.contains(key) && !m_queues[key].isEmpty()) {
        QList<ScriptedReply>& queue = m_queues[key];
        reply = queue.size() > 1 ? queue.takeFirst() : queue.front();
    } else if (m_fallback) {
        reply = m_fallback(request);
    } else {
        reply = ScriptedReply::json(404, R"({"detail": "Not found."})");
    }
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard)
                respond(guard, reply);
        });
        return;
    }
    respond(socket, reply);
}

void FixtureHttpServer::respond(QTcpSocket* socket, const ScriptedReply& reply) {
    switch (reply.action) {
    case ScriptedReply::Action::Hang:
        return; // the connection stays open and silent
    case ScriptedReply::Action::Reset:
        socket->abort();
        return;
    case ScriptedReply::Action::Respond:
    case ScriptedReply::Action::Truncate:
        break;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.body.isEmpty() || reply.status != 204)
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (reply.action == ScriptedReply::Action::Truncate) {
        out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->abort();
        return;
    }
    out += reply.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace cc::test
