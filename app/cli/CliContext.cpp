#include "CliContext.h"

#include "core/Version.h"
#include "net/ClientConfig.h"
#include "net/RouteMap.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace cc::cli {

namespace {

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Global options that take a value.
bool takesValue(const QString& name)
{
    return name == QLatin1String("url") || name == QLatin1String("token")
           || name == QLatin1String("api") || name == QLatin1String("timeout");
}

} // namespace

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

QString CliContext::usageText()
{
    return QStringLiteral(
        R"(Usage: command-center-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

Command Center from the command line: find MetaTables, read them, follow their foreign
keys, and run bounded SELECT queries against a TS Manager backend.

Global options:
  --url URL            backend origin (default: $COMMAND_CENTER_URL)
  --token TOKEN        bearer access token (default: $MAINSEQUENCE_ACCESS_TOKEN)
  --api auto|legacy|v1 route namespace: /orm/api/ts_manager/meta_table/ (legacy),
                       /api/v1/meta-tables/ (v1), or probed once (auto, the default)
  --timeout SECONDS    per-request timeout (default 30)
  --insecure-http      allow sending the token over plain http to a non-loopback host
  --no-verify-tls      accept any TLS certificate (self-signed test servers)
  --verbose            print retries and other progress notes to stderr
  -h, --help           this text;  COMMAND --help for a command's own options
  -v, --version        the version

Commands:
  search [TEXT] [--namespace NS]... [--label L]... [--mode catalog|description|column]
         [--management-mode MODE] [--data-source UID] [--limit N] [--format table|json]
      Find tables. `catalog` searches identifiers, names, descriptions and labels;
      `description` ranks the TableSearchIndex; `column` finds tables by column name.
  show UID|IDENTIFIER [--format table|json]
      A table's facts, columns, indexes, foreign keys and incoming references.
  graph UID|IDENTIFIER [--depth N] [--incoming] [--format json|dot|svg|png] [--out FILE]
      The schema graph around a table (svg and png are laid out with Graphviz).
  query (--sql SQL | --sql-file FILE) --table UID|IDENTIFIER[=ALIAS]...
        [--param NAME=VALUE[:TYPE]]... [--max-rows N] [--timeout-ms N]
        [--format csv|json|table] [--out FILE]
      Run one bounded SELECT through execute-operation. Pages are fetched one after the
      other (following pagination.next_offset) and written as they arrive; at most
      --max-rows rows (default 1000) are ever fetched. TYPE is a dtype token such as
      int64, date or "timestamp with time zone".

  dependents UID|IDENTIFIER [--depth N] [--format md|json|csv]
      Who references the table, directly and transitively, with each on_delete: whether a
      strict delete of the table would be refused, what a cascade would remove (protected
      and platform-managed tables named), and what deleting rows would do.
  introspect UID|IDENTIFIER [--refresh] [--format table|json]
      The stored introspection snapshot (or a fresh one with --refresh) and its drift from
      the registered contract.
  validate UID|IDENTIFIER --contract FILE [--format md|json]
      Send a replacement contract to validate-contract and show the semantic diff against
      the registered one, breaking changes first.

JSON output uses the backend's own field names.

Exit status:
  0  success
  1  a local failure (for example the output file cannot be written)
  2  usage: bad arguments, no --url
  3  authentication or permission refused (HTTP 401, 403)
  4  not found (HTTP 404, or no table with that identifier)
  5  network failure, timeout, server error (5xx) or a malformed reply
  6  refused by the backend: validation, missing capability, out-of-scope table
 10  dependents: a strict delete of the table would be refused
 20  validate: compatible or cosmetic changes only
 21  validate: breaking changes
)");
}

bool CliContext::parseGlobal(const QStringList& arguments)
{
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString arg = arguments[i];
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            break;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out(usageText());
            m_exit = Ok;
            return false;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out(QStringLiteral("command-center-cli %1\n").arg(QString::fromLatin1(kVersion)));
            m_exit = Ok;
            return false;
        }
        QString name = arg.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (takesValue(name)) {
            if (i + 1 >= arguments.size()) {
                failUsage(QStringLiteral("Option --%1 needs a value.").arg(name));
                return false;
            }
            value = arguments[++i];
        }
        if (name == QLatin1String("url")) {
            m_url = value;
        } else if (name == QLatin1String("token")) {
            m_token = value;
        } else if (name == QLatin1String("api")) {
            m_api = value;
        } else if (name == QLatin1String("timeout")) {
            bool ok = false;
            m_timeoutSeconds = value.toInt(&ok);
            if (!ok || m_timeoutSeconds <= 0) {
                failUsage(QStringLiteral("--timeout needs a positive number of seconds."));
                return false;
            }
        } else if (name == QLatin1String("insecure-http")) {
            m_insecureHttp = true;
        } else if (name == QLatin1String("no-verify-tls")) {
            m_noVerifyTls = true;
        } else if (name == QLatin1String("verbose")) {
            m_verbose = true;
        } else {
            failUsage(QStringLiteral("Unknown option %1. See --help.").arg(arg));
            return false;
        }
    }
    // Progress notes of the libraries (retries, namespace probes) only with --verbose.
    QLoggingCategory::setFilterRules(m_verbose ? QStringLiteral("cc.*.debug=true")
                                               : QStringLiteral("cc.*.info=false"));
    if (i >= arguments.size()) {
        failUsage(QStringLiteral("No command given. See --help."));
        return false;
    }
    m_command = arguments[i];
    m_commandArgs = arguments.mid(i + 1);
    return true;
}

