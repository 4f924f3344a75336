#pragma once

#include "core/RowSet.h"

#include <QStringList>

#include <string>
#include <string_view>

namespace cc {

// RFC 4180 CSV: fields quoted only when they hold a comma, quote, CR or LF; lines end
// with CRLF. SQL NULL is written as an empty unquoted field, empty text as "" so the
// two stay distinguishable.
class CsvWriter {
public:
    static void appendField(std::string& out, std::string_view field);
    static std::string headerLine(const QStringList& columns);
    // Appends every row of `rows` to `out`, in the RowSet's column order.
    static void appendRows(std::string& out, const RowSet& rows);
};

} // namespace cc
