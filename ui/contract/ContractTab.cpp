#include "ui/contract/ContractTab.h"

#include "ui/contract/RegisteredContractView.h"
#include "ui/contract/ReplacementPanel.h"
#include "ui/contract/SectionSwitcher.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc::ui {

ContractTab::ContractTab(QWidget* parent)
    : TableTab(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(6);

    m_sections = new SectionSwitcher(this);
    m_sections->addSection(QStringLiteral("contract"), tr("Registered contract"),
                           tr("The contract the backend holds for this table"));
    m_sections->addSection(QStringLiteral("edit"), tr("Validate a replacement"),
                           tr("Check a proposed contract with the backend and see what it "
                              "would change"));
    auto* top = new QVBoxLayout;
    top->setContentsMargins(12, 0, 12, 0);
    top->addWidget(m_sections);
    layout->addLayout(top);

    auto* stack = new QStackedWidget(this);
    auto* registeredPage = new QWidget(stack);
    auto* registeredLayout = new QVBoxLayout(registeredPage);
    registeredLayout->setContentsMargins(12, 4, 12, 8);
    m_registered = new RegisteredContractView(registeredPage);
    registeredLayout->addWidget(m_registered);
    stack->addWidget(registeredPage);
    m_replacement = new ReplacementPanel(stack);
    stack->addWidget(m_replacement);
    layout->addWidget(stack, 1);

    connect(m_sections, &SectionSwitcher::currentChanged, stack, &QStackedWidget::setCurrentIndex);
}

void ContractTab::setDraftStore(ContractDraftStore* store) {
    m_replacement->setDraftStore(store);
}

void ContractTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const MetaTable& table = snapshot->table;
    const QString json =
        RegisteredContractView::contractJsonText(snapshot->rawJson, table.tableContract);
    m_registered->setContract(table.tableContract, json);
    m_replacement->setTable(table.uid, table.displayName(), table.tableContract, json,
                            snapshot->client);
}

void ContractTab::showSection(Section section) {
    m_sections->setCurrent(int(section));
}

ContractTab::Section ContractTab::currentSection() const {
    return Section(m_sections->current());
}

} // namespace cc::ui
