#include "catalog/ContractValidator.h"

#include "core/DTypes.h"
#include "core/codec/ContractCodec.h"

#include <set>

namespace tsm::catalog {

namespace {

constexpr size_t kMaxIdentifierLength = 63; // PostgreSQL NAMEDATALEN - 1

class Issues {
public:
    explicit Issues(ContractCheck& check)
        : m_check(check) {}
    void error(const std::string& path, const char* code, const std::string& message) {
        m_check.errors.push_back({QString::fromStdString(path), QString::fromLatin1(code),
                                  QString::fromStdString(message)});
    }
    void warning(const std::string& path, const char* code, const std::string& message) {
        m_check.warnings.push_back({QString::fromStdString(path), QString::fromLatin1(code),
                                    QString::fromStdString(message)});
    }

private:
    ContractCheck& m_check;
};

bool isOptionalString(const cc::Json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() || it->is_string();
}

bool isOptionalBool(const cc::Json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() || it->is_boolean();
}

void checkPhysical(const cc::Json& contract, const ContractExpectations& expect, Issues& issues) {
    auto physical = contract.find("physical");
    if (physical == contract.end() || physical->is_null()) {
        issues.error("physical", "required", "physical is required");
        return;
    }
    if (!physical->is_object()) {
        issues.error("physical", "invalid_type", "physical must be an object");
        return;
    }
    auto name = physical->find("table_name");
    if (name == physical->end() || name->is_null() ||
        (name->is_string() && name->get<std::string>().empty())) {
        issues.error("physical.table_name", "required", "physical.table_name is required");
    } else if (!name->is_string()) {
        issues.error("physical.table_name", "invalid_type", "physical.table_name must be a string");
    } else {
        const std::string table = name->get<std::string>();
        if (table.size() > kMaxIdentifierLength)
            issues.error("physical.table_name", "name_too_long",
                         "physical.table_name is " + std::to_string(table.size()) +
                             " characters; PostgreSQL allows 63");
        if (table.find('.') != std::string::npos)
            issues.error("physical.table_name", "qualified_name",
                         "physical.table_name must be unqualified (no schema prefix)");
        if (expect.physicalTableName && table != *expect.physicalTableName)
            issues.error("physical.table_name", "physical_table_mismatch",
                         "the registered table is '" + *expect.physicalTableName + "', not '" +
                             table + "'");
    }
    for (const char* key : {"schema", "schema_", "physical_schema"}) {
        auto s = physical->find(key);
        if (s == physical->end() || s->is_null())
            continue;
        const std::string path = std::string("physical.") + key;
        if (!s->is_string()) {
            issues.error(path, "invalid_type", path + " must be a string");
        } else if (expect.physicalSchema && s->get<std::string>() != *expect.physicalSchema) {
            issues.error(path, "physical_schema_mismatch",
                         "physical schema '" + s->get<std::string>() + "' does not match '" +
                             *expect.physicalSchema + "'");
        }
        break;
    }
}

void checkColumn(const cc::Json& column, size_t i, std::set<std::string>& seen, Issues& issues,
                 bool& hasPrimaryKey) {
    const std::string at = "columns[" + std::to_string(i) + "]";
    if (!column.is_object()) {
        issues.error(at, "invalid_type", at + " must be an object");
        return;
    }
    auto name = column.find("name");
    if (name == column.end() || name->is_null() ||
        (name->is_string() && name->get<std::string>().empty())) {
        issues.error(at + ".name", "required", "every column needs a name");
    } else if (!name->is_string()) {
        issues.error(at + ".name", "invalid_type", at + ".name must be a string");
    } else {
        const std::string n = name->get<std::string>();
        if (!seen.insert(n).second)
            issues.error(at + ".name", "duplicate_column", "column '" + n + "' appears twice");
        if (n.size() > kMaxIdentifierLength)
            issues.error(at + ".name", "name_too_long",
                         "column name '" + n + "' is longer than 63 characters");
    }
    auto type = column.find("data_type");
    if (type == column.end() || type->is_null() ||
        (type->is_string() && type->get<std::string>().empty())) {
        issues.error(at + ".data_type", "required", "data_type is required");
    } else if (!type->is_string()) {
        issues.error(at + ".data_type", "invalid_type", at + ".data_type must be a string");
    } else {
        const QString token = QString::fromStdString(type->get<std::string>());
        if (cc::dtype::isNaiveTimestamp(token))
            issues.error(at + ".data_type", "naive_timestamp",
                         "naive timestamp '" + token.toStdString() +
                             "' is not allowed; use 'timestamp with time zone'");
        else if (!cc::dtype::isKnownToken(token))
            issues.warning(at + ".data_type", "unknown_data_type",
                           "'" + token.toStdString() +
                               "' is not a known dtype token; kept as sent");
    }
    for (const char* key :
         {"backend_type", "server_default", "description", "label", "logical_name"})
        if (!isOptionalString(column, key))
            issues.error(at + "." + key, "invalid_type", at + "." + key + " must be a string");
    for (const char* key : {"nullable", "primary_key", "unique"})
        if (!isOptionalBool(column, key))
            issues.error(at + "." + key, "invalid_type", at + "." + key + " must be a boolean");
    auto primaryKey = column.find("primary_key");
    if (primaryKey != column.end() && primaryKey->is_boolean() && primaryKey->get<bool>()) {
        hasPrimaryKey = true;
        auto nullable = column.find("nullable");
        if (nullable != column.end() && nullable->is_boolean() && nullable->get<bool>())
            issues.error(at + ".nullable", "primary_key_nullable",
                         "a primary key column cannot be nullable");
    }
    if (column.contains("default"))
        issues.warning(at + ".default", "unknown_key",
                       "columns have no 'default' key; use server_default");
}

} // namespace

ContractCheck checkContract(const cc::Json& contract, const ContractExpectations& expect) {
    ContractCheck check;
    Issues issues(check);
    if (!contract.is_object()) {
        issues.error("", "invalid_type", "table_contract must be an object");
        return check;
    }
    if (auto v = contract.find("version");
        v != contract.end() && !v->is_null() && (!v->is_string() || *v != cc::kContractVersion))
        issues.error("version", "unsupported_version",
                     std::string("version must be '") + cc::kContractVersion + "'");
    if (contract.contains("data_source_uid"))
        issues.error("data_source_uid", "forbidden_key",
                     "table_contract must not carry data_source_uid");
    checkPhysical(contract, expect, issues);

    bool hasPrimaryKey = false;
    auto columns = contract.find("columns");
    if (columns == contract.end() || columns->is_null()) {
        issues.error("columns", "required", "columns is required");
    } else if (!columns->is_array()) {
        issues.error("columns", "invalid_type", "columns must be an array");
    } else {
        if (columns->empty())
            issues.error("columns", "required", "a table needs at least one column");
        std::set<std::string> seen;
        for (size_t i = 0; i < columns->size(); ++i)
            checkColumn((*columns)[i], i, seen, issues, hasPrimaryKey);
        if (!columns->empty() && !hasPrimaryKey)
            issues.warning("columns", "no_primary_key",
                           "no primary key: rows cannot be paged or updated by key");
    }
    if (auto c = contract.find("constraints");
        c != contract.end() && !c->is_null() && !c->is_array())
        issues.error("constraints", "invalid_type", "constraints must be an array");
    for (const char* key : {"indexes", "foreign_keys"})
        if (contract.contains(key))
            issues.warning(key, "legacy_shape",
                           std::string(key) +
                               " are no longer part of the contract; the server reflects "
                               "them from the physical table");

    cc::DecodeResult<cc::TableContract> decoded = cc::decodeTableContract(contract);
    if (decoded) {
        cc::TableContract normalized = cc::normalizeContract(decoded.value());
        for (cc::Column& c : normalized.columns)
            if (c.primaryKey)
                c.nullable = false;
        if (!normalized.physicalSchema && expect.physicalSchema)
            normalized.physicalSchema = QString::fromStdString(*expect.physicalSchema);
        check.normalized = normalized;
    } else if (check.errors.empty()) {
        issues.error(decoded.error().path.toStdString(), "invalid_shape",
                     decoded.error().message.toStdString());
    }
    return check;
}

namespace {

cc::Json optJson(const std::optional<QString>& v) {
    return v ? cc::Json(v->toStdString()) : cc::Json();
}

cc::Json columnJson(const cc::Column& c) {
    cc::TableContract holder;
    holder.columns.push_back(c);
    return cc::encodeTableContract(holder)["columns"][0];
}

} // namespace

cc::Json contractChanges(const cc::TableContract& registered, const cc::TableContract& proposed) {
    cc::Json changes = cc::Json::array();
    auto change = [&](const QString& column, const char* kind, cc::Json field, cc::Json oldValue,
                      cc::Json newValue) {
        changes.push_back({{"column", column.toStdString()},
                           {"change", kind},
                           {"field", std::move(field)},
                           {"old", std::move(oldValue)},
                           {"new", std::move(newValue)}});
    };
    for (const cc::Column& before : registered.columns) {
        const cc::Column* after = proposed.column(before.name);
        if (!after) {
            change(before.name, "removed", nullptr, columnJson(before), nullptr);
            continue;
        }
        if (before.dataType != after->dataType)
            change(before.name, "changed", "data_type", before.dataType.toStdString(),
                   after->dataType.toStdString());
        if (before.backendType != after->backendType)
            change(before.name, "changed", "backend_type", optJson(before.backendType),
                   optJson(after->backendType));
        if (before.nullable != after->nullable)
            change(before.name, "changed", "nullable", before.nullable, after->nullable);
        if (before.primaryKey != after->primaryKey)
            change(before.name, "changed", "primary_key", before.primaryKey, after->primaryKey);
        if (before.unique != after->unique)
            change(before.name, "changed", "unique", before.unique, after->unique);
        if (before.serverDefault != after->serverDefault)
            change(before.name, "changed", "server_default", optJson(before.serverDefault),
                   optJson(after->serverDefault));
        if (before.description != after->description)
            change(before.name, "changed", "description", optJson(before.description),
                   optJson(after->description));
        if (before.label != after->label)
            change(before.name, "changed", "label", optJson(before.label), optJson(after->label));
    }
    for (const cc::Column& after : proposed.columns)
        if (!registered.column(after.name))
            change(after.name, "added", nullptr, nullptr, columnJson(after));
    return changes;
}

cc::Json issuesToJson(const std::vector<cc::ValidationIssue>& issues) {
    cc::Json out = cc::Json::array();
    for (const cc::ValidationIssue& i : issues)
        out.push_back({{"path", i.path.toStdString()},
                       {"code", i.code.toStdString()},
                       {"message", i.message.toStdString()}});
    return out;
}

} // namespace tsm::catalog
