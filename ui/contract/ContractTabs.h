#pragma once

namespace cc::ui {

class ContractDraftStore;
class Settings;

// Adds the "introspection" and "contract" tabs to table documents opened afterwards (after
// the built-in tabs). Call at start-up, before the tab ids are used (--tab).
void registerContractTabs();

// Where contract tabs keep their drafts: the app's settings file. Until this is called
// (and after it was called with null) drafts live only as long as their tab. `settings`
// must outlive every table document.
void setContractDraftSettings(Settings* settings);
// Null until setContractDraftSettings() was given settings.
ContractDraftStore* contractDraftStore();

} // namespace cc::ui
