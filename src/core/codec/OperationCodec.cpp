// compiled-sql.v1 requests (spec §4.1) and execute-operation replies (§4.2).
#include "core/codec/OperationCodec.h"

#include "core/codec/JsonParse.h"
#include "core/codec/JsonReader.h"

#include <charconv>
#include <string>
#include <unordered_map>

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

// Builds the RowSet straight from the parsed rows: one text append per cell, the column
// of each key found by position first (rows of one SELECT share their key order).
class RowsReader {
public:
    RowSet read(const OrderedJsonReader& rowsReader) {
        const OrderedJson& array = rowsReader.toArray();
        bool reserved = false;
        rowsReader.forEachElement([&](const OrderedJsonReader& row) {
            const OrderedJson& object = row.toObject();
            m_rows.beginRow();
            std::size_t position = 0;
            for (auto it = object.begin(); it != object.end(); ++it, ++position)
                setCell(columnFor(it.key(), position), it.value());
            m_rows.endRow();
            if (!reserved) {
                // The first row tells the width; assume later rows are about as long.
                m_rows.reserve(qint64(array.size()), m_cellBytes * array.size());
                reserved = true;
            }
        });
        return std::move(m_rows);
    }

private:
    int columnFor(const std::string& key, std::size_t position) {
        if (position < m_names.size() && m_names[position] == key)
            return int(position);
        if (auto it = m_index.find(key); it != m_index.end())
            return it->second;
        const int column = m_rows.addColumn(QString::fromStdString(key));
        m_names.push_back(key);
        m_index.emplace(key, column);
        return column;
    }

    void setCell(int column, const OrderedJson& value) {
        using Kind = RowSet::CellKind;
        switch (value.type()) {
        case OrderedJson::value_t::null:
        case OrderedJson::value_t::discarded:
            return; // cells not set are NULL
        case OrderedJson::value_t::string: {
            const std::string& s = value.get_ref<const std::string&>();
            m_cellBytes += s.size();
            m_rows.setCell(column, Kind::String, s);
            return;
        }
        case OrderedJson::value_t::boolean:
            m_rows.setCell(column, Kind::Bool, value.get<bool>() ? "true" : "false");
            return;
        case OrderedJson::value_t::number_integer:
            setInteger(column, value.get<std::int64_t>());
            return;
        case OrderedJson::value_t::number_unsigned:
            setInteger(column, value.get<std::uint64_t>());
            return;
        case OrderedJson::value_t::number_float:
        case OrderedJson::value_t::object:
        case OrderedJson::value_t::array:
        case OrderedJson::value_t::binary: {
            const std::string text =
                value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
            m_cellBytes += text.size();
            m_rows.setCell(column, value.is_number() ? Kind::Number : Kind::Json, text);
            return;
        }
        }
    }

    template <typename Int> void setInteger(int column, Int v) {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
        m_cellBytes += std::size_t(result.ptr - buffer);
        m_rows.setCell(column, RowSet::CellKind::Number,
                       std::string_view(buffer, std::size_t(result.ptr - buffer)));
    }

    RowSet m_rows;
    std::vector<std::string> m_names;
    std::unordered_map<std::string, int> m_index;
    std::size_t m_cellBytes = 0;
};

std::optional<qint64> readNextOffset(const OrderedJsonReader& p) {
    const std::optional<OrderedJsonReader> next = p.member("next_offset");
    if (!next)
        return std::nullopt;
    if (next->isString()) {
        // "" means none (§4.3); a number in a string is still a number.
        const QString text = next->toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            next->fail(QStringLiteral("expected integer"));
        return value;
    }
    return next->toInteger();
}

Pagination readPagination(const OrderedJsonReader& r) {
    r.toObject();
    Pagination p;
    p.limit = r.integerOr("limit", 0);
    p.offset = r.integerOr("offset", 0);
    p.returnedCount = r.integerOr("returned_count", 0);
    p.hasMore = r.boolOr("has_more", false);
    p.nextOffset = readNextOffset(r);
    return p;
}

ExecuteReply readExecuteReply(const OrderedJsonReader& r) {
    r.toObject();
    ExecuteReply reply;
    // A reply without `ok` came with a 2xx status (errors go through decodeErrorBody).
    reply.ok = r.boolOr("ok", true);
    reply.operation = r.stringOr("operation", QString());
    reply.dialect = r.stringOr("dialect", QString());
    if (auto rows = r.member("rows"))
        reply.rows = RowsReader().read(*rows);
    reply.rowCount = r.integerOr("row_count", reply.rows ? reply.rows->rowCount() : 0);
    reply.truncated = r.boolOr("truncated", false);
    reply.maxRows = r.integerOr("max_rows", 0);
    if (auto pagination = r.member("pagination"))
        reply.pagination = readPagination(*pagination);
    if (auto scope = r.member("scope")) {
        scope->toObject();
        reply.scopeMetaTableUids = scope->stringList("meta_table_uids");
        reply.scopeDataSourceUid = scope->optString("data_source_uid");
    }
    return reply;
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

DecodeResult<ExecuteReply> decodeExecuteReply(const QByteArray& bytes) {
    return runDecoder<ExecuteReply>([&] {
        DecodeResult<OrderedJson> parsed = parseOrderedJson(bytes);
        if (!parsed)
            throw DecodeFailure{parsed.error()};
        return readExecuteReply(OrderedJsonReader(parsed.value()));
    });
}

DecodeResult<ExecuteReply> decodeExecuteReply(const OrderedJson& json) {
    return runDecoder<ExecuteReply>([&] { return readExecuteReply(OrderedJsonReader(json)); });
}

} // namespace cc
