#pragma once

#include "core/Json.h"
#include "core/diff/ContractDiff.h"
#include "ui/Theme.h"

#include <QString>

namespace cc::ui {

// How contract changes read and look everywhere in the app.
QString severityText(ContractChange::Severity severity); // "Breaking"
QString changeKindText(ContractChange::Kind kind);       // "Column removed"
theme::Tone severityTone(ContractChange::Severity severity);
QString severityIconName(ContractChange::Severity severity);
// A value of a change as one line: strings bare, null as "—", the rest as compact JSON.
QString changeValueText(const Json& value);
// "2 breaking · 1 compatible · no cosmetic" style summary counts.
QString severityCountText(ContractChange::Severity severity, int count);

} // namespace cc::ui
