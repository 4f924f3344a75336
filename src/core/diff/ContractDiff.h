#pragma once

#include "core/IntrospectionSnapshot.h"
#include "core/Json.h"
#include "core/TableContract.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cc {

// One semantic difference between two descriptions of a table.
struct ContractChange {
    enum class Kind {
        ColumnAdded,
        ColumnRemoved,
        DataTypeChanged,
        BackendTypeChanged,
        NullableChanged,
        PrimaryKeyChanged,
        UniqueChanged,
        ServerDefaultChanged,
        DescriptionChanged,
        LabelChanged,
        LogicalNameChanged,
        IndexAdded,
        IndexRemoved,
        IndexChanged,
        ForeignKeyAdded,
        ForeignKeyRemoved,
        ForeignKeyChanged
    };
    // Breaking: existing rows, writers or readers can fail. Compatible: behaviour changes
    // but nothing that worked fails. Cosmetic: display metadata only.
    enum class Severity { Breaking, Compatible, Cosmetic };

    Kind kind = Kind::ColumnAdded;
    QString subject; // column, index or foreign key name
    QString field;   // wire name of the changed field (`nullable`, `on_delete`, ...)
    Json oldValue;   // null when absent; a one-line summary for added / removed items
    Json newValue;
    Severity severity = Severity::Compatible;
    QString reason; // translated, e.g. "nullable → not null fails on existing NULL rows"

    bool operator==(const ContractChange& o) const {
        return kind == o.kind && subject == o.subject && field == o.field &&
               oldValue == o.oldValue && newValue == o.newValue && severity == o.severity &&
               reason == o.reason;
    }
};

// Stable machine names: "column_added", ..., "foreign_key_changed"; "breaking", ...
QString changeKindName(ContractChange::Kind kind);
QString severityName(ContractChange::Severity severity);

// The semantic diff of two contracts, or of a contract and the physical table.
// Columns are matched by exact name: a rename shows as a removal and an addition. Indexes
// and foreign keys are compared only when both sides describe them (the current contract
// does not; legacy contracts and snapshots do).
class ContractDiff {
public:
    // A registered contract against a proposed or normalized one.
    static ContractDiff compare(const TableContract& before, const TableContract& after);
    // Drift: the registered contract against the introspected table. Backend types become
    // tokens with dtype::fromPostgresType(); the primary key and single-column uniqueness
    // come from constraints and indexes. What the snapshot does not say is not compared,
    // and notes() says so.
    static ContractDiff compare(const TableContract& contract,
                                const IntrospectionSnapshot& snapshot);

    // Breaking first, then compatible, then cosmetic; columns in `before` order inside each.
    const std::vector<ContractChange>& changes() const { return m_changes; }
    // Translated remarks on what could not be compared.
    const QStringList& notes() const { return m_notes; }
    int count(ContractChange::Severity severity) const;
    bool hasBreaking() const { return count(ContractChange::Severity::Breaking) > 0; }
    bool isEmpty() const { return m_changes.empty(); }

    // A Markdown summary line, a table of the changes and the notes.
    QString toMarkdown() const;
    // {"summary": {"breaking", "compatible", "cosmetic"}, "has_breaking", "changes": [...],
    //  "notes": [...]} with machine names for kind and severity.
    Json toJson() const;

    ContractDiff(std::vector<ContractChange> changes, QStringList notes);
    ContractDiff() = default;

private:
    std::vector<ContractChange> m_changes;
    QStringList m_notes;
};

} // namespace cc
