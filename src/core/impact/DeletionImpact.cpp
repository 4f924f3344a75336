#include "core/impact/DeletionImpact.h"

#include "core/MetaTable.h"
#include "core/impact/ImpactText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

namespace cc {

namespace {

using Effect = RowOutcome::Effect;
using impact::shortList;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeletionImpact)
};

QString nodeName(const GraphNode& node) {
    const QString name = node.displayName();
    const QString ns = node.namespaceName.value_or(QString());
    if (ns.isEmpty() || name.startsWith(ns + QLatin1Char('.')))
        return name;
    return ns + QLatin1Char('.') + name;
}

// The graph, indexed for walking references backwards.
class GraphIndex {
public:
    explicit GraphIndex(const SchemaGraph& graph)
        : m_graph(graph) {
        for (const GraphNode& node : graph.nodes)
            m_nodes.insert(node.uid, &node);
        for (int i = 0; i < int(graph.edges.size()); ++i)
            m_incoming[graph.edges[size_t(i)].targetUid].push_back(i);
    }

    const GraphNode* node(const QString& uid) const { return m_nodes.value(uid, nullptr); }
    QString name(const QString& uid) const {
        const GraphNode* n = node(uid);
        return n ? nodeName(*n) : uid;
    }
    const std::vector<int>& incoming(const QString& uid) const {
        static const std::vector<int> none;
        auto it = m_incoming.constFind(uid);
        return it == m_incoming.constEnd() ? none : *it;
    }

    ImpactEdge edge(int i) const {
        const GraphEdge& e = m_graph.edges[size_t(i)];
        ImpactEdge out;
        out.name = e.name && !e.name->isEmpty()
                       ? *e.name
                       : QLatin1Char('(') + e.sourceColumns.join(QStringLiteral(", ")) +
                             QStringLiteral(") → ") + name(e.targetUid);
        out.sourceUid = e.sourceUid;
        out.targetUid = e.targetUid;
        out.sourceColumns = e.sourceColumns;
        out.targetColumns = e.targetColumns;
        out.onDelete = e.onDelete;
        out.action = parseOnDelete(e.onDelete);
        return out;
    }

    // The referencing columns of an edge that the graph says are NOT NULL.
    QStringList notNullColumns(const ImpactEdge& edge) const {
        QStringList found;
        const GraphNode* source = node(edge.sourceUid);
        if (!source)
            return found;
        for (const GraphColumn& column : source->columns) {
            if (column.nullable == false && edge.sourceColumns.contains(column.name))
                found.append(column.name);
        }
        return found;
    }

private:
    const SchemaGraph& m_graph;
    QHash<QString, const GraphNode*> m_nodes;
    QHash<QString, std::vector<int>> m_incoming;
};

std::optional<bool> platformManaged(const GraphNode* node) {
    if (!node || !node->managementMode)
        return std::nullopt;
    return *node->managementMode == QLatin1String(management_mode::PlatformManaged);
}

QString actionPhrase(const ImpactEdge& edge) {
    if (edge.action == OnDelete::Unspecified)
        return edge.onDelete && !edge.onDelete->trimmed().isEmpty()
                   ? Text::tr("on delete %1 is not understood and is treated as no action")
                         .arg(*edge.onDelete)
                   : Text::tr("on delete is not given and is treated as no action");
    return Text::tr("on delete %1").arg(onDeleteSqlName(edge.action));
}

