#pragma once

#include "core/CatalogTypes.h"
#include "core/DecodeResult.h"
#include "core/Json.h"
#include "core/MetaTable.h"

#include <vector>

namespace cc {

// Which field set a MetaTable is written with. `Legacy` is exactly spec §2.5 (the
// 992f4995 SDK rejects anything else, and nulls where §2.5 forbids them); `V1` adds the
// fields of §9.2 and the `source_table_uid` of incoming foreign keys.
enum class FieldSet { Legacy, V1 };

DecodeResult<MetaTable> decodeMetaTable(const Json& json);
Json encodeMetaTable(const MetaTable& table, FieldSet fields = FieldSet::Legacy);

// DRF page object, bare array, or (search routes) a single MetaTable object.
DecodeResult<Page<MetaTable>> decodeMetaTablePage(const Json& json);
Json encodeMetaTablePage(const Page<MetaTable>& page, FieldSet fields = FieldSet::Legacy);

// Canonical DataSource or the legacy wrapper with `related_resource` (spec §7).
DecodeResult<DataSource> decodeDataSource(const Json& json);
Json encodeDataSource(const DataSource& source);
DecodeResult<std::vector<DataSource>> decodeDataSourceList(const Json& json);

DecodeResult<std::vector<NamespaceInfo>> decodeNamespaces(const Json& json);
Json encodeNamespaces(const std::vector<NamespaceInfo>& namespaces);

// ColumnPayload / IndexPayload / FKPayload, with the aliases of the web frontend
// (`column_name`, `db_type`, `is_primary_key`, `target_meta_table_uid`, `source_column`...).
DecodeResult<Column> decodeColumnPayload(const Json& json);
Json encodeColumnPayload(const Column& column);
DecodeResult<Index> decodeIndexPayload(const Json& json);
Json encodeIndexPayload(const Index& index);
DecodeResult<ForeignKey> decodeForeignKeyPayload(const Json& json);
Json encodeForeignKeyPayload(const ForeignKey& fk, FieldSet fields = FieldSet::Legacy);

} // namespace cc
