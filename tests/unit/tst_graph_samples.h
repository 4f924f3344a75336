#pragma once

// Hand-made and synthetic schema graphs shared by the tst_graph_* unit tests.

#include "core/SchemaGraph.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace cc::test {

inline GraphColumn sampleColumn(const QString& name, const QString& type, bool primaryKey = false) {
    GraphColumn column;
    column.name = name;
    column.dataType = type;
    column.primaryKey = primaryKey;
    column.nullable = !primaryKey;
    return column;
}

inline GraphNode sampleNode(const QString& uid, const QStringList& columns = {}) {
    GraphNode node;
    node.uid = uid;
    node.identifier = QStringLiteral("demo.") + uid;
    node.namespaceName = QStringLiteral("demo");
    node.physicalSchema = QStringLiteral("public");
    node.physicalTableName = QStringLiteral("demo__") + uid;
    node.columns.push_back(sampleColumn(QStringLiteral("id"), QStringLiteral("uuid"), true));
    for (const QString& c : columns)
        node.columns.push_back(sampleColumn(c, QStringLiteral("uuid")));
    return node;
}

inline GraphEdge sampleEdge(const QString& source, const QString& target,
                            const QString& sourceColumn, const QString& onDelete) {
    GraphEdge edge;
    edge.name = source + QStringLiteral("_") + sourceColumn + QStringLiteral("_fkey");
    edge.sourceUid = source;
    edge.targetUid = target;
    edge.sourceColumns = QStringList{sourceColumn};
    edge.targetColumns = QStringList{QStringLiteral("id")};
    edge.onDelete = onDelete;
    edge.relationshipType = QStringLiteral("meta_table_to_meta_table");
    return edge;
}

// orders is the root: order_items and shipments depend on it, it references customers
// and products; customers <-> accounts is a cycle, employees references itself, and
// audit_log / audit_kind are a component of their own.
inline SchemaGraph demoGraph() {
    SchemaGraph g;
    g.rootUid = QStringLiteral("orders");
    g.depth = 2;
    g.includeIncoming = true;
    g.nodes = {sampleNode("orders", {"customer_id", "product_id"}),
               sampleNode("order_items", {"order_id"}),
               sampleNode("shipments", {"order_id", "handled_by"}),
               sampleNode("customers", {"account_id"}),
               sampleNode("accounts", {"owner_id"}),
               sampleNode("products"),
               sampleNode("employees", {"manager_id"}),
               sampleNode("audit_log", {"kind_id"}),
               sampleNode("audit_kind")};
    g.edges = {sampleEdge("order_items", "orders", "order_id", "cascade"),
               sampleEdge("shipments", "orders", "order_id", "restrict"),
               sampleEdge("orders", "customers", "customer_id", "no action"),
               sampleEdge("orders", "products", "product_id", "set null"),
               sampleEdge("customers", "accounts", "account_id", "set default"),
               sampleEdge("accounts", "customers", "owner_id", "restrict"),
               sampleEdge("shipments", "employees", "handled_by", "set null"),
               sampleEdge("employees", "employees", "manager_id", "set null"),
               sampleEdge("audit_log", "audit_kind", "kind_id", "cascade"),
               // an edge to a table outside the graph (a depth cut-off leaves these)
               sampleEdge("products", "suppliers", "id", "restrict")};
    return g;
}

// A schema-like graph: each table references one or two earlier tables (a few point
// back, making cycles), table 0 is the root. Deterministic for a given seed.
inline SchemaGraph syntheticGraph(int tables, std::uint32_t seed = 7) {
    std::uint32_t state = seed;
    auto next = [&state](std::uint32_t bound) {
        state = state * 1664525u + 1013904223u;
        return bound ? (state >> 8) % bound : 0u;
    };
    SchemaGraph g;
    g.rootUid = QStringLiteral("t0");
    for (int i = 0; i < tables; ++i)
        g.nodes.push_back(sampleNode(QStringLiteral("t%1").arg(i), {"ref_a", "ref_b"}));
    const QStringList policies{"cascade", "restrict", "no action", "set null", "set default"};
    for (int i = 1; i < tables; ++i) {
        const QString uid = QStringLiteral("t%1").arg(i);
        g.edges.push_back(
            sampleEdge(uid, QStringLiteral("t%1").arg(next(i)), "ref_a", policies[int(next(5))]));
        if (next(2) == 0)
            g.edges.push_back(sampleEdge(uid, QStringLiteral("t%1").arg(next(i)), "ref_b",
                                         policies[int(next(5))]));
        if (next(50) == 0) // back edge
            g.edges.push_back(
                sampleEdge(QStringLiteral("t%1").arg(next(i)), uid, "ref_b", "restrict"));
    }
    return g;
}

} // namespace cc::test
