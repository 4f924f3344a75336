#pragma once

#include "core/RowSet.h"

#include <libpq-fe.h>

namespace tsm::exec {

// Rows [0, count) of a text-format result, columns in the statement's order. Cell kinds by
// column type: bool → Bool ("true"/"false"), integer/float/numeric → Number (NaN and
// infinities → String, JSON has no such numbers), json/jsonb → Json, SQL NULL → Null,
// everything else → String as PostgreSQL prints it.
cc::RowSet rowsFromResult(const PGresult* result, int count);

} // namespace tsm::exec
