#pragma once

#include <optional>
#include <set>
#include <string>
#include <tuple>

namespace tsm::exec {

struct RelationName {
    std::string schema;
    std::string table;

    std::string qualified() const { return schema + "." + table; }
    bool operator<(const RelationName& o) const {
        return std::tie(schema, table) < std::tie(o.schema, o.table);
    }
    bool operator==(const RelationName& o) const { return schema == o.schema && table == o.table; }
};

// What a statement does, read from `EXPLAIN (VERBOSE, FORMAT JSON)`. The planner has
// already expanded views, CTEs, subqueries, InitPlans and SubPlans, so every relation
// the statement reads shows up as a node with `Relation Name` and `Schema`.
struct PlanShape {
    // The root ModifyTable decides: "insert", "update", "delete", "merge", or "upsert" for
    // an INSERT with `Conflict Resolution`; no ModifyTable at the root: "select".
    std::string statementType;
    // A ModifyTable below the root (a data-modifying WITH) whose type is not
    // statementType; for a SELECT any nested ModifyTable.
    std::optional<std::string> nestedWriteType;
    std::set<RelationName> touched; // every relation in the plan, targets included
    std::set<RelationName> written; // ModifyTable targets (and their partitions)
};

// Reads EXPLAIN's JSON text; nullopt when it is not the shape PostgreSQL prints.
std::optional<PlanShape> readPlanShape(const std::string& explainJson);

} // namespace tsm::exec
