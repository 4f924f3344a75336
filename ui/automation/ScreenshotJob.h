#pragma once

#include "core/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cc::ui {

class MainWindow;

// --screenshot: waits for the window's start-up view to report that its data is on screen,
// grabs the window into a PNG and reports an exit status; a watchdog ends it when nothing
// happens in time. Exit status: 0 saved, 1 not written, 2 usage, 3 authentication,
// 4 not found, 5 network (and the watchdog).
class ScreenshotJob : public QObject {
    Q_OBJECT

public:
    ScreenshotJob(MainWindow& window, const QString& file, int timeoutMs,
                  QObject* parent = nullptr);

    // Call before MainWindow::start().
    void start();

    static int exitCodeFor(const ApiError& error);

signals:
    // Once. `message` is one sentence for stderr (or the saved file's path).
    void finished(int exitCode, const QString& message);

private:
    void capture();
    void finish(int code, const QString& message);

    QPointer<MainWindow> m_window;
    QString m_file;
    QTimer m_watchdog;
    bool m_done = false;
};

} // namespace cc::ui
