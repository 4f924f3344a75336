#pragma once

#include "ui/table/TableTab.h"

class QFormLayout;
class QGridLayout;
class QLabel;

namespace cc::ui {

// Overview: the description, the facts of the registration, counts of what the table
// holds, and what its TableSearchIndex document is built from.
class OverviewTab : public TableTab {
    Q_OBJECT

public:
    explicit OverviewTab(QWidget* parent = nullptr);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;

    // The label/value pairs shown under "Facts", in order (tests compare them with the reply).
    QList<QPair<QString, QString>> facts() const { return m_facts; }
    QString descriptionText() const;

private:
    QLabel* m_description = nullptr;
    QFormLayout* m_factsGrid = nullptr;
    QGridLayout* m_counts = nullptr;
    QFormLayout* m_searchGrid = nullptr;
    QList<QPair<QString, QString>> m_facts;
};

} // namespace cc::ui
