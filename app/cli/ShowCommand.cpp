#include "CliContext.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "TextTable.h"

#include <map>

namespace cc::cli {

namespace {

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString columnsText(const QStringList& columns) {
    return columns.join(QStringLiteral(", "));
}

QString targetText(const ForeignKey& fk) {
    QString table = fk.targetTablePhysicalTableName.value_or(QString());
    if (fk.targetTablePhysicalSchema && !fk.targetTablePhysicalSchema->isEmpty())
        table = *fk.targetTablePhysicalSchema + QLatin1Char('.') + table;
    if (table.isEmpty())
        table = fk.targetTableUid.value_or(fk.targetIdentifier.value_or(QStringLiteral("?")));
    return table + QLatin1Char('(') + columnsText(fk.targetColumns) + QLatin1Char(')');
}

QString facts(const MetaTable& t) {
    TextTable facts({QStringLiteral("FIELD"), QStringLiteral("VALUE")}, 100);
    QString source = t.dataSourceUid.value_or(QString());
    if (t.dataSource)
        source = t.dataSource->displayName + QStringLiteral(" (") + t.dataSource->classType +
                 QLatin1Char(')');
    facts.addRow({QStringLiteral("uid"), t.uid});
    facts.addRow({QStringLiteral("namespace"), t.namespaceName.value_or(QString())});
    facts.addRow({QStringLiteral("table"), t.qualifiedName()});
    facts.addRow({QStringLiteral("data source"), source});
    facts.addRow({QStringLiteral("management"), t.managementMode});
    facts.addRow({QStringLiteral("provisioning"), t.provisioningStatus});
    facts.addRow({QStringLiteral("protected"), yesNo(t.protectFromDeletion)});
    facts.addRow({QStringLiteral("labels"), t.labels.join(QStringLiteral(", "))});
    facts.addRow({QStringLiteral("created"), t.creationDate.value_or(QString())});
    facts.addRow({QStringLiteral("contract"), t.contractVersion});
    facts.addRow({QStringLiteral("description"), t.description.value_or(QString())});
    return facts.toString();
}

QString columns(const MetaTable& t) {
    TextTable table({QStringLiteral("#"), QStringLiteral("NAME"), QStringLiteral("DATA TYPE"),
                     QStringLiteral("BACKEND TYPE"), QStringLiteral("NULL"), QStringLiteral("PK"),
                     QStringLiteral("UNIQUE"), QStringLiteral("DEFAULT"),
                     QStringLiteral("DESCRIPTION")});
    table.setRightAligned(0);
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const Column& c = t.columns[i];
        table.addRow({QString::number(c.ordinalPosition.value_or(int(i))), c.name, c.dataType,
                      c.backendType.value_or(QString()), yesNo(c.nullable), yesNo(c.primaryKey),
                      yesNo(c.unique), c.serverDefault.value_or(QString()),
                      c.description.value_or(QString())});
    }
    return table.toString();
}

QString indexes(const MetaTable& t) {
    TextTable table({QStringLiteral("NAME"), QStringLiteral("COLUMNS"), QStringLiteral("UNIQUE"),
                     QStringLiteral("METHOD"), QStringLiteral("EXPRESSION")});
    for (const Index& i : t.indexesMeta)
        table.addRow({i.name.value_or(QString()), columnsText(i.columns), yesNo(i.unique),
                      i.method.value_or(QString()), i.expression.value_or(QString())});
    return table.toString();
}

// Incoming foreign keys do not always say which table they come from (the legacy payload
// has no source uid): `sources` maps an FK name to its table's name, from a depth-1 graph.
using SourceNames = std::map<QString, QString>;

QString foreignKeys(const std::vector<ForeignKey>& fks, bool incoming,
                    const SourceNames& sources = {}) {
    TextTable table({QStringLiteral("NAME"),
                     incoming ? QStringLiteral("FROM") : QStringLiteral("COLUMNS"),
                     incoming ? QStringLiteral("TO") : QStringLiteral("REFERENCES"),
                     QStringLiteral("ON DELETE")});
    for (const ForeignKey& fk : fks) {
        QString from = columnsText(fk.sourceColumns);
        if (incoming) {
            const auto named = fk.name ? sources.find(*fk.name) : sources.end();
            if (named != sources.end())
                from = named->second + QLatin1Char('(') + from + QLatin1Char(')');
            else if (fk.sourceTableUid)
                from = *fk.sourceTableUid + QLatin1Char('(') + from + QLatin1Char(')');
        }
        table.addRow({fk.name.value_or(QString()), from, targetText(fk),
                      fk.onDelete.value_or(QStringLiteral("(not given)"))});
    }
    return table.toString();
}

SourceNames sourceNames(const SchemaGraph& graph, const QString& targetUid) {
    std::map<QString, QString> nodeNames;
    for (const GraphNode& n : graph.nodes)
        nodeNames[n.uid] = n.displayName();
    SourceNames names;
    for (const GraphEdge& e : graph.edges) {
        const auto node = nodeNames.find(e.sourceUid);
        if (e.targetUid == targetUid && e.name && node != nodeNames.end())
            names[*e.name] = node->second;
    }
    return names;
}

QString tableText(const MetaTable& t, const SourceNames& sources) {
    QString text = t.displayName() + QStringLiteral("\n\n") + facts(t);
    text += QStringLiteral("\nColumns (%1)\n").arg(t.columns.size()) + columns(t);
    text += QStringLiteral("\nIndexes (%1)\n").arg(t.indexesMeta.size()) + indexes(t);
    text += QStringLiteral("\nForeign keys (%1)\n").arg(t.foreignKeys.size()) +
            foreignKeys(t.foreignKeys, false);
    text += QStringLiteral("\nReferenced by (%1)\n").arg(t.incomingFks.size()) +
            foreignKeys(t.incomingFks, true, sources);
    return text;
}

} // namespace

void runShow(CliContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("A UID or an identifier."),
                                 QStringLiteral("UID|IDENTIFIER"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (!ctx.parseCommand(parser, QStringLiteral("Show one table.")))
        return;
    if (parser.positionalArguments().size() != 1) {
        ctx.failUsage(QStringLiteral("show needs exactly one UID or IDENTIFIER."));
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
    ctx.fetchTable(parser.positionalArguments().first(), [&ctx,
                                                          fmt](const ApiResult<MetaTable>& result) {
        if (!result) {
            ctx.fail(result.error());
            return;
        }
        if (fmt == QLatin1String("json")) {
            ctx.out(prettyJson(result.rawBody()));
            ctx.finish(Ok);
            return;
        }
        const MetaTable& t = result.value();
        if (t.incomingFks.empty()) {
            ctx.out(tableText(t, {}));
            ctx.finish(Ok);
            return;
        }
        // Name the referencing tables; without the graph they are shown as the payload has them.
        ctx.client()->schemaGraph(t.uid, 1, true, &ctx, [&ctx, t](ApiResult<SchemaGraph> graph) {
            ctx.out(tableText(t, graph ? sourceNames(graph.value(), t.uid) : SourceNames()));
            ctx.finish(Ok);
        });
    });
}

} // namespace cc::cli
