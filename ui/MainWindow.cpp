#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace cc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Command Center"));
    setCentralWidget(new QLabel(tr("No connection"), this));
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

} // namespace cc::ui
