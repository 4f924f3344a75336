#pragma once

#include "core/Json.h"
#include "core/TableContract.h"
#include "core/ValidateReply.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// What the server expects of a contract in its context: the registered table's (or the
// request's) physical schema and, for an existing table, its physical name.
struct ContractExpectations {
    std::optional<std::string> physicalSchema;
    std::optional<std::string> physicalTableName;
};

// The checks of `validate-contract/` and `register/`. Structural problems are found on
// the raw JSON so that each error carries a JSON path; the normalized contract is
// present whenever the JSON could be decoded at all.
struct ContractCheck {
    std::optional<cc::TableContract> normalized;
    std::vector<cc::ValidationIssue> errors;
    std::vector<cc::ValidationIssue> warnings;

    bool ok() const { return normalized.has_value() && errors.empty(); }
};

ContractCheck checkContract(const cc::Json& contract, const ContractExpectations& expect);

// Per-column differences from the registered contract to a proposed one:
// {"column", "change": "added"|"removed"|"changed", "field", "old", "new"}.
cc::Json contractChanges(const cc::TableContract& registered, const cc::TableContract& proposed);

cc::Json issuesToJson(const std::vector<cc::ValidationIssue>& issues);

} // namespace tsm::catalog