RowOutcome rowOutcome(const GraphIndex& index, const ImpactEdge& edge) {
    RowOutcome o;
    o.tableUid = edge.sourceUid;
    o.edge = edge;
    o.selfReference = edge.sourceUid == edge.targetUid;
    const QString source = index.name(edge.sourceUid);
    const QString target = index.name(edge.targetUid);
    const QString columns = edge.sourceColumns.join(QStringLiteral(", "));
    switch (edge.action) {
    case OnDelete::Cascade:
        o.effect = Effect::Cascades;
        o.reason =
            o.selfReference
                ? Text::tr("rows of %1 that reference deleted rows of it are deleted too, "
                           "recursively (self-referencing cascade)")
                      .arg(source)
                : Text::tr("rows of %1 that reference deleted rows of %2 are deleted too (on "
                           "delete cascade)")
                      .arg(source, target);
        break;
    case OnDelete::SetNull: {
        const QStringList notNull = index.notNullColumns(edge);
        if (!notNull.isEmpty()) {
            o.effect = Effect::Blocks;
            o.reason =
                Text::tr("on delete set null cannot clear the NOT NULL column %1 of %2: deleting "
                         "rows of %3 fails while rows reference them")
                    .arg(notNull.join(QStringLiteral(", ")), source, target);
        } else {
            o.effect = Effect::SetsNull;
            o.reason = Text::tr("%1 of %2 is set to NULL where it referenced deleted rows of %3")
                           .arg(columns, source, target);
        }
        break;
    }
    case OnDelete::SetDefault:
        o.effect = Effect::SetsDefault;
        o.reason = Text::tr("%1 of %2 is set to its default where it referenced deleted rows of %3")
                       .arg(columns, source, target);
        break;
    case OnDelete::NoAction:
    case OnDelete::Restrict:
    case OnDelete::Unspecified:
        o.effect = Effect::Blocks;
        o.reason = Text::tr("deleting rows of %1 is refused while rows of %2 reference them (%3)")
                       .arg(target, source, actionPhrase(edge));
        break;
    }
    return o;
}

// Every table reached backwards from the root, with its shortest path.
std::vector<DependentTable> findDependents(const GraphIndex& index, const QString& rootUid) {
    std::vector<DependentTable> found;
    std::deque<QString> queue{rootUid};
    QHash<QString, QStringList> paths{{rootUid, {index.name(rootUid)}}};
    QHash<QString, int> depths{{rootUid, 0}};
    while (!queue.empty()) {
        const QString target = queue.front();
        queue.pop_front();
        for (int e : index.incoming(target)) {
            const ImpactEdge edge = index.edge(e);
            const QString& source = edge.sourceUid;
            if (source == rootUid || depths.contains(source))
                continue;
            DependentTable d;
            d.uid = source;
            d.name = index.name(source);
            d.depth = depths.value(target) + 1;
            d.parentUid = target;
            d.via = edge;
            d.path = paths.value(target) + QStringList{d.name};
            const GraphNode* node = index.node(source);
            d.inGraph = node != nullptr;
            d.isProtected = node ? node->protectFromDeletion : std::nullopt;
            d.platformManaged = platformManaged(node);
            depths.insert(source, d.depth);
            paths.insert(source, d.path);
            found.push_back(std::move(d));
            queue.push_back(source);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DependentTable& a, const DependentTable& b) {
                         if (a.depth != b.depth)
                             return a.depth < b.depth;
                         if (a.name != b.name)
                             return a.name < b.name;
                         return a.uid < b.uid;
                     });
    return found;
}

// Deleting root rows: cascade continues, set null / set default stop, the rest blocks.
std::vector<RowOutcome> followRowDelete(const GraphIndex& index, const QString& rootUid) {
    std::vector<RowOutcome> outcomes;
    QSet<QString> deleted{rootUid};
    std::deque<QString> queue{rootUid};
    while (!queue.empty()) {
        const QString table = queue.front();
        queue.pop_front();
        for (int e : index.incoming(table)) {
            RowOutcome o = rowOutcome(index, index.edge(e));
            if (o.effect == Effect::Cascades && !deleted.contains(o.tableUid)) {
                deleted.insert(o.tableUid);
                queue.push_back(o.tableUid);
            }
            outcomes.push_back(std::move(o));
        }
    }
    return outcomes;
}

