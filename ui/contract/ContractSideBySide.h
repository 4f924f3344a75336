#pragma once

#include "core/TableContract.h"
#include "core/diff/ContractDiff.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QLabel;
class QTableView;

namespace cc::ui {

// The columns of two contracts lined up row by row: a column's row holds it on both sides
// (blank on the side that lacks it). What changed is tinted by the change's severity and
// explains itself in a tooltip.
class SideBySideModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Side { Before, After };
    enum Column { Name, DataType, BackendType, Nullable, PrimaryKey, Unique, Default, ColumnCount };

    // One aligned row: indexes into before.columns / after.columns, -1 when absent.
    struct Row {
        int before = -1;
        int after = -1;
    };

    SideBySideModel(Side side, QObject* parent = nullptr);
    void setContracts(const TableContract& before, const TableContract& after,
                      const ContractDiff& diff);
    const std::vector<Row>& rows() const { return m_rows; }
    // The severity of the change shown in a cell, if any.
    std::optional<ContractChange::Severity> cellSeverity(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const cc::Column* columnAt(int row) const;
    const ContractChange* changeAt(int row, int column) const;

    Side m_side;
    TableContract m_before;
    TableContract m_after;
    std::vector<Row> m_rows;
    // By column name: the changes of that column (added/removed count for every cell).
    std::map<QString, std::vector<ContractChange>> m_changes;
};

// Registered on the left, proposed on the right, scrolling together.
class ContractSideBySide : public QWidget {
    Q_OBJECT

public:
    explicit ContractSideBySide(QWidget* parent = nullptr);

    void setContracts(const TableContract& before, const TableContract& after,
                      const ContractDiff& diff, const QString& beforeTitle,
                      const QString& afterTitle);

    SideBySideModel* beforeModel() const { return m_beforeModel; }
    SideBySideModel* afterModel() const { return m_afterModel; }
    QTableView* beforeView() const { return m_beforeView; }
    QTableView* afterView() const { return m_afterView; }

private:
    QTableView* makeView(SideBySideModel* model);

    SideBySideModel* m_beforeModel = nullptr;
    SideBySideModel* m_afterModel = nullptr;
    QTableView* m_beforeView = nullptr;
    QTableView* m_afterView = nullptr;
    QLabel* m_beforeTitle = nullptr;
    QLabel* m_afterTitle = nullptr;
};

} // namespace cc::ui
