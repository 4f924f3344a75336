// Schema graph (spec §2.9) with the web frontend's aliases (web reference §2.4).
#include "core/codec/GraphCodec.h"

#include "core/codec/ValueReaders.h"

namespace cc {

namespace {

using namespace codec;

GraphColumn readGraphColumn(const JsonReader& r) {
    r.toObject();
    GraphColumn c;
    c.name = r.string({"name", "column_name"});
    c.dataType = r.optString("data_type");
    c.backendType = r.optString({"backend_type", "db_type"});
    c.nullable = r.optBool("nullable");
    c.primaryKey = r.boolOr({"primary_key", "is_primary_key", "is_pk"}, false);
    c.unique = r.boolOr({"unique", "is_unique"}, false);
    c.logicalName = r.optString({"logical_name", "attr_name"});
    c.label = r.optString("label");
    return c;
}

GraphNode readNode(const JsonReader& r) {
    r.toObject();
    GraphNode n;
    n.uid = r.string("uid");
    n.identifier = r.optString("identifier");
    n.namespaceName = r.optString("namespace");
    n.physicalSchema = r.optString("physical_schema");
    n.physicalTableName = r.optString("physical_table_name");
    n.tableKind = r.optString("table_kind");
    n.timeIndexed = r.optBool("time_indexed");
    n.columns = r.list<GraphColumn>("columns", readGraphColumn);
    n.protectFromDeletion = r.optBool("protect_from_deletion");
    n.managementMode = r.optString("management_mode");
    return n;
}

GraphEdge readEdge(const JsonReader& r) {
    r.toObject();
    GraphEdge e;
    e.name = r.optString("name");
    e.sourceUid = r.string({"source_uid", "source_table_uid"});
    e.targetUid = r.string({"target_uid", "target_table_uid"});
    e.sourceColumns = readNameList(r, "source_columns", "source_column");
    e.targetColumns = readNameList(r, "target_columns", "target_column");
    e.onDelete = r.optString("on_delete");
    e.relationshipType = r.optString("relationship_type");
    return e;
}

SchemaGraph readGraph(const JsonReader& r) {
    r.toObject();
    SchemaGraph g;
    g.rootUid = r.string("root_uid");
    g.depth = r.optInt("depth").value_or(1);
    g.includeIncoming = r.boolOr("include_incoming", false);
    const JsonReader nodes = r.required("nodes");
    nodes.forEachElement([&](const JsonReader& n) { g.nodes.push_back(readNode(n)); });
    const JsonReader edges = r.required("edges");
    edges.forEachElement([&](const JsonReader& e) { g.edges.push_back(readEdge(e)); });
    g.maxDepth = r.optInt("max_depth");
    g.truncated = r.optBool("truncated");
    if (!g.node(g.rootUid))
        r.failMember("root_uid", QStringLiteral("not among the nodes"));
    return g;
}

// Optional fields are left out rather than sent as null.
void putOptional(Json& out, const char* key, const std::optional<QString>& value) {
    if (value)
        out[key] = jsonString(*value);
}

void putOptional(Json& out, const char* key, const std::optional<bool>& value) {
    if (value)
        out[key] = *value;
}

Json encodeGraphColumn(const GraphColumn& c) {
    Json out{{"name", jsonString(c.name)}, {"primary_key", c.primaryKey}};
    putOptional(out, "data_type", c.dataType);
    putOptional(out, "backend_type", c.backendType);
    putOptional(out, "nullable", c.nullable);
    if (c.unique)
        out["unique"] = true;
    putOptional(out, "logical_name", c.logicalName);
    putOptional(out, "label", c.label);
    return out;
}

Json encodeNode(const GraphNode& n) {
    Json columns = Json::array();
    for (const GraphColumn& c : n.columns)
        columns.push_back(encodeGraphColumn(c));
    Json out{{"uid", jsonString(n.uid)}, {"columns", std::move(columns)}};
    putOptional(out, "identifier", n.identifier);
    putOptional(out, "namespace", n.namespaceName);
    putOptional(out, "physical_schema", n.physicalSchema);
    putOptional(out, "physical_table_name", n.physicalTableName);
    putOptional(out, "table_kind", n.tableKind);
    putOptional(out, "time_indexed", n.timeIndexed);
    putOptional(out, "protect_from_deletion", n.protectFromDeletion);
    putOptional(out, "management_mode", n.managementMode);
    return out;
}

Json encodeEdge(const GraphEdge& e) {
    Json out{
        {"source_uid", jsonString(e.sourceUid)},
        {"target_uid", jsonString(e.targetUid)},
        {"source_columns", jsonStringList(e.sourceColumns)},
        {"target_columns", jsonStringList(e.targetColumns)},
    };
    putOptional(out, "name", e.name);
    putOptional(out, "on_delete", e.onDelete);
    putOptional(out, "relationship_type", e.relationshipType);
    return out;
}

} // namespace

DecodeResult<SchemaGraph> decodeSchemaGraph(const Json& json) {
    return runDecoder<SchemaGraph>([&] { return readGraph(JsonReader(json)); });
}

Json encodeSchemaGraph(const SchemaGraph& graph) {
    Json nodes = Json::array();
    for (const GraphNode& n : graph.nodes)
        nodes.push_back(encodeNode(n));
    Json edges = Json::array();
    for (const GraphEdge& e : graph.edges)
        edges.push_back(encodeEdge(e));
    Json out{
        {"root_uid", jsonString(graph.rootUid)},
        {"depth", graph.depth},
        {"include_incoming", graph.includeIncoming},
        {"nodes", std::move(nodes)},
        {"edges", std::move(edges)},
    };
    if (graph.maxDepth)
        out["max_depth"] = *graph.maxDepth;
    putOptional(out, "truncated", graph.truncated);
    return out;
}

} // namespace cc
