// encodeExecuteReply: the execute-operation reply (spec §4.2) written as text straight
// from the RowSet. A server page holds thousands of rows; building a JSON value per cell
// first would cost more than the query.
#include "core/codec/JsonEscape.h"
#include "core/codec/OperationCodec.h"

#include <charconv>
#include <vector>

namespace cc {

namespace {

using codec::appendJsonString;

void appendInteger(std::string& out, qint64 value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, std::size_t(result.ptr - buffer));
}

void appendBool(std::string& out, bool value) {
    out.append(value ? "true" : "false");
}

void appendString(std::string& out, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void appendCell(std::string& out, RowSet::CellKind kind, std::string_view text) {
    using Kind = RowSet::CellKind;
    switch (kind) {
    case Kind::Null:
        out.append("null");
        return;
    case Kind::Bool:
        appendBool(out, text == "true" || text == "t" || text == "1");
        return;
    case Kind::Number:
        // NaN and Infinity have no JSON spelling: they travel as text.
        if (codec::isJsonNumber(text))
            out.append(text);
        else
            appendJsonString(out, text);
        return;
    case Kind::Json:
        if (Json::accept(text.begin(), text.end()))
            out.append(text);
        else
            appendJsonString(out, text);
        return;
    case Kind::String:
        break;
    }
    appendJsonString(out, text);
}

void appendRows(std::string& out, const RowSet& rows) {
    // Each key is escaped once, with its quote marks and the colon.
    std::vector<std::string> keys;
    keys.reserve(std::size_t(rows.columnCount()));
    std::size_t keyBytes = 0;
    for (const QString& name : rows.columns()) {
        std::string key;
        appendString(key, name);
        key.push_back(':');
        keyBytes += key.size();
        keys.push_back(std::move(key));
    }
    std::size_t textBytes = 0;
    for (qint64 r = 0; r < rows.rowCount(); ++r)
        for (int c = 0; c < rows.columnCount(); ++c)
            textBytes += rows.text(r, c).size() + 6;
    out.reserve(out.size() + textBytes + std::size_t(rows.rowCount()) * (keyBytes + 3));

    out.push_back('[');
    for (qint64 r = 0; r < rows.rowCount(); ++r) {
        if (r > 0)
            out.push_back(',');
        out.push_back('{');
        for (int c = 0; c < rows.columnCount(); ++c) {
            if (c > 0)
                out.push_back(',');
            out.append(keys[std::size_t(c)]);
            appendCell(out, rows.kind(r, c), rows.text(r, c));
        }
        out.push_back('}');
    }
    out.push_back(']');
}

void appendPagination(std::string& out, const Pagination& p) {
    out.append("{\"limit\":");
    appendInteger(out, p.limit);
    out.append(",\"offset\":");
    appendInteger(out, p.offset);
    out.append(",\"returned_count\":");
    appendInteger(out, p.returnedCount);
    out.append(",\"has_more\":");
    appendBool(out, p.hasMore);
    out.append(",\"next_offset\":");
    if (p.nextOffset)
        appendInteger(out, *p.nextOffset);
    else
        out.append("null");
    out.push_back('}');
}

} // namespace

std::string encodeExecuteReply(const ExecuteReply& reply) {
    std::string out;
    out.append("{\"ok\":");
    appendBool(out, reply.ok);
    out.append(",\"operation\":");
    appendString(out, reply.operation);
    out.append(",\"dialect\":");
    appendString(out, reply.dialect);
    out.append(",\"row_count\":");
    appendInteger(out, reply.rowCount);
    if (reply.rows) {
        out.append(",\"rows\":");
        appendRows(out, *reply.rows);
    }
    out.append(",\"truncated\":");
    appendBool(out, reply.truncated);
    out.append(",\"max_rows\":");
    appendInteger(out, reply.maxRows);
    if (reply.pagination) {
        out.append(",\"pagination\":");
        appendPagination(out, *reply.pagination);
    }
    if (!reply.scopeMetaTableUids.isEmpty() || reply.scopeDataSourceUid) {
        out.append(",\"scope\":{\"meta_table_uids\":[");
        for (qsizetype i = 0; i < reply.scopeMetaTableUids.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            appendString(out, reply.scopeMetaTableUids[i]);
        }
        out.push_back(']');
        if (reply.scopeDataSourceUid) {
            out.append(",\"data_source_uid\":");
            appendString(out, *reply.scopeDataSourceUid);
        }
        out.push_back('}');
    }
    out.push_back('}');
    return out;
}

} // namespace cc
