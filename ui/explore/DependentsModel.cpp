#include "ui/explore/DependentsModel.h"

#include "graph/GraphStyle.h"
#include "ui/Theme.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cc::ui {

namespace {

using Effect = RowOutcome::Effect;

QString effectWord(Effect effect) {
    switch (effect) {
    case Effect::Blocks:
        return DependentsModel::tr("blocks");
    case Effect::Cascades:
        return DependentsModel::tr("cascades");
    case Effect::SetsNull:
        return DependentsModel::tr("sets null");
    case Effect::SetsDefault:
        return DependentsModel::tr("sets default");
    }
    return {};
}

QStandardItem* cell(const QString& text) {
    auto* it = new QStandardItem(text);
    it->setEditable(false);
    return it;
}

QStandardItem* flagItem(const std::optional<bool>& value, const QString& yesText,
                        const QString& yesTip, theme::Tone yesTone, const QString& iconName) {
    QStandardItem* it = cell(QString());
    if (!value) {
        it->setText(DependentsModel::tr("unknown"));
        it->setForeground(theme::mutedText());
        it->setToolTip(DependentsModel::tr("The schema graph does not say."));
        return it;
    }
    if (!*value) {
        it->setText(DependentsModel::tr("no"));
        it->setForeground(theme::mutedText());
        return it;
    }
    it->setText(yesText);
    it->setToolTip(yesTip);
    it->setForeground(theme::toneColor(yesTone));
    it->setIcon(theme::icon(iconName, theme::toneColor(yesTone)));
    QFont f = it->font();
    f.setWeight(QFont::DemiBold);
    it->setFont(f);
    return it;
}

QString columnsText(const ImpactEdge& edge) {
    return QLatin1Char('(') + edge.sourceColumns.join(QStringLiteral(", ")) +
           QStringLiteral(") → (") + edge.targetColumns.join(QStringLiteral(", ")) +
           QLatin1Char(')');
}

QStandardItem* onDeleteItem(const ImpactEdge& edge) {
    QStandardItem* it = cell(onDeleteSqlName(edge.action));
    it->setForeground(QColor(QString::fromLatin1(edgeStroke(edge.action).color)));
    if (edge.action == OnDelete::Unspecified) {
        it->setText(edge.onDelete && !edge.onDelete->isEmpty()
                        ? *edge.onDelete
                        : DependentsModel::tr("not reported"));
        it->setForeground(theme::mutedText());
    }
    return it;
}

} // namespace

QString rowEffectsText(const DependentTable& dependent) {
    QStringList words;
    for (Effect e : {Effect::Blocks, Effect::Cascades, Effect::SetsNull, Effect::SetsDefault}) {
        const bool present = std::any_of(dependent.rowOutcomes.begin(), dependent.rowOutcomes.end(),
                                         [e](const RowOutcome& o) { return o.effect == e; });
        if (present)
            words << effectWord(e);
    }
    return words.join(QStringLiteral(", "));
}

DependentsModel::DependentsModel(QObject* parent)
    : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Table"), tr("Depth"), tr("Via foreign key"), tr("On delete"),
                               tr("Row delete"), tr("Protected"), tr("Platform-managed")});
    horizontalHeaderItem(Depth)->setToolTip(
        tr("How many references away from the table to delete (1: it references it directly)"));
    horizontalHeaderItem(RowDelete)->setToolTip(
        tr("What deleting rows of the table does to this table's rows"));
    horizontalHeaderItem(PlatformManaged)
        ->setToolTip(
            tr("Platform-managed tables have their physical table dropped when they are deleted"));
}

void DependentsModel::clearImpact() {
    removeRows(0, rowCount());
    m_dependents = 0;
}

QList<QStandardItem*> DependentsModel::rootRow(const DeletionImpact& impact) const {
    QStandardItem* name = cell(impact.rootName);
    name->setIcon(theme::icon(QStringLiteral("table"), theme::toneColor(theme::Tone::Accent)));
    QFont f = name->font();
    f.setWeight(QFont::Bold);
    name->setFont(f);
    name->setToolTip(tr("The table to delete (%1)").arg(impact.rootUid));
    name->setData(impact.rootUid, UidRole);
    name->setData(impact.rootName, NameRole);
    name->setData(true, IsRootRole);
    name->setData(false, BlocksStrictDeleteRole);

    QStandardItem* via = cell(tr("the table to delete"));
    via->setForeground(theme::mutedText());
    QStandardItem* rows = cell(QString());
    if (!impact.rootRowOutcomes.empty()) {
        QStringList reasons;
        for (const RowOutcome& o : impact.rootRowOutcomes)
            reasons << o.reason;
        rows->setText(tr("references itself"));
        rows->setToolTip(reasons.join(QLatin1Char('\n')));
    }
    return {name,
            cell(QStringLiteral("0")),
            via,
            cell(QString()),
            rows,
            flagItem(impact.rootProtected, tr("protected"),
                     tr("Protected from deletion: only an administrator may override it."),
                     theme::Tone::Danger, QStringLiteral("lock")),
            flagItem(impact.rootPlatformManaged, tr("drops table"),
                     tr("Platform-managed: deleting it drops its physical table."),
                     theme::Tone::Warning, QStringLiteral("database"))};
}

