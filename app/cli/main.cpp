#include "CliContext.h"
#include "Commands.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>

using namespace cc::cli;

namespace {

// PNG output draws text, and Qt draws text only inside a QGuiApplication; the offscreen
// platform needs no display.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "png") == 0 || qstrcmp(argv[i], "--format=png") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("command-center-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cc::kVersion));

    CliContext ctx;
    if (!ctx.parseGlobal(QCoreApplication::arguments()))
        return ctx.pendingExit();

    const std::map<QString, std::function<void(CliContext&)>> commands{
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("show"), runShow},
        {QStringLiteral("graph"), runGraph},
        {QStringLiteral("query"), runQuery},
        {QStringLiteral("dependents"), runDependents},
        {QStringLiteral("introspect"), runIntrospect},
        {QStringLiteral("validate"), runValidate},
    };
    const auto command = commands.find(ctx.command());
    if (command == commands.end()) {
        ctx.failUsage(QStringLiteral("Unknown command '%1'. See --help.").arg(ctx.command()));
        return ctx.pendingExit();
    }
    command->second(ctx);
    if (ctx.pendingExit() >= 0)
        return ctx.pendingExit();
    return QCoreApplication::exec();
}
