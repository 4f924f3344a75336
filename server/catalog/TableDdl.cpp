#include "catalog/TableDdl.h"

#include "core/DTypes.h"
#include "db/PgConnection.h"

#include <regex>

namespace tsm::catalog {

namespace {

bool safeType(const std::string& type) {
    static const std::regex re(
        R"(^[A-Za-z_][A-Za-z0-9_ ]*(\(\s*\d+(\s*,\s*\d+)?\s*\))?( with(out)? time zone)?(\[\])?$)",
        std::regex::icase);
    return type.size() < 100 && std::regex_match(type, re);
}

// Literals, numbers, casts and zero-argument functions such as now() or gen_random_uuid().
bool safeDefault(const std::string& expr) {
    static const std::regex re(
        R"(^\s*('([^';\\]|'')*'|-?[0-9]+(\.[0-9]+)?|true|false|null|[A-Za-z_][A-Za-z0-9_]*\(\s*\)|CURRENT_TIMESTAMP|CURRENT_DATE)(::[A-Za-z_][A-Za-z0-9_ ]*(\(\s*\d+\s*\))?)?\s*$)",
        std::regex::icase);
    return expr.size() < 200 && std::regex_match(expr, re);
}

} // namespace

std::string createTableSql(const cc::TableContract& contract, bool ifNotExists,
                           std::string& error) {
    const std::string schema = contract.physicalSchema.value_or("public").toStdString();
    const std::string table = contract.physicalTableName.toStdString();
    if (table.empty()) {
        error = "the contract has no physical.table_name";
        return {};
    }
    if (contract.columns.empty()) {
        error = "a table needs at least one column";
        return {};
    }
    std::string columns;
    std::string primary;
    std::string comments;
    for (const cc::Column& c : contract.columns) {
        std::string type = c.backendType && !c.backendType->isEmpty()
                               ? c.backendType->toStdString()
                               : cc::dtype::toPostgresType(c.dataType).toStdString();
        if (type.empty()) {
            error = "column '" + c.name.toStdString() +
                    "' has no backend_type and its data_type '" + c.dataType.toStdString() +
                    "' has no PostgreSQL type";
            return {};
        }
        if (!safeType(type)) {
            error = "column '" + c.name.toStdString() + "': backend_type '" + type +
                    "' is not a plain type name";
            return {};
        }
        std::string line = db::quoteIdent(c.name.toStdString()) + " " + type;
        if (!c.nullable || c.primaryKey)
            line += " NOT NULL";
        if (c.serverDefault && !c.serverDefault->isEmpty()) {
            const std::string expr = c.serverDefault->toStdString();
            if (!safeDefault(expr)) {
                error = "column '" + c.name.toStdString() + "': server_default '" + expr +
                        "' is not a literal or a function call without arguments";
                return {};
            }
            line += " DEFAULT " + expr;
        }
        if (c.unique && !c.primaryKey)
            line += " UNIQUE";
        columns += (columns.empty() ? "\n  " : ",\n  ") + line;
        if (c.primaryKey)
            primary += (primary.empty() ? "" : ", ") + db::quoteIdent(c.name.toStdString());
        if (c.description && !c.description->isEmpty())
            comments += "COMMENT ON COLUMN " + db::quoteQualified(schema, table) + "." +
                        db::quoteIdent(c.name.toStdString()) + " IS " +
                        db::quoteLiteral(c.description->toStdString()) + ";\n";
    }
    if (!primary.empty())
        columns += ",\n  PRIMARY KEY (" + primary + ")";
    return "CREATE SCHEMA IF NOT EXISTS " + db::quoteIdent(schema) + ";\n" + "CREATE TABLE " +
           (ifNotExists ? "IF NOT EXISTS " : "") + db::quoteQualified(schema, table) + " (" +
           columns + "\n);\n" + comments;
}

} // namespace tsm::catalog
