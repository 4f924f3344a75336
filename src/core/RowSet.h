#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

// Rows of a result page, stored compactly: one text buffer plus an offset and a kind per
// cell. A million rows of eight columns cost the text itself plus five bytes a cell,
// instead of a QVariant and a heap string per cell. Columns keep the SELECT's order.
class RowSet {
public:
    enum class CellKind : std::uint8_t { Null, Bool, Number, String, Json };

    RowSet() = default;
    explicit RowSet(QStringList columns);

    const QStringList& columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    qint64 rowCount() const { return m_rowCount; }
    bool isEmpty() const { return m_rowCount == 0; }

    // Appends a column; existing rows get NULL there. Returns its index.
    int addColumn(const QString& name);
    int columnIndex(const QString& name) const { return int(m_columns.indexOf(name)); }

    // Row building: beginRow(), any number of setCell(), endRow(). Cells not set are NULL.
    void beginRow();
    void setCell(int column, CellKind kind, std::string_view text);
    void endRow();

    // `text` is the cell's JSON-free rendering: strings unquoted, numbers and booleans as
    // JSON wrote them, JSON values as compact JSON; empty for NULL.
    CellKind kind(qint64 row, int column) const;
    std::string_view text(qint64 row, int column) const;
    QString displayText(qint64 row, int column) const;
    bool isNull(qint64 row, int column) const { return kind(row, column) == CellKind::Null; }

    // Appends the rows of `other`, matching columns by name (new names become new columns).
    void append(const RowSet& other);
    // Bytes held by this page (buffers and bookkeeping), for memory reports.
    std::size_t memoryBytes() const;
    void reserve(qint64 rows, std::size_t textBytes);

    bool operator==(const RowSet& o) const;

private:
    std::size_t cellIndex(qint64 row, int column) const
    {
        return std::size_t(row) * std::size_t(m_columns.size()) + std::size_t(column);
    }

    QStringList m_columns;
    qint64 m_rowCount = 0;
    std::string m_text;
    // Cell c spans m_text[m_start[c], m_start[c] + m_length[c]).
    std::vector<std::uint32_t> m_start;
    std::vector<std::uint32_t> m_length;
    std::vector<CellKind> m_kind;
    // Pending row while building.
    std::vector<CellKind> m_rowKind;
    std::vector<std::string> m_rowText;
    bool m_inRow = false;
};

} // namespace cc
