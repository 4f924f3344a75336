#pragma once
// Shared by the graph and dependents GUI tests against the refserver fixture: a main window
// (from the discovery tests' helper) with the explore tabs registered and remembering their
// choices in the window's own settings file, and typed access to a document's tabs.

#include "tst_discovery_live.h"

#include "ui/explore/ExploreTabs.h"

namespace explore {

inline QString fixtureValue(const char* key) {
    return cc::test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

// The tabs are registered once per process, before any document opens.
inline void registerTabs() {
    static bool done = false;
    if (!done)
        cc::ui::registerExploreTabs();
    done = true;
}

struct Window {
    std::unique_ptr<discovery::Window> main;

    Window(const QString& url, const QString& token) {
        registerTabs();
        main = std::make_unique<discovery::Window>(url, token);
        cc::ui::setExploreSettings(main->settings.get());
    }
    ~Window() {
        main->window.reset(); // graph windows close with it
        cc::ui::setExploreSettings(nullptr);
    }

    cc::ui::MainWindow* window() const { return main->window.get(); }
    cc::ui::Settings* settings() const { return main->settings.get(); }
    cc::ui::TableDocument* open(const QString& target, const QString& tab) {
        return main->openAndWait(target, tab, 60000);
    }
};

template <typename T> T* tabOf(cc::ui::TableDocument* doc, const char* id) {
    return doc ? qobject_cast<T*>(doc->tab(QString::fromLatin1(id))) : nullptr;
}

// The uid of `identifier` ("crm.clients"), straight from the server.
inline QString uidOf(const discovery::Fixture& fx, const QString& identifier) {
    const cc::Json page = discovery::fetchJson(
        fx.url, QStringLiteral("/orm/api/ts_manager/meta_table/?identifier=") + identifier,
        fx.token);
    const cc::Json* list = &page;
    if (page.is_object() && page.contains("results"))
        list = &page["results"];
    if (!list->is_array() || list->empty())
        return {};
    return discovery::str(list->front(), "uid");
}

} // namespace explore
