#pragma once

#include "core/Json.h"
#include "core/TableContract.h"

#include <QString>

#include <optional>
#include <vector>

namespace cc {

struct ValidationIssue {
    QString path; // JSON path into the contract, e.g. "columns[2].data_type"
    QString code;
    QString message;

    bool operator==(const ValidationIssue& o) const
    {
        return path == o.path && code == o.code && message == o.message;
    }
};

// Reply of `validate-contract/` (spec §2.8). Its shape is not fixed by the vendor: the
// recommended keys are decoded, and the whole object stays in `raw` so that anything
// else can still be shown.
struct ValidateReply {
    std::optional<bool> ok;
    std::optional<TableContract> tableContract; // the normalized contract
    std::vector<ValidationIssue> errors;
    std::vector<ValidationIssue> warnings;
    Json changes = Json(); // the server's own change list for an existing table, if any
    Json raw = Json::object();
};

} // namespace cc
