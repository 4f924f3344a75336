#pragma once

#include "core/Json.h"

#include <string>

namespace tsm::catalog {

// Why an operation was refused, in the terms of the §5.2 envelope: the HTTP status, the
// human `detail`, the machine `error.code`, keys for the `error` object (capability,
// data_source_uid, ...) and keys for the top level (errors, blocking_edges, ...).
struct Refusal {
    int status = 400;
    std::string detail;
    std::string code;
    cc::Json errorFields = cc::Json::object();
    cc::Json topFields = cc::Json::object();
};

inline Refusal capabilityRefusal(const std::string& dataSourceName,
                                 const std::string& dataSourceUid, const std::string& flag,
                                 const std::string& what) {
    Refusal r;
    r.status = 400;
    r.detail = "Data source '" + dataSourceName + "' does not support " + what + ".";
    r.code = "capability_not_supported";
    r.errorFields = {{"capability", flag}, {"data_source_uid", dataSourceUid}};
    return r;
}

} // namespace tsm::catalog
