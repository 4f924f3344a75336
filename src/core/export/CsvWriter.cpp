#include "core/export/CsvWriter.h"

namespace cc {

void CsvWriter::appendField(std::string& out, std::string_view field)
{
    const bool needsQuotes = field.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!needsQuotes) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string CsvWriter::headerLine(const QStringList& columns)
{
    std::string out;
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        const QByteArray name = columns[i].toUtf8();
        appendField(out, std::string_view(name.constData(), std::size_t(name.size())));
    }
    out.append("\r\n");
    return out;
}

void CsvWriter::appendRows(std::string& out, const RowSet& rows)
{
    const int columns = rows.columnCount();
    for (qint64 r = 0; r < rows.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out.push_back(',');
            const RowSet::CellKind kind = rows.kind(r, c);
            if (kind == RowSet::CellKind::Null)
                continue;
            const std::string_view text = rows.text(r, c);
            if (kind == RowSet::CellKind::String && text.empty())
                out.append("\"\"");
            else
                appendField(out, text);
        }
        out.append("\r\n");
    }
}

} // namespace cc
