#pragma once

#include "ui/table/TableTab.h"

#include <vector>

namespace cc::ui {

// The tabs every table document starts with: overview, columns, indexes, foreign-keys,
// referenced-by, raw.
std::vector<TableTabSpec> builtinTableTabs();

} // namespace cc::ui
