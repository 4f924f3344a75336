#pragma once

#include "core/CompiledSqlOperation.h"
#include "core/DecodeResult.h"
#include "core/ExecuteReply.h"
#include "core/Json.h"

#include <QByteArray>

#include <string>

namespace cc {

// compiled-sql.v1 (spec §4.1). Scope tables accept `metaTableUid` / `reservedPolicy` on
// input and are always written `meta_table_uid` / `reserved_policy`.
DecodeResult<CompiledSqlOperation> decodeCompiledSqlOperation(const Json& json);
Json encodeCompiledSqlOperation(const CompiledSqlOperation& operation);

// execute-operation reply (spec §4.2). Decoded from bytes so that row objects keep the
// SELECT's key order; the column order is that of the first row, and keys first seen in
// later rows are appended.
DecodeResult<ExecuteReply> decodeExecuteReply(const QByteArray& bytes);
DecodeResult<ExecuteReply> decodeExecuteReply(const OrderedJson& json);
// Written as text straight from the RowSet, in column order.
std::string encodeExecuteReply(const ExecuteReply& reply);

} // namespace cc
