#include "ui/table/SchemaTabs.h"

#include "ui/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::ui {

namespace {
struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(ForeignKeysTab)
};

QString joined(const QStringList& list) {
    return list.join(QStringLiteral(", "));
}

} // namespace

Cell onDeleteCell(const std::optional<QString>& onDelete) {
    Cell c;
    c.text = onDeleteText(onDelete);
    const QString rule = c.text.toLower();
    if (rule == QLatin1String("cascade")) {
        c.tone = theme::Tone::Warning;
        c.toolTip = SchemaText::tr("Deleting the referenced row deletes these rows too.");
    } else if (rule == QLatin1String("restrict")) {
        c.tone = theme::Tone::Danger;
        c.toolTip = SchemaText::tr("A referenced row cannot be deleted while these rows exist.");
    } else if (rule.startsWith(QLatin1String("set "))) {
        c.tone = theme::Tone::Accent;
        c.toolTip = SchemaText::tr("Deleting the referenced row changes this column.");
    } else {
        c.muted = true;
        c.toolTip = SchemaText::tr("Deleting a referenced row fails at the end of the statement.");
    }
    return c;
}

QString onDeleteText(const std::optional<QString>& onDelete) {
    if (!onDelete || onDelete->trimmed().isEmpty())
        return QStringLiteral("NO ACTION");
    return onDelete->trimmed().toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
}

ColumnsTab::ColumnsTab(QWidget* parent)
    : GridTab({tr("#"), tr("Name"), tr("Data type"), tr("Backend type"), tr("Nullable"), tr("PK"),
               tr("Unique"), tr("Default"), tr("Description")},
              tr("Filter columns"), parent) {
    setPreferredWidths({4, 24, 26, 20, 8, 5, 7, 18});
}

void ColumnsTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const MetaTable& t = snapshot->table;
    const bool fromContract = t.columns.empty() && !t.tableContract.columns.empty();
    const std::vector<Column>& columns = fromContract ? t.tableContract.columns : t.columns;

    std::vector<std::vector<Cell>> rows;
    int pkCount = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Column& c = columns[i];
        const int ordinal = c.ordinalPosition.value_or(int(i));
        Cell name;
        name.text = c.name;
        QStringList tip{c.name};
        if (c.logicalName && *c.logicalName != c.name)
            tip << tr("Logical name: %1").arg(*c.logicalName);
        if (c.label && !c.label->isEmpty())
            tip << tr("Label: %1").arg(*c.label);
        name.toolTip = tip.join(QLatin1Char('\n'));
        Cell dataType;
        dataType.text = c.dataType;
        dataType.monospace = true;
        Cell backend = Cell::optional(c.backendType);
        backend.monospace = true;
        Cell def = Cell::optional(c.serverDefault);
        def.monospace = true;
        // `ordinal_position` is 0-based (spec §2.5); people count columns from 1.
        Cell position = Cell::number(ordinal + 1);
        position.toolTip = tr("ordinal_position %1").arg(ordinal);
        rows.push_back({position, name, dataType, backend, Cell::flag(c.nullable, tr("nullable")),
                        Cell::flag(c.primaryKey, tr("primary key")),
                        Cell::flag(c.unique, tr("unique")), def, Cell::optional(c.description)});
        if (c.primaryKey)
            ++pkCount;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a[0].sortKey.toLongLong() < b[0].sortKey.toLongLong();
    });
    QString footer = counted(qint64(columns.size()), tr("1 column"), tr("%1 columns"));
    if (pkCount > 0)
        footer +=
            counted(pkCount, tr(" · primary key: 1 column"), tr(" · primary key: %1 columns"));
    if (fromContract)
        footer += tr(" · from the table contract (no normalized projection)");
    setRows(std::move(rows), footer);
}

IndexesTab::IndexesTab(QWidget* parent)
    : GridTab({tr("Name"), tr("Columns"), tr("Unique"), tr("Method"), tr("Expression")},
              tr("Filter indexes"), parent) {
    setPreferredWidths({34, 30, 7, 9});
}

void IndexesTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const MetaTable& t = snapshot->table;
    const bool fromContract = t.indexesMeta.empty() && t.tableContract.legacyIndexes &&
                              !t.tableContract.legacyIndexes->empty();
    const std::vector<Index>& indexes =
        fromContract ? *t.tableContract.legacyIndexes : t.indexesMeta;
    std::vector<std::vector<Cell>> rows;
    for (const Index& ix : indexes) {
        Cell columns;
        columns.text = joined(ix.columns);
        Cell method = Cell::optional(ix.method);
        Cell expression = Cell::optional(ix.expression);
        expression.monospace = true;
        rows.push_back({Cell::optional(ix.name), columns, Cell::flag(ix.unique, tr("unique")),
                        method, expression});
    }
    QString footer = indexes.empty()
                         ? tr("This table has no indexes.")
                         : counted(qint64(indexes.size()), tr("1 index"), tr("%1 indexes"));
    if (fromContract)
        footer += tr(" · from the table contract");
    setRows(std::move(rows), footer);
}

ForeignKeysTab::ForeignKeysTab(QWidget* parent)
    : GridTab({tr("Constraint"), tr("Columns"), tr("References table"), tr("Target columns"),
               tr("On delete")},
              tr("Filter foreign keys"), parent) {
    setPreferredWidths({30, 22, 34, 22});
}

void ForeignKeysTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const MetaTable& t = snapshot->table;
    const bool fromContract = t.foreignKeys.empty() && t.tableContract.legacyForeignKeys &&
                              !t.tableContract.legacyForeignKeys->empty();
    const std::vector<ForeignKey>& fks =
        fromContract ? *t.tableContract.legacyForeignKeys : t.foreignKeys;
    std::vector<std::vector<Cell>> rows;
    for (const ForeignKey& fk : fks) {
        Cell target;
        if (fk.targetTablePhysicalTableName && !fk.targetTablePhysicalTableName->isEmpty()) {
            target.text = fk.targetTablePhysicalSchema && !fk.targetTablePhysicalSchema->isEmpty()
                              ? *fk.targetTablePhysicalSchema + QLatin1Char('.') +
                                    *fk.targetTablePhysicalTableName
                              : *fk.targetTablePhysicalTableName;
        } else if (fk.targetIdentifier) {
            target.text = *fk.targetIdentifier;
        } else {
            target.text = fk.targetTableUid.value_or(tr("unknown table"));
        }
        if (fk.targetTableUid && !fk.targetTableUid->isEmpty()) {
            target.linkUid = *fk.targetTableUid;
            target.toolTip = tr("Open %1 (%2)").arg(target.text, *fk.targetTableUid);
        } else {
            target.muted = true;
            target.toolTip = tr("The server did not say which MetaTable this is.");
        }
        Cell columns;
        columns.text = joined(fk.sourceColumns);
        Cell targetColumns;
        targetColumns.text = joined(fk.targetColumns);
        rows.push_back(
            {Cell::optional(fk.name), columns, target, targetColumns, onDeleteCell(fk.onDelete)});
    }
    QString footer = fks.empty()
                         ? tr("This table references no other table.")
                         : counted(qint64(fks.size()), tr("1 foreign key"), tr("%1 foreign keys"));
    if (fromContract)
        footer += tr(" · from the table contract");
    setRows(std::move(rows), footer);
}

} // namespace cc::ui
