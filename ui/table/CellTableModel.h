#pragma once

#include "ui/Theme.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace cc::ui {

// One cell of a read-only grid: what it shows, how it sorts, and optionally the table it
// links to.
struct Cell {
    QString text;
    QVariant sortKey;  // defaults to the text
    QString toolTip;   // defaults to the text when it may be elided
    QString linkUid;   // a MetaTable uid: the cell is drawn and acts as a link
    bool mark = false; // a boolean flag drawn as a check mark (text stays for filtering)
    bool muted = false;
    bool monospace = false;
    std::optional<theme::Tone> tone; // coloured text, e.g. what an on_delete rule does
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;

    static Cell flag(bool on, const QString& name);
    static Cell number(qint64 value);
    static Cell optional(const std::optional<QString>& value);
};

// Rows of Cells behind the grids of the table document (columns, indexes, foreign keys).
class CellTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, LinkRole, MarkRole };

    explicit CellTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(std::vector<std::vector<Cell>> rows);
    const Cell* cell(const QModelIndex& index) const;
    const Cell* cell(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<std::vector<Cell>> m_rows;
};

} // namespace cc::ui
