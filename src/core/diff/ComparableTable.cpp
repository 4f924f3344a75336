#include "core/diff/ComparableTable.h"

#include "core/DTypes.h"

#include <QSet>

namespace cc::diff {

namespace {

QString joined(const QStringList& names) {
    return names.join(QStringLiteral(", "));
}

bool rawHasKey(const Json& raw, const char* key) {
    return raw.is_object() && raw.contains(key);
}

// Whether the snapshot's column object carried `key`, when the raw object is at hand.
std::optional<bool> rawColumnHasKey(const Json& raw, const QString& column, const char* key) {
    if (!raw.is_object() || !raw.contains("columns") || !raw["columns"].is_array())
        return std::nullopt;
    const std::string name = column.toStdString();
    for (const Json& c : raw["columns"]) {
        if (c.is_object() && c.contains("name") && c["name"].is_string() &&
            c["name"].get<std::string>() == name)
            return c.contains(key);
    }
    return std::nullopt;
}

QString constraintType(const QString& type) {
    QString t = type.toUpper();
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    return t.simplified();
}

ComparableIndex comparableIndex(const Index& index) {
    ComparableIndex out;
    out.name = index.name.value_or(QString());
    out.columns = index.columns;
    out.unique = index.unique;
    out.method = index.method && !index.method->trimmed().isEmpty()
                     ? index.method->trimmed().toLower()
                     : QStringLiteral("btree");
    out.expression = index.expression.value_or(QString()).trimmed();
    return out;
}

bool isSingleColumnUnique(const ComparableIndex& index) {
    return index.unique && index.columns.size() == 1 && index.expression.isEmpty();
}

// Marks effective single-column uniqueness and drops the indexes it came from.
void foldSingleColumnUniqueness(std::vector<ComparableColumn>& columns,
                                std::vector<ComparableIndex>& indexes,
                                const QStringList& primaryKey,
                                const QSet<QString>& constraintIndexNames) {
    QSet<QString> uniqueColumns;
    std::vector<ComparableIndex> kept;
    for (ComparableIndex& index : indexes) {
        const bool enforcesKey = index.unique && index.expression.isEmpty() &&
                                 !primaryKey.isEmpty() && index.columns == primaryKey;
        if (isSingleColumnUnique(index))
            uniqueColumns.insert(index.columns.front());
        if (isSingleColumnUnique(index) || enforcesKey ||
            (!index.name.isEmpty() && constraintIndexNames.contains(index.name)))
            continue;
        kept.push_back(std::move(index));
    }
    indexes = std::move(kept);
    for (ComparableColumn& column : columns) {
        if (uniqueColumns.contains(column.name))
            column.unique = true;
    }
}

void markSolePrimaryKeyUnique(std::vector<ComparableColumn>& columns,
                              const QStringList& primaryKey) {
    if (primaryKey.size() != 1)
        return;
    for (ComparableColumn& column : columns) {
        if (column.name == primaryKey.front())
            column.unique = true;
    }
}

ComparableForeignKey comparableForeignKey(const ForeignKey& fk) {
    ComparableForeignKey out;
    out.name = fk.name.value_or(QString());
    out.sourceColumns = fk.sourceColumns;
    out.targetColumns = fk.targetColumns;
    if (fk.targetTablePhysicalTableName && !fk.targetTablePhysicalTableName->isEmpty()) {
        out.targetKind = ComparableForeignKey::TargetKind::Physical;
        const QString schema = fk.targetTablePhysicalSchema.value_or(QString());
        out.target = schema.isEmpty()
                         ? *fk.targetTablePhysicalTableName
                         : schema + QLatin1Char('.') + *fk.targetTablePhysicalTableName;
    } else if (fk.targetTableUid && !fk.targetTableUid->isEmpty()) {
        out.targetKind = ComparableForeignKey::TargetKind::Uid;
        out.target = *fk.targetTableUid;
    } else {
        out.targetKind = ComparableForeignKey::TargetKind::Identifier;
        out.target = fk.targetIdentifier.value_or(QString());
    }
    // The legacy contract shape defaults on_delete to restrict (spec §3.1).
    out.onDelete = normalizeOnDelete(fk.onDelete.value_or(QStringLiteral("restrict")));
    return out;
}

ComparableForeignKey comparableForeignKey(const SnapshotForeignKey& fk) {
    ComparableForeignKey out;
    out.name = fk.name.value_or(QString());
    out.sourceColumns = fk.sourceColumns;
    out.targetColumns = fk.targetColumns;
    out.targetKind = ComparableForeignKey::TargetKind::Physical;
    const QString schema = fk.targetSchema.value_or(QString());
    out.target = schema.isEmpty() ? fk.targetTable : schema + QLatin1Char('.') + fk.targetTable;
    if (fk.onDelete && !fk.onDelete->trimmed().isEmpty())
        out.onDelete = normalizeOnDelete(*fk.onDelete);
    return out;
}

} // namespace

QString ComparableIndex::subject() const {
    if (!name.isEmpty())
        return name;
    return QLatin1Char('(') + (expression.isEmpty() ? joined(columns) : expression) +
           QLatin1Char(')');
}

QString ComparableForeignKey::subject() const {
    if (!name.isEmpty())
        return name;
    return QLatin1Char('(') + joined(sourceColumns) + QStringLiteral(") → ") + target;
}

QString normalizeOnDelete(const QString& onDelete) {
    QString value = onDelete.toLower();
    value.replace(QLatin1Char('_'), QLatin1Char(' '));
    return value.simplified();
}

ComparableTable fromContract(const TableContract& contract) {
    ComparableTable table;
    QStringList primaryKey;
    for (const Column& column : contract.columns) {
        ComparableColumn c;
        c.name = column.name;
        c.dataType = dtype::normalizeDataType(column.dataType);
        c.backendType = column.backendType;
        c.nullable = column.nullable;
        c.primaryKey = column.primaryKey;
        c.unique = column.unique;
        c.serverDefault = column.serverDefault;
        c.description = column.description;
        c.label = column.label;
        c.logicalName = column.logicalName;
        if (column.primaryKey)
            primaryKey.append(column.name);
        table.columns.push_back(std::move(c));
    }
    markSolePrimaryKeyUnique(table.columns, primaryKey);
    if (contract.legacyIndexes) {
        std::vector<ComparableIndex> indexes;
        for (const Index& index : *contract.legacyIndexes)
            indexes.push_back(comparableIndex(index));
        foldSingleColumnUniqueness(table.columns, indexes, primaryKey, {});
        table.indexes = std::move(indexes);
    }
    if (contract.legacyForeignKeys) {
        std::vector<ComparableForeignKey> fks;
        for (const ForeignKey& fk : *contract.legacyForeignKeys)
            fks.push_back(comparableForeignKey(fk));
        table.foreignKeys = std::move(fks);
    }
    return table;
}

ComparableTable fromSnapshot(const IntrospectionSnapshot& snapshot) {
    ComparableTable table;
    const Json& raw = snapshot.raw;
    const bool constraintsKnown = !snapshot.constraints.empty() || rawHasKey(raw, "constraints");
    const bool indexesKnown = !snapshot.indexes.empty() || rawHasKey(raw, "indexes");
    const bool foreignKeysKnown = !snapshot.foreignKeys.empty() || rawHasKey(raw, "foreign_keys");

    QStringList primaryKey;
    QSet<QString> uniqueByConstraint;
    QSet<QString> constraintIndexNames; // indexes PostgreSQL made for PK / UNIQUE constraints
    for (const SnapshotConstraint& constraint : snapshot.constraints) {
        const QString type = constraintType(constraint.type);
        if (type == QLatin1String("PRIMARY KEY") && primaryKey.isEmpty()) {
            primaryKey = constraint.columns;
            constraintIndexNames.insert(constraint.name);
        } else if (type == QLatin1String("UNIQUE") && constraint.columns.size() == 1) {
            uniqueByConstraint.insert(constraint.columns.front());
            constraintIndexNames.insert(constraint.name);
        }
    }

    for (const SnapshotColumn& column : snapshot.columns) {
        ComparableColumn c;
        c.name = column.name;
        if (column.dataType && !column.dataType->trimmed().isEmpty())
            c.dataType = dtype::normalizeDataType(*column.dataType);
        else if (column.backendType && !column.backendType->trimmed().isEmpty())
            c.dataType = dtype::fromPostgresType(*column.backendType);
        c.backendType = column.backendType;
        c.backendTypeKnown = column.backendType.has_value();
        c.nullable = column.nullable;
        // Without the raw object, a snapshot that gives nullability is taken to give
        // defaults too (an absent default then means none).
        c.defaultKnown =
            rawColumnHasKey(raw, column.name, "default").value_or(column.nullable.has_value());
        c.serverDefault = column.defaultValue;
        c.metadataKnown = false;
        if (constraintsKnown)
            c.primaryKey = primaryKey.contains(column.name);
        if (constraintsKnown || indexesKnown)
            c.unique = uniqueByConstraint.contains(column.name);
        table.columns.push_back(std::move(c));
    }
    markSolePrimaryKeyUnique(table.columns, primaryKey);

    std::vector<ComparableIndex> indexes;
    for (const Index& index : snapshot.indexes)
        indexes.push_back(comparableIndex(index));
    foldSingleColumnUniqueness(table.columns, indexes, primaryKey, constraintIndexNames);
    if (indexesKnown)
        table.indexes = std::move(indexes);

    if (foreignKeysKnown) {
        std::vector<ComparableForeignKey> fks;
        for (const SnapshotForeignKey& fk : snapshot.foreignKeys)
            fks.push_back(comparableForeignKey(fk));
        table.foreignKeys = std::move(fks);
    }
    return table;
}

} // namespace cc::diff
