// execute-operation replies (spec §4.2). From bytes, the `rows` array is streamed into
// the RowSet while parsing (no JSON value per cell); the rest of the reply, and replies
// handed over already parsed, are read from a document. Both give the same result, except
// that only the streamed path keeps a decimal number's exact text (a parsed document has
// already turned it into a double).
#include "core/codec/JsonParse.h"
#include "core/codec/JsonReader.h"
#include "core/codec/OperationCodec.h"
#include "core/codec/ParseErrors.h"
#include "core/codec/RowsBuilder.h"

namespace cc {

namespace {

using namespace codec;

// Rows streamed while parsing: the RowSet, or the first row that was not an object.
struct StreamedRows {
    std::optional<RowSet> rows;
    std::optional<DecodeError> error;
};

RowSet readRows(const OrderedJsonReader& rowsReader) {
    const OrderedJson& array = rowsReader.toArray();
    RowsBuilder builder(array.size(), 0);
    rowsReader.forEachElement([&](const OrderedJsonReader& row) {
        const OrderedJson& object = row.toObject();
        builder.beginRow();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const int column = builder.column(it.key());
            const OrderedJson& value = it.value();
            switch (value.type()) {
            case OrderedJson::value_t::string:
                builder.setString(column, value.get_ref<const std::string&>());
                break;
            case OrderedJson::value_t::boolean:
                builder.setBool(column, value.get<bool>());
                break;
            case OrderedJson::value_t::number_integer:
                builder.setInteger(column, value.get<std::int64_t>());
                break;
            case OrderedJson::value_t::number_unsigned:
                builder.setUnsigned(column, value.get<std::uint64_t>());
                break;
            case OrderedJson::value_t::null:
            case OrderedJson::value_t::discarded:
                break; // cells not set are NULL
            default:
                builder.setDumped(column, value);
                break;
            }
        }
        builder.endRow();
    });
    return builder.take();
}

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

ExecuteReply readExecuteReply(const OrderedJsonReader& r, StreamedRows* streamed) {
    r.toObject();
    ExecuteReply reply;
    // A reply without `ok` came with a 2xx status (errors go through decodeErrorBody).
    reply.ok = r.boolOr("ok", true);
    reply.operation = r.stringOr("operation", QString());
    reply.dialect = r.stringOr("dialect", QString());
    if (streamed && streamed->error)
        throw DecodeFailure{*streamed->error};
    if (streamed && streamed->rows)
        reply.rows = std::move(streamed->rows);
    else if (auto rows = r.member("rows"))
        reply.rows = readRows(*rows);
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

// Builds a JSON value from SAX events.
class DomBuilder {
public:
    explicit DomBuilder(OrderedJson& root)
        : m_root(&root) {}

    std::size_t depth() const { return m_stack.size(); }
    bool inRootObject() const { return m_stack.size() == 1 && m_stack.back()->is_object(); }
    const std::string& pendingKey() const { return m_key; }

    void value(OrderedJson v) { place(std::move(v)); }
    void start(OrderedJson container) { m_stack.push_back(place(std::move(container))); }
    void key(std::string k) { m_key = std::move(k); }
    void end() { m_stack.pop_back(); }

private:
    OrderedJson* place(OrderedJson v) {
        if (m_stack.empty()) {
            *m_root = std::move(v);
            return m_root;
        }
        OrderedJson& top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        OrderedJson& slot = top[m_key];
        slot = std::move(v);
        return &slot;
    }

    OrderedJson* m_root;
    std::vector<OrderedJson*> m_stack;
    std::string m_key;
};

// SAX handler: the top-level `rows` array goes into a RowsBuilder, everything else into
// a document. Row-level problems are kept, not raised, so that a syntax error later in
// the body wins as it does when the whole body is parsed first.
class StreamingReplyParser {
public:
    explicit StreamingReplyParser(std::size_t bodyBytes)
        : m_dom(m_document)
        , m_rows(0, bodyBytes)
        , m_bodyBytes(bodyBytes) {}

    OrderedJson& document() { return m_document; }
    StreamedRows& streamed() { return m_streamed; }
    const std::optional<DecodeError>& failure() const { return m_failure; }

    bool null() { return scalar(OrderedJson()); }
    bool boolean(bool v) { return scalar(OrderedJson(v)); }
    bool number_integer(std::int64_t v) { return scalar(OrderedJson(v)); }
    bool number_unsigned(std::uint64_t v) { return scalar(OrderedJson(v)); }
    bool number_float(double v, const std::string& text) {
        // Row cells keep the number's own text (decimal precision); elsewhere a double does.
        if (m_where == Where::Row) {
            m_rows.setNumberText(m_column, text);
            return true;
        }
        return scalar(OrderedJson(v));
    }
    bool string(std::string& v) {
        if (m_where == Where::Row) {
            m_rows.setString(m_column, v);
            return true;
        }
        return scalar(OrderedJson(std::move(v)));
    }
    bool binary(OrderedJson::binary_t&) { return true; } // not produced by JSON text

    bool start_object(std::size_t) { return start(OrderedJson::object()); }
    bool start_array(std::size_t) { return start(OrderedJson::array()); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }

    bool key(std::string& k) {
        switch (m_where) {
        case Where::Row:
            m_column = m_rows.column(k);
            return true;
        case Where::Cell:
            m_cell.key(std::move(k));
            return true;
        case Where::Skip:
            return true;
        default:
            // A later `rows` replaces earlier ones, as in a document.
            if (m_dom.inRootObject() && k == "rows")
                m_streamed = StreamedRows();
            m_dom.key(std::move(k));
            return true;
        }
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) {
        // Number overflow comes as out_of_range, which a document parse reports without
        // a position: say it the same way.
        if (dynamic_cast<const nlohmann::detail::parse_error*>(&e))
            m_failure = malformedAt(position, e);
        else
            m_failure = malformed(e);
        return false;
    }

private:
    enum class Where { Document, RowsArray, Row, Cell, Skip };

    bool scalar(OrderedJson v) {
        switch (m_where) {
        case Where::Document:
            m_dom.value(std::move(v));
            return true;
        case Where::RowsArray:
            rowIsNotAnObject();
            ++m_rowIndex;
            return true;
        case Where::Row:
            setCell(v);
            return true;
        case Where::Cell:
            m_cell.value(std::move(v));
            return true;
        case Where::Skip:
            return true;
        }
        return true;
    }

    bool start(OrderedJson container) {
        switch (m_where) {
        case Where::Document:
            if (container.is_array() && m_dom.inRootObject() && m_dom.pendingKey() == "rows") {
                m_document.erase("rows");
                m_where = Where::RowsArray;
                m_rowIndex = 0;
                m_rowError.reset();
                m_rows = RowsBuilder(0, m_bodyBytes);
                return true;
            }
            m_dom.start(std::move(container));
            return true;
        case Where::RowsArray:
            if (container.is_object()) {
                m_rows.beginRow();
                m_where = Where::Row;
            } else {
                rowIsNotAnObject();
                m_where = Where::Skip;
                m_skipDepth = 1;
            }
            return true;
        case Where::Row:
            m_cellValue = OrderedJson();
            m_cell = DomBuilder(m_cellValue);
            m_cell.start(std::move(container));
            m_where = Where::Cell;
            return true;
        case Where::Cell:
            m_cell.start(std::move(container));
            return true;
        case Where::Skip:
            ++m_skipDepth;
            return true;
        }
        return true;
    }

    bool end() {
        switch (m_where) {
        case Where::Document:
            m_dom.end();
            return true;
        case Where::RowsArray:
            // Row errors are kept for the reply reader: they come after `ok`, `operation`
            // and `dialect` as when rows are read from a document.
            if (!m_rowError)
                m_streamed.rows = m_rows.take();
            m_streamed.error = m_rowError;
            m_where = Where::Document;
            return true;
        case Where::Row:
            m_rows.endRow();
            ++m_rowIndex;
            m_where = Where::RowsArray;
            return true;
        case Where::Cell:
            m_cell.end();
            if (m_cell.depth() == 0) {
                m_rows.setDumped(m_column, m_cellValue);
                m_where = Where::Row;
            }
            return true;
        case Where::Skip:
            if (--m_skipDepth == 0) {
                ++m_rowIndex;
                m_where = Where::RowsArray;
            }
            return true;
        }
        return true;
    }

    void setCell(const OrderedJson& v) {
        switch (v.type()) {
        case OrderedJson::value_t::boolean:
            m_rows.setBool(m_column, v.get<bool>());
            break;
        case OrderedJson::value_t::number_integer:
            m_rows.setInteger(m_column, v.get<std::int64_t>());
            break;
        case OrderedJson::value_t::number_unsigned:
            m_rows.setUnsigned(m_column, v.get<std::uint64_t>());
            break;
        case OrderedJson::value_t::number_float:
            m_rows.setDumped(m_column, v);
            break;
        default:
            break; // null: cells not set are NULL
        }
    }

    void rowIsNotAnObject() {
        if (!m_rowError)
            m_rowError = DecodeError{QStringLiteral("rows[%1]").arg(m_rowIndex),
                                     QStringLiteral("expected object")};
    }

    OrderedJson m_document;
    DomBuilder m_dom;
    RowsBuilder m_rows;
    std::size_t m_bodyBytes = 0;
    StreamedRows m_streamed;
    std::optional<DecodeError> m_rowError;
    std::optional<DecodeError> m_failure;
    Where m_where = Where::Document;
    qint64 m_rowIndex = 0;
    int m_column = 0;
    int m_skipDepth = 0;
    OrderedJson m_cellValue;
    DomBuilder m_cell{m_cellValue};
};

} // namespace

DecodeResult<ExecuteReply> decodeExecuteReply(const QByteArray& bytes) {
    return runDecoder<ExecuteReply>([&] {
        if (std::optional<DecodeError> refused = refuseBeforeParsing(bytes))
            throw DecodeFailure{*refused};
        StreamingReplyParser parser(std::size_t(bytes.size()));
        bool parsed = false;
        try {
            parsed = OrderedJson::sax_parse(bytes.constData(), bytes.constData() + bytes.size(),
                                            &parser);
        } catch (const std::exception& e) {
            throw DecodeFailure{malformed(e)};
        }
        if (!parsed || parser.failure())
            throw DecodeFailure{parser.failure().value_or(malformed(QStringLiteral("unreadable")))};
        return readExecuteReply(OrderedJsonReader(parser.document()), &parser.streamed());
    });
}

DecodeResult<ExecuteReply> decodeExecuteReply(const OrderedJson& json) {
    return runDecoder<ExecuteReply>(
        [&] { return readExecuteReply(OrderedJsonReader(json), nullptr); });
}

} // namespace cc