QList<QStandardItem*> DependentsModel::dependentRow(const DeletionImpact& impact,
                                                    const DependentTable& d,
                                                    bool blocksStrictDelete) const {
    QStandardItem* name = cell(d.name);
    QStringList tip{d.path.join(QStringLiteral(" ← ")), d.uid};
    if (blocksStrictDelete) {
        name->setForeground(theme::toneColor(theme::Tone::Danger));
        name->setIcon(theme::icon(QStringLiteral("error"), theme::toneColor(theme::Tone::Danger)));
        QFont f = name->font();
        f.setWeight(QFont::DemiBold);
        name->setFont(f);
        tip.prepend(tr("Blocks a strict delete of %1: it references it.").arg(impact.rootName));
    } else {
        name->setIcon(theme::icon(QStringLiteral("table")));
    }
    if (!d.inGraph) {
        QFont f = name->font();
        f.setItalic(true);
        name->setFont(f);
        name->setForeground(theme::mutedText());
        tip.prepend(tr("Beyond the graph's depth: only a foreign key names this table, so "
                       "its own dependents are not known."));
    }
    name->setToolTip(tip.join(QLatin1Char('\n')));
    name->setData(d.uid, UidRole);
    name->setData(d.name, NameRole);
    name->setData(false, IsRootRole);
    name->setData(blocksStrictDelete, BlocksStrictDeleteRole);

    QStandardItem* depth = cell(QString::number(d.depth));
    depth->setData(d.depth, SortRole);
    depth->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QStandardItem* via = cell(d.via.name);
    via->setToolTip(
        tr("%1 %2 references %3")
            .arg(d.via.name, columnsText(d.via),
                 d.parentUid == impact.rootUid
                     ? impact.rootName
                     : (impact.dependent(d.parentUid) ? impact.dependent(d.parentUid)->name
                                                      : d.parentUid)));

    QStandardItem* rows = cell(rowEffectsText(d));
    if (d.rowOutcomes.empty()) {
        rows->setText(tr("not reached"));
        rows->setForeground(theme::mutedText());
        rows->setToolTip(tr("Deleting rows of %1 does not reach this table.").arg(impact.rootName));
    } else {
        QStringList reasons;
        bool blocks = false;
        bool cascades = false;
        for (const RowOutcome& o : d.rowOutcomes) {
            reasons << o.reason;
            blocks = blocks || o.effect == Effect::Blocks;
            cascades = cascades || o.effect == Effect::Cascades;
        }
        rows->setToolTip(reasons.join(QLatin1Char('\n')));
        if (blocks || cascades)
            rows->setForeground(
                theme::toneColor(blocks ? theme::Tone::Danger : theme::Tone::Warning));
        if (blocks) {
            QFont f = rows->font();
            f.setWeight(QFont::DemiBold);
            rows->setFont(f);
        }
    }
    return {name,
            depth,
            via,
            onDeleteItem(d.via),
            rows,
            flagItem(d.isProtected, tr("protected"),
                     tr("Protected from deletion: a cascade stops here unless an administrator "
                        "overrides the protection."),
                     theme::Tone::Danger, QStringLiteral("lock")),
            flagItem(d.platformManaged, tr("drops table"),
                     tr("Platform-managed: a cascade drops its physical table."),
                     theme::Tone::Warning, QStringLiteral("database"))};
}

void DependentsModel::setImpact(const DeletionImpact& impact) {
    clearImpact();
    if (impact.rootUid.isEmpty())
        return;
    QSet<QString> blockers;
    for (const BlockingReference& r : impact.blockingReferences)
        blockers.insert(r.edge.sourceUid);

    const QList<QStandardItem*> top = rootRow(impact);
    appendRow(top);
    QHash<QString, QStandardItem*> byUid{{impact.rootUid, top.front()}};
    for (const DependentTable& d : impact.dependents) {
        QStandardItem* parent = byUid.value(d.parentUid, top.front());
        const QList<QStandardItem*> row =
            dependentRow(impact, d, d.depth == 1 && blockers.contains(d.uid));
        parent->appendRow(row);
        if (!byUid.contains(d.uid))
            byUid.insert(d.uid, row.front());
    }
    m_dependents = int(impact.dependents.size());
}

QModelIndex DependentsModel::indexOfUid(const QString& uid) const {
    const QModelIndexList found =
        match(index(0, Table), UidRole, uid, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.front();
}

QStringList DependentsModel::uids() const {
    QStringList out;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, Table, parent);
            out << i.data(UidRole).toString();
            walk(i);
        }
    };
    walk(QModelIndex());
    return out;
}

} // namespace cc::ui
