#include "GuiArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiArguments)
};

QList<QCommandLineOption> options() {
    return {
        {QStringLiteral("settings"), Text::tr("Read and write settings in FILE (INI)."),
         QStringLiteral("FILE")},
        {QStringLiteral("url"), Text::tr("Backend URL for this run (else $COMMAND_CENTER_URL)."),
         QStringLiteral("URL")},
        {QStringLiteral("token"),
         Text::tr("Access token for this run (else $MAINSEQUENCE_ACCESS_TOKEN)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("api"), Text::tr("Route namespace: auto, legacy or v1."),
         QStringLiteral("NAMESPACE")},
        {QStringLiteral("open"), Text::tr("Open this table (UID or identifier) at start."),
         QStringLiteral("TABLE")},
        {QStringLiteral("tab"), Text::tr("Show this tab of the opened table."),
         QStringLiteral("NAME")},
        {QStringLiteral("screenshot"),
         Text::tr("Save the window as PNG once the view has loaded, then exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("screenshot-timeout"), Text::tr("Give up on --screenshot after SECONDS."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("size"), Text::tr("Window size, e.g. 1400x900."), QStringLiteral("WxH")},
        {QStringLiteral("theme"), Text::tr("system, light or dark."), QStringLiteral("THEME")},
        {{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")},
        {QStringLiteral("version"), Text::tr("Show the version.")},
    };
}
} // namespace

QString guiUsage() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Command Center: a desktop client for MetaTable catalogs."));
    parser.addOptions(options());
    return parser.helpText();
}

QString settingsFileArgument(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options());
    parser.parse(arguments); // errors are reported by parseGuiArguments()
    return parser.value(QStringLiteral("settings"));
}

QString parseGuiArguments(const QStringList& arguments, const QStringList& tabIds,
                          GuiArguments* out) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options());
    if (!parser.parse(arguments))
        return parser.errorText() + QLatin1Char('.');
    if (!parser.positionalArguments().isEmpty())
        return Text::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first());
    GuiArguments a;
    a.help = parser.isSet(QStringLiteral("help"));
    a.version = parser.isSet(QStringLiteral("version"));
    a.settingsFile = parser.value(QStringLiteral("settings"));
    a.url = parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url"))
                                                : qEnvironmentVariable("COMMAND_CENTER_URL");
    a.token = parser.isSet(QStringLiteral("token"))
                  ? parser.value(QStringLiteral("token"))
                  : qEnvironmentVariable("MAINSEQUENCE_ACCESS_TOKEN");
    if (parser.isSet(QStringLiteral("api")))
        a.api = parser.value(QStringLiteral("api")).toLower();
    if (a.api != QLatin1String("auto") && a.api != QLatin1String("legacy") &&
        a.api != QLatin1String("v1"))
        return Text::tr("--api must be auto, legacy or v1, not “%1”.").arg(a.api);
    a.open = parser.value(QStringLiteral("open")).trimmed();
    a.tab = parser.value(QStringLiteral("tab")).trimmed().toLower();
    if (!a.tab.isEmpty() && !tabIds.contains(a.tab))
        return Text::tr("Unknown tab “%1”; use one of: %2.")
            .arg(a.tab, tabIds.join(QStringLiteral(", ")));
    if (!a.tab.isEmpty() && a.open.isEmpty())
        return Text::tr("--tab needs --open to say which table.");
    a.screenshot = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("screenshot-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("screenshot-timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return Text::tr("--screenshot-timeout takes a number of seconds.");
        a.screenshotTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto m = re.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch())
            return Text::tr("--size takes WIDTHxHEIGHT, e.g. 1400x900.");
        a.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    a.theme = parser.value(QStringLiteral("theme")).toLower();
    if (!a.theme.isEmpty() && a.theme != QLatin1String("system") &&
        a.theme != QLatin1String("light") && a.theme != QLatin1String("dark"))
        return Text::tr("--theme must be system, light or dark.");
    if (!a.url.isEmpty()) {
        const QUrl url(a.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Text::tr("--url must be an http:// or https:// address, not “%1”.").arg(a.url);
    }
    if (!a.screenshot.isEmpty() && a.url.isEmpty())
        return Text::tr("--screenshot needs a server: pass --url (or set COMMAND_CENTER_URL).");
    *out = a;
    return {};
}
