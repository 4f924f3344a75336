#include "CliContext.h"
#include "Commands.h"

#include "core/impact/DeletionImpact.h"

namespace cc::cli {

void runDependents(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("The table to delete."),
                                 QStringLiteral("UID|IDENTIFIER"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   QStringLiteral("How far to follow references (default 10; the "
                                                  "server caps it, and a cut-off is reported)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("md (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    parser.addOptions({depth, format});
    if (!ctx.parseCommand(parser, QStringLiteral("What depends on a table, and what deleting "
                                                 "it or its rows would do. Exit status 0: a "
                                                 "strict delete would succeed; 10: it would be "
                                                 "refused.")))
        return;
    if (parser.positionalArguments().size() != 1) {
        ctx.failUsage(QStringLiteral("dependents needs exactly one UID or IDENTIFIER."));
        return;
    }
    bool depthOk = false;
    const int hops = parser.value(depth).toInt(&depthOk);
    const QString fmt = parser.value(format);
    if (!depthOk || hops < 1) {
        ctx.failUsage(QStringLiteral("--depth needs a number of at least 1."));
        return;
    }
    if (fmt != QLatin1String("md") && fmt != QLatin1String("json") && fmt != QLatin1String("csv")) {
        ctx.failUsage(QStringLiteral("--format must be md, json or csv."));
        return;
    }
    ApiClient* client = ctx.client();
    if (!client)
        return;
    const auto analyze = [&ctx, client, hops, fmt](const QString& uid) {
        client->schemaGraph(uid, hops, true, &ctx, [&ctx, fmt](ApiResult<SchemaGraph> graph) {
            if (!graph) {
                ctx.fail(graph.error());
                return;
            }
            const DeletionImpact impact = DeletionImpact::analyze(graph.value());
            if (fmt == QLatin1String("json"))
                ctx.out(QString::fromStdString(impact.toJson().dump(2)) + QLatin1Char('\n'));
            else if (fmt == QLatin1String("csv"))
                ctx.out(impact.toCsv());
            else
                ctx.out(impact.toMarkdown());
            ctx.finish(impact.strictDeleteAllowed() ? Ok : DeleteRefused);
        });
    };
    ctx.resolveUid(parser.positionalArguments().first(), analyze);
}

} // namespace cc::cli
