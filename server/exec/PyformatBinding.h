#pragma once

#include "exec/Refusal.h"

#include "core/Json.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tsm::exec {

// A statement whose pyformat placeholders became PostgreSQL's `$n`, with the text value
// and the declared type of each position. Values are bound by libpq, never spliced into
// the SQL text.
struct BoundStatement {
    std::string sql; // placeholders as $n
    // The text around the placeholders, `%%` already `%`: one piece more than placeholders;
    // placeholderPositions[i] is the position the i-th placeholder refers to.
    std::vector<std::string> pieces;
    std::vector<int> placeholderPositions;
    std::vector<std::optional<std::string>> values; // nullopt is SQL NULL
    std::vector<std::string> typeNames;             // "" lets PostgreSQL infer the type
    std::vector<std::string> names;                 // the pyformat name of each position

    // The statement with every placeholder replaced by `placeholder(position)`.
    std::string render(const std::function<std::string(int)>& placeholder) const;
};

// psycopg's pyformat rules: `%(name)s` is a parameter (every use of one name is one
// position), `%%` is a literal `%`, any other `%` is an error, also inside string literals.
// With array-form parameters `%s` takes the next value in order and named placeholders
// are refused. Values: strings as is, numbers as their JSON text, booleans true/false,
// null as SQL NULL, objects and arrays as JSON text. A `parameter_types` token gives the
// PostgreSQL type (cc::dtype::toPostgresType); date values must be `YYYY-MM-DD` and
// timestamp with time zone values ISO-8601 with `Z` or an explicit offset (bound in UTC);
// naive timestamp tokens are refused. Array-form values are typed by PostgreSQL.
// Returns the refusal (400 `invalid_parameters`) when the statement cannot be bound.
std::optional<Refusal> bindPyformat(const std::string& sql, const cc::Json& parameters,
                                    const std::optional<std::map<QString, QString>>& types,
                                    BoundStatement& out);

} // namespace tsm::exec
