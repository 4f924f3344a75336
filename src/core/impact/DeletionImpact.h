#pragma once

#include "core/Json.h"
#include "core/OnDelete.h"
#include "core/SchemaGraph.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cc {


// One foreign key of the graph: `sourceUid` references `targetUid`.
struct ImpactEdge {
    QString name; // the edge's name, else "(columns) → target"
    QString sourceUid;
    QString targetUid;
    QStringList sourceColumns;
    QStringList targetColumns;
    std::optional<QString> onDelete; // as the graph sent it
    OnDelete action = OnDelete::Unspecified;
};

// What deleting rows of the root does to the rows of one referencing table, through one
// foreign key.
struct RowOutcome {
    enum class Effect { Blocks, Cascades, SetsNull, SetsDefault };

    QString tableUid; // the referencing table
    ImpactEdge edge;
    Effect effect = Effect::Blocks;
    bool selfReference = false;
    QString reason; // translated
};

// "blocks", "cascades", "sets null", "sets default".
QString rowEffectName(RowOutcome::Effect effect);

// A table that depends on the root, directly or through other tables.
struct DependentTable {
    QString uid;
    QString name;      // "namespace.identifier" when the graph gives both
    int depth = 1;     // shortest number of references to the root: 1 references it directly
    QString parentUid; // the table it references on that shortest path
    ImpactEdge via;    // the foreign key of that reference
    QStringList path;  // names from the root to this table along the shortest path
    std::optional<bool> isProtected;     // nullopt: the graph does not say
    std::optional<bool> platformManaged; // nullopt: the graph does not say
    bool inGraph = true;                 // false when only an edge names it (a depth cut-off)
    std::vector<RowOutcome> rowOutcomes; // empty when deleting root rows does not reach it
};

// Who references the root when a strict delete is refused.
struct BlockingReference {
    ImpactEdge edge;
    QString sourceName;
};

// What deleting a table, or rows of it, would do, judged from a schema graph fetched with
// include_incoming (spec §2.9, §2.16). A pure value: compute it with analyze().
struct DeletionImpact {
    enum class TableVerdict { Allowed, Refused };
    enum class RowVerdict { Allowed, Cascades, Blocked };

    QString rootUid;
    QString rootName;
    std::optional<bool> rootProtected;
    std::optional<bool> rootPlatformManaged;

    // Deleting the table. A strict delete is refused while another table references it
    // or while it is protected (an unknown protection does not refuse it; notes say so).
    TableVerdict strictDelete = TableVerdict::Allowed;
    std::vector<BlockingReference> blockingReferences;
    // Every transitive dependent, which a cascade delete removes: by depth, then name.
    std::vector<DependentTable> dependents;

    // Deleting rows of the table. Blocked: some reference refuses it while referencing rows
    // exist. Cascades: rows of other tables are deleted too.
    RowVerdict rowDelete = RowVerdict::Allowed;
    std::vector<RowOutcome> rootRowOutcomes; // references from the root itself (self or cycle)

    // The graph may not show every dependent (depth cut-off, no incoming edges).
    bool possiblyIncomplete = false;
    QStringList notes; // translated

    static DeletionImpact analyze(const SchemaGraph& graph);
    // The same for another table of the graph; completeness is judged from that table.
    static DeletionImpact analyze(const SchemaGraph& graph, const QString& rootUid);

    bool strictDeleteAllowed() const { return strictDelete == TableVerdict::Allowed; }
    const DependentTable* dependent(const QString& uid) const;
    // Dependents a cascade removes that are protected / platform-managed (their physical
    // table is dropped) / of unknown protection or management.
    std::vector<const DependentTable*> protectedDependents() const;
    std::vector<const DependentTable*> platformManagedDependents() const;
    std::vector<const DependentTable*> unknownDependents() const;
    // The distinct tables whose references block a row delete.
    QStringList rowBlockingTables() const;
    // The distinct tables a row delete cascades into (the root excluded).
    QStringList rowCascadeTables() const;

    // "Deleting acme.Account is refused: 3 tables reference it (...). A cascade would
    // delete 7 tables, 2 of them protected. ..."
    QString summary() const;
    QString toMarkdown() const;
    // One row per dependent: table, uid, depth, via_edge, on_delete, row_delete_effect,
    // protected, platform_managed. RFC 4180, CRLF line ends.
    QString toCsv() const;
    Json toJson() const;
};

} // namespace cc
