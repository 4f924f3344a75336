#include "ui/contract/ContractTabs.h"

#include "ui/contract/ContractDraftStore.h"
#include "ui/contract/ContractTab.h"
#include "ui/introspection/IntrospectionTab.h"
#include "ui/table/TableDocument.h"

#include <QCoreApplication>

#include <memory>

namespace cc::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(TableDocument)
};

std::unique_ptr<ContractDraftStore>& draftStore() {
    static std::unique_ptr<ContractDraftStore> store;
    return store;
}
} // namespace

void registerContractTabs() {
    TableDocument::registerTab(
        QStringLiteral("introspection"), Words::tr("Introspection"), QStringLiteral("introspect"),
        [](QWidget* parent) -> TableTab* { return new IntrospectionTab(parent); });
    TableDocument::registerTab(QStringLiteral("contract"), Words::tr("Contract"),
                               QStringLiteral("contract"), [](QWidget* parent) -> TableTab* {
                                   auto* tab = new ContractTab(parent);
                                   tab->setDraftStore(contractDraftStore());
                                   return tab;
                               });
}

void setContractDraftSettings(Settings* settings) {
    draftStore() = settings ? std::make_unique<ContractDraftStore>(*settings) : nullptr;
}

ContractDraftStore* contractDraftStore() {
    return draftStore().get();
}

} // namespace cc::ui
