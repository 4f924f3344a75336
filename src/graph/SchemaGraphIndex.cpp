#include "graph/SchemaGraphIndex.h"

#include <QSet>

#include <deque>

namespace cc {

namespace {
const std::vector<int> kNoEdges;
} // namespace

SchemaGraphIndex::SchemaGraphIndex(const SchemaGraph& graph)
    : m_rootUid(graph.rootUid) {
    m_uids.reserve(graph.nodes.size());
    for (const GraphNode& node : graph.nodes) {
        if (m_indexByUid.contains(node.uid))
            continue;
        m_indexByUid.insert(node.uid, static_cast<int>(m_uids.size()));
        m_uids.push_back(node.uid);
    }
    const size_t n = m_uids.size();
    m_out.resize(n);
    m_in.resize(n);
    m_edgeEnds.reserve(graph.edges.size());
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const int s = indexOf(graph.edges[e].sourceUid);
        const int t = indexOf(graph.edges[e].targetUid);
        m_edgeEnds.emplace_back(s, t);
        if (s < 0 || t < 0)
            continue;
        m_out[static_cast<size_t>(s)].push_back(static_cast<int>(e));
        m_in[static_cast<size_t>(t)].push_back(static_cast<int>(e));
    }

    // Directed reachability from and to the root decides the role.
    m_roles.assign(n, NodeRole::Unrelated);
    m_levels.assign(n, std::nullopt);
    m_parentEdge.assign(n, -1);
    const int root = indexOf(m_rootUid);
    if (root < 0)
        return;
    auto reach = [&](bool forward) {
        std::vector<char> seen(n, 0);
        std::deque<int> queue{root};
        seen[static_cast<size_t>(root)] = 1;
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            for (int e : forward ? m_out[static_cast<size_t>(v)] : m_in[static_cast<size_t>(v)]) {
                const int w = forward ? edgeTarget(e) : edgeSource(e);
                if (!seen[static_cast<size_t>(w)]) {
                    seen[static_cast<size_t>(w)] = 1;
                    queue.push_back(w);
                }
            }
        }
        return seen;
    };
    const std::vector<char> referenced = reach(true);
    const std::vector<char> dependent = reach(false);
    for (size_t v = 0; v < n; ++v) {
        if (referenced[v] && dependent[v])
            m_roles[v] = NodeRole::Both;
        else if (referenced[v])
            m_roles[v] = NodeRole::Referenced;
        else if (dependent[v])
            m_roles[v] = NodeRole::Dependent;
    }
    m_roles[static_cast<size_t>(root)] = NodeRole::Root;

    // Breadth first over both directions: the first visit fixes level and parent edge.
    std::deque<int> queue{root};
    m_levels[static_cast<size_t>(root)] = 0;
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        const int lv = *m_levels[static_cast<size_t>(v)];
        auto visit = [&](int e, int w, int delta) {
            if (m_levels[static_cast<size_t>(w)])
                return;
            m_levels[static_cast<size_t>(w)] = lv + delta;
            m_parentEdge[static_cast<size_t>(w)] = e;
            queue.push_back(w);
        };
        for (int e : m_out[static_cast<size_t>(v)])
            visit(e, edgeTarget(e), +1);
        for (int e : m_in[static_cast<size_t>(v)])
            visit(e, edgeSource(e), -1);
    }
}

const std::vector<int>& SchemaGraphIndex::outgoing(int node) const {
    return node >= 0 && node < nodeCount() ? m_out[static_cast<size_t>(node)] : kNoEdges;
}

const std::vector<int>& SchemaGraphIndex::incoming(int node) const {
    return node >= 0 && node < nodeCount() ? m_in[static_cast<size_t>(node)] : kNoEdges;
}

bool SchemaGraphIndex::edgeIsValid(int edge) const {
    if (edge < 0 || edge >= static_cast<int>(m_edgeEnds.size()))
        return false;
    const auto& ends = m_edgeEnds[static_cast<size_t>(edge)];
    return ends.first >= 0 && ends.second >= 0;
}

NodeRole SchemaGraphIndex::role(const QString& uid) const {
    const int v = indexOf(uid);
    return v < 0 ? NodeRole::Unrelated : m_roles[static_cast<size_t>(v)];
}

std::optional<int> SchemaGraphIndex::level(const QString& uid) const {
    const int v = indexOf(uid);
    return v < 0 ? std::nullopt : m_levels[static_cast<size_t>(v)];
}

std::vector<int> SchemaGraphIndex::pathToRoot(const QString& uid) const {
    std::vector<int> path;
    int v = indexOf(uid);
    if (v < 0 || !m_levels[static_cast<size_t>(v)])
        return path;
    // Parent edges form a tree rooted at the root, so this walk ends there.
    while (m_parentEdge[static_cast<size_t>(v)] >= 0) {
        const int e = m_parentEdge[static_cast<size_t>(v)];
        path.push_back(e);
        v = edgeSource(e) == v ? edgeTarget(e) : edgeSource(e);
    }
    return path;
}

QStringList SchemaGraphIndex::neighbours(const QString& uid) const {
    QStringList result;
    const int v = indexOf(uid);
    if (v < 0)
        return result;
    QSet<int> seen{v};
    auto add = [&](int w) {
        if (!seen.contains(w)) {
            seen.insert(w);
            result.append(m_uids[static_cast<size_t>(w)]);
        }
    };
    for (int e : m_out[static_cast<size_t>(v)])
        add(edgeTarget(e));
    for (int e : m_in[static_cast<size_t>(v)])
        add(edgeSource(e));
    return result;
}

} // namespace cc
