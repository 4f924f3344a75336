#pragma once

#include <optional>
#include <string>

namespace tsm::exec {

// A function or operator the statement refers to, as PostgreSQL recorded the dependency.
// For an operator, `function*` describe the function that implements it.
struct RoutineUse {
    std::string kind; // "function" | "operator"
    std::string schema;
    std::string name;
    std::string functionSchema;
    std::string functionName;
    char volatility = 'v'; // of the function: 'i', 's' or 'v'
};

// Why the routine may not run inside a scoped statement, or nullopt when it may.
//
// A function body can read or write any table without the plan showing it, so only
// built-in (pg_catalog) functions and operators are allowed, and among them not:
// - those that run SQL given as text or dump whole tables (query_to_xml, table_to_xml,
//   schema_to_xml, database_to_xml, cursor_to_xml families, ts_stat, ts_rewrite(text));
// - volatile ones (file access, backend signals, configuration, advisory locks,
//   replication, large objects, setval, ...), except a short list of harmless ones:
//   random, clock_timestamp, timeofday, gen_random_uuid, pg_sleep*, nextval, currval,
//   lastval. (nextval in a SELECT still fails: selects run read-only.)
std::optional<std::string> refusedRoutine(const RoutineUse& use);

} // namespace tsm::exec
