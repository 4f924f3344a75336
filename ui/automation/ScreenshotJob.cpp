#include "ui/automation/ScreenshotJob.h"

#include "ui/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace cc::ui {

ScreenshotJob::ScreenshotJob(MainWindow& window, const QString& file, int timeoutMs,
                             QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_file(file) {
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(timeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        finish(
            5,
            tr("The view did not finish loading within %1 s.").arg(m_watchdog.interval() / 1000.0));
    });
}

void ScreenshotJob::start() {
    connect(m_window, &MainWindow::startupViewReady, this, [this] {
        // Let the pending layout and paint events of the new data run first.
        QTimer::singleShot(0, this, &ScreenshotJob::capture);
    });
    connect(m_window, &MainWindow::startupViewFailed, this,
            [this](const ApiError& error) { finish(exitCodeFor(error), error.message); });
    m_watchdog.start();
}

int ScreenshotJob::exitCodeFor(const ApiError& error) {
    if (error.isAuthentication() || error.isPermission())
        return 3;
    if (error.isNotFound())
        return 4;
    if (error.kind == ApiError::Kind::Configuration)
        return 2;
    return 5;
}

void ScreenshotJob::capture() {
    if (m_done || !m_window)
        return;
    const QPixmap shot = m_window->grab();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    if (shot.isNull() || !shot.save(m_file, "PNG")) {
        finish(1, tr("Could not write the screenshot to %1.").arg(m_file));
        return;
    }
    finish(0, m_file);
}

void ScreenshotJob::finish(int code, const QString& message) {
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    emit finished(code, message);
}

} // namespace cc::ui
