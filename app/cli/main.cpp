#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("command-center-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cc::kVersion));
    QTextStream(stdout) << "command-center-cli " << cc::kVersion << '\n';
    return 0;
}
