#pragma once

// Internal to the codecs: the readers of the value types, shared by the codecs that nest
// them (a MetaTable holds a contract, a data source, columns...). They throw
// DecodeFailure; the public decode functions wrap them with runDecoder().

#include "core/Column.h"
#include "core/DataSource.h"
#include "core/ForeignKey.h"
#include "core/Index.h"
#include "core/IntrospectionSnapshot.h"
#include "core/TableContract.h"
#include "core/codec/JsonReader.h"

namespace cc::codec {

// A contract column (§3.1) has no `ordinal_position` or `contract_fragment`; a
// ColumnPayload (§2.5) does.
enum class ColumnShape { Contract, Payload };

Column readColumn(const JsonReader& r, ColumnShape shape);
Index readIndex(const JsonReader& r);
ForeignKey readForeignKey(const JsonReader& r);
DataSource readDataSource(const JsonReader& r);
TableContract readTableContract(const JsonReader& r);
IntrospectionSnapshot readIntrospectionSnapshot(const JsonReader& r);

// `listKey` as a string list, else `singleKey` as a one-element list (the web frontend's
// `source_column` / `target_column`); empty when neither is there.
QStringList readNameList(const JsonReader& r, const char* listKey, const char* singleKey);

} // namespace cc::codec