void judgeCompleteness(const SchemaGraph& graph, DeletionImpact& impact) {
    auto incomplete = [&impact](const QString& note) {
        impact.possiblyIncomplete = true;
        impact.notes << note;
    };
    if (!graph.includeIncoming) {
        incomplete(Text::tr("The graph was fetched without incoming references: the tables that "
                            "depend on %1 are not known.")
                       .arg(impact.rootName));
        return;
    }
    QStringList outside;
    for (const DependentTable& d : impact.dependents)
        if (!d.inGraph)
            outside << d.name;
    if (!outside.isEmpty())
        incomplete(Text::tr("Only a reference names %1: the graph does not describe them, nor what "
                            "depends on them.")
                       .arg(shortList(outside)));
    if (graph.truncated) {
        if (*graph.truncated)
            incomplete(Text::tr("The server cut the graph off at depth %1: there may be more "
                                "dependents further away.")
                           .arg(graph.depth));
        return;
    }
    if (impact.rootUid != graph.rootUid) {
        incomplete(
            Text::tr("The graph was fetched around %1, not %2: dependents further away may be "
                     "missing.")
                .arg(graph.node(graph.rootUid) ? nodeName(*graph.node(graph.rootUid))
                                               : graph.rootUid,
                     impact.rootName));
        return;
    }
    const bool atLimit =
        std::any_of(impact.dependents.begin(), impact.dependents.end(),
                    [&graph](const DependentTable& d) { return d.depth >= graph.depth; });
    if (atLimit)
        incomplete(
            Text::tr("Some dependents are %1 references away, the depth the graph was fetched "
                     "with: their own dependents may be missing.")
                .arg(graph.depth));
}

void addNotes(const DeletionImpact& impact, const std::vector<RowOutcome>& outcomes,
              QStringList& notes) {
    QStringList unknownOnDelete;
    QSet<QString> seenEdges;
    QStringList selfCascades;
    for (const RowOutcome& o : outcomes) {
        if (o.edge.action == OnDelete::Unspecified && !seenEdges.contains(o.edge.name)) {
            seenEdges.insert(o.edge.name);
            unknownOnDelete << o.edge.name;
        }
        if (o.selfReference && o.effect == Effect::Cascades) {
            const DependentTable* d = impact.dependent(o.tableUid);
            const QString name = d ? d->name : impact.rootName;
            if (!selfCascades.contains(name))
                selfCascades << name;
        }
    }
    if (!unknownOnDelete.isEmpty())
        notes << Text::tr("No on_delete is known for %1; treated as no action, which blocks.")
                     .arg(shortList(unknownOnDelete));
    for (const QString& table : selfCascades)
        notes << Text::tr(
                     "%1 references itself with on delete cascade: deleting one of its rows also "
                     "deletes the rows that reference it, recursively.")
                     .arg(table);
    QStringList unknown;
    if (!impact.rootProtected || !impact.rootPlatformManaged)
        unknown << impact.rootName;
    for (const DependentTable* d : impact.unknownDependents())
        unknown << d->name;
    if (!unknown.isEmpty())
        notes << Text::tr("The graph does not say whether %1 are protected or platform-managed.")
                     .arg(shortList(unknown));
}

} // namespace

QString impact::shortList(const QStringList& items) {
    constexpr int kShown = 5;
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return items.mid(0, kShown).join(QStringLiteral(", ")) + QLatin1Char(' ') +
           Text::tr("and %1 more").arg(items.size() - kShown);
}

QString rowEffectName(RowOutcome::Effect effect) {
    switch (effect) {
    case Effect::Blocks:
        return QStringLiteral("blocks");
    case Effect::Cascades:
        return QStringLiteral("cascades");
    case Effect::SetsNull:
        return QStringLiteral("sets null");
    case Effect::SetsDefault:
        return QStringLiteral("sets default");
    }
    return {};
}

DeletionImpact DeletionImpact::analyze(const SchemaGraph& graph) {
    return analyze(graph, graph.rootUid);
}

