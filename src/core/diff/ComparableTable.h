#pragma once

#include "core/IntrospectionSnapshot.h"
#include "core/TableContract.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc::diff {

// A table description both a contract and a snapshot can be turned into. An empty optional
// means "this side does not say", and such a field is not compared.
struct ComparableColumn {
    QString name;
    std::optional<QString> dataType; // normalized dtype token
    std::optional<QString> backendType;
    bool backendTypeKnown = true; // a contract may leave it unset: that is known too
    std::optional<bool> nullable;
    std::optional<bool> primaryKey;
    // Single-column uniqueness, whatever enforces it: the unique flag, a one-column unique
    // index, or being the whole primary key.
    std::optional<bool> unique;
    std::optional<QString> serverDefault;
    bool defaultKnown = true;
    std::optional<QString> description;
    std::optional<QString> label;
    std::optional<QString> logicalName;
    bool metadataKnown = true;
};

// Indexes that only enforce the primary key or a one-column uniqueness are left out:
// the columns carry that.
struct ComparableIndex {
    QString name; // empty when unnamed
    QStringList columns;
    bool unique = false;
    QString method; // lowercase; btree when not given
    QString expression;

    QString subject() const;
};

struct ComparableForeignKey {
    enum class TargetKind { Physical, Uid, Identifier };

    QString name;
    QStringList sourceColumns;
    TargetKind targetKind = TargetKind::Physical;
    QString target;
    QStringList targetColumns;
    std::optional<QString> onDelete; // lowercase, `_` as space: "no action", "set null"

    QString subject() const;
};

struct ComparableTable {
    std::vector<ComparableColumn> columns;
    std::optional<std::vector<ComparableIndex>> indexes;
    std::optional<std::vector<ComparableForeignKey>> foreignKeys;
};

ComparableTable fromContract(const TableContract& contract);
ComparableTable fromSnapshot(const IntrospectionSnapshot& snapshot);

// "restrict", "no action", "cascade", "set null", "set default" or as given, lowercased.
QString normalizeOnDelete(const QString& onDelete);

} // namespace cc::diff
