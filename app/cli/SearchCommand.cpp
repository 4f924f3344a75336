#include "CliContext.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "TextTable.h"

#include "core/CatalogTypes.h"

namespace cc::cli {

namespace {

QString shortMode(const QString& managementMode)
{
    if (managementMode == QLatin1String("platform_managed"))
        return QStringLiteral("platform");
    if (managementMode == QLatin1String("external_registered"))
        return QStringLiteral("external");
    return managementMode;
}

} // namespace

void runSearch(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("Words to search for."),
                                 QStringLiteral("[TEXT]"));
    const QCommandLineOption ns(QStringLiteral("namespace"),
                                QStringLiteral("Only this namespace (repeatable)."),
                                QStringLiteral("NS"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("Only tables with this label (repeatable)."),
                                   QStringLiteral("L"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("catalog (default), description or column."),
                                  QStringLiteral("MODE"), QStringLiteral("catalog"));
    const QCommandLineOption management(QStringLiteral("management-mode"),
                                        QStringLiteral("external_registered or platform_managed."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption dataSource(QStringLiteral("data-source"),
                                        QStringLiteral("Only tables of this data source UID."),
                                        QStringLiteral("UID"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({ns, label, mode, management, dataSource, limit, format});
    if (!ctx.parseCommand(parser, QStringLiteral("Find tables in the catalog.")))
        return;

    CatalogQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    query.namespaces = parser.values(ns);
    query.labels = parser.values(label);
    query.managementMode = parser.value(management);
    query.dataSourceUid = parser.value(dataSource);
    bool limitOk = false;
    query.limit = parser.value(limit).toInt(&limitOk);
    const QString modeName = parser.value(mode);
    if (modeName == QLatin1String("catalog")) {
        query.mode = CatalogQuery::Mode::Catalog;
    } else if (modeName == QLatin1String("description")) {
        query.mode = CatalogQuery::Mode::Description;
    } else if (modeName == QLatin1String("column")) {
        query.mode = CatalogQuery::Mode::Column;
    } else {
        ctx.failUsage(QStringLiteral("--mode must be catalog, description or column."));
        return;
    }
    if (!limitOk || query.limit <= 0) {
        ctx.failUsage(QStringLiteral("--limit needs a positive number."));
        return;
    }
    if (query.mode != CatalogQuery::Mode::Catalog && query.text.trimmed().isEmpty()) {
        ctx.failUsage(QStringLiteral("%1 search needs TEXT.").arg(modeName));
        return;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        ctx.failUsage(QStringLiteral("--format must be table or json."));
        return;
    }
    ApiClient* client = ctx.client();
    if (!client)
        return;
    client->listTables(query, &ctx, [&ctx, fmt](ApiResult<Page<MetaTable>> result) {
        if (!result) {
            ctx.fail(result.error());
            return;
        }
        if (fmt == QLatin1String("json")) {
            ctx.out(prettyJson(result.rawBody()));
            ctx.finish(Ok);
            return;
        }
        const Page<MetaTable>& page = result.value();
        TextTable table({QStringLiteral("IDENTIFIER"), QStringLiteral("NAMESPACE"),
                         QStringLiteral("TABLE"), QStringLiteral("MODE"), QStringLiteral("LABELS"),
                         QStringLiteral("UID")});
        for (const MetaTable& t : page.results)
            table.addRow({t.identifier.value_or(QString()), t.namespaceName.value_or(QString()),
                          t.qualifiedName(), shortMode(t.managementMode),
                          t.labels.join(QStringLiteral(", ")), t.uid});
        ctx.out(table.toString());
        const qint64 shown = qint64(page.results.size());
        if (page.count && *page.count > shown)
            ctx.out(QStringLiteral("%1 of %2 tables (use --limit to see more)\n")
                        .arg(shown)
                        .arg(*page.count));
        else
            ctx.out(QStringLiteral("%1 %2\n").arg(shown).arg(shown == 1 ? QStringLiteral("table")
                                                                        : QStringLiteral("tables")));
        ctx.finish(Ok);
    });
}

} // namespace cc::cli
