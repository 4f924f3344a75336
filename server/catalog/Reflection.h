#pragma once

#include "core/Column.h"
#include "core/ForeignKey.h"
#include "core/Index.h"
#include "core/IntrospectionSnapshot.h"
#include "core/TableContract.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// One table as pg_catalog of its data database describes it.
struct ReflectedColumn {
    std::string name;
    std::string backendType; // format_type()
    bool nullable = true;
    std::optional<std::string> defaultExpr;
    int ordinal = 0; // attnum, 1-based
    bool primaryKey = false;
    bool unique = false; // a single-column UNIQUE constraint or unique index
    std::optional<std::string> description;
};

struct ReflectedIndex {
    std::string name;
    std::vector<std::string> columns;
    bool unique = false;
    bool primary = false;
    std::string method;
    std::optional<std::string> expression;
};

struct ReflectedConstraint {
    std::string name;
    std::string type; // PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | EXCLUDE
    std::vector<std::string> columns;
    std::string definition;
};

struct ReflectedForeignKey {
    std::string name;
    std::vector<std::string> sourceColumns;
    std::string targetSchema;
    std::string targetTable;
    std::vector<std::string> targetColumns;
    std::string onDelete; // restrict | no action | cascade | set null | set default
};

struct ReflectedTable {
    std::string schema;
    std::string table;
    std::optional<std::string> description;
    std::vector<ReflectedColumn> columns;
    std::vector<ReflectedIndex> indexes;
    std::vector<ReflectedConstraint> constraints;
    std::vector<ReflectedForeignKey> foreignKeys;
    std::string introspectedAt; // ISO-8601 UTC, from the data database clock
};

// Reads one table (or view); nullopt when it does not exist.
std::optional<ReflectedTable> reflectTable(db::Connection& data, const std::string& schema,
                                           const std::string& table);
// Ordinary and partitioned tables of a schema, by name.
std::vector<std::string> tablesInSchema(db::Connection& data, const std::string& schema);

// §6 snapshot of what was read.
cc::IntrospectionSnapshot toSnapshot(const ReflectedTable& table);
// A relational-table.v1 contract describing the physical table (used to register
// existing tables whose owner sent no contract: seed and import).
cc::TableContract toContract(const ReflectedTable& table);
// The normalized projections. Column metadata the contract declares (data type token,
// description, label, logical name) wins over what pg_catalog can tell.
std::vector<cc::Column> toColumns(const ReflectedTable& table, const cc::TableContract* contract);
std::vector<cc::Index> toIndexes(const ReflectedTable& table);

} // namespace tsm::catalog
