#pragma once

#include "core/DecodeResult.h"
#include "core/Json.h"
#include "core/TableContract.h"
#include "core/ValidateReply.h"

namespace cc {

// `table_contract` (spec §3), including the legacy `indexes` / `foreign_keys` shapes and
// the `schema_` / `physical_schema` aliases of `physical.schema`. Tokens are decoded as
// sent; normalizeContract() applies §3.2.
DecodeResult<TableContract> decodeTableContract(const Json& json);
Json encodeTableContract(const TableContract& contract);

// The dtype normalization the SDK applies before sending (spec §3.2, §2.8).
TableContract normalizeContract(TableContract contract);

DecodeResult<ValidateReply> decodeValidateReply(const Json& json);
Json encodeValidateReply(const ValidateReply& reply);

} // namespace cc
