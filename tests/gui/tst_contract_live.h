#pragma once
// Shared by the contract and introspection GUI tests against the refserver fixture: a main
// window (from the discovery tests' helper) whose contract tabs keep drafts in its own
// settings file, and typed access to the two tabs of a document.

#include "tst_discovery_live.h"

#include "ui/contract/ContractTab.h"
#include "ui/contract/ContractTabs.h"
#include "ui/introspection/IntrospectionTab.h"

namespace contract {

inline QString fixtureValue(const char* key) {
    return cc::test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

// The contract tabs are registered once per process, before any document opens.
inline void registerTabs() {
    static bool done = false;
    if (!done)
        cc::ui::registerContractTabs();
    done = true;
}

// Drafts go to `settings` while this lives; declare it before the window so that the
// window's tabs flush their drafts before the store is dropped.
struct DraftScope {
    explicit DraftScope(cc::ui::Settings* settings) { cc::ui::setContractDraftSettings(settings); }
    ~DraftScope() { cc::ui::setContractDraftSettings(nullptr); }
};

struct Window {
    std::unique_ptr<discovery::Window> main;
    std::unique_ptr<DraftScope> drafts;

    Window(const QString& url, const QString& token) {
        registerTabs();
        main = std::make_unique<discovery::Window>(url, token);
        drafts = std::make_unique<DraftScope>(main->settings.get());
    }
    ~Window() {
        main->window.reset(); // tabs write their drafts now
        drafts.reset();
    }

    cc::ui::TableDocument* open(const QString& target, const QString& tab) {
        return main->openAndWait(target, tab);
    }
};

template <typename T> T* tabOf(cc::ui::TableDocument* doc, const char* id) {
    return doc ? qobject_cast<T*>(doc->tab(QString::fromLatin1(id))) : nullptr;
}

} // namespace contract
