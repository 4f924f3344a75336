#pragma once

#include "ui/table/GridTab.h"

namespace cc::ui {

// Columns: ordinal, name, data type, backend type, nullable, PK, unique, server default,
// description. From the normalized projection, else from the table contract.
class ColumnsTab : public GridTab {
    Q_OBJECT

public:
    explicit ColumnsTab(QWidget* parent = nullptr);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;

    enum ColumnIndex {
        Ordinal,
        Name,
        DataType,
        BackendType,
        Nullable,
        PrimaryKey,
        Unique,
        Default,
        Description
    };
};

// Indexes: name, columns, unique, method, expression.
class IndexesTab : public GridTab {
    Q_OBJECT

public:
    explicit IndexesTab(QWidget* parent = nullptr);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;
};

// Outgoing foreign keys; the target table is a link that opens it.
class ForeignKeysTab : public GridTab {
    Q_OBJECT

public:
    explicit ForeignKeysTab(QWidget* parent = nullptr);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;

    enum ColumnIndex { Constraint, Columns, Target, TargetColumns, OnDelete };
};

// "cascade" → "CASCADE", missing → "NO ACTION" (PostgreSQL's default).
QString onDeleteText(const std::optional<QString>& onDelete);
// The on_delete rule as a cell, coloured by what it does to the referencing rows.
Cell onDeleteCell(const std::optional<QString>& onDelete);

} // namespace cc::ui
