#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "core/codec/IntrospectionCodec.h"
#include "core/diff/ContractDiff.h"

#include <memory>

namespace cc::cli {

namespace {

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return QString();
    return *value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString snapshotText(const IntrospectionSnapshot& s)
{
    QString text = QStringLiteral("Introspected at %1 (%2.%3)\n")
                       .arg(s.introspectedAt.value_or(QStringLiteral("an unknown time")),
                            s.schema.value_or(QString()), s.tableName.value_or(QString()));
    TextTable columns({QStringLiteral("#"), QStringLiteral("NAME"), QStringLiteral("BACKEND TYPE"),
                       QStringLiteral("NULL"), QStringLiteral("DEFAULT")});
    columns.setRightAligned(0);
    for (const SnapshotColumn& c : s.columns)
        columns.addRow({c.ordinalPosition ? QString::number(*c.ordinalPosition) : QString(), c.name,
                        c.backendType.value_or(c.dataType.value_or(QString())), yesNo(c.nullable),
                        c.defaultValue.value_or(QString())});
    text += QStringLiteral("\nColumns (%1)\n").arg(s.columns.size()) + columns.toString();

    TextTable indexes({QStringLiteral("NAME"), QStringLiteral("COLUMNS"), QStringLiteral("UNIQUE"),
                       QStringLiteral("METHOD")});
    for (const Index& i : s.indexes)
        indexes.addRow({i.name.value_or(QString()), i.columns.join(QStringLiteral(", ")),
                        i.unique ? QStringLiteral("yes") : QStringLiteral("no"),
                        i.method.value_or(QString())});
    text += QStringLiteral("\nIndexes (%1)\n").arg(s.indexes.size()) + indexes.toString();

    TextTable constraints({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("COLUMNS")});
    for (const SnapshotConstraint& c : s.constraints)
        constraints.addRow({c.name, c.type, c.columns.join(QStringLiteral(", "))});
    text += QStringLiteral("\nConstraints (%1)\n").arg(s.constraints.size()) + constraints.toString();

    TextTable fks({QStringLiteral("NAME"), QStringLiteral("COLUMNS"), QStringLiteral("REFERENCES"),
                   QStringLiteral("ON DELETE")});
    for (const SnapshotForeignKey& fk : s.foreignKeys) {
        QString target = fk.targetTable;
        if (fk.targetSchema)
            target = *fk.targetSchema + QLatin1Char('.') + target;
        fks.addRow({fk.name.value_or(QString()), fk.sourceColumns.join(QStringLiteral(", ")),
                    target + QLatin1Char('(') + fk.targetColumns.join(QStringLiteral(", ")) + QLatin1Char(')'),
                    fk.onDelete.value_or(QString())});
    }
    text += QStringLiteral("\nForeign keys (%1)\n").arg(s.foreignKeys.size()) + fks.toString();
    return text;
}

void print(CliContext& ctx, const MetaTable& table, const IntrospectionSnapshot& snapshot,
           const QString& format)
{
    if (format == QLatin1String("json")) {
        ctx.out(QString::fromStdString(encodeIntrospectionSnapshot(snapshot).dump(2)) + QLatin1Char('\n'));
        ctx.finish(Ok);
        return;
    }
    if (snapshot.isEmpty()) {
        ctx.out(QStringLiteral("%1 has never been introspected. Run with --refresh to read its "
                               "physical table now.\n")
                    .arg(table.displayName()));
        ctx.finish(Ok);
        return;
    }
    QString text = snapshotText(snapshot);
    const ContractDiff drift = ContractDiff::compare(table.tableContract, snapshot);
    text += drift.isEmpty()
                ? QStringLiteral("\nNo drift: the physical table matches the registered contract.\n")
                : QStringLiteral("\nDrift from the registered contract\n") + drift.toMarkdown();
    ctx.out(text);
    ctx.finish(Ok);
}

} // namespace

void runIntrospect(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("The table."),
                                 QStringLiteral("UID|IDENTIFIER"));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
                                     QStringLiteral("Introspect the physical table now (POST "
                                                    "introspect/) instead of showing the stored "
                                                    "snapshot."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({refresh, format});
    if (!ctx.parseCommand(parser, QStringLiteral("A table's introspection snapshot and its drift "
                                                 "from the registered contract.")))
        return;
    if (parser.positionalArguments().size() != 1) {
        ctx.failUsage(QStringLiteral("introspect needs exactly one UID or IDENTIFIER."));
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
    const bool now = parser.isSet(refresh);
    ctx.fetchTable(parser.positionalArguments().first(),
                         [&ctx, client, now, fmt](const ApiResult<MetaTable>& table) {
        if (!table) {
            ctx.fail(table.error());
            return;
        }
        if (!now) {
            print(ctx, table.value(), table.value().introspectionSnapshot, fmt);
            return;
        }
        auto registered = std::make_shared<MetaTable>(table.value());
        client->introspect(registered->uid, &ctx,
                           [&ctx, registered, fmt](ApiResult<IntrospectReply> reply) {
            if (!reply) {
                ctx.fail(reply.error());
                return;
            }
            print(ctx, *registered, reply.value().snapshot, fmt);
        });
    });
}

} // namespace cc::cli
