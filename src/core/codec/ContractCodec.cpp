// `table_contract` (spec §3) and the validate-contract reply (§2.8).
#include "core/codec/ContractCodec.h"

#include "core/DTypes.h"
#include "core/codec/ValueReaders.h"

namespace cc {

namespace codec {

TableContract readTableContract(const JsonReader& r) {
    r.toObject();
    TableContract c;
    c.version = r.stringOr("version", c.version);
    const JsonReader physical = r.required("physical");
    physical.toObject();
    c.physicalSchema = physical.optString({"schema", "schema_", "physical_schema"});
    c.physicalTableName = physical.string("table_name");
    c.columns = r.list<Column>(
        "columns", [](const JsonReader& col) { return readColumn(col, ColumnShape::Contract); });
    if (auto constraints = r.member("constraints"))
        c.constraints = constraints->toArray();
    if (auto authoring = r.member("authoring"))
        c.authoring = authoring->toObject();
    c.tableKind = r.optString("table_kind");
    // Pre-53003751 contracts (§3.1): kept apart, and written back only when present.
    if (r.member("indexes"))
        c.legacyIndexes = r.list<Index>("indexes", readIndex);
    if (r.member("foreign_keys"))
        c.legacyForeignKeys = r.list<ForeignKey>("foreign_keys", readForeignKey);
    return c;
}

} // namespace codec

using namespace codec;

namespace {

Json encodeContractColumn(const Column& c) {
    Json out{
        {"name", jsonString(c.name)}, {"data_type", jsonString(c.dataType)},
        {"nullable", c.nullable},     {"primary_key", c.primaryKey},
        {"unique", c.unique},
    };
    // Like the SDK (exclude_none): absent display fields are left out, not sent as null.
    const auto put = [&](const char* key, const std::optional<QString>& value) {
        if (value)
            out[key] = jsonString(*value);
    };
    put("backend_type", c.backendType);
    put("server_default", c.serverDefault);
    put("description", c.description);
    put("label", c.label);
    put("logical_name", c.logicalName);
    return out;
}

Json encodeLegacyIndex(const Index& index) {
    Json out{{"columns", jsonStringList(index.columns)}, {"unique", index.unique}};
    if (index.name)
        out["name"] = jsonString(*index.name);
    if (index.method)
        out["method"] = jsonString(*index.method);
    if (index.expression)
        out["expression"] = jsonString(*index.expression);
    if (index.contractFragment.is_object() && !index.contractFragment.empty())
        out["contract_fragment"] = index.contractFragment;
    return out;
}

Json encodeLegacyForeignKey(const ForeignKey& fk) {
    Json out{{"source_columns", jsonStringList(fk.sourceColumns)},
             {"target_columns", jsonStringList(fk.targetColumns)}};
    if (fk.name)
        out["name"] = jsonString(*fk.name);
    if (fk.targetTableUid)
        out["target_meta_table_uid"] = jsonString(*fk.targetTableUid);
    if (fk.targetIdentifier)
        out["target_identifier"] = jsonString(*fk.targetIdentifier);
    if (fk.onDelete)
        out["on_delete"] = jsonString(*fk.onDelete);
    if (fk.contractFragment.is_object() && !fk.contractFragment.empty())
        out["contract_fragment"] = fk.contractFragment;
    return out;
}

QString text(const Json& value) {
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// `loc` of FastAPI ("body", "columns", 2, "data_type") as a path: columns[2].data_type.
QString pathFromLocation(const Json& loc) {
    if (!loc.is_array())
        return text(loc);
    QString out;
    for (const Json& part : loc) {
        if (part.is_number_integer()) {
            out += QLatin1Char('[') + QString::number(part.get<qint64>()) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += text(part);
        }
    }
    return out;
}

QString joinPath(const QString& prefix, const std::string& key) {
    const QString k = QString::fromStdString(key);
    return prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
}

// Issues in whatever form the server chose: `{path, code, message}` objects, plain
// strings, or DRF field maps (`{"columns": ["msg"]}`). Never fails; below a few levels
// of nesting a value is shown as its JSON text.
void appendIssues(const Json& value, const QString& path, std::vector<ValidationIssue>& out,
                  int depth = 0) {
    constexpr int maxDepth = 16;
    if (value.is_null())
        return;
    if (value.is_array() && depth < maxDepth) {
        for (const Json& element : value)
            appendIssues(element, path, out, depth + 1);
        return;
    }
    if (!value.is_object() || depth >= maxDepth) {
        out.push_back(ValidationIssue{path, QString(), text(value)});
        return;
    }
    static const char* const issueKeys[] = {"message", "msg", "detail", "path",
                                            "code",    "loc", "field"};
    bool isIssue = false;
    for (const char* key : issueKeys)
        isIssue = isIssue || value.contains(key);
    if (!isIssue) {
        for (auto it = value.begin(); it != value.end(); ++it)
            appendIssues(it.value(), joinPath(path, it.key()), out, depth + 1);
        return;
    }
    ValidationIssue issue;
    issue.path = path;
    for (const char* key : {"path", "field", "loc"}) {
        if (auto it = value.find(key); it != value.end() && !it->is_null()) {
            issue.path = pathFromLocation(*it);
            break;
        }
    }
    for (const char* key : {"message", "msg", "detail"}) {
        if (auto it = value.find(key); it != value.end() && !it->is_null()) {
            issue.message = text(*it);
            break;
        }
    }
    if (auto it = value.find("code"); it != value.end() && !it->is_null())
        issue.code = text(*it);
    out.push_back(std::move(issue));
}

Json encodeIssues(const std::vector<ValidationIssue>& issues) {
    Json out = Json::array();
    for (const ValidationIssue& issue : issues)
        out.push_back(Json{{"path", jsonString(issue.path)},
                           {"code", jsonString(issue.code)},
                           {"message", jsonString(issue.message)}});
    return out;
}

} // namespace

DecodeResult<TableContract> decodeTableContract(const Json& json) {
    return runDecoder<TableContract>([&] { return readTableContract(JsonReader(json)); });
}

Json encodeTableContract(const TableContract& contract) {
    Json physical{{"table_name", jsonString(contract.physicalTableName)}};
    if (contract.physicalSchema)
        physical["schema"] = jsonString(*contract.physicalSchema);
    Json columns = Json::array();
    for (const Column& c : contract.columns)
        columns.push_back(encodeContractColumn(c));
    Json out{
        {"version", jsonString(contract.version)},
        {"physical", std::move(physical)},
        {"columns", std::move(columns)},
        {"constraints", contract.constraints.is_array() ? contract.constraints : Json::array()},
    };
    if (contract.authoring)
        out["authoring"] = *contract.authoring;
    if (contract.tableKind)
        out["table_kind"] = jsonString(*contract.tableKind);
    if (contract.legacyIndexes) {
        Json indexes = Json::array();
        for (const Index& index : *contract.legacyIndexes)
            indexes.push_back(encodeLegacyIndex(index));
        out["indexes"] = std::move(indexes);
    }
    if (contract.legacyForeignKeys) {
        Json fks = Json::array();
        for (const ForeignKey& fk : *contract.legacyForeignKeys)
            fks.push_back(encodeLegacyForeignKey(fk));
        out["foreign_keys"] = std::move(fks);
    }
    return out;
}

TableContract normalizeContract(TableContract contract) {
    for (Column& c : contract.columns) {
        c.dataType = dtype::normalizeDataType(c.dataType);
        if (c.backendType)
            c.backendType = dtype::normalizeBackendType(*c.backendType);
    }
    return contract;
}

DecodeResult<ValidateReply> decodeValidateReply(const Json& json) {
    return runDecoder<ValidateReply>([&] {
        // The reply has no fixed shape (§10.1): only a non-object is refused, and what
        // does not fit the recommended keys stays readable in `raw`.
        JsonReader(json).toObject();
        ValidateReply reply;
        reply.raw = json;
        if (auto it = json.find("ok"); it != json.end() && it->is_boolean())
            reply.ok = it->get<bool>();
        if (auto it = json.find("table_contract"); it != json.end() && it->is_object()) {
            DecodeResult<TableContract> contract = decodeTableContract(*it);
            if (contract)
                reply.tableContract = std::move(contract).value();
        }
        if (auto it = json.find("errors"); it != json.end())
            appendIssues(*it, QString(), reply.errors);
        if (auto it = json.find("warnings"); it != json.end())
            appendIssues(*it, QString(), reply.warnings);
        if (auto it = json.find("changes"); it != json.end())
            reply.changes = *it;
        return reply;
    });
}

Json encodeValidateReply(const ValidateReply& reply) {
    Json out{{"errors", encodeIssues(reply.errors)}, {"warnings", encodeIssues(reply.warnings)}};
    if (reply.ok)
        out["ok"] = *reply.ok;
    if (reply.tableContract)
        out["table_contract"] = encodeTableContract(*reply.tableContract);
    if (!reply.changes.is_null())
        out["changes"] = reply.changes;
    return out;
}

} // namespace cc
