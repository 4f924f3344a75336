#pragma once

#include "core/impact/DeletionImpact.h"

#include <QStandardItemModel>

namespace cc::ui {

// The dependents of a deletion impact as a tree: the table to delete on top, under it the
// tables that reference it, under each the tables that reference those (along the shortest
// path), one row per table with the foreign key it is reached by, its on_delete, what
// deleting root rows does to it, and whether it is protected or platform-managed.
// Blockers, protected tables and physical-table drops are marked; reasons are tooltips.
class DependentsModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum ColumnIndex { Table, Depth, Via, OnDelete, RowDelete, Protected, PlatformManaged };
    enum Role {
        UidRole = Qt::UserRole + 1,
        NameRole,
        BlocksStrictDeleteRole, // bool: a direct reference that refuses a strict delete
        IsRootRole,
        SortRole,
    };

    explicit DependentsModel(QObject* parent = nullptr);

    void setImpact(const DeletionImpact& impact);
    void clearImpact();

    // The row of a table (column Table), invalid when it is not in the tree.
    QModelIndex indexOfUid(const QString& uid) const;
    // Every table in the tree, the root first, in tree order.
    QStringList uids() const;
    int dependentCount() const { return m_dependents; }

private:
    QList<QStandardItem*> rootRow(const DeletionImpact& impact) const;
    QList<QStandardItem*> dependentRow(const DeletionImpact& impact, const DependentTable& d,
                                       bool blocksStrictDelete) const;

    int m_dependents = 0;
};

// How a row delete reaches one dependent, worst effect first ("blocks, sets null"); empty
// when it does not reach it.
QString rowEffectsText(const DependentTable& dependent);

} // namespace cc::ui
