#include "CliContext.h"
#include "Commands.h"

#include "core/codec/ContractCodec.h"
#include "core/codec/JsonSyntax.h"
#include "core/diff/ContractDiff.h"

#include <QFile>

#include <memory>

namespace cc::cli {

namespace {

QString issueLine(const ValidationIssue& issue)
{
    QString line = QStringLiteral("- ");
    if (!issue.path.isEmpty())
        line += QLatin1Char('`') + issue.path + QStringLiteral("`: ");
    line += issue.message;
    if (!issue.code.isEmpty())
        line += QStringLiteral(" (") + issue.code + QLatin1Char(')');
    return line + QLatin1Char('\n');
}

Json issuesJson(const std::vector<ValidationIssue>& issues)
{
    Json list = Json::array();
    for (const ValidationIssue& i : issues)
        list.push_back({{"path", i.path.toStdString()},
                        {"code", i.code.toStdString()},
                        {"message", i.message.toStdString()}});
    return list;
}

int exitCodeFor(const ContractDiff& diff)
{
    if (diff.hasBreaking())
        return BreakingChanges;
    return diff.isEmpty() ? Ok : CompatibleChanges;
}

void report(CliContext& ctx, const MetaTable& table, const ValidateReply& reply,
            const TableContract& proposed, const QString& format)
{
    const bool refused = (reply.ok && !*reply.ok) || !reply.errors.empty();
    if (refused) {
        if (format == QLatin1String("json")) {
            ctx.out(QString::fromStdString(
                        Json{{"ok", false}, {"errors", issuesJson(reply.errors)},
                             {"warnings", issuesJson(reply.warnings)}}
                            .dump(2))
                    + QLatin1Char('\n'));
        } else {
            QString text = QStringLiteral("The backend refused the contract for %1:\n\n")
                               .arg(table.displayName());
            for (const ValidationIssue& issue : reply.errors)
                text += issueLine(issue);
            if (reply.errors.empty())
                text += QStringLiteral("- (no reason given; the raw reply is below)\n\n```json\n%1\n```\n")
                            .arg(QString::fromStdString(reply.raw.dump(2)));
            ctx.out(text);
        }
        ctx.finish(Refused);
        return;
    }
    const ContractDiff diff = ContractDiff::compare(table.tableContract, proposed);
    if (format == QLatin1String("json")) {
        Json out = diff.toJson();
        out["table"] = table.uid.toStdString();
        out["warnings"] = issuesJson(reply.warnings);
        ctx.out(QString::fromStdString(out.dump(2)) + QLatin1Char('\n'));
    } else {
        QString text = QStringLiteral("# Replacement contract for %1\n\n").arg(table.displayName());
        text += diff.toMarkdown();
        if (!reply.warnings.empty()) {
            text += QStringLiteral("\nWarnings from the backend:\n\n");
            for (const ValidationIssue& issue : reply.warnings)
                text += issueLine(issue);
        }
        ctx.out(text);
    }
    ctx.finish(exitCodeFor(diff));
}

} // namespace

void runValidate(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("The registered table."),
                                 QStringLiteral("UID|IDENTIFIER"));
    const QCommandLineOption contract(QStringLiteral("contract"),
                                      QStringLiteral("The replacement contract: a table_contract "
                                                     "object, or {\"table_contract\": ...}."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("md (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    parser.addOptions({contract, format});
    if (!ctx.parseCommand(parser, QStringLiteral("Validate a replacement contract with the backend "
                                                 "and show what changes. Exit status 0: no "
                                                 "change; 20: compatible or cosmetic changes "
                                                 "only; 21: breaking changes; 6: refused by the "
                                                 "backend.")))
        return;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(contract)) {
        ctx.failUsage(QStringLiteral("validate needs a UID or IDENTIFIER and --contract FILE."));
        return;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("md") && fmt != QLatin1String("json")) {
        ctx.failUsage(QStringLiteral("--format must be md or json."));
        return;
    }
    const QString path = parser.value(contract);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.failUsage(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray text = file.readAll();
    if (const auto syntax = findJsonSyntaxError(text)) {
        ctx.failUsage(QStringLiteral("%1 is not JSON: %2").arg(path, syntax->toString()));
        return;
    }
    Json body = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (body.is_object() && body.contains("table_contract"))
        body = body["table_contract"];
    if (!body.is_object()) {
        ctx.failUsage(QStringLiteral("%1 does not hold a contract object.").arg(path));
        return;
    }
    // The diff needs the proposal as a value; the backend's verdict on it comes first.
    const DecodeResult<TableContract> local = decodeTableContract(body);
    ApiClient* client = ctx.client();
    if (!client)
        return;
    auto proposal = std::make_shared<Json>(body);
    auto decoded = std::make_shared<std::optional<TableContract>>();
    if (local)
        *decoded = normalizeContract(local.value());
    ctx.fetchTable(parser.positionalArguments().first(),
                         [&ctx, client, proposal, decoded, fmt](const ApiResult<MetaTable>& table) {
        if (!table) {
            ctx.fail(table.error());
            return;
        }
        auto registered = std::make_shared<MetaTable>(table.value());
        client->validateContract(registered->uid, *proposal, QString(), &ctx,
                                 [&ctx, registered, decoded, fmt](ApiResult<ValidateReply> reply) {
            if (!reply) {
                ctx.fail(reply.error());
                return;
            }
            const ValidateReply& r = reply.value();
            const bool refused = (r.ok && !*r.ok) || !r.errors.empty();
            if (!refused && !r.tableContract && !decoded->has_value()) {
                ctx.err(QStringLiteral("The backend accepted the contract but returned no "
                                       "normalized contract, and it cannot be read here.\n"));
                ctx.finish(ServerFailed);
                return;
            }
            report(ctx, *registered, r, r.tableContract ? *r.tableContract : decoded->value(), fmt);
        });
    });
}

} // namespace cc::cli
