#pragma once

#include "core/RowSet.h"

#include <string>

namespace cc {

// Streams result rows as one JSON array of objects, page by page, keeping the SELECT's
// column order and each cell's JSON type (numbers and booleans bare, SQL NULL as null,
// JSON cells embedded as JSON). begin() once, appendRows() per page, end() once.
class JsonRowsWriter {
public:
    static void begin(std::string& out);
    void appendRows(std::string& out, const RowSet& rows);
    static void end(std::string& out);

private:
    bool m_first = true;
};

} // namespace cc
