#pragma once

#include "core/RowSet.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace cc::cli {

// Where query rows go, page by page, in one format: csv, json or table. Pages are
// written as they arrive (csv, json) so that memory stays flat; `table` needs widths and
// keeps the rows until close().
class ResultSink {
public:
    // `path` empty: stdout. Null with `error` set when the format or file is unusable.
    static std::unique_ptr<ResultSink> open(const QString& format, const QString& path,
                                            QString* error);
    ResultSink(std::FILE* file, bool ownsFile, QString path);
    virtual ~ResultSink();

    virtual bool write(const RowSet& rows, QString* error) = 0;
    // `columns`: the result's columns, for a header when no row came.
    virtual bool close(const QStringList& columns, QString* error) = 0;

protected:
    bool put(const std::string& bytes, QString* error);
    bool finishFile(QString* error);

private:
    std::FILE* m_file;
    bool m_ownsFile;
    QString m_path;
};

} // namespace cc::cli
