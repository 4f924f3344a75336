#include "ui/explore/ExploreTabs.h"

#include "ui/explore/DependentsTab.h"
#include "ui/explore/GraphTab.h"
#include "ui/table/TableDocument.h"

#include <QCoreApplication>

namespace cc::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(TableDocument)
};

Settings*& settingsSlot() {
    static Settings* settings = nullptr;
    return settings;
}
} // namespace

void registerExploreTabs() {
    TableDocument::registerTab(
        QStringLiteral("graph"), Words::tr("Graph"), QStringLiteral("graph"),
        [](QWidget* parent) -> TableTab* { return new GraphTab(exploreSettings(), parent); });
    TableDocument::registerTab(
        QStringLiteral("dependents"), Words::tr("Dependents"), QStringLiteral("dependents"),
        [](QWidget* parent) -> TableTab* { return new DependentsTab(parent); });
}

void setExploreSettings(Settings* settings) {
    settingsSlot() = settings;
}

Settings* exploreSettings() {
    return settingsSlot();
}

} // namespace cc::ui
