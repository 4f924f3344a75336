// ColumnPayload, IndexPayload and FKPayload (spec §2.5), with the web frontend's aliases
// (web reference §2.3).
#include "core/DTypes.h"
#include "core/codec/MetaTableCodec.h"
#include "core/codec/ValueReaders.h"

namespace cc {

namespace codec {

QStringList readNameList(const JsonReader& r, const char* listKey, const char* singleKey) {
    if (auto list = r.member(listKey))
        return list->toStringList();
    if (auto single = r.member(singleKey))
        return QStringList{single->toString()};
    return {};
}

Column readColumn(const JsonReader& r, ColumnShape shape) {
    r.toObject();
    Column c;
    c.name = r.string({"name", "column_name"});
    c.logicalName = r.optString({"logical_name", "attr_name"});
    c.dataType = r.string("data_type");
    c.backendType = r.optString({"backend_type", "db_type"});
    c.nullable = r.boolOr("nullable", true); // spec default
    c.primaryKey = r.boolOr({"primary_key", "is_primary_key", "is_pk"}, false);
    c.unique = r.boolOr({"unique", "is_unique"}, false);
    c.serverDefault = r.optString("server_default");
    c.description = r.optString("description");
    c.label = r.optString("label");
    if (shape == ColumnShape::Payload) {
        c.ordinalPosition = r.optInt("ordinal_position");
        c.contractFragment = r.objectOr("contract_fragment");
    }
    return c;
}

Index readIndex(const JsonReader& r) {
    r.toObject();
    Index index;
    index.name = r.optString("name");
    index.columns = r.stringList("columns");
    index.unique = r.boolOr("unique", false);
    index.method = r.optString("method");
    index.expression = r.optString("expression");
    index.contractFragment = r.objectOr("contract_fragment");
    return index;
}

ForeignKey readForeignKey(const JsonReader& r) {
    r.toObject();
    ForeignKey fk;
    fk.name = r.optString("name");
    fk.sourceColumns = readNameList(r, "source_columns", "source_column");
    fk.targetTableUid = r.optString({"target_table_uid", "target_meta_table_uid"});
    fk.targetTablePhysicalTableName =
        r.optString({"target_table_physical_table_name", "target_table_name"});
    fk.targetTablePhysicalSchema = r.optString("target_table_physical_schema");
    fk.targetIdentifier = r.optString("target_identifier");
    fk.targetColumns = readNameList(r, "target_columns", "target_column");
    fk.onDelete = r.optString("on_delete");
    fk.contractFragment = r.objectOr("contract_fragment");
    fk.sourceTableUid = r.optString("source_table_uid");
    return fk;
}

} // namespace codec

using namespace codec;

DecodeResult<Column> decodeColumnPayload(const Json& json) {
    return runDecoder<Column>([&] { return readColumn(JsonReader(json), ColumnShape::Payload); });
}

Json encodeColumnPayload(const Column& column) {
    // The 992f4995 SDK refuses a naive timestamp here (§2.5); the aware type is what such
    // a column holds on the wire.
    const QString dataType = dtype::isNaiveTimestamp(column.dataType)
                                 ? QString::fromLatin1(dtype::TimestampTz)
                                 : column.dataType;
    return Json{
        {"name", jsonString(column.name)},
        {"logical_name", jsonOptional(column.logicalName)},
        {"data_type", jsonString(dataType)},
        {"backend_type", jsonOptional(column.backendType)},
        {"nullable", column.nullable},
        {"primary_key", column.primaryKey},
        {"unique", column.unique},
        {"server_default", jsonOptional(column.serverDefault)},
        {"ordinal_position", column.ordinalPosition ? Json(*column.ordinalPosition) : Json()},
        {"description", jsonOptional(column.description)},
        {"label", jsonOptional(column.label)},
        {"contract_fragment",
         column.contractFragment.is_object() ? column.contractFragment : Json::object()},
    };
}

DecodeResult<Index> decodeIndexPayload(const Json& json) {
    return runDecoder<Index>([&] { return readIndex(JsonReader(json)); });
}

Json encodeIndexPayload(const Index& index) {
    return Json{
        {"name", jsonOptional(index.name)},
        {"columns", jsonStringList(index.columns)},
        {"unique", index.unique},
        {"method", jsonOptional(index.method)},
        {"expression", jsonOptional(index.expression)},
        {"contract_fragment",
         index.contractFragment.is_object() ? index.contractFragment : Json::object()},
    };
}

DecodeResult<ForeignKey> decodeForeignKeyPayload(const Json& json) {
    return runDecoder<ForeignKey>([&] { return readForeignKey(JsonReader(json)); });
}

Json encodeForeignKeyPayload(const ForeignKey& fk, FieldSet fields) {
    Json out{
        {"name", jsonOptional(fk.name)},
        {"source_columns", jsonStringList(fk.sourceColumns)},
        {"target_table_uid", jsonOptional(fk.targetTableUid)},
        {"target_table_physical_table_name", jsonOptional(fk.targetTablePhysicalTableName)},
        {"target_table_physical_schema", jsonOptional(fk.targetTablePhysicalSchema)},
        {"target_columns", jsonStringList(fk.targetColumns)},
        {"on_delete", jsonOptional(fk.onDelete)},
        {"contract_fragment",
         fk.contractFragment.is_object() ? fk.contractFragment : Json::object()},
    };
    if (fields == FieldSet::V1 && fk.sourceTableUid)
        out["source_table_uid"] = jsonString(*fk.sourceTableUid);
    return out;
}

} // namespace cc
