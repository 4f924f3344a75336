// `introspection_snapshot` (spec §6) and the introspect reply (§2.10).
#include "core/codec/IntrospectionCodec.h"

#include "core/codec/ValueReaders.h"

namespace cc {

namespace {

using namespace codec;

SnapshotColumn readSnapshotColumn(const JsonReader& r) {
    r.toObject();
    SnapshotColumn c;
    c.name = r.string("name");
    c.backendType = r.optString("backend_type");
    c.dataType = r.optString("data_type");
    c.nullable = r.optBool("nullable");
    c.defaultValue = r.optString("default");
    c.ordinalPosition = r.optInt("ordinal_position");
    return c;
}

SnapshotConstraint readConstraint(const JsonReader& r) {
    r.toObject();
    SnapshotConstraint c;
    c.name = r.stringOr("name", QString());
    c.type = r.stringOr({"type", "constraint_type"}, QString());
    c.columns = r.stringList("columns");
    c.definition = r.optString("definition");
    return c;
}

SnapshotForeignKey readSnapshotForeignKey(const JsonReader& r) {
    r.toObject();
    SnapshotForeignKey fk;
    fk.name = r.optString("name");
    fk.sourceColumns = readNameList(r, "source_columns", "source_column");
    fk.targetSchema = r.optString("target_schema");
    fk.targetTable = r.stringOr({"target_table", "target_table_name"}, QString());
    fk.targetColumns = readNameList(r, "target_columns", "target_column");
    fk.onDelete = r.optString("on_delete");
    return fk;
}

// Known keys always reflect the fields (an absent optional removes the key); keys this
// build does not know come back from `raw` untouched.
void put(Json& out, const char* key, const std::optional<QString>& value) {
    if (value)
        out[key] = jsonString(*value);
    else
        out.erase(key);
}

void put(Json& out, const char* key, const std::optional<bool>& value) {
    if (value)
        out[key] = *value;
    else
        out.erase(key);
}

void put(Json& out, const char* key, const std::optional<int>& value) {
    if (value)
        out[key] = *value;
    else
        out.erase(key);
}

template <typename T, typename F>
void putList(Json& out, const char* key, const std::vector<T>& items, F&& encode) {
    if (items.empty() && !out.contains(key))
        return;
    Json list = Json::array();
    for (const T& item : items)
        list.push_back(encode(item));
    out[key] = std::move(list);
}

Json encodeSnapshotColumn(const SnapshotColumn& c) {
    Json out{{"name", jsonString(c.name)}};
    put(out, "backend_type", c.backendType);
    put(out, "data_type", c.dataType);
    put(out, "nullable", c.nullable);
    put(out, "default", c.defaultValue);
    put(out, "ordinal_position", c.ordinalPosition);
    return out;
}

Json encodeSnapshotIndex(const Index& index) {
    Json out{{"columns", jsonStringList(index.columns)}, {"unique", index.unique}};
    put(out, "name", index.name);
    put(out, "method", index.method);
    put(out, "expression", index.expression);
    return out;
}

Json encodeConstraint(const SnapshotConstraint& c) {
    Json out{{"name", jsonString(c.name)},
             {"type", jsonString(c.type)},
             {"columns", jsonStringList(c.columns)}};
    put(out, "definition", c.definition);
    return out;
}

Json encodeSnapshotForeignKey(const SnapshotForeignKey& fk) {
    Json out{{"source_columns", jsonStringList(fk.sourceColumns)},
             {"target_table", jsonString(fk.targetTable)},
             {"target_columns", jsonStringList(fk.targetColumns)}};
    put(out, "name", fk.name);
    put(out, "target_schema", fk.targetSchema);
    put(out, "on_delete", fk.onDelete);
    return out;
}

} // namespace

namespace codec {

IntrospectionSnapshot readIntrospectionSnapshot(const JsonReader& r) {
    IntrospectionSnapshot s;
    if (r.isNull())
        return s;
    r.toObject();
    s.raw = r.json();
    s.schema = r.optString("schema");
    s.tableName = r.optString("table_name");
    s.introspectedAt = r.optString("introspected_at");
    s.columns = r.list<SnapshotColumn>("columns", readSnapshotColumn);
    s.indexes = r.list<Index>("indexes", readIndex);
    s.constraints = r.list<SnapshotConstraint>("constraints", readConstraint);
    s.foreignKeys = r.list<SnapshotForeignKey>("foreign_keys", readSnapshotForeignKey);
    return s;
}

} // namespace codec

DecodeResult<IntrospectionSnapshot> decodeIntrospectionSnapshot(const Json& json) {
    return runDecoder<IntrospectionSnapshot>(
        [&] { return readIntrospectionSnapshot(JsonReader(json)); });
}

Json encodeIntrospectionSnapshot(const IntrospectionSnapshot& s) {
    Json out = s.raw.is_object() ? s.raw : Json::object();
    put(out, "schema", s.schema);
    put(out, "table_name", s.tableName);
    put(out, "introspected_at", s.introspectedAt);
    putList(out, "columns", s.columns, encodeSnapshotColumn);
    putList(out, "indexes", s.indexes, encodeSnapshotIndex);
    putList(out, "constraints", s.constraints, encodeConstraint);
    putList(out, "foreign_keys", s.foreignKeys, encodeSnapshotForeignKey);
    return out;
}

DecodeResult<IntrospectReply> decodeIntrospectReply(const Json& json) {
    return runDecoder<IntrospectReply>([&] {
        const JsonReader r(json);
        r.toObject();
        IntrospectReply reply;
        reply.ok = r.boolOr("ok", false);
        reply.metaTableUid = r.stringOr("meta_table_uid", QString());
        if (auto snapshot = r.member("introspection_snapshot"))
            reply.snapshot = readIntrospectionSnapshot(*snapshot);
        return reply;
    });
}

Json encodeIntrospectReply(const IntrospectReply& reply) {
    return Json{{"ok", reply.ok},
                {"meta_table_uid", jsonString(reply.metaTableUid)},
                {"introspection_snapshot", encodeIntrospectionSnapshot(reply.snapshot)}};
}

} // namespace cc
