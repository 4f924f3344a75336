#pragma once

#include "core/RowSet.h"

#include <libpq-fe.h>

#include <cstdint>
#include <vector>

namespace tsm::exec {

// Collects text-format results of one statement into a RowSet, columns in the statement's
// order. Cell kinds by column type: bool → Bool ("true"/"false"), integer/float/numeric →
// Number (NaN and infinities → String, JSON has no such numbers), json/jsonb → Json, SQL
// NULL → Null, everything else → String as PostgreSQL prints it.
class RowCollector {
public:
    // Appends rows [0, count) of `result`; the first result decides the columns.
    void append(const PGresult* result, int count);
    qint64 rowCount() const { return m_rows.rowCount(); }
    cc::RowSet take() { return std::move(m_rows); }

private:
    enum class ColumnClass : std::uint8_t { Bool, Integer, Decimal, Json, Text };

    void start(const PGresult* result);

    cc::RowSet m_rows;
    std::vector<ColumnClass> m_classes;
    bool m_started = false;
};

} // namespace tsm::exec
