#include "ResultSink.h"

#include "TextTable.h"

#include "core/export/CsvWriter.h"
#include "core/export/JsonRowsWriter.h"

#include <QFile>

#include <cerrno>
#include <cstring>

namespace cc::cli {

namespace {

class CsvSink : public ResultSink {
public:
    using ResultSink::ResultSink;

    bool write(const RowSet& rows, QString* error) override
    {
        std::string out;
        if (!m_headerWritten) {
            m_columns = rows.columns();
            out = CsvWriter::headerLine(m_columns);
            m_headerWritten = true;
        }
        if (rows.columns() == m_columns) {
            CsvWriter::appendRows(out, rows);
        } else {
            // A page whose keys came in another order: line it up with the header.
            RowSet aligned(m_columns);
            aligned.append(rows);
            CsvWriter::appendRows(out, aligned);
        }
        return put(out, error);
    }

    bool close(const QStringList& columns, QString* error) override
    {
        if (!m_headerWritten && !put(CsvWriter::headerLine(columns), error))
            return false;
        return finishFile(error);
    }

private:
    QStringList m_columns;
    bool m_headerWritten = false;
};

class JsonSink : public ResultSink {
public:
    using ResultSink::ResultSink;

    bool write(const RowSet& rows, QString* error) override
    {
        std::string out;
        if (!m_begun) {
            JsonRowsWriter::begin(out);
            m_begun = true;
        }
        m_writer.appendRows(out, rows);
        return put(out, error);
    }

    bool close(const QStringList&, QString* error) override
    {
        std::string out;
        if (!m_begun)
            JsonRowsWriter::begin(out);
        JsonRowsWriter::end(out);
        return put(out, error) && finishFile(error);
    }

private:
    JsonRowsWriter m_writer;
    bool m_begun = false;
};

class TableSink : public ResultSink {
public:
    using ResultSink::ResultSink;

    bool write(const RowSet& rows, QString*) override
    {
        m_rows.append(rows);
        return true;
    }

    bool close(const QStringList& columns, QString* error) override
    {
        TextTable table(m_rows.columnCount() > 0 ? m_rows.columns() : columns);
        for (qint64 r = 0; r < m_rows.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < m_rows.columnCount(); ++c) {
                cells.append(m_rows.isNull(r, c) ? QStringLiteral("NULL")
                                                 : m_rows.displayText(r, c));
                if (m_rows.kind(r, c) == RowSet::CellKind::Number)
                    table.setRightAligned(c);
            }
            table.addRow(cells);
        }
        return put(table.toString().toStdString(), error) && finishFile(error);
    }

private:
    RowSet m_rows;
};

} // namespace

ResultSink::ResultSink(std::FILE* file, bool ownsFile, QString path)
    : m_file(file)
    , m_ownsFile(ownsFile)
    , m_path(std::move(path))
{
}

ResultSink::~ResultSink()
{
    if (m_ownsFile && m_file)
        std::fclose(m_file);
}

std::unique_ptr<ResultSink> ResultSink::open(const QString& format, const QString& path,
                                             QString* error)
{
    if (format != QLatin1String("csv") && format != QLatin1String("json")
        && format != QLatin1String("table")) {
        *error = QStringLiteral("--format must be csv, json or table, not '%1'.").arg(format);
        return nullptr;
    }
    std::FILE* file = stdout;
    const bool owns = !path.isEmpty();
    if (owns) {
        file = std::fopen(QFile::encodeName(path).constData(), "wb");
        if (!file) {
            *error = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return nullptr;
        }
    }
    const QString name = owns ? path : QStringLiteral("standard output");
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvSink>(file, owns, name);
    if (format == QLatin1String("json"))
        return std::make_unique<JsonSink>(file, owns, name);
    return std::make_unique<TableSink>(file, owns, name);
}

bool ResultSink::put(const std::string& bytes, QString* error)
{
    if (bytes.empty())
        return true;
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) {
        *error = QStringLiteral("Writing %1 failed: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool ResultSink::finishFile(QString* error)
{
    if (std::fflush(m_file) != 0) {
        *error = QStringLiteral("Writing %1 failed: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

} // namespace cc::cli
