#include "catalog/SchemaGraphBuilder.h"

#include "catalog/MetaTableStore.h"

#include <algorithm>
#include <map>
#include <set>

namespace tsm::catalog {

namespace {

struct Edge {
    std::string source;
    int ordinal = 0;
    std::optional<std::string> name;
    std::string target;
    std::vector<std::string> sourceColumns;
    std::vector<std::string> targetColumns;
    std::string onDelete;
};

using EdgeKey = std::pair<std::string, int>; // (source uid, ordinal)

// Edges touching `uids` (outgoing; incoming too when asked) whose both ends are visible.
std::vector<Edge> edgesOf(db::Connection& catalog, const std::vector<std::string>& uids,
                          bool incoming, const Principal& viewer) {
    const std::string which = incoming ? "(f.meta_table_uid = ANY($1::uuid[]) OR "
                                         "f.target_uid = ANY($1::uuid[]))"
                                       : "f.meta_table_uid = ANY($1::uuid[])";
    db::Result r = catalog.exec(
        "SELECT f.meta_table_uid::text, f.ordinal, f.name, f.target_uid::text, "
        "f.source_columns::text, f.target_columns::text, f.on_delete "
        "FROM tsm.meta_foreign_key f JOIN tsm.meta_table s ON s.uid = f.meta_table_uid "
        "JOIN tsm.meta_table t ON t.uid = f.target_uid WHERE " +
            which + " AND " + visibilityCondition("s", 2) + " AND " + visibilityCondition("t", 2),
        db::Params().addArray(uids).addArray(viewer.namespaces));
    std::vector<Edge> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), int(r.toInt(i, 1)), r.optText(i, 2), r.text(i, 3),
                       r.toArray(i, 4), r.toArray(i, 5), r.text(i, 6)});
    return out;
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QStringList qlist(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items)
        out << q(s);
    return out;
}

std::vector<cc::GraphNode> loadNodes(db::Connection& catalog,
                                     const std::vector<std::string>& uids) {
    const db::Params byUid = db::Params().addArray(uids);
    db::Result rows = catalog.exec(
        "SELECT uid::text, identifier, namespace, physical_schema, physical_table_name, "
        "table_kind, time_indexed, protect_from_deletion, management_mode "
        "FROM tsm.meta_table WHERE uid = ANY($1::uuid[])",
        byUid);
    std::map<std::string, cc::GraphNode> nodes;
    for (int i = 0; i < rows.rows(); ++i) {
        cc::GraphNode n;
        n.uid = q(rows.text(i, 0));
        if (auto v = rows.optText(i, 1))
            n.identifier = q(*v);
        if (auto v = rows.optText(i, 2))
            n.namespaceName = q(*v);
        n.physicalSchema = q(rows.text(i, 3));
        n.physicalTableName = q(rows.text(i, 4));
        n.tableKind = q(rows.text(i, 5));
        n.timeIndexed = rows.toBool(i, 6);
        n.protectFromDeletion = rows.toBool(i, 7);
        n.managementMode = q(rows.text(i, 8));
        nodes.emplace(rows.text(i, 0), n);
    }
    db::Result cols = catalog.exec(
        "SELECT meta_table_uid::text, name, data_type, backend_type, nullable, primary_key, "
        "is_unique FROM tsm.meta_column WHERE meta_table_uid = ANY($1::uuid[]) "
        "ORDER BY meta_table_uid, ordinal_position",
        byUid);
    for (int i = 0; i < cols.rows(); ++i) {
        auto it = nodes.find(cols.text(i, 0));
        if (it == nodes.end())
            continue;
        cc::GraphColumn c;
        c.name = q(cols.text(i, 1));
        c.dataType = q(cols.text(i, 2));
        if (auto v = cols.optText(i, 3))
            c.backendType = q(*v);
        c.nullable = cols.toBool(i, 4);
        c.primaryKey = cols.toBool(i, 5);
        c.unique = cols.toBool(i, 6);
        it->second.columns.push_back(c);
    }
    std::vector<cc::GraphNode> out;
    for (const std::string& uid : uids)
        if (auto it = nodes.find(uid); it != nodes.end())
            out.push_back(it->second);
    return out;
}

} // namespace

cc::SchemaGraph buildSchemaGraph(db::Connection& catalog, const Principal& viewer,
                                 const std::string& rootUid, int depth, bool includeIncoming,
                                 int maxDepth) {
    cc::SchemaGraph graph;
    graph.rootUid = q(rootUid);
    graph.depth = std::clamp(depth, 0, maxDepth);
    graph.includeIncoming = includeIncoming;
    graph.maxDepth = maxDepth;

    std::map<std::string, int> level{{rootUid, 0}};
    std::vector<std::string> order{rootUid};
    std::vector<std::string> frontier{rootUid};
    std::map<EdgeKey, Edge> edges;
    for (int hop = 0; hop < graph.depth && !frontier.empty(); ++hop) {
        std::vector<std::string> next;
        for (const Edge& e : edgesOf(catalog, frontier, includeIncoming, viewer)) {
            edges.emplace(EdgeKey{e.source, e.ordinal}, e);
            for (const std::string& end : {e.source, e.target})
                if (level.emplace(end, hop + 1).second) {
                    order.push_back(end);
                    next.push_back(end);
                }
        }
        frontier = std::move(next);
    }
    bool truncated = false;
    if (!frontier.empty())
        for (const Edge& e : edgesOf(catalog, frontier, includeIncoming, viewer))
            truncated = truncated || !level.count(e.source) || !level.count(e.target);
    graph.truncated = truncated;

    // Every edge between included tables, whichever hop found them.
    for (const Edge& e : edgesOf(catalog, order, false, viewer))
        if (level.count(e.target))
            edges.emplace(EdgeKey{e.source, e.ordinal}, e);

    std::stable_sort(
        order.begin() + 1, order.end(),
        [&](const std::string& a, const std::string& b) { return level[a] < level[b]; });
    graph.nodes = loadNodes(catalog, order);
    for (const auto& [key, e] : edges) {
        cc::GraphEdge edge;
        if (e.name)
            edge.name = q(*e.name);
        edge.sourceUid = q(e.source);
        edge.targetUid = q(e.target);
        edge.sourceColumns = qlist(e.sourceColumns);
        edge.targetColumns = qlist(e.targetColumns);
        edge.onDelete = q(e.onDelete);
        edge.relationshipType = QStringLiteral("meta_table_to_meta_table");
        graph.edges.push_back(edge);
    }
    return graph;
}

} // namespace tsm::catalog
