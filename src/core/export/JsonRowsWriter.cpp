#include "core/export/JsonRowsWriter.h"

#include "core/codec/JsonEscape.h"

namespace cc {

void JsonRowsWriter::begin(std::string& out)
{
    out.push_back('[');
}

void JsonRowsWriter::appendRows(std::string& out, const RowSet& rows)
{
    std::vector<std::string> keys;
    keys.reserve(std::size_t(rows.columnCount()));
    for (const QString& name : rows.columns()) {
        std::string key;
        const QByteArray utf8 = name.toUtf8();
        codec::appendJsonString(key, std::string_view(utf8.constData(), std::size_t(utf8.size())));
        key.push_back(':');
        keys.push_back(std::move(key));
    }
    for (qint64 r = 0; r < rows.rowCount(); ++r) {
        if (!m_first)
            out.push_back(',');
        m_first = false;
        out.append("\n{");
        for (int c = 0; c < rows.columnCount(); ++c) {
            if (c > 0)
                out.push_back(',');
            out.append(keys[std::size_t(c)]);
            const std::string_view text = rows.text(r, c);
            switch (rows.kind(r, c)) {
            case RowSet::CellKind::Null:
                out.append("null");
                break;
            case RowSet::CellKind::String:
                codec::appendJsonString(out, text);
                break;
            case RowSet::CellKind::Number:
                // A number the server sent as text that JSON cannot carry (NaN) stays a string.
                if (codec::isJsonNumber(text))
                    out.append(text);
                else
                    codec::appendJsonString(out, text);
                break;
            case RowSet::CellKind::Bool:
            case RowSet::CellKind::Json:
                out.append(text);
                break;
            }
        }
        out.push_back('}');
    }
}

void JsonRowsWriter::end(std::string& out)
{
    out.append("\n]\n");
}

} // namespace cc
