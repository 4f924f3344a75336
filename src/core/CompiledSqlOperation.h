#pragma once

#include "core/Json.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cc {

// A compiled-sql.v1 operation (spec §4.1), the body of `POST execute-operation/`.
struct ScopeTable {
    QString metaTableUid; // also read from `metaTableUid`
    std::optional<QString> alias;
    QString access = QStringLiteral("read"); // "read" | "write"
    std::optional<QString> reservedPolicy;   // also read from `reservedPolicy`

    bool operator==(const ScopeTable& o) const
    {
        return metaTableUid == o.metaTableUid && alias == o.alias && access == o.access
               && reservedPolicy == o.reservedPolicy;
    }
};

struct CompiledSqlOperation {
    QString operation = QStringLiteral("select"); // select | insert | update | delete | upsert
    QString version = QStringLiteral("compiled-sql.v1");
    QString dialect = QStringLiteral("postgresql");
    QString sql;
    Json parameters = Json::object(); // name -> value (an array is allowed by the spec)
    std::optional<std::map<QString, QString>> parameterTypes; // name -> dtype token
    QString paramstyle = QStringLiteral("pyformat");
    std::optional<QString> dataSourceUid;
    std::vector<ScopeTable> tables;
    qint64 maxRows = 1000;
    qint64 offset = 0;
    qint64 statementTimeoutMs = 15000;

    bool isSelect() const { return operation == QLatin1String("select"); }

    bool operator==(const CompiledSqlOperation& o) const
    {
        return operation == o.operation && version == o.version && dialect == o.dialect
               && sql == o.sql && parameters == o.parameters
               && parameterTypes == o.parameterTypes && paramstyle == o.paramstyle
               && dataSourceUid == o.dataSourceUid && tables == o.tables
               && maxRows == o.maxRows && offset == o.offset
               && statementTimeoutMs == o.statementTimeoutMs;
    }
};

} // namespace cc
