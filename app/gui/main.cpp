#include "core/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(cc::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(cc::kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(cc::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(cc::kOrganizationDomain));

    cc::ui::MainWindow window;
    window.show();
    return app.exec();
}
