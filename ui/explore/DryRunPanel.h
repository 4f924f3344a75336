#pragma once

#include "ui/explore/DryRunAnswer.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cc::ui {

// "Ask the server": the server's own answer to a strict delete, asked as a dry run, shown
// next to the client's analysis with a clear word on whether the two agree.
class DryRunPanel : public QFrame {
    Q_OBJECT

public:
    explicit DryRunPanel(QWidget* parent = nullptr);

    void setAnswer(const DryRunAnswer& answer, const DeletionImpact& impact);

    const DryRunAnswer& answer() const { return m_answer; }
    const DryRunComparison& comparison() const { return m_comparison; }
    QString statusText() const;
    QString answerText() const;
    QString agreementText() const;
    QPushButton* askButton() const { return m_ask; }

signals:
    void askRequested();

private:
    DryRunAnswer m_answer;
    DryRunComparison m_comparison;
    QLabel* m_status = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_agreement = nullptr;
    QPushButton* m_ask = nullptr;
};

} // namespace cc::ui
