#pragma once

#include "core/impact/DeletionImpact.h"

#include <QString>

namespace cc::ui {

// The details pane of the Dependents tab, as HTML for a QTextBrowser. Links of the form
// `open:<uid>` ask to open that table's document.

// One table of the impact (the root or a dependent): how it is reached, what a cascade and
// a row delete do to it, and why.
QString dependentDetailsHtml(const DeletionImpact& impact, const QString& uid);
// Nothing selected: the summary, what is protected or dropped, and the analysis' notes.
QString impactOverviewHtml(const DeletionImpact& impact);

} // namespace cc::ui
