#include "core/codec/RowsBuilder.h"

#include <charconv>

namespace cc::codec {

void RowsBuilder::beginRow() {
    m_rows.beginRow();
    m_position = 0;
}

int RowsBuilder::column(const std::string& key) {
    const std::size_t position = m_position++;
    if (position < m_names.size() && m_names[position] == key)
        return int(position);
    if (auto it = m_index.find(key); it != m_index.end())
        return it->second;
    const int column = m_rows.addColumn(QString::fromStdString(key));
    m_names.push_back(key);
    m_index.emplace(key, column);
    return column;
}

void RowsBuilder::setString(int column, std::string_view text) {
    if (!m_reserved)
        m_rowTextBytes += text.size();
    m_rows.setCell(column, RowSet::CellKind::String, text);
}

void RowsBuilder::setBool(int column, bool value) {
    m_rows.setCell(column, RowSet::CellKind::Bool, value ? "true" : "false");
}

void RowsBuilder::setInteger(int column, std::int64_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_rows.setCell(column, RowSet::CellKind::Number,
                   std::string_view(buffer, std::size_t(result.ptr - buffer)));
}

void RowsBuilder::setUnsigned(int column, std::uint64_t value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_rows.setCell(column, RowSet::CellKind::Number,
                   std::string_view(buffer, std::size_t(result.ptr - buffer)));
}

void RowsBuilder::setNumberText(int column, std::string_view text) {
    if (!m_reserved)
        m_rowTextBytes += text.size();
    m_rows.setCell(column, RowSet::CellKind::Number, text);
}

void RowsBuilder::setDumped(int column, const OrderedJson& value) {
    const std::string text = value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
    if (!m_reserved)
        m_rowTextBytes += text.size();
    m_rows.setCell(column, value.is_number() ? RowSet::CellKind::Number : RowSet::CellKind::Json,
                   text);
}

void RowsBuilder::endRow() {
    m_rows.endRow();
    if (!m_reserved)
        reserveAfterFirstRow();
}

void RowsBuilder::reserveAfterFirstRow() {
    // The first row tells the width and roughly the size of every row.
    m_reserved = true;
    const std::size_t columns = std::size_t(m_rows.columnCount());
    std::size_t rowJsonBytes = m_rowTextBytes + 2;
    for (const std::string& name : m_names)
        rowJsonBytes += name.size() + 8;
    const std::size_t rows =
        m_expectedRows > 0 ? m_expectedRows : m_expectedBytes / rowJsonBytes + 1;
    if (columns > 0)
        m_rows.reserve(qint64(rows), rows * m_rowTextBytes);
}

} // namespace cc::codec