DeletionImpact DeletionImpact::analyze(const SchemaGraph& graph, const QString& rootUid) {
    const GraphIndex index(graph);
    DeletionImpact impact;
    impact.rootUid = rootUid;
    impact.rootName = index.name(rootUid);
    const GraphNode* root = index.node(rootUid);
    impact.rootProtected = root ? root->protectFromDeletion : std::nullopt;
    impact.rootPlatformManaged = platformManaged(root);

    for (int e : index.incoming(rootUid)) {
        const ImpactEdge edge = index.edge(e);
        if (edge.sourceUid != rootUid)
            impact.blockingReferences.push_back({edge, index.name(edge.sourceUid)});
    }
    std::stable_sort(impact.blockingReferences.begin(), impact.blockingReferences.end(),
                     [](const BlockingReference& a, const BlockingReference& b) {
                         return a.sourceName < b.sourceName;
                     });
    const bool refused = !impact.blockingReferences.empty() || impact.rootProtected == true;
    impact.strictDelete = refused ? TableVerdict::Refused : TableVerdict::Allowed;

    impact.dependents = findDependents(index, rootUid);
    QHash<QString, size_t> position;
    for (size_t i = 0; i < impact.dependents.size(); ++i)
        position.insert(impact.dependents[i].uid, i);

    const std::vector<RowOutcome> outcomes = followRowDelete(index, rootUid);
    bool blocks = false;
    bool cascades = false;
    for (const RowOutcome& o : outcomes) {
        blocks = blocks || o.effect == Effect::Blocks;
        cascades = cascades || o.effect == Effect::Cascades;
        auto it = position.constFind(o.tableUid);
        if (it != position.constEnd())
            impact.dependents[*it].rowOutcomes.push_back(o);
        else
            impact.rootRowOutcomes.push_back(o);
    }
    impact.rowDelete = blocks     ? RowVerdict::Blocked
                       : cascades ? RowVerdict::Cascades
                                  : RowVerdict::Allowed;

    judgeCompleteness(graph, impact);
    addNotes(impact, outcomes, impact.notes);
    return impact;
}

const DependentTable* DeletionImpact::dependent(const QString& uid) const {
    for (const DependentTable& d : dependents)
        if (d.uid == uid)
            return &d;
    return nullptr;
}

std::vector<const DependentTable*> DeletionImpact::protectedDependents() const {
    std::vector<const DependentTable*> found;
    for (const DependentTable& d : dependents)
        if (d.isProtected == true)
            found.push_back(&d);
    return found;
}

std::vector<const DependentTable*> DeletionImpact::platformManagedDependents() const {
    std::vector<const DependentTable*> found;
    for (const DependentTable& d : dependents)
        if (d.platformManaged == true)
            found.push_back(&d);
    return found;
}

std::vector<const DependentTable*> DeletionImpact::unknownDependents() const {
    std::vector<const DependentTable*> found;
    for (const DependentTable& d : dependents)
        if (!d.isProtected || !d.platformManaged)
            found.push_back(&d);
    return found;
}

QStringList DeletionImpact::rowBlockingTables() const {
    QStringList names;
    auto collect = [&names](const QString& name, const std::vector<RowOutcome>& outcomes) {
        const bool blocks = std::any_of(outcomes.begin(), outcomes.end(), [](const RowOutcome& o) {
            return o.effect == Effect::Blocks;
        });
        if (blocks)
            names << name;
    };
    collect(rootName, rootRowOutcomes);
    for (const DependentTable& d : dependents)
        collect(d.name, d.rowOutcomes);
    return names;
}

QStringList DeletionImpact::rowCascadeTables() const {
    QStringList names;
    for (const DependentTable& d : dependents) {
        const bool cascades =
            std::any_of(d.rowOutcomes.begin(), d.rowOutcomes.end(),
                        [](const RowOutcome& o) { return o.effect == Effect::Cascades; });
        if (cascades)
            names << d.name;
    }
    return names;
}

} // namespace cc
