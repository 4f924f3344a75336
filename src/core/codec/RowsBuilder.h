#pragma once

// Internal to the codecs: builds a RowSet from result rows given key by key, for the
// execute-reply readers (from a parsed document, or streamed while parsing).

#include "core/Json.h"
#include "core/RowSet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cc::codec {

class RowsBuilder {
public:
    // For reserving memory: the number of rows when known, else about how large they
    // are as JSON text.
    RowsBuilder(std::size_t expectedRows, std::size_t expectedBytes)
        : m_expectedRows(expectedRows)
        , m_expectedBytes(expectedBytes) {}

    void beginRow();
    // The column of a key: by position first (rows of one SELECT share their key order);
    // a key not seen before becomes a new column at the end.
    int column(const std::string& key);
    void setString(int column, std::string_view text);
    void setBool(int column, bool value);
    void setInteger(int column, std::int64_t value);
    void setUnsigned(int column, std::uint64_t value);
    // A number exactly as the JSON text wrote it: NUMERIC(18,6) values have more digits
    // than a double keeps, so they must not go through one.
    void setNumberText(int column, std::string_view text);
    // Floating point numbers, objects and arrays: their compact JSON text.
    void setDumped(int column, const OrderedJson& value);
    void endRow();

    RowSet take() { return std::move(m_rows); }

private:
    void reserveAfterFirstRow();

    RowSet m_rows;
    std::vector<std::string> m_names;
    std::unordered_map<std::string, int> m_index;
    std::size_t m_position = 0;     // of the next key in the current row
    std::size_t m_rowTextBytes = 0; // cell text of the first row
    std::size_t m_expectedRows = 0;
    std::size_t m_expectedBytes = 0; // of all rows, as JSON text
    bool m_reserved = false;
};

} // namespace cc::codec
