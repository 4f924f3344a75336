#pragma once

namespace cc::ui {

class Settings;

// Adds the "graph" and "dependents" tabs to table documents opened afterwards (after the
// tabs registered before). Call at start-up, before the tab ids are used (--tab).
void registerExploreTabs();

// Where the graph tabs remember the depth and incoming choice: the app's settings. Until
// this is called (and after it was called with null) the defaults are used and nothing is
// remembered. `settings` must outlive every table document and graph window.
void setExploreSettings(Settings* settings);
Settings* exploreSettings();

} // namespace cc::ui
