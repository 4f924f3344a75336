#include "ui/explore/ImpactBanner.h"

#include "core/impact/ImpactText.h"

#include <QGridLayout>
#include <QLabel>
#include <QSet>

namespace cc::ui {

namespace {

QLabel* lineLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* chipLabel(QWidget* parent) {
    auto* chip = new QLabel(parent);
    chip->setAlignment(Qt::AlignCenter);
    chip->setMinimumWidth(78);
    QFont f = chip->font();
    f.setPointSizeF(f.pointSizeF() * 0.82);
    f.setWeight(QFont::Bold);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    chip->setFont(f);
    return chip;
}

} // namespace

ImpactBanner::ImpactBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("impactBanner"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(14, 12, 16, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    grid->addWidget(m_icon, 0, 0, 3, 1, Qt::AlignTop);

    m_tableChip = chipLabel(this);
    m_headline = lineLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.12);
    big.setWeight(QFont::DemiBold);
    m_headline->setFont(big);
    grid->addWidget(m_tableChip, 0, 1, Qt::AlignTop);
    grid->addWidget(m_headline, 0, 2);

    m_rowChip = chipLabel(this);
    m_rowLine = lineLabel(this);
    grid->addWidget(m_rowChip, 1, 1, Qt::AlignTop);
    grid->addWidget(m_rowLine, 1, 2);

    m_cascadeChip = chipLabel(this);
    m_cascadeLine = lineLabel(this);
    grid->addWidget(m_cascadeChip, 2, 1, Qt::AlignTop);
    grid->addWidget(m_cascadeLine, 2, 2);
    grid->setColumnStretch(2, 1);
}

QString ImpactBanner::tableVerdictText(const DeletionImpact& impact) {
    if (impact.strictDeleteAllowed()) {
        QString text =
            tr("Deleting %1 is allowed: no other table references it.").arg(impact.rootName);
        if (!impact.rootProtected)
            text += QLatin1Char(' ') + tr("Whether it is protected is not known.");
        return text;
    }
    QStringList sources;
    QSet<QString> seen;
    for (const BlockingReference& r : impact.blockingReferences)
        if (!seen.contains(r.edge.sourceUid)) {
            seen.insert(r.edge.sourceUid);
            sources << r.sourceName;
        }
    QStringList why;
    if (!sources.isEmpty())
        why << (sources.size() == 1 ? tr("1 table references it (%1)")
                                    : tr("%1 tables reference it (%2)").arg(sources.size()))
                   .arg(impact::shortList(sources));
    if (impact.rootProtected == true)
        why << tr("it is protected from deletion");
    return tr("Deleting %1 is refused: %2.").arg(impact.rootName, why.join(tr(", and ")));
}

QString ImpactBanner::rowVerdictText(const DeletionImpact& impact) {
    switch (impact.rowDelete) {
    case DeletionImpact::RowVerdict::Blocked:
        return tr("Deleting its rows is blocked while rows of %1 reference them.")
            .arg(impact::shortList(impact.rowBlockingTables()));
    case DeletionImpact::RowVerdict::Cascades: {
        const QStringList tables = impact.rowCascadeTables();
        if (tables.isEmpty())
            return tr("Deleting its rows also deletes its own rows that reference them.");
        return tr("Deleting its rows also deletes the rows that reference them in %1.")
            .arg(impact::shortList(tables));
    }
    case DeletionImpact::RowVerdict::Allowed:
        break;
    }
    QStringList cleared;
    for (const DependentTable& d : impact.dependents)
        if (!d.rowOutcomes.empty())
            cleared << d.name;
    if (cleared.isEmpty())
        return tr("Deleting its rows affects no other table.");
    return tr("Deleting its rows only clears the references to them in %1.")
        .arg(impact::shortList(cleared));
}

QString ImpactBanner::cascadeText(const DeletionImpact& impact) {
    QStringList parts;
    if (impact.dependents.empty()) {
        parts << tr("A cascade delete removes no other table.");
    } else {
        QString text =
            impact.dependents.size() == 1
                ? tr("A cascade delete would also remove 1 table")
                : tr("A cascade delete would also remove %1 tables").arg(impact.dependents.size());
        const int protectedCount = int(impact.protectedDependents().size());
        const int managedCount = int(impact.platformManagedDependents().size());
        QStringList extra;
        if (protectedCount > 0)
            extra << tr("%1 protected").arg(protectedCount);
        if (managedCount > 0)
            extra << (managedCount == 1 ? tr("1 physical table dropped")
                                        : tr("%1 physical tables dropped").arg(managedCount));
        if (!extra.isEmpty())
            text += QStringLiteral(": ") + extra.join(QStringLiteral(", "));
        parts << text + QLatin1Char('.');
    }
    if (impact.rootPlatformManaged == true)
        parts << tr("%1 is platform-managed: its physical table is dropped with it.")
                     .arg(impact.rootName);
    if (impact.possiblyIncomplete)
        parts << tr("The graph may be incomplete.");
    return parts.join(QLatin1Char(' '));
}

void ImpactBanner::setChip(QLabel* chip, const QString& text, theme::Tone tone) {
    chip->setText(text);
    chip->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; "
                       "border-radius: 3px; padding: 1px 6px; }")
            .arg(theme::toneColor(tone).name(), theme::toneBackground(tone).name(QColor::HexArgb)));
}

void ImpactBanner::setImpact(const DeletionImpact& impact) {
    const bool refused = !impact.strictDeleteAllowed();
    m_tone = refused ? theme::Tone::Danger : theme::Tone::Success;
    const QColor border = theme::toneColor(m_tone);
    setStyleSheet(QStringLiteral("#impactBanner { background: %1; border: 1px solid %2; "
                                 "border-left: 5px solid %2; border-radius: 4px; }")
                      .arg(theme::toneBackground(m_tone).name(QColor::HexArgb), border.name()));
    m_icon->setPixmap(
        theme::icon(refused ? QStringLiteral("error") : QStringLiteral("check"), border)
            .pixmap(28, 28));

    setChip(m_tableChip, refused ? tr("REFUSED") : tr("ALLOWED"), m_tone);
    m_headline->setText(tableVerdictText(impact));

    switch (impact.rowDelete) {
    case DeletionImpact::RowVerdict::Blocked:
        setChip(m_rowChip, tr("ROWS BLOCKED"), theme::Tone::Danger);
        break;
    case DeletionImpact::RowVerdict::Cascades:
        setChip(m_rowChip, tr("ROWS CASCADE"), theme::Tone::Warning);
        break;
    case DeletionImpact::RowVerdict::Allowed:
        setChip(m_rowChip, tr("ROWS OK"), theme::Tone::Success);
        break;
    }
    m_rowLine->setText(rowVerdictText(impact));

    const bool heavy = !impact.dependents.empty() || impact.rootPlatformManaged == true;
    setChip(m_cascadeChip, tr("CASCADE"),
            impact.protectedDependents().empty() && !heavy ? theme::Tone::Neutral
            : impact.protectedDependents().empty()         ? theme::Tone::Warning
                                                           : theme::Tone::Danger);
    m_cascadeLine->setText(cascadeText(impact));
    setToolTip(impact.summary());
}

QString ImpactBanner::headline() const {
    return m_headline->text();
}

QString ImpactBanner::rowLine() const {
    return m_rowLine->text();
}

QString ImpactBanner::cascadeLine() const {
    return m_cascadeLine->text();
}

QString ImpactBanner::text() const {
    return QStringList{headline(), rowLine(), cascadeLine()}.join(QLatin1Char('\n'));
}

} // namespace cc::ui
