#include "core/diff/ContractDiff.h"

#include "core/diff/ComparableTable.h"
#include "core/diff/TypeChange.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace cc {

namespace {

using Kind = ContractChange::Kind;
using Severity = ContractChange::Severity;
using diff::ComparableColumn;
using diff::ComparableForeignKey;
using diff::ComparableIndex;
using diff::ComparableTable;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContractDiff)
};

Json jsonText(const QString& text) {
    return Json(text.toStdString());
}
Json jsonText(const std::optional<QString>& text) {
    return text ? jsonText(*text) : Json();
}

// Empty text and absent are the same for display metadata.
std::optional<QString> nonEmpty(const std::optional<QString>& text) {
    if (!text || text->trimmed().isEmpty())
        return std::nullopt;
    return text;
}

QString columnSummary(const ComparableColumn& c) {
    QStringList parts;
    parts << c.dataType.value_or(QStringLiteral("?"));
    if (c.backendType)
        parts << QLatin1Char('(') + *c.backendType + QLatin1Char(')');
    if (c.nullable == false)
        parts << QStringLiteral("NOT NULL");
    if (c.primaryKey == true)
        parts << QStringLiteral("PRIMARY KEY");
    else if (c.unique == true)
        parts << QStringLiteral("UNIQUE");
    if (c.serverDefault)
        parts << QStringLiteral("DEFAULT ") + *c.serverDefault;
    return parts.join(QLatin1Char(' '));
}

QString indexSummary(const ComparableIndex& index) {
    QString text = index.unique ? QStringLiteral("UNIQUE ") : QString();
    text +=
        index.method + QStringLiteral(" (") +
        (index.expression.isEmpty() ? index.columns.join(QStringLiteral(", ")) : index.expression) +
        QLatin1Char(')');
    return text;
}

QString foreignKeySummary(const ComparableForeignKey& fk) {
    return QLatin1Char('(') + fk.sourceColumns.join(QStringLiteral(", ")) + QStringLiteral(") → ") +
           fk.target + QLatin1Char('(') + fk.targetColumns.join(QStringLiteral(", ")) +
           QStringLiteral(") ON DELETE ") + fk.onDelete.value_or(QStringLiteral("?")).toUpper();
}

