#pragma once

#include "ExitCode.h"

#include "core/ApiError.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <string_view>

namespace cc::cli {

// What every command shares: the parsed global options, the ApiClient, and the one way
// to print, fail and finish. Commands are asynchronous: they start requests and call
// finish() from a callback; main() runs the event loop until then.
class CliContext : public QObject {
    Q_OBJECT

public:
    CliContext();
    ~CliContext() override;

    // Parses `[global options] COMMAND [command arguments]`. Returns false after printing
    // the usage error (exit status Usage) or the help/version text (status Ok).
    bool parseGlobal(const QStringList& arguments);
    const QString& command() const { return m_command; }
    // argv[0]-like name plus the command's own arguments, for a per-command parser.
    QStringList commandArguments() const;
    int pendingExit() const { return m_exit; }

    // Creates the client from --url/--token (or the environment); fails with Usage when the
    // URL is missing.
    ApiClient* client();

    // Calls `then` with the table's uid: a UID as given, an identifier after a lookup
    // (failing the command when there is no such table).
    void resolveUid(const QString& uidOrIdentifier, std::function<void(const QString&)> then);

    // The table's detail (`GET <uid>/`), found by UID or identifier; failures fail the
    // command, so `then` only sees a table.
    void fetchTable(const QString& uidOrIdentifier,
                    std::function<void(const ApiResult<MetaTable>&)> then);

    // Parses a command's arguments with `parser` (adds --help); prints errors itself.
    bool parseCommand(QCommandLineParser& parser, const QString& synopsis);

    void out(const QString& text);
    void outBytes(std::string_view bytes);
    void err(const QString& text);
    // Prints `error.message` to stderr and finishes with the matching exit status.
    void fail(const ApiError& error);
    void failUsage(const QString& message);
    void failLocal(const QString& message);
    void finish(int code);

    static int exitCodeFor(const ApiError& error);
    static QString usageText();

private:
    QString m_command;
    QStringList m_commandArgs;
    QString m_url;
    QString m_token;
    QString m_api = QStringLiteral("auto");
    int m_timeoutSeconds = 30;
    bool m_insecureHttp = false;
    bool m_noVerifyTls = false;
    bool m_verbose = false;
    std::unique_ptr<ApiClient> m_client;
    int m_exit = -1;
};

} // namespace cc::cli
