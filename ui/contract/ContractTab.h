#pragma once

#include "ui/table/TableTab.h"

namespace cc::ui {

class ContractDraftStore;
class RegisteredContractView;
class ReplacementPanel;
class SectionSwitcher;

// The "contract" tab of a table document: the registered contract (grid and JSON), and
// "Validate a replacement" (editor, backend verdict, diff against the registered one).
class ContractTab : public TableTab {
    Q_OBJECT

public:
    enum Section { Registered, Replacement };

    explicit ContractTab(QWidget* parent = nullptr);

    void setDraftStore(ContractDraftStore* store);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;

    void showSection(Section section);
    Section currentSection() const;
    RegisteredContractView* registeredView() const { return m_registered; }
    ReplacementPanel* replacementPanel() const { return m_replacement; }
    SectionSwitcher* sections() const { return m_sections; }

private:
    SectionSwitcher* m_sections = nullptr;
    RegisteredContractView* m_registered = nullptr;
    ReplacementPanel* m_replacement = nullptr;
};

} // namespace cc::ui