QStringList CliContext::commandArguments() const
{
    return QStringList{QStringLiteral("command-center-cli ") + m_command} + m_commandArgs;
}

ApiClient* CliContext::client()
{
    if (m_client)
        return m_client.get();
    ClientConfig config;
    const QString url = m_url.isEmpty() ? qEnvironmentVariable("COMMAND_CENTER_URL") : m_url;
    if (url.isEmpty()) {
        failUsage(QStringLiteral("No backend URL: pass --url or set COMMAND_CENTER_URL."));
        return nullptr;
    }
    config.baseUrl = QUrl(url);
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
        failUsage(QStringLiteral("'%1' is not a valid URL (expected http://host:port).").arg(url));
        return nullptr;
    }
    config.accessToken =
        m_token.isEmpty() ? qEnvironmentVariable("MAINSEQUENCE_ACCESS_TOKEN") : m_token;
    config.refreshToken = qEnvironmentVariable("MAINSEQUENCE_REFRESH_TOKEN");
    if (!parseApiNamespace(m_api, &config.apiNamespace)) {
        failUsage(QStringLiteral("--api must be auto, legacy or v1, not '%1'.").arg(m_api));
        return nullptr;
    }
    config.timeoutMs = m_timeoutSeconds * 1000;
    config.allowInsecureHttp = m_insecureHttp;
    config.verifyTls = !m_noVerifyTls;
    m_client = std::make_unique<ApiClient>(config);
    return m_client.get();
}

void CliContext::resolveUid(const QString& uidOrIdentifier,
                            std::function<void(const QString&)> then)
{
    ApiClient* api = client();
    if (!api)
        return;
    if (!QUuid::fromString(uidOrIdentifier).isNull()) {
        then(uidOrIdentifier);
        return;
    }
    api->resolveTable(uidOrIdentifier, this, [this, then](ApiResult<MetaTable> table) {
        if (!table) {
            fail(table.error());
            return;
        }
        then(table.value().uid);
    });
}

void CliContext::fetchTable(const QString& uidOrIdentifier,
                            std::function<void(const ApiResult<MetaTable>&)> then)
{
    resolveUid(uidOrIdentifier, [this, then](const QString& uid) {
        client()->getTable(uid, this, [this, then](ApiResult<MetaTable> table) {
            if (!table) {
                fail(table.error());
                return;
            }
            then(table);
        });
    });
}

bool CliContext::parseCommand(QCommandLineParser& parser, const QString& synopsis)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(commandArguments())) {
        failUsage(parser.errorText() + QStringLiteral(". See %1 --help.").arg(m_command));
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the binary by its path; name the command instead.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(),
                     QStringLiteral("command-center-cli ") + m_command);
        out(text);
        finish(Ok);
        return false;
    }
    return true;
}

void CliContext::out(const QString& text)
{
    writeTo(stdout, text.toUtf8());
}

void CliContext::outBytes(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void CliContext::err(const QString& text)
{
    writeTo(stderr, text.toUtf8());
}

int CliContext::exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Configuration:
        return Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Cancelled:
        return ServerFailed;
    case ApiError::Kind::Http:
        break;
    }
    // A 403 about the operation's scope is a refusal of the query, not of the caller.
    const QString& code = error.body.code;
    if (error.httpStatus == 403
        && (code.startsWith(QLatin1String("scope_")) || code == QLatin1String("function_not_allowed")))
        return Refused;
    if (error.httpStatus == 401 || error.httpStatus == 403)
        return AuthFailed;
    if (error.httpStatus == 404)
        return NotFound;
    if (error.httpStatus >= 500)
        return ServerFailed;
    if (error.httpStatus >= 400)
        return Refused;
    return ServerFailed;
}

void CliContext::fail(const ApiError& error)
{
    QString message = error.message.trimmed();
    if (message.isEmpty())
        message = error.body.message;
    err(message + QLatin1Char('\n'));
    finish(exitCodeFor(error));
}

void CliContext::failUsage(const QString& message)
{
    err(message + QLatin1Char('\n'));
    finish(Usage);
}

void CliContext::failLocal(const QString& message)
{
    err(message + QLatin1Char('\n'));
    finish(Failure);
}

void CliContext::finish(int code)
{
    if (m_exit >= 0)
        return;
    m_exit = code;
    std::fflush(stdout);
    // Leave the callback that called us before the loop stops.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace cc::cli
