#include "exec/PlanShape.h"

#include "core/Json.h"

#include <cctype>

namespace tsm::exec {

namespace {

std::string text(const cc::Json& node, const char* key) {
    const auto it = node.find(key);
    return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string lowered(std::string s) {
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string modifyType(const cc::Json& node) {
    const std::string operation = lowered(text(node, "Operation"));
    if (operation == "insert" && node.contains("Conflict Resolution"))
        return "upsert";
    return operation.empty() ? std::string("unknown") : operation;
}

void addRelation(const cc::Json& node, std::set<RelationName>& into) {
    const std::string table = text(node, "Relation Name");
    if (!table.empty())
        into.insert(RelationName{text(node, "Schema"), table});
}

// Depth-first over "Plans"; `depth` 0 is the root.
bool walk(const cc::Json& node, int depth, PlanShape& shape) {
    if (!node.is_object() || depth > 10000)
        return false;
    addRelation(node, shape.touched);
    if (text(node, "Node Type") == "ModifyTable") {
        const std::string type = modifyType(node);
        if (depth == 0)
            shape.statementType = type;
        else if (type != shape.statementType && !shape.nestedWriteType)
            shape.nestedWriteType = type;
        addRelation(node, shape.written);
        const auto targets = node.find("Target Tables");
        if (targets != node.end() && targets->is_array())
            for (const cc::Json& target : *targets) {
                addRelation(target, shape.written);
                addRelation(target, shape.touched);
            }
    }
    const auto children = node.find("Plans");
    if (children == node.end())
        return true;
    if (!children->is_array())
        return false;
    for (const cc::Json& child : *children)
        if (!walk(child, depth + 1, shape))
            return false;
    return true;
}

} // namespace

std::optional<PlanShape> readPlanShape(const std::string& explainJson) {
    const cc::Json json = cc::Json::parse(explainJson, nullptr, false);
    if (json.is_discarded() || !json.is_array() || json.size() != 1 || !json[0].is_object())
        return std::nullopt;
    const auto plan = json[0].find("Plan");
    if (plan == json[0].end() || !plan->is_object())
        return std::nullopt;
    PlanShape shape;
    shape.statementType = "select";
    if (text(*plan, "Node Type") == "ModifyTable")
        shape.statementType = modifyType(*plan);
    if (!walk(*plan, 0, shape))
        return std::nullopt;
    return shape;
}

} // namespace tsm::exec
