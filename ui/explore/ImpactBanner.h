#pragma once

#include "core/impact/DeletionImpact.h"
#include "ui/Theme.h"

#include <QFrame>

class QLabel;

namespace cc::ui {

// The verdicts of a deletion impact in plain words, coloured by the table verdict:
// whether a strict delete of the table is refused (and who references it) or allowed,
// then what deleting its rows does, then what a cascade would remove.
class ImpactBanner : public QFrame {
    Q_OBJECT

public:
    explicit ImpactBanner(QWidget* parent = nullptr);

    void setImpact(const DeletionImpact& impact);

    // The three lines as shown (for tests, copy and accessibility).
    QString headline() const;
    QString rowLine() const;
    QString cascadeLine() const;
    QString text() const;
    theme::Tone tone() const { return m_tone; }

    // The sentences themselves, from the impact alone.
    static QString tableVerdictText(const DeletionImpact& impact);
    static QString rowVerdictText(const DeletionImpact& impact);
    static QString cascadeText(const DeletionImpact& impact);

private:
    void setChip(QLabel* chip, const QString& text, theme::Tone tone);

    theme::Tone m_tone = theme::Tone::Neutral;
    QLabel* m_icon = nullptr;
    QLabel* m_tableChip = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_rowChip = nullptr;
    QLabel* m_rowLine = nullptr;
    QLabel* m_cascadeChip = nullptr;
    QLabel* m_cascadeLine = nullptr;
};

} // namespace cc::ui
