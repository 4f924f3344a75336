#include "ui/explore/DependentDetails.h"

#include "core/impact/ImpactText.h"
#include "ui/Theme.h"
#include "ui/explore/ImpactBanner.h"

#include <QCoreApplication>

namespace cc::ui {

namespace {

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DependentDetails)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString sentence(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

QString coloured(const QString& html, theme::Tone tone) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(theme::toneColor(tone).name(), html);
}

QString heading(const QString& text) {
    return QStringLiteral("<h4 style=\"margin-top:12px; margin-bottom:4px\">%1</h4>")
        .arg(esc(text));
}

QString fact(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><td style=\"color:%1; padding-right:10px\">%2</td><td>%3</td></tr>")
        .arg(theme::mutedText().name(), esc(label), valueHtml);
}

QString flagHtml(const std::optional<bool>& value, const QString& yes, theme::Tone tone) {
    if (!value)
        return coloured(esc(Text::tr("not known")), theme::Tone::Neutral);
    return *value ? coloured(QStringLiteral("<b>%1</b>").arg(esc(yes)), tone) : esc(Text::tr("no"));
}

QString openLink(const QString& uid, const QString& name) {
    return QStringLiteral("<a href=\"open:%1\">%2</a>")
        .arg(esc(uid), esc(Text::tr("Open %1").arg(name)));
}

