// The plain-words summary and the Markdown, CSV and JSON forms of a DeletionImpact.
#include "core/impact/DeletionImpact.h"

#include "core/diff/MarkdownTable.h"
#include "core/export/CsvWriter.h"
#include "core/impact/ImpactText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cc {

namespace {

using Effect = RowOutcome::Effect;
using impact::shortList;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeletionImpact)
};

// English needs a singular and a plural sentence; each is translated whole.
QString counted(int n, const char* one, const char* many) {
    return n == 1 ? Text::tr(one) : Text::tr(many).arg(n);
}

QString yesNo(const std::optional<bool>& value) {
    if (!value)
        return Text::tr("unknown");
    return *value ? Text::tr("yes") : Text::tr("no");
}

// Machine words for CSV and JSON.
QString flagWord(const std::optional<bool>& value) {
    if (!value)
        return QStringLiteral("unknown");
    return *value ? QStringLiteral("yes") : QStringLiteral("no");
}

Json jsonFlag(const std::optional<bool>& value) {
    return value ? Json(*value) : Json();
}
Json jsonText(const QString& text) {
    return Json(text.toStdString());
}
Json jsonList(const QStringList& items) {
    Json list = Json::array();
    for (const QString& item : items)
        list.push_back(item.toStdString());
    return list;
}

QString verdictWord(DeletionImpact::RowVerdict verdict) {
    switch (verdict) {
    case DeletionImpact::RowVerdict::Allowed:
        return QStringLiteral("allowed");
    case DeletionImpact::RowVerdict::Cascades:
        return QStringLiteral("cascades");
    case DeletionImpact::RowVerdict::Blocked:
        break;
    }
    return QStringLiteral("blocked");
}

QString verdictLabel(DeletionImpact::RowVerdict verdict) {
    switch (verdict) {
    case DeletionImpact::RowVerdict::Allowed:
        return Text::tr("allowed");
    case DeletionImpact::RowVerdict::Cascades:
        return Text::tr("cascades");
    case DeletionImpact::RowVerdict::Blocked:
        break;
    }
    return Text::tr("blocked");
}

QString effectLabel(Effect effect) {
    switch (effect) {
    case Effect::Blocks:
        return Text::tr("blocks");
    case Effect::Cascades:
        return Text::tr("cascades");
    case Effect::SetsNull:
        return Text::tr("sets null");
    case Effect::SetsDefault:
        return Text::tr("sets default");
    }
    return {};
}

// The effects on one table, worst first, without repeats.
QStringList effectsOf(const std::vector<RowOutcome>& outcomes, QString (*name)(Effect)) {
    QStringList words;
    for (Effect e : {Effect::Blocks, Effect::Cascades, Effect::SetsNull, Effect::SetsDefault}) {
        const bool present = std::any_of(outcomes.begin(), outcomes.end(),
                                         [e](const RowOutcome& o) { return o.effect == e; });
        if (present)
            words << name(e);
    }
    return words;
}

QString onDeleteText(const ImpactEdge& edge) {
    return edge.onDelete && !edge.onDelete->trimmed().isEmpty() ? edge.onDelete->trimmed()
                                                                : QString();
}

Json edgeJson(const ImpactEdge& edge) {
    return {{"name", jsonText(edge.name)},
            {"source_uid", jsonText(edge.sourceUid)},
            {"target_uid", jsonText(edge.targetUid)},
            {"source_columns", jsonList(edge.sourceColumns)},
            {"target_columns", jsonList(edge.targetColumns)},
            {"on_delete", edge.onDelete ? jsonText(*edge.onDelete) : Json()},
            {"action", jsonText(onDeleteSqlName(edge.action))}};
}

Json outcomesJson(const std::vector<RowOutcome>& outcomes) {
    Json list = Json::array();
    for (const RowOutcome& o : outcomes) {
        list.push_back({{"table_uid", jsonText(o.tableUid)},
                        {"edge", edgeJson(o.edge)},
                        {"effect", jsonText(rowEffectName(o.effect))},
                        {"self_reference", o.selfReference},
                        {"reason", jsonText(o.reason)}});
    }
    return list;
}

QString rowSentence(const DeletionImpact& impact) {
    switch (impact.rowDelete) {
    case DeletionImpact::RowVerdict::Blocked:
        return Text::tr("Deleting its rows is blocked while referencing rows exist in %1.")
            .arg(shortList(impact.rowBlockingTables()));
    case DeletionImpact::RowVerdict::Cascades: {
        const QStringList tables = impact.rowCascadeTables();
        if (tables.isEmpty())
            return Text::tr("Deleting its rows also deletes the rows of it that reference them.");
        return Text::tr("Deleting its rows also deletes the rows that reference them in %1.")
            .arg(shortList(tables));
    }
    case DeletionImpact::RowVerdict::Allowed:
        break;
    }
    QStringList cleared;
    for (const DependentTable& d : impact.dependents)
        if (!d.rowOutcomes.empty())
            cleared << d.name;
    if (cleared.isEmpty())
        return Text::tr("Deleting its rows affects no other table.");
    return Text::tr("Deleting its rows clears the references to them in %1.")
        .arg(shortList(cleared));
}

} // namespace

