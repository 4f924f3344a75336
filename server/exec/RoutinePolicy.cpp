#include "exec/RoutinePolicy.h"

#include <set>

namespace tsm::exec {

namespace {

const std::string kCatalog = "pg_catalog";

bool runsQueryText(const std::string& name) {
    static const std::set<std::string> names = {
        "query_to_xml",    "query_to_xmlschema",    "query_to_xml_and_xmlschema",
        "table_to_xml",    "table_to_xmlschema",    "table_to_xml_and_xmlschema",
        "schema_to_xml",   "schema_to_xmlschema",   "schema_to_xml_and_xmlschema",
        "database_to_xml", "database_to_xmlschema", "database_to_xml_and_xmlschema",
        "cursor_to_xml",   "cursor_to_xmlschema",   "ts_stat",
        "ts_rewrite"};
    return names.count(name) > 0;
}

bool harmlessVolatile(const std::string& name) {
    static const std::set<std::string> names = {
        "random",       "clock_timestamp", "timeofday", "gen_random_uuid", "pg_sleep",
        "pg_sleep_for", "pg_sleep_until",  "nextval",   "currval",         "lastval"};
    return names.count(name) > 0;
}

std::optional<std::string> refusedFunction(const std::string& schema, const std::string& name,
                                           char volatility) {
    const std::string qualified = schema + "." + name;
    if (schema != kCatalog)
        return "The function " + qualified +
               " is not built in; its body could reach tables outside the scope.";
    if (runsQueryText(name))
        return "The function " + qualified +
               " runs SQL of its own, which the scope check cannot see.";
    if (volatility == 'v' && !harmlessVolatile(name))
        return "The function " + qualified + " has side effects outside the statement.";
    return std::nullopt;
}

} // namespace

std::optional<std::string> refusedRoutine(const RoutineUse& use) {
    if (use.kind == "operator") {
        if (use.schema != kCatalog)
            return "The operator " + use.schema + "." + use.name +
                   " is not built in; its function could reach tables outside the scope.";
        return refusedFunction(use.functionSchema, use.functionName, use.volatility);
    }
    return refusedFunction(use.schema, use.name, use.volatility);
}

} // namespace tsm::exec
