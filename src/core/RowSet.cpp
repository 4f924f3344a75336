#include "core/RowSet.h"

#include <stdexcept>

namespace cc {

RowSet::RowSet(QStringList columns)
    : m_columns(std::move(columns))
{
}

int RowSet::addColumn(const QString& name)
{
    const int oldCount = columnCount();
    m_columns.append(name);
    if (m_rowCount > 0) {
        // Re-stride the cell arrays: every existing row gains a NULL cell at the end.
        const std::size_t newCount = std::size_t(m_columns.size());
        std::vector<std::uint32_t> start(std::size_t(m_rowCount) * newCount, 0);
        std::vector<std::uint32_t> length(start.size(), 0);
        std::vector<CellKind> kind(start.size(), CellKind::Null);
        for (qint64 r = 0; r < m_rowCount; ++r)
            for (int c = 0; c < oldCount; ++c) {
                const std::size_t from = std::size_t(r) * std::size_t(oldCount) + std::size_t(c);
                const std::size_t to = std::size_t(r) * newCount + std::size_t(c);
                start[to] = m_start[from];
                length[to] = m_length[from];
                kind[to] = m_kind[from];
            }
        m_start.swap(start);
        m_length.swap(length);
        m_kind.swap(kind);
    }
    if (m_inRow) {
        m_rowKind.push_back(CellKind::Null);
        m_rowText.emplace_back();
    }
    return oldCount;
}

void RowSet::beginRow()
{
    m_inRow = true;
    m_rowKind.assign(std::size_t(m_columns.size()), CellKind::Null);
    // The pending cells keep their capacity from row to row: no allocation per cell.
    m_rowText.resize(std::size_t(m_columns.size()));
    for (std::string& text : m_rowText)
        text.clear();
}

void RowSet::setCell(int column, CellKind kind, std::string_view text)
{
    if (!m_inRow || column < 0 || column >= columnCount())
        return;
    m_rowKind[std::size_t(column)] = kind;
    m_rowText[std::size_t(column)].assign(text.data(), text.size());
}

void RowSet::endRow()
{
    if (!m_inRow)
        return;
    for (std::size_t c = 0; c < m_rowKind.size(); ++c) {
        const std::string& t = m_rowText[c];
        if (m_text.size() + t.size() > UINT32_MAX)
            throw std::length_error("RowSet page exceeds 4 GiB of text");
        m_start.push_back(std::uint32_t(m_text.size()));
        m_length.push_back(std::uint32_t(t.size()));
        m_kind.push_back(m_rowKind[c]);
        m_text.append(t);
    }
    ++m_rowCount;
    m_inRow = false;
}

RowSet::CellKind RowSet::kind(qint64 row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= columnCount())
        return CellKind::Null;
    return m_kind[cellIndex(row, column)];
}

std::string_view RowSet::text(qint64 row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= columnCount())
        return {};
    const std::size_t i = cellIndex(row, column);
    return std::string_view(m_text).substr(m_start[i], m_length[i]);
}

QString RowSet::displayText(qint64 row, int column) const
{
    const std::string_view t = text(row, column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

void RowSet::append(const RowSet& other)
{
    std::vector<int> map;
    map.reserve(std::size_t(other.columnCount()));
    for (const QString& name : other.columns()) {
        int idx = columnIndex(name);
        if (idx < 0)
            idx = addColumn(name);
        map.push_back(idx);
    }
    for (qint64 r = 0; r < other.rowCount(); ++r) {
        beginRow();
        for (int c = 0; c < other.columnCount(); ++c)
            setCell(map[std::size_t(c)], other.kind(r, c), other.text(r, c));
        endRow();
    }
}

std::size_t RowSet::memoryBytes() const
{
    return sizeof(*this) + m_text.capacity() + m_start.capacity() * sizeof(std::uint32_t)
           + m_length.capacity() * sizeof(std::uint32_t) + m_kind.capacity() * sizeof(CellKind)
           + std::size_t(m_columns.size()) * 64;
}

void RowSet::reserve(qint64 rows, std::size_t textBytes)
{
    const std::size_t cells = std::size_t(rows) * std::size_t(m_columns.size());
    m_start.reserve(cells);
    m_length.reserve(cells);
    m_kind.reserve(cells);
    m_text.reserve(textBytes);
}

bool RowSet::operator==(const RowSet& o) const
{
    if (m_columns != o.m_columns || m_rowCount != o.m_rowCount)
        return false;
    for (qint64 r = 0; r < m_rowCount; ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (kind(r, c) != o.kind(r, c) || text(r, c) != o.text(r, c))
                return false;
    return true;
}

} // namespace cc
