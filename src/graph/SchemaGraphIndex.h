#pragma once

#include "core/SchemaGraph.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {

// How a table relates to the graph's root.
enum class NodeRole {
    Root,
    Dependent,  // references the root, directly or through other tables (drawn left)
    Referenced, // the root references it, directly or through other tables (drawn right)
    Both,       // on a cycle through the root
    Unrelated,  // no directed path to or from the root
};

// Adjacency over a SchemaGraph, built once: roles, columns (levels) and paths relative to
// the root. Edges whose ends are not both among the nodes are ignored; duplicate node
// uids keep their first occurrence.
class SchemaGraphIndex {
public:
    SchemaGraphIndex() = default;
    explicit SchemaGraphIndex(const SchemaGraph& graph);

    int nodeCount() const { return static_cast<int>(m_uids.size()); }
    int indexOf(const QString& uid) const { return m_indexByUid.value(uid, -1); }
    const QString& uidAt(int node) const { return m_uids[static_cast<size_t>(node)]; }
    const QString& rootUid() const { return m_rootUid; }

    // Edge indices (into SchemaGraph::edges) leaving / entering a node.
    const std::vector<int>& outgoing(int node) const;
    const std::vector<int>& incoming(int node) const;
    int edgeSource(int edge) const { return m_edgeEnds[static_cast<size_t>(edge)].first; }
    int edgeTarget(int edge) const { return m_edgeEnds[static_cast<size_t>(edge)].second; }
    bool edgeIsValid(int edge) const;

    NodeRole role(const QString& uid) const;
    // The web app's column: referenced tables +1 per hop, dependents -1, breadth first
    // from the root. Absent for nodes not connected to the root.
    std::optional<int> level(const QString& uid) const;
    // Edge indices of one shortest path between `uid` and the root, ignoring direction,
    // ordered from `uid` towards the root. Empty when there is none or `uid` is the root.
    std::vector<int> pathToRoot(const QString& uid) const;
    // Node uids sharing an edge with `uid` (either direction), without `uid` itself.
    QStringList neighbours(const QString& uid) const;

private:
    QString m_rootUid;
    std::vector<QString> m_uids;
    QHash<QString, int> m_indexByUid;
    std::vector<std::pair<int, int>> m_edgeEnds; // -1 where an end is missing
    std::vector<std::vector<int>> m_out;
    std::vector<std::vector<int>> m_in;
    std::vector<NodeRole> m_roles;
    std::vector<std::optional<int>> m_levels;
    std::vector<int> m_parentEdge; // BFS tree towards the root, -1 at the root / unreached
};

} // namespace cc