QString outcomesHtml(const std::vector<RowOutcome>& outcomes) {
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const RowOutcome& o : outcomes) {
        const theme::Tone tone = o.effect == RowOutcome::Effect::Blocks     ? theme::Tone::Danger
                                 : o.effect == RowOutcome::Effect::Cascades ? theme::Tone::Warning
                                                                            : theme::Tone::Accent;
        html +=
            QStringLiteral("<li>%1 — %2</li>")
                .arg(coloured(QStringLiteral("<b>%1</b>").arg(esc(rowEffectName(o.effect))), tone),
                     esc(sentence(o.reason)));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString impactOverviewHtml(const DeletionImpact& impact) {
    QString html = QStringLiteral("<h3 style=\"margin-bottom:6px\">%1</h3>")
                       .arg(esc(Text::tr("Deleting %1").arg(impact.rootName)));
    html += QStringLiteral("<p>%1</p>").arg(esc(impact.summary()));
    html +=
        QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(theme::mutedText().name(),
                 esc(Text::tr("Select a table to see how it is reached and why. Double-click or "
                              "press Enter to open it.")));
    const auto names = [](const std::vector<const DependentTable*>& list) {
        QStringList out;
        for (const DependentTable* d : list)
            out << d->name;
        return impact::shortList(out);
    };
    if (!impact.protectedDependents().empty()) {
        html += heading(Text::tr("Protected tables a cascade would reach"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(coloured(esc(names(impact.protectedDependents())), theme::Tone::Danger));
    }
    if (!impact.platformManagedDependents().empty()) {
        html += heading(Text::tr("Physical tables a cascade would drop"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(coloured(esc(names(impact.platformManagedDependents())),
                                  theme::Tone::Warning));
    }
    if (!impact.notes.isEmpty()) {
        html += heading(Text::tr("Notes"));
        html += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString& note : impact.notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(note));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString dependentDetailsHtml(const DeletionImpact& impact, const QString& uid) {
    if (uid == impact.rootUid) {
        QString html =
            QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3>").arg(esc(impact.rootName));
        html += QStringLiteral("<p>%1</p>").arg(esc(ImpactBanner::tableVerdictText(impact)));
        html += QStringLiteral("<table>");
        html += fact(Text::tr("UID"), QStringLiteral("<code>%1</code>").arg(esc(impact.rootUid)));
        html += fact(
            Text::tr("Protected"),
            flagHtml(impact.rootProtected, Text::tr("yes: refuses a delete"), theme::Tone::Danger));
        html +=
            fact(Text::tr("Platform-managed"),
                 flagHtml(impact.rootPlatformManaged,
                          Text::tr("yes: its physical table is dropped"), theme::Tone::Warning));
        html += QStringLiteral("</table>");
        if (!impact.blockingReferences.empty()) {
            html += heading(Text::tr("References that refuse a strict delete"));
            html += QStringLiteral("<ul style=\"margin-left:-20px\">");
            for (const BlockingReference& r : impact.blockingReferences)
                html += QStringLiteral("<li>%1 via <code>%2</code> (%3)</li>")
                            .arg(coloured(esc(r.sourceName), theme::Tone::Danger), esc(r.edge.name),
                                 esc(onDeleteSqlName(r.edge.action)));
            html += QStringLiteral("</ul>");
        }
        html += heading(Text::tr("Deleting its rows"));
        html += QStringLiteral("<p>%1</p>").arg(esc(ImpactBanner::rowVerdictText(impact)));
        if (!impact.rootRowOutcomes.empty())
            html += outcomesHtml(impact.rootRowOutcomes);
        return html;
    }

    const DependentTable* d = impact.dependent(uid);
    if (!d)
        return impactOverviewHtml(impact);
    QString html = QStringLiteral("<h3 style=\"margin-bottom:4px\">%1</h3>").arg(esc(d->name));
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(theme::mutedText().name(), esc(d->path.join(QStringLiteral(" ← "))));
    const bool blocker =
        std::any_of(impact.blockingReferences.begin(), impact.blockingReferences.end(),
                    [d](const BlockingReference& r) { return r.edge.sourceUid == d->uid; });
    if (blocker)
        html += QStringLiteral("<p>%1</p>")
                    .arg(coloured(QStringLiteral("<b>%1</b>")
                                      .arg(esc(Text::tr("It references %1 directly, so a strict "
                                                        "delete of %1 is refused.")
                                                   .arg(impact.rootName))),
                                  theme::Tone::Danger));
    if (!d->inGraph)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(coloured(esc(Text::tr("The graph stops before this table: only a foreign key "
                                           "names it, so its own dependents are not known.")),
                              theme::Tone::Warning));

    const DependentTable* parent = impact.dependent(d->parentUid);
    const QString parentName = parent ? parent->name : impact.rootName;
    html += QStringLiteral("<table>");
    html += fact(Text::tr("Depth"), esc(QString::number(d->depth)));
    html += fact(Text::tr("Via"), QStringLiteral("<code>%1</code>").arg(esc(d->via.name)));
    html += fact(Text::tr("Columns"),
                 esc(QStringLiteral("%1 → %2 (%3)")
                         .arg(d->via.sourceColumns.join(QStringLiteral(", ")), parentName,
                              d->via.targetColumns.join(QStringLiteral(", ")))));
    html += fact(Text::tr("On delete"), esc(onDeleteSqlName(d->via.action)));
    html +=
        fact(Text::tr("Protected"),
             flagHtml(d->isProtected, Text::tr("yes: a cascade stops here"), theme::Tone::Danger));
    html += fact(Text::tr("Platform-managed"),
                 flagHtml(d->platformManaged, Text::tr("yes: a cascade drops its physical table"),
                          theme::Tone::Warning));
    html += fact(Text::tr("UID"), QStringLiteral("<code>%1</code>").arg(esc(d->uid)));
    html += QStringLiteral("</table>");

    html += heading(Text::tr("When the table is deleted with cascade"));
    QString cascade = Text::tr("%1 is deleted too.").arg(d->name);
    if (d->platformManaged == true)
        cascade += QLatin1Char(' ') + Text::tr("Its physical table is dropped.");
    if (d->isProtected == true)
        cascade +=
            QLatin1Char(' ') +
            Text::tr("It is protected: the delete is refused unless an administrator overrides "
                     "the protection.");
    html += QStringLiteral("<p>%1</p>").arg(esc(cascade));

    html += heading(Text::tr("When rows of %1 are deleted").arg(impact.rootName));
    if (d->rowOutcomes.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Text::tr("Not reached: the references on the way clear or stop the "
                                      "delete before it gets here.")));
    else
        html += outcomesHtml(d->rowOutcomes);
    html += QStringLiteral("<p>%1</p>").arg(openLink(d->uid, d->name));
    return html;
}

} // namespace cc::ui
