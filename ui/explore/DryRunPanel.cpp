#include "ui/explore/DryRunPanel.h"

#include "ui/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
using Outcome = DryRunAnswer::Outcome;

theme::Tone toneOf(Outcome outcome) {
    switch (outcome) {
    case Outcome::Allowed:
        return theme::Tone::Success;
    case Outcome::Refused:
        return theme::Tone::Danger;
    case Outcome::Failed:
        return theme::Tone::Warning;
    default:
        break;
    }
    return theme::Tone::Neutral;
}
} // namespace

DryRunPanel::DryRunPanel(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("dryRunPanel"));
    setStyleSheet(QStringLiteral("#dryRunPanel { background: palette(base); border: 1px solid %1; "
                                 "border-radius: 4px; }")
                      .arg(theme::borderColor().name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 12, 10);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    auto* title = new QLabel(tr("Ask the server"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    title->setToolTip(tr("A strict DELETE sent with dry_run=True: the server checks it as it "
                         "would a real delete, then rolls everything back."));
    top->addWidget(title);
    m_status = new QLabel(this);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    small.setWeight(QFont::Bold);
    m_status->setFont(small);
    top->addWidget(m_status);
    top->addStretch(1);
    m_ask = new QPushButton(theme::icon(QStringLiteral("refresh")), tr("Ask again"), this);
    m_ask->setToolTip(tr("Send the strict delete again as a dry run; nothing is deleted"));
    top->addWidget(m_ask);
    layout->addLayout(top);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_agreement = new QLabel(this);
    m_agreement->setWordWrap(true);
    m_agreement->setTextFormat(Qt::RichText);
    m_agreement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_agreement);
    layout->addStretch(1);

    connect(m_ask, &QPushButton::clicked, this, &DryRunPanel::askRequested);
    setAnswer(DryRunAnswer(), DeletionImpact());
}

void DryRunPanel::setAnswer(const DryRunAnswer& answer, const DeletionImpact& impact) {
    m_answer = answer;
    m_comparison = compareWithAnalysis(answer, impact);

    QString status;
    switch (answer.outcome) {
    case Outcome::Allowed:
        status = tr("ALLOWED");
        break;
    case Outcome::Refused:
        status = tr("REFUSED");
        break;
    case Outcome::Asking:
        status = tr("ASKING…");
        break;
    case Outcome::Failed:
        status = tr("NO ANSWER");
        break;
    case Outcome::NotAsked:
    case Outcome::NotPermitted:
    case Outcome::Unsupported:
        status = tr("NOT ASKED");
        break;
    }
    const theme::Tone tone = toneOf(answer.outcome);
    m_status->setText(status);
    m_status->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; "
                       "border-radius: 3px; padding: 1px 6px; }")
            .arg(theme::toneColor(tone).name(), theme::toneBackground(tone).name(QColor::HexArgb)));
    m_text->setText(dryRunSentence(answer, impact));

    if (m_comparison.comparable) {
        const theme::Tone agreeTone =
            m_comparison.agrees ? theme::Tone::Success : theme::Tone::Danger;
        const QString head = m_comparison.agrees ? tr("The server agrees with the analysis.")
                                                 : tr("The server and the analysis disagree.");
        QString html = QStringLiteral("<span style=\"color:%1; font-weight:600\">%2 %3</span>")
                           .arg(theme::toneColor(agreeTone).name(),
                                m_comparison.agrees ? QStringLiteral("✓") : QStringLiteral("✗"),
                                head.toHtmlEscaped());
        for (const QString& difference : m_comparison.differences)
            html += QStringLiteral("<br>") + difference.toHtmlEscaped();
        if (!m_comparison.agrees)
            html += QStringLiteral("<br><i>") +
                    tr("Trust the server's answer: the graph it sent may be out of date or cut "
                       "off.")
                        .toHtmlEscaped() +
                    QStringLiteral("</i>");
        m_agreement->setText(html);
        m_agreement->show();
    } else {
        m_agreement->clear();
        m_agreement->hide();
    }
    const bool askable = answer.outcome != Outcome::Unsupported &&
                         answer.outcome != Outcome::Asking && !impact.rootUid.isEmpty();
    m_ask->setEnabled(askable);
    m_ask->setVisible(answer.outcome != Outcome::Unsupported);
    m_ask->setText(answer.outcome == Outcome::NotAsked ? tr("Ask the server") : tr("Ask again"));
}

QString DryRunPanel::statusText() const {
    return m_status->text();
}

QString DryRunPanel::answerText() const {
    return m_text->text();
}

QString DryRunPanel::agreementText() const {
    if (!m_comparison.comparable)
        return QString();
    QStringList lines{m_comparison.agrees ? tr("The server agrees with the analysis.")
                                          : tr("The server and the analysis disagree.")};
    return (lines + m_comparison.differences).join(QLatin1Char('\n'));
}

} // namespace cc::ui
