// compiled-sql.v1 requests (spec §4.1). Execute replies: ExecuteReplyReader.cpp and
// ExecuteReplyWriter.cpp.
#include "core/codec/OperationCodec.h"

#include "core/codec/JsonReader.h"

namespace cc {

namespace {

using namespace codec;

ScopeTable readScopeTable(const JsonReader& r) {
    r.toObject();
    ScopeTable t;
    t.metaTableUid = r.string({"meta_table_uid", "metaTableUid"});
    t.alias = r.optString("alias");
    t.access = r.stringOr("access", t.access);
    t.reservedPolicy = r.optString({"reserved_policy", "reservedPolicy"});
    return t;
}

CompiledSqlOperation readOperation(const JsonReader& r) {
    r.toObject();
    CompiledSqlOperation op;
    op.operation = r.string("operation");
    op.version = r.stringOr("version", op.version);
    op.dialect = r.stringOr("dialect", op.dialect);

    const JsonReader statement = r.required("statement");
    statement.toObject();
    op.sql = statement.string("sql");
    if (auto parameters = statement.member("parameters")) {
        if (!parameters->isObject() && !parameters->isArray())
            parameters->fail(QStringLiteral("expected object or array"));
        op.parameters = parameters->json();
    }
    if (auto types = statement.member("parameter_types")) {
        std::map<QString, QString> map;
        types->forEachMember([&](std::string_view name, const JsonReader& token) {
            map[QString::fromUtf8(name.data(), qsizetype(name.size()))] = token.toString();
        });
        op.parameterTypes = std::move(map);
    }
    op.paramstyle = statement.stringOr("paramstyle", op.paramstyle);

    const JsonReader scope = r.required("scope");
    scope.toObject();
    op.dataSourceUid = scope.optString("data_source_uid");
    op.tables = scope.list<ScopeTable>("tables", readScopeTable);
    if (!scope.member("tables"))
        scope.failMember("tables", QStringLiteral("required key missing"));

    if (auto limits = r.member("limits")) {
        limits->toObject();
        op.maxRows = limits->integerOr("max_rows", op.maxRows);
        op.offset = limits->integerOr("offset", op.offset);
        op.statementTimeoutMs = limits->integerOr("statement_timeout_ms", op.statementTimeoutMs);
    }
    return op;
}

} // namespace

DecodeResult<CompiledSqlOperation> decodeCompiledSqlOperation(const Json& json) {
    return runDecoder<CompiledSqlOperation>([&] { return readOperation(JsonReader(json)); });
}

Json encodeCompiledSqlOperation(const CompiledSqlOperation& op) {
    Json statement{
        {"sql", jsonString(op.sql)},
        {"parameters",
         op.parameters.is_object() || op.parameters.is_array() ? op.parameters : Json::object()},
        {"paramstyle", jsonString(op.paramstyle)},
    };
    if (op.parameterTypes) {
        Json types = Json::object();
        for (const auto& [name, token] : *op.parameterTypes)
            types[name.toStdString()] = token.toStdString();
        statement["parameter_types"] = std::move(types);
    }
    Json tables = Json::array();
    for (const ScopeTable& t : op.tables) {
        Json table{{"meta_table_uid", jsonString(t.metaTableUid)},
                   {"access", jsonString(t.access)}};
        if (t.alias)
            table["alias"] = jsonString(*t.alias);
        if (t.reservedPolicy)
            table["reserved_policy"] = jsonString(*t.reservedPolicy);
        tables.push_back(std::move(table));
    }
    Json scope{{"tables", std::move(tables)}};
    if (op.dataSourceUid)
        scope["data_source_uid"] = jsonString(*op.dataSourceUid);
    return Json{
        {"operation", jsonString(op.operation)},
        {"version", jsonString(op.version)},
        {"dialect", jsonString(op.dialect)},
        {"statement", std::move(statement)},
        {"scope", std::move(scope)},
        {"limits", Json{{"max_rows", op.maxRows},
                        {"offset", op.offset},
                        {"statement_timeout_ms", op.statementTimeoutMs}}},
    };
}

} // namespace cc