QString DeletionImpact::summary() const {
    QStringList sentences;
    if (strictDelete == TableVerdict::Refused) {
        QStringList why;
        if (!blockingReferences.empty()) {
            QSet<QString> sources;
            QStringList references;
            for (const BlockingReference& r : blockingReferences) {
                sources.insert(r.edge.sourceUid);
                references << Text::tr("%1 via %2").arg(r.sourceName, r.edge.name);
            }
            why << counted(int(sources.size()),
                           QT_TRANSLATE_NOOP("DeletionImpact", "1 table references it (%1)"),
                           QT_TRANSLATE_NOOP("DeletionImpact", "%1 tables reference it (%2)"))
                       .arg(shortList(references));
        }
        if (rootProtected == true)
            why << Text::tr("it is protected from deletion");
        sentences << Text::tr("Deleting %1 is refused: %2.")
                         .arg(rootName, why.join(QStringLiteral("; ")));
    } else {
        sentences
            << Text::tr("Deleting %1 is allowed: no other table references it.").arg(rootName);
        if (!rootProtected)
            sentences << Text::tr("Whether it is protected is not known.");
    }
    if (rootPlatformManaged == true)
        sentences << Text::tr("It is platform-managed: its physical table is dropped with it.");

    if (!dependents.empty()) {
        QString cascade =
            counted(int(dependents.size()),
                    QT_TRANSLATE_NOOP("DeletionImpact", "A cascade would delete 1 table"),
                    QT_TRANSLATE_NOOP("DeletionImpact", "A cascade would delete %1 tables"));
        const int protectedCount = int(protectedDependents().size());
        const int managedCount = int(platformManagedDependents().size());
        if (protectedCount > 0)
            cascade += QStringLiteral(", ") + Text::tr("%1 of them protected").arg(protectedCount);
        if (managedCount > 0)
            cascade += QStringLiteral(", ") +
                       Text::tr("%1 of them platform-managed (their physical tables are dropped)")
                           .arg(managedCount);
        sentences << cascade + QLatin1Char('.');
    }
    sentences << rowSentence(*this);
    if (possiblyIncomplete)
        sentences << Text::tr("The graph may be incomplete: there may be more dependents.");
    return sentences.join(QLatin1Char(' '));
}

