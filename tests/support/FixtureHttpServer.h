#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace cc::test {

// One request as the server received it.
struct RecordedRequest {
    QByteArray method;
    QString path;         // decoded path
    QByteArray rawTarget; // the request target exactly as sent (path + "?" + query)
    QByteArray rawQuery;  // exactly as sent, without "?"
    QList<std::pair<QString, QString>> query; // decoded, in order
    QMap<QByteArray, QByteArray> headers;     // keys in lower case
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started

    QString queryValue(const QString& key) const;
    bool hasQueryKey(const QString& key) const;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// What to do with a request.
struct ScriptedReply {
    enum class Action { Respond, Reset, Hang, Truncate };

    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    Action action = Action::Respond;
    int delayMs = 0;

    static ScriptedReply json(int status, const QByteArray& body);
    static ScriptedReply reset();
    static ScriptedReply hang();
    // Headers announce the whole body; half of it is sent, then the connection closes.
    static ScriptedReply truncated(int status, const QByteArray& body);
};

// An HTTP/1.1 server on 127.0.0.1 (a free port) that runs in the test's own event loop.
// Replies are scripted per method + path: queued replies are used in order and the last
// one repeats; a handler decides from the request. Unmatched requests get 404
// {"detail": "Not found."}. Every request is logged. Each answer closes its connection.
class FixtureHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<ScriptedReply(const RecordedRequest&)>;

    explicit FixtureHttpServer(QObject* parent = nullptr);
    ~FixtureHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    void enqueue(const QByteArray& method, const QString& path, const ScriptedReply& reply);
    void handle(const QByteArray& method, const QString& path, Handler handler);
    // For any path not otherwise scripted.
    void setFallback(Handler handler);

    const QList<RecordedRequest>& requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QByteArray& method, const QString& path) const;
    int count(const QByteArray& method, const QString& path) const;
    void clearLog() { m_requests.clear(); }

signals:
    void requestReceived(const cc::test::RecordedRequest& request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void dispatch(QTcpSocket* socket, const RecordedRequest& request);
    void respond(QTcpSocket* socket, const ScriptedReply& reply);

    QTcpServer* m_server;
    QMap<QString, QList<ScriptedReply>> m_queues;
    QMap<QString, Handler> m_handlers;
    Handler m_fallback;
    QList<RecordedRequest> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

} // namespace cc::test
