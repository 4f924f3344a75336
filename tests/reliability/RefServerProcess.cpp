#include "RefServerProcess.h"

#include "support/TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>

namespace cc::test {

QString RefServerProcess::fixture(const char* key) {
    return fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

RefServerProcess::RefServerProcess(const QStringList& extra) {
    m_logPath = m_dir.filePath(QStringLiteral("requests.log"));
    QStringList args = {QStringLiteral("serve"),
                        QStringLiteral("--db"),
                        fixture("PG_CONNINFO"),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--log"),
                        m_logPath};
    args += extra;
    m_process.start(fixture("REFSERVER_BIN"), args);
    if (!m_process.waitForStarted(10000))
        return;
    QByteArray out;
    while (!out.contains('\n') && m_process.waitForReadyRead(20000))
        out += m_process.readAllStandardOutput();
    const QByteArray prefix = "listening on ";
    if (out.startsWith(prefix))
        m_url = QUrl(QString::fromUtf8(out.mid(prefix.size()).trimmed()));
}

RefServerProcess::~RefServerProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString RefServerProcess::stderrText() {
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

bool RefServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return false; // it ended before it was asked to: a crash or an early exit
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QList<RequestLogLine> RefServerProcess::logLines() const {
    QFile file(m_logPath);
    QList<RequestLogLine> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    // r000042 POST /path 201 12.3ms body=1a2b3c4d5e6f handler=ran fault=truncate
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(r\d+) (\S+) (\S+) (\S+) \S+(?: body=([0-9a-f]+))?(?: handler=(\S+))?(?: fault=(\S+))?)"));
    const QStringList text =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& raw : text) {
        const QRegularExpressionMatch m = pattern.match(raw);
        if (!m.hasMatch())
            continue;
        RequestLogLine line;
        line.id = m.captured(1);
        line.method = m.captured(2);
        line.path = m.captured(3);
        line.status = m.captured(4);
        line.bodyHash = m.captured(5);
        line.handlerRan = m.captured(6) == QLatin1String("ran");
        line.fault = m.captured(7);
        lines << line;
    }
    return lines;
}

} // namespace cc::test