QString DeletionImpact::toMarkdown() const {
    QString md = QStringLiteral("## ") + Text::tr("Deletion impact: %1").arg(rootName) +
                 QStringLiteral("\n\n") + summary() + QStringLiteral("\n\n");

    md += QStringLiteral("### ") + Text::tr("Deleting the table") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") +
          Text::tr("Strict delete: %1")
              .arg(strictDeleteAllowed() ? Text::tr("allowed") : Text::tr("refused")) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") + Text::tr("Protected: %1").arg(yesNo(rootProtected)) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") + Text::tr("Platform-managed: %1").arg(yesNo(rootPlatformManaged)) +
          QStringLiteral("\n\n");
    if (!blockingReferences.empty()) {
        md += markdown::head({Text::tr("Referencing table"), Text::tr("Foreign key"),
                              Text::tr("Columns"), Text::tr("On delete")});
        for (const BlockingReference& r : blockingReferences)
            md += markdown::row({r.sourceName, r.edge.name,
                                 r.edge.sourceColumns.join(QStringLiteral(", ")),
                                 onDeleteText(r.edge)});
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("### ") + Text::tr("Tables a cascade deletes") + QStringLiteral("\n\n");
    if (dependents.empty()) {
        md += Text::tr("None.") + QStringLiteral("\n\n");
    } else {
        md +=
            markdown::head({Text::tr("Depth"), Text::tr("Table"), Text::tr("UID"), Text::tr("Via"),
                            Text::tr("On delete"), Text::tr("Row delete"), Text::tr("Protected"),
                            Text::tr("Platform-managed"), Text::tr("Path")});
        for (const DependentTable& d : dependents) {
            const QStringList effects = effectsOf(d.rowOutcomes, effectLabel);
            md += markdown::row(
                {QString::number(d.depth), d.name, d.uid, d.via.name, onDeleteText(d.via),
                 effects.isEmpty() ? Text::tr("not reached") : effects.join(QStringLiteral(", ")),
                 yesNo(d.isProtected), yesNo(d.platformManaged),
                 d.path.join(QStringLiteral(" ← "))});
        }
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("### ") + Text::tr("Deleting rows") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") + Text::tr("Verdict: %1").arg(verdictLabel(rowDelete)) +
          QStringLiteral("\n\n");
    std::vector<std::pair<QString, const RowOutcome*>> outcomes;
    for (const RowOutcome& o : rootRowOutcomes)
        outcomes.emplace_back(rootName, &o);
    for (const DependentTable& d : dependents)
        for (const RowOutcome& o : d.rowOutcomes)
            outcomes.emplace_back(d.name, &o);
    if (!outcomes.empty()) {
        md += markdown::head({Text::tr("Table"), Text::tr("Foreign key"), Text::tr("On delete"),
                              Text::tr("Effect"), Text::tr("Reason")});
        for (const auto& [name, o] : outcomes)
            md += markdown::row({name, o->edge.name, onDeleteSqlName(o->edge.action),
                                 effectLabel(o->effect), o->reason});
        md += QLatin1Char('\n');
    }

    if (!notes.isEmpty()) {
        md += QStringLiteral("### ") + Text::tr("Notes") + QStringLiteral("\n\n");
        for (const QString& note : notes)
            md += QStringLiteral("- ") + note + QLatin1Char('\n');
    }
    return md;
}

QString DeletionImpact::toCsv() const {
    std::string out =
        CsvWriter::headerLine({QStringLiteral("table"), QStringLiteral("uid"),
                               QStringLiteral("depth"), QStringLiteral("via_edge"),
                               QStringLiteral("on_delete"), QStringLiteral("row_delete_effect"),
                               QStringLiteral("protected"), QStringLiteral("platform_managed")});
    for (const DependentTable& d : dependents) {
        const QStringList effects = effectsOf(d.rowOutcomes, rowEffectName);
        const QStringList fields = {d.name,
                                    d.uid,
                                    QString::number(d.depth),
                                    d.via.name,
                                    onDeleteSqlName(d.via.action),
                                    effects.isEmpty() ? QStringLiteral("none")
                                                      : effects.join(QLatin1Char(';')),
                                    flagWord(d.isProtected),
                                    flagWord(d.platformManaged)};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            const QByteArray utf8 = fields[i].toUtf8();
            CsvWriter::appendField(out, std::string_view(utf8.constData(), size_t(utf8.size())));
        }
        out.append("\r\n");
    }
    return QString::fromStdString(out);
}

Json DeletionImpact::toJson() const {
    Json blocking = Json::array();
    for (const BlockingReference& r : blockingReferences)
        blocking.push_back({{"source_name", jsonText(r.sourceName)}, {"edge", edgeJson(r.edge)}});
    Json tables = Json::array();
    for (const DependentTable& d : dependents) {
        tables.push_back({{"uid", jsonText(d.uid)},
                          {"name", jsonText(d.name)},
                          {"depth", d.depth},
                          {"parent_uid", jsonText(d.parentUid)},
                          {"via", edgeJson(d.via)},
                          {"path", jsonList(d.path)},
                          {"protected", jsonFlag(d.isProtected)},
                          {"platform_managed", jsonFlag(d.platformManaged)},
                          {"in_graph", d.inGraph},
                          {"row_outcomes", outcomesJson(d.rowOutcomes)}});
    }
    auto uids = [](const std::vector<const DependentTable*>& list) {
        Json out = Json::array();
        for (const DependentTable* d : list)
            out.push_back(d->uid.toStdString());
        return out;
    };
    return {{"root",
             {{"uid", jsonText(rootUid)},
              {"name", jsonText(rootName)},
              {"protected", jsonFlag(rootProtected)},
              {"platform_managed", jsonFlag(rootPlatformManaged)}}},
            {"strict_delete",
             {{"allowed", strictDeleteAllowed()}, {"blocking_references", std::move(blocking)}}},
            {"cascade",
             {{"tables", std::move(tables)},
              {"protected", uids(protectedDependents())},
              {"platform_managed", uids(platformManagedDependents())},
              {"unknown", uids(unknownDependents())}}},
            {"row_delete",
             {{"verdict", jsonText(verdictWord(rowDelete))},
              {"blocking_tables", jsonList(rowBlockingTables())},
              {"cascade_tables", jsonList(rowCascadeTables())},
              {"root_outcomes", outcomesJson(rootRowOutcomes)}}},
            {"possibly_incomplete", possiblyIncomplete},
            {"notes", jsonList(notes)},
            {"summary", jsonText(summary())}};
}

} // namespace cc
