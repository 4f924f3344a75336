#pragma once

// A tsm-refserver of a test's own on the `refserver` fixture's catalog: started with extra
// `serve` flags (faults, token lifetime), its request log read back line by line.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace cc::test {

// One line of the server's request log (docs/reference-server.md, "Request log").
struct RequestLogLine {
    QString id;
    QString method;
    QString path;
    QString status;   // "-" when the connection was reset
    QString bodyHash; // POST, PATCH and DELETE only
    bool handlerRan = false;
    QString fault; // empty when none was injected
};

class RefServerProcess {
public:
    // `serve --db <catalog> --listen 127.0.0.1:0 --log <file>` plus `extra`.
    explicit RefServerProcess(const QStringList& extra);
    ~RefServerProcess();
    RefServerProcess(const RefServerProcess&) = delete;
    RefServerProcess& operator=(const RefServerProcess&) = delete;

    bool started() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    QString logPath() const { return m_logPath; }
    QString stderrText();

    QList<RequestLogLine> logLines() const;
    // Stops with SIGTERM and returns how it ended: true for a clean exit with status 0.
    bool stop();

    // A value of STATE_DIR/refserver.env.
    static QString fixture(const char* key);

private:
    QTemporaryDir m_dir;
    QString m_logPath;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_stderr;
};

} // namespace cc::test
