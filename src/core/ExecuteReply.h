#pragma once

#include "core/RowSet.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// `pagination` of an execute-operation reply (spec §4.2).
struct Pagination {
    qint64 limit = 0;
    qint64 offset = 0;
    qint64 returnedCount = 0;
    bool hasMore = false;
    std::optional<qint64> nextOffset; // null or "" on the wire both mean none

    bool operator==(const Pagination& o) const
    {
        return limit == o.limit && offset == o.offset && returnedCount == o.returnedCount
               && hasMore == o.hasMore && nextOffset == o.nextOffset;
    }
};

// Reply of `POST execute-operation/` (spec §4.2). Rows keep the SELECT's column order.
struct ExecuteReply {
    bool ok = false;
    QString operation;
    QString dialect;
    qint64 rowCount = 0;
    std::optional<RowSet> rows; // present only when the statement yields rows
    bool truncated = false;
    qint64 maxRows = 0;
    std::optional<Pagination> pagination;
    QStringList scopeMetaTableUids;
    std::optional<QString> scopeDataSourceUid;

    bool operator==(const ExecuteReply& o) const
    {
        return ok == o.ok && operation == o.operation && dialect == o.dialect
               && rowCount == o.rowCount && rows == o.rows && truncated == o.truncated
               && maxRows == o.maxRows && pagination == o.pagination
               && scopeMetaTableUids == o.scopeMetaTableUids
               && scopeDataSourceUid == o.scopeDataSourceUid;
    }
};

} // namespace cc
