#include "GuiArguments.h"

#include "core/Version.h"
#include "net/RouteMap.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/Theme.h"
#include "ui/automation/ScreenshotJob.h"
#include "ui/contract/ContractTabs.h"
#include "ui/explore/ExploreTabs.h"
#include "ui/query/BrowseDataTab.h"
#include "ui/query/QueryWorkspace.h"
#include "ui/table/TableDocument.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(cc::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(cc::kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(cc::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(cc::kOrganizationDomain));
    QGuiApplication::setDesktopFileName(QStringLiteral("localhost.commandcenter.CommandCenter"));

    // The language first: tab titles and the help text are translated when they are built.
    cc::ui::Settings settings(settingsFileArgument(app.arguments()));
    cc::ui::language::install(
        app, settings.stringValue(QStringLiteral("appearance"), QStringLiteral("language")));

    cc::ui::registerContractTabs();
    cc::ui::registerQueryTabs();
    cc::ui::registerExploreTabs();
    GuiArguments args;
    const QString problem =
        parseGuiArguments(app.arguments(), cc::ui::TableDocument::tabIds(), &args);
    QTextStream err(stderr);
    if (!problem.isEmpty()) {
        err << "command-center: " << problem << '\n';
        return 2;
    }
    if (args.help) {
        QTextStream(stdout) << guiUsage();
        return 0;
    }
    if (args.version) {
        QTextStream(stdout) << "command-center " << cc::kVersion << '\n';
        return 0;
    }

    cc::ui::setContractDraftSettings(&settings);
    cc::ui::setExploreSettings(&settings);
    cc::ui::theme::apply(
        app, args.theme.isEmpty()
                 ? settings.stringValue(QStringLiteral("appearance"), QStringLiteral("theme"))
                 : args.theme);

    cc::ui::StartupOptions options;
    options.open = args.open;
    options.tab = args.tab;
    if (!args.url.isEmpty()) {
        cc::ui::ConnectionProfile profile = cc::ui::ConnectionProfile::create();
        profile.baseUrl = QUrl(args.url);
        profile.name = profile.displayName();
        profile.ephemeral = true;
        cc::ApiNamespace ns = cc::ApiNamespace::Auto;
        cc::parseApiNamespace(args.api, &ns);
        profile.apiNamespace = ns;
        options.profile = profile;
        options.secrets.accessToken = args.token;
    }
    const bool screenshot = !args.screenshot.isEmpty();
    if (screenshot) {
        options.restoreSession = false;
        options.interactive = false;
    }

    cc::ui::MainWindow window(settings);
    new cc::ui::QueryWorkspace(window, settings, !screenshot);
    if (args.size.isValid())
        window.resize(args.size);
    int exitCode = 0;
    std::unique_ptr<cc::ui::ScreenshotJob> job;
    if (screenshot) {
        const int timeout = args.screenshotTimeoutMs > 0
                                ? args.screenshotTimeoutMs
                                : settings.intValue(QStringLiteral("automation"),
                                                    QStringLiteral("screenshotTimeoutMs"));
        job = std::make_unique<cc::ui::ScreenshotJob>(window, args.screenshot, timeout);
        QObject::connect(job.get(), &cc::ui::ScreenshotJob::finished, &app,
                         [&](int code, const QString& message) {
                             if (code != 0)
                                 err << "command-center: " << message << '\n';
                             err.flush();
                             exitCode = code;
                             app.exit(code);
                         });
        job->start();
    }
    window.show();
    window.start(options);
    const int rc = app.exec();
    return screenshot ? exitCode : rc;
}
