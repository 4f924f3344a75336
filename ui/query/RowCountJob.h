#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"

#include <QObject>

namespace cc {
class ApiClient;
class ExecutePager;
} // namespace cc

namespace cc::ui {

// "Count rows": runs `SELECT count(*) FROM (<sql>) AS q` with the select's scope,
// parameters and timeout, in the background and only when asked (never automatically,
// since counting a large result can cost as much as reading it).
class RowCountJob : public QObject {
    Q_OBJECT

public:
    explicit RowCountJob(ApiClient* client, QObject* parent = nullptr);

    // The counting operation for a select: its statement without a trailing `;` wrapped
    // in a subquery, one row.
    static CompiledSqlOperation countOperation(const CompiledSqlOperation& select);

    void start(const CompiledSqlOperation& select);
    void cancel();
    bool isRunning() const;

signals:
    void counted(qint64 rows);
    void failed(const cc::ApiError& error);

private:
    ExecutePager* m_pager = nullptr;
    qint64 m_result = -1;
};

} // namespace cc::ui
