#pragma once

#include "core/diff/ContractDiff.h"

#include <QString>

namespace cc::diff {

// How a type change is judged. `same` is true when the two spellings mean one type
// (INTEGER and int4, VARCHAR(255) and character varying(255), TIMESTAMPTZ and
// TIMESTAMP(6) WITH TIME ZONE); then severity and reason are not used.
struct TypeChangeVerdict {
    bool same = false;
    ContractChange::Severity severity = ContractChange::Severity::Breaking;
    QString reason; // translated
};

// dtype tokens, already normalized.
TypeChangeVerdict judgeDataTypeChange(const QString& before, const QString& after);
// Backend (PostgreSQL) type names as either side spells them.
TypeChangeVerdict judgeBackendTypeChange(const QString& before, const QString& after);
bool sameBackendType(const QString& a, const QString& b);

// Server defaults compared as PostgreSQL prints them back: outer parentheses, a trailing
// cast of a literal, case and spacing outside quotes, and now()/CURRENT_TIMESTAMP
// spellings do not count.
QString normalizeDefault(const QString& expression);

} // namespace cc::diff