// Finds the partner of each item: by name when both are named, then by a signature.
template <typename T, typename Signature>
std::vector<int> matchItems(const std::vector<T>& before, const std::vector<T>& after,
                            Signature signature) {
    std::vector<int> partner(before.size(), -1);
    std::vector<bool> taken(after.size(), false);
    for (size_t i = 0; i < before.size(); ++i) {
        if (before[i].name.isEmpty())
            continue;
        for (size_t j = 0; j < after.size(); ++j) {
            if (!taken[j] && after[j].name == before[i].name) {
                partner[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    for (size_t i = 0; i < before.size(); ++i) {
        if (partner[i] >= 0)
            continue;
        for (size_t j = 0; j < after.size(); ++j) {
            if (!taken[j] && signature(after[j]) == signature(before[i]) &&
                (before[i].name.isEmpty() || after[j].name.isEmpty())) {
                partner[i] = int(j);
                taken[j] = true;
                break;
            }
        }
    }
    return partner;
}

class DiffBuilder {
public:
    explicit DiffBuilder(bool drift)
        : m_drift(drift) {}

    void compare(const ComparableTable& before, const ComparableTable& after) {
        std::map<QString, size_t> afterByName;
        for (size_t j = 0; j < after.columns.size(); ++j)
            afterByName.emplace(after.columns[j].name, j);
        std::map<QString, size_t> beforeByName;
        for (size_t i = 0; i < before.columns.size(); ++i) {
            const ComparableColumn& b = before.columns[i];
            if (!beforeByName.emplace(b.name, i).second)
                continue; // a repeated name: the first one stands for it
            auto it = afterByName.find(b.name);
            if (it == afterByName.end())
                add(Kind::ColumnRemoved, b.name, {}, jsonText(columnSummary(b)), Json(),
                    Severity::Breaking, Text::tr("column removed: readers of it break"));
            else
                compareColumn(b, after.columns[it->second]);
        }
        for (size_t j = 0; j < after.columns.size(); ++j) {
            const ComparableColumn& a = after.columns[j];
            if (!beforeByName.count(a.name) && afterByName[a.name] == j)
                columnAdded(a);
        }

        if (before.indexes && after.indexes)
            compareIndexes(*before.indexes, *after.indexes);
        else if (before.indexes.has_value() != after.indexes.has_value())
            notes << Text::tr("Indexes were not compared: only one side describes them.");
        if (before.foreignKeys && after.foreignKeys)
            compareForeignKeys(*before.foreignKeys, *after.foreignKeys);
        else if (before.foreignKeys.has_value() != after.foreignKeys.has_value())
            notes << Text::tr("Foreign keys were not compared: only one side describes them.");
    }

    std::vector<ContractChange> changes;
    QStringList notes;

private:
    void add(Kind kind, const QString& subject, const QString& field, Json oldValue, Json newValue,
             Severity severity, const QString& reason) {
        changes.push_back(
            {kind, subject, field, std::move(oldValue), std::move(newValue), severity, reason});
    }

    void columnAdded(const ComparableColumn& a) {
        Severity severity = Severity::Compatible;
        QString reason = Text::tr("column added");
        if (a.primaryKey == true) {
            severity = Severity::Breaking;
            reason = Text::tr("column added to the primary key: existing rows need a value and the "
                              "row identity changes");
        } else if (a.nullable == false && a.defaultKnown && !a.serverDefault) {
            severity = Severity::Breaking;
            reason = Text::tr("column added as NOT NULL without a default fails on existing rows");
        } else if (a.nullable == false) {
            reason = Text::tr("NOT NULL column added with a default");
        } else if (a.nullable == true) {
            reason = Text::tr("nullable column added");
        }
        add(Kind::ColumnAdded, a.name, {}, Json(), jsonText(columnSummary(a)), severity, reason);
    }

    void compareColumn(const ComparableColumn& b, const ComparableColumn& a) {
        const QString& name = b.name;
        // A snapshot's token is derived from its backend type; when the physical types
        // agree, a different token is a spelling of the contract, not drift.
        const bool sameStorage =
            b.backendType && a.backendType && diff::sameBackendType(*b.backendType, *a.backendType);
        if (b.dataType && a.dataType && !(m_drift && sameStorage)) {
            const auto v = diff::judgeDataTypeChange(*b.dataType, *a.dataType);
            if (!v.same)
                add(Kind::DataTypeChanged, name, QStringLiteral("data_type"), jsonText(b.dataType),
                    jsonText(a.dataType), v.severity, v.reason);
        }
        compareBackendType(b, a);
        if (b.nullable && a.nullable && *b.nullable != *a.nullable) {
            const bool tightened = !*a.nullable;
            add(Kind::NullableChanged, name, QStringLiteral("nullable"), Json(*b.nullable),
                Json(*a.nullable), tightened ? Severity::Breaking : Severity::Compatible,
                tightened ? Text::tr("nullable → not null fails on existing NULL rows")
                          : Text::tr("not null → nullable: readers may now see NULL"));
        }
        if (b.primaryKey && a.primaryKey && *b.primaryKey != *a.primaryKey) {
            add(Kind::PrimaryKeyChanged, name, QStringLiteral("primary_key"), Json(*b.primaryKey),
                Json(*a.primaryKey), Severity::Breaking,
                *a.primaryKey
                    ? Text::tr("column joins the primary key: fails on duplicate or NULL "
                               "values")
                    : Text::tr("column leaves the primary key: the row identity changes and "
                               "references to the key break"));
        }
        if (b.unique && a.unique && *b.unique != *a.unique) {
            add(Kind::UniqueChanged, name, QStringLiteral("unique"), Json(*b.unique),
                Json(*a.unique), *a.unique ? Severity::Breaking : Severity::Compatible,
                *a.unique ? Text::tr("unique added: fails on existing duplicate values")
                          : Text::tr("unique dropped: duplicate values become possible"));
        }
        compareDefault(b, a);
        if (b.metadataKnown && a.metadataKnown) {
            compareMetadata(Kind::DescriptionChanged, name, QStringLiteral("description"),
                            b.description, a.description, Text::tr("description changed"));
            compareMetadata(Kind::LabelChanged, name, QStringLiteral("label"), b.label, a.label,
                            Text::tr("label changed"));
            compareMetadata(Kind::LogicalNameChanged, name, QStringLiteral("logical_name"),
                            b.logicalName, a.logicalName, Text::tr("logical name changed"));
        }
    }

    void compareBackendType(const ComparableColumn& b, const ComparableColumn& a) {
        if (!b.backendTypeKnown || !a.backendTypeKnown)
            return;
        const std::optional<QString> from = nonEmpty(b.backendType);
        const std::optional<QString> to = nonEmpty(a.backendType);
        if (!from && !to)
            return;
        const QString field = QStringLiteral("backend_type");
        if (!from || !to) {
            // A contract that leaves the type to the backend does not drift from it.
            if (m_drift)
                return;
            add(Kind::BackendTypeChanged, b.name, field, jsonText(from), jsonText(to),
                Severity::Compatible,
                to ? Text::tr("backend type pinned to %1").arg(*to)
                   : Text::tr("backend type no longer pinned (was %1): the backend derives it from "
                              "the data type")
                         .arg(*from));
            return;
        }
        const auto v = diff::judgeBackendTypeChange(*from, *to);
        if (!v.same)
            add(Kind::BackendTypeChanged, b.name, field, jsonText(from), jsonText(to), v.severity,
                v.reason);
    }

    void compareDefault(const ComparableColumn& b, const ComparableColumn& a) {
        if (!b.defaultKnown || !a.defaultKnown)
            return;
        const std::optional<QString> from = nonEmpty(b.serverDefault);
        const std::optional<QString> to = nonEmpty(a.serverDefault);
        if (!from && !to)
            return;
        if (from && to && diff::normalizeDefault(*from) == diff::normalizeDefault(*to))
            return;
        Severity severity = Severity::Compatible;
        QString reason;
        if (!from) {
            reason = Text::tr("default %1 added: inserts that omit the column get it").arg(*to);
        } else if (!to) {
            const bool notNull = a.nullable == false;
            severity = notNull ? Severity::Breaking : Severity::Compatible;
            reason = notNull
                         ? Text::tr("default removed from a NOT NULL column: inserts that omit it "
                                    "fail")
                         : Text::tr("default removed: inserts that omit the column get NULL");
        } else {
            reason = Text::tr("default %1 → %2: new rows get a different value").arg(*from, *to);
        }
        add(Kind::ServerDefaultChanged, b.name, QStringLiteral("server_default"), jsonText(from),
            jsonText(to), severity, reason);
    }

    void compareMetadata(Kind kind, const QString& column, const QString& field,
                         const std::optional<QString>& before, const std::optional<QString>& after,
                         const QString& reason) {
        if (nonEmpty(before) != nonEmpty(after))
            add(kind, column, field, jsonText(nonEmpty(before)), jsonText(nonEmpty(after)),
                Severity::Cosmetic, reason);
    }

    void compareIndexes(const std::vector<ComparableIndex>& before,
                        const std::vector<ComparableIndex>& after) {
        auto signature = [](const ComparableIndex& index) {
            return index.columns.join(QLatin1Char(',')) + QLatin1Char('|') + index.expression;
        };
        const std::vector<int> partner = matchItems(before, after, signature);
        std::vector<bool> matched(after.size(), false);
        for (size_t i = 0; i < before.size(); ++i) {
            const ComparableIndex& b = before[i];
            if (partner[i] < 0) {
                add(Kind::IndexRemoved, b.subject(), {}, jsonText(indexSummary(b)), Json(),
                    Severity::Compatible,
                    b.unique ? Text::tr("unique index removed: duplicate values become possible")
                             : Text::tr("index removed: queries that used it may get slower"));
                continue;
            }
            const ComparableIndex& a = after[size_t(partner[i])];
            matched[size_t(partner[i])] = true;
            if (b.unique != a.unique) {
                add(Kind::IndexChanged, b.subject(), QStringLiteral("unique"), Json(b.unique),
                    Json(a.unique), a.unique ? Severity::Breaking : Severity::Compatible,
                    a.unique
                        ? Text::tr("index made unique: fails on existing duplicate values")
                        : Text::tr("index no longer unique: duplicate values become possible"));
            }
            if (b.columns != a.columns || b.expression != a.expression) {
                add(Kind::IndexChanged, b.subject(), QStringLiteral("columns"),
                    jsonText(indexSummary(b)), jsonText(indexSummary(a)),
                    a.unique ? Severity::Breaking : Severity::Compatible,
                    a.unique ? Text::tr("unique index covers other columns: uniqueness changes")
                             : Text::tr("index covers other columns: query speed changes"));
            }
            if (b.method != a.method) {
                add(Kind::IndexChanged, b.subject(), QStringLiteral("method"), jsonText(b.method),
                    jsonText(a.method), Severity::Compatible,
                    Text::tr("index method changed: query speed changes"));
            }
        }
        for (size_t j = 0; j < after.size(); ++j) {
            if (matched[j])
                continue;
            const ComparableIndex& a = after[j];
            add(Kind::IndexAdded, a.subject(), {}, Json(), jsonText(indexSummary(a)),
                a.unique ? Severity::Breaking : Severity::Compatible,
                a.unique ? Text::tr("unique index added: fails on existing duplicate values")
                         : Text::tr("index added"));
        }
    }

    void compareForeignKeys(const std::vector<ComparableForeignKey>& before,
                            const std::vector<ComparableForeignKey>& after) {
        auto signature = [](const ComparableForeignKey& fk) {
            return fk.sourceColumns.join(QLatin1Char(','));
        };
        const std::vector<int> partner = matchItems(before, after, signature);
        std::vector<bool> matched(after.size(), false);
        for (size_t i = 0; i < before.size(); ++i) {
            const ComparableForeignKey& b = before[i];
            if (partner[i] < 0) {
                add(Kind::ForeignKeyRemoved, b.subject(), {}, jsonText(foreignKeySummary(b)),
                    Json(), Severity::Compatible,
                    Text::tr("foreign key removed: references are no longer enforced"));
                continue;
            }
            const ComparableForeignKey& a = after[size_t(partner[i])];
            matched[size_t(partner[i])] = true;
            compareForeignKey(b, a);
        }
        for (size_t j = 0; j < after.size(); ++j) {
            if (!matched[j])
                add(Kind::ForeignKeyAdded, after[j].subject(), {}, Json(),
                    jsonText(foreignKeySummary(after[j])), Severity::Breaking,
                    Text::tr(
                        "foreign key added: fails on existing rows without a match, and writes "
                        "must reference existing rows"));
        }
    }

    void compareForeignKey(const ComparableForeignKey& b, const ComparableForeignKey& a) {
        const QString subject = b.subject();
        if (b.targetKind == a.targetKind && b.target != a.target)
            add(Kind::ForeignKeyChanged, subject, QStringLiteral("target"), jsonText(b.target),
                jsonText(a.target), Severity::Breaking,
                Text::tr("foreign key points at another table: existing references may not match"));
        if (b.sourceColumns != a.sourceColumns || b.targetColumns != a.targetColumns)
            add(Kind::ForeignKeyChanged, subject, QStringLiteral("columns"),
                jsonText(foreignKeySummary(b)), jsonText(foreignKeySummary(a)), Severity::Breaking,
                Text::tr("foreign key uses other columns: existing references may not match"));
        if (b.onDelete && a.onDelete && *b.onDelete != *a.onDelete) {
            static const QStringList refusing = {QStringLiteral("restrict"),
                                                 QStringLiteral("no action")};
            const bool bothRefuse =
                refusing.contains(*b.onDelete) && refusing.contains(*a.onDelete);
            add(Kind::ForeignKeyChanged, subject, QStringLiteral("on_delete"), jsonText(b.onDelete),
                jsonText(a.onDelete), bothRefuse ? Severity::Cosmetic : Severity::Breaking,
                bothRefuse
                    ? Text::tr("on delete %1 → %2: both refuse the delete; only the timing of "
                               "the check differs")
                          .arg(*b.onDelete, *a.onDelete)
                    : Text::tr("on delete %1 → %2 changes what deleting a referenced row does")
                          .arg(*b.onDelete, *a.onDelete));
        }
    }

    bool m_drift;
};

ContractDiff finish(DiffBuilder& builder) {
    std::stable_sort(builder.changes.begin(), builder.changes.end(),
                     [](const ContractChange& x, const ContractChange& y) {
                         return int(x.severity) < int(y.severity);
                     });
    return ContractDiff(std::move(builder.changes), std::move(builder.notes));
}

// What the snapshot leaves out, as one note.
QString snapshotGaps(const ComparableTable& table) {
    QStringList gaps;
    auto anyColumn = [&](auto missing) {
        return std::any_of(table.columns.begin(), table.columns.end(), missing);
    };
    if (anyColumn([](const ComparableColumn& c) { return !c.backendTypeKnown; }))
        gaps << Text::tr("backend types");
    if (anyColumn([](const ComparableColumn& c) { return !c.nullable; }))
        gaps << Text::tr("nullability");
    if (anyColumn([](const ComparableColumn& c) { return !c.defaultKnown; }))
        gaps << Text::tr("defaults");
    if (anyColumn([](const ComparableColumn& c) { return !c.primaryKey; }))
        gaps << Text::tr("the primary key");
    if (anyColumn([](const ComparableColumn& c) { return !c.unique; }))
        gaps << Text::tr("uniqueness");
    if (gaps.isEmpty())
        return {};
    return Text::tr("The snapshot does not give %1; not compared.")
        .arg(gaps.join(QStringLiteral(", ")));
}

} // namespace

QString changeKindName(ContractChange::Kind kind) {
    switch (kind) {
    case Kind::ColumnAdded:
        return QStringLiteral("column_added");
    case Kind::ColumnRemoved:
        return QStringLiteral("column_removed");
    case Kind::DataTypeChanged:
        return QStringLiteral("data_type_changed");
    case Kind::BackendTypeChanged:
        return QStringLiteral("backend_type_changed");
    case Kind::NullableChanged:
        return QStringLiteral("nullable_changed");
    case Kind::PrimaryKeyChanged:
        return QStringLiteral("primary_key_changed");
    case Kind::UniqueChanged:
        return QStringLiteral("unique_changed");
    case Kind::ServerDefaultChanged:
        return QStringLiteral("server_default_changed");
    case Kind::DescriptionChanged:
        return QStringLiteral("description_changed");
    case Kind::LabelChanged:
        return QStringLiteral("label_changed");
    case Kind::LogicalNameChanged:
        return QStringLiteral("logical_name_changed");
    case Kind::IndexAdded:
        return QStringLiteral("index_added");
    case Kind::IndexRemoved:
        return QStringLiteral("index_removed");
    case Kind::IndexChanged:
        return QStringLiteral("index_changed");
    case Kind::ForeignKeyAdded:
        return QStringLiteral("foreign_key_added");
    case Kind::ForeignKeyRemoved:
        return QStringLiteral("foreign_key_removed");
    case Kind::ForeignKeyChanged:
        return QStringLiteral("foreign_key_changed");
    }
    return {};
}

QString severityName(ContractChange::Severity severity) {
    switch (severity) {
    case Severity::Breaking:
        return QStringLiteral("breaking");
    case Severity::Compatible:
        return QStringLiteral("compatible");
    case Severity::Cosmetic:
        return QStringLiteral("cosmetic");
    }
    return {};
}

ContractDiff::ContractDiff(std::vector<ContractChange> changes, QStringList notes)
    : m_changes(std::move(changes))
    , m_notes(std::move(notes)) {}

int ContractDiff::count(ContractChange::Severity severity) const {
    return int(
        std::count_if(m_changes.begin(), m_changes.end(),
                      [severity](const ContractChange& c) { return c.severity == severity; }));
}

ContractDiff ContractDiff::compare(const TableContract& before, const TableContract& after) {
    DiffBuilder builder(false);
    builder.compare(diff::fromContract(before), diff::fromContract(after));
    return finish(builder);
}

ContractDiff ContractDiff::compare(const TableContract& contract,
                                   const IntrospectionSnapshot& snapshot) {
    DiffBuilder builder(true);
    if (snapshot.columns.empty()) {
        builder.notes << Text::tr("The introspection snapshot has no columns: introspect the table "
                                  "before comparing.");
        return finish(builder);
    }
    const ComparableTable physical = diff::fromSnapshot(snapshot);
    builder.compare(diff::fromContract(contract), physical);
    const QString gaps = snapshotGaps(physical);
    if (!gaps.isEmpty())
        builder.notes << gaps;
    builder.notes << Text::tr(
        "Descriptions, labels and logical names are not stored in the database "
        "and were not compared.");
    return finish(builder);
}

} // namespace cc
