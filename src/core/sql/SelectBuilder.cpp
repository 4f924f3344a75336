#include "core/sql/SelectBuilder.h"

#include "core/DTypes.h"
#include "core/sql/ParameterValue.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

namespace cc::sql {

namespace {

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SelectBuilder)
};

// PostgreSQL 15 keywords that quote_ident() quotes: reserved, type/function-name and
// column-name keywords (unreserved ones may stay bare).
bool isQuotedKeyword(const QString& lowerAsciiName) {
    static const std::unordered_set<std::string> keywords = {
        // reserved
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both",
        "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
        "current_date", "current_role", "current_time", "current_timestamp", "current_user",
        "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
        "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially",
        "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references",
        "returning", "select", "session_user", "some", "symmetric", "table", "then", "to",
        "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
        "window", "with",
        // type or function names
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
        "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull",
        "outer", "overlaps", "right", "similar", "tablesample", "verbose",
        // column names
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal",
        "exists", "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval",
        "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay",
        "position", "precision", "real", "row", "setof", "smallint", "substring", "time",
        "timestamp", "treat", "trim", "values", "varchar", "xmlattributes", "xmlconcat",
        "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
        "xmlserialize", "xmltable"};
    return keywords.count(lowerAsciiName.toStdString()) > 0;
}

bool isPlainLowercaseIdentifier(const QString& name) {
    if (name.isEmpty())
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(lower || c == u'_' || (digit && i > 0)))
            return false;
    }
    return true;
}

// Types PostgreSQL has no ordering operator for, so ORDER BY on them fails.
bool canBeOrdered(const Column& column) {
    if (dtype::normalizeDataType(column.dataType) == QLatin1String(dtype::JsonType))
        return false;
    if (!column.backendType)
        return true;
    QString base = column.backendType->trimmed().toLower();
    base = base.left(base.indexOf(QLatin1Char('('))).left(base.indexOf(QLatin1Char('[')));
    base = base.trimmed();
    static const QSet<QString> unordered = {
        QStringLiteral("json"), QStringLiteral("xml"),     QStringLiteral("point"),
        QStringLiteral("line"), QStringLiteral("lseg"),    QStringLiteral("box"),
        QStringLiteral("path"), QStringLiteral("polygon"), QStringLiteral("circle")};
    return !unordered.contains(base);
}

QString joinQuoted(const QStringList& names) {
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& name : names)
        quoted.append(quoteIdentifier(name));
    return quoted.join(QStringLiteral(", "));
}

QString selectSql(const std::optional<QString>& schema, const QString& table,
                  const QStringList& columns, const QStringList& orderBy) {
    QString sql = QStringLiteral("SELECT ") +
                  (columns.isEmpty() ? QStringLiteral("t.*") : joinQuoted(columns)) +
                  QStringLiteral(" FROM ") + quoteQualifiedName(schema, table) +
                  QStringLiteral(" AS t");
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + joinQuoted(orderBy);
    return sql;
}

QString displayName(const std::optional<QString>& schema, const QString& table) {
    return schema && !schema->isEmpty() ? *schema + QLatin1Char('.') + table : table;
}

// Shared by both overloads: `orderable` is the subset of `columns` that may be ordered.
BrowseQuery browse(const std::optional<QString>& schema, const QString& table,
                   const QStringList& columns, const QStringList& primaryKey,
                   const QStringList& orderable) {
    BrowseQuery query;
    const QString name = displayName(schema, table);
    if (!primaryKey.isEmpty()) {
        query.orderBy = primaryKey;
        query.orderedByPrimaryKey = true;
    } else if (columns.isEmpty()) {
        query.note = Text::tr("No columns are known for %1: rows come in no particular order, so "
                              "pages may overlap or miss rows.")
                         .arg(name);
    } else if (orderable.isEmpty()) {
        query.note = Text::tr("%1 has no primary key and none of its columns can be ordered: rows "
                              "come in no particular order, so pages may overlap or miss rows.")
                         .arg(name);
    } else {
        query.orderBy = orderable;
        query.note =
            Text::tr("%1 has no primary key: rows are ordered by all columns, which is slow "
                     "on large tables and cannot tell identical rows apart.")
                .arg(name);
        if (orderable.size() < columns.size()) {
            QStringList skipped;
            for (const QString& column : columns)
                if (!orderable.contains(column))
                    skipped.append(column);
            query.note += QLatin1Char(' ') +
                          Text::tr("Columns that cannot be ordered were left out of the order: %1.")
                              .arg(skipped.join(QStringLiteral(", ")));
        }
    }
    query.sql = selectSql(schema, table, columns, query.orderBy);
    return query;
}

OperationError operationError(const QString& parameter, const QString& message) {
    return {parameter, message};
}

// A name the `%(name)s` lexer rule reads back whole.
bool isUsableParameterName(const QString& name) {
    const QStringList found = placeholders(QStringLiteral("%(") + name + QStringLiteral(")s"));
    return found.size() == 1 && found.front() == name;
}

} // namespace

QString quoteIdentifier(const QString& name) {
    if (isPlainLowercaseIdentifier(name) && !isQuotedKeyword(name))
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quoteQualifiedName(const std::optional<QString>& schema, const QString& table) {
    if (schema && !schema->isEmpty())
        return quoteIdentifier(*schema) + QLatin1Char('.') + quoteIdentifier(table);
    return quoteIdentifier(table);
}

BrowseQuery browseTableSql(const std::optional<QString>& schema, const QString& table,
                           const QStringList& columns, const QStringList& primaryKeyColumns) {
    return browse(schema, table, columns, primaryKeyColumns, columns);
}

BrowseQuery browseTableSql(const MetaTable& table) {
    std::vector<Column> columns =
        table.columns.empty() ? table.tableContract.columns : table.columns;
    std::stable_sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) {
        return a.ordinalPosition.value_or(0) < b.ordinalPosition.value_or(0);
    });
    QStringList names;
    QStringList primaryKey;
    QStringList orderable;
    for (const Column& column : columns) {
        names.append(column.name);
        if (column.primaryKey)
            primaryKey.append(column.name);
        if (canBeOrdered(column))
            orderable.append(column.name);
    }
    if (primaryKey.isEmpty()) {
        for (const SnapshotConstraint& constraint : table.introspectionSnapshot.constraints) {
            if (constraint.type.compare(QLatin1String("PRIMARY KEY"), Qt::CaseInsensitive) == 0) {
                primaryKey = constraint.columns;
                break;
            }
        }
    }
    std::optional<QString> schema = table.physicalSchema;
    if (!schema || schema->isEmpty())
        schema = table.tableContract.physicalSchema;
    const QString tableName = table.physicalTableName.isEmpty()
                                  ? table.tableContract.physicalTableName
                                  : table.physicalTableName;
    return browse(schema, tableName, names, primaryKey, orderable);
}

SelectOperationResult buildSelectOperation(const QString& sql,
                                           const std::vector<SqlParameter>& parameters,
                                           const std::vector<ScopeTable>& tables,
                                           const SelectLimits& limits,
                                           const std::optional<QString>& dataSourceUid) {
    SelectOperationResult result;
    CompiledSqlOperation& op = result.operation;
    op.operation = QStringLiteral("select");
    op.sql = sql;
    op.tables = tables;
    op.dataSourceUid = dataSourceUid;
    op.maxRows = limits.maxRows;
    op.offset = limits.offset;
    op.statementTimeoutMs = limits.statementTimeoutMs;

    result.sqlIssues = checkSelect(sql);
    auto& errors = result.errors;
    if (tables.empty())
        errors.push_back(operationError({}, Text::tr("The scope needs at least one table.")));
    for (const ScopeTable& table : tables) {
        if (table.metaTableUid.trimmed().isEmpty()) {
            errors.push_back(operationError({}, Text::tr("A scope table has no MetaTable uid.")));
            break;
        }
    }
    if (limits.maxRows < 1)
        errors.push_back(operationError({}, Text::tr("The row limit must be at least 1.")));
    if (limits.offset < 0)
        errors.push_back(operationError({}, Text::tr("The offset must not be negative.")));
    if (limits.statementTimeoutMs < 1)
        errors.push_back(
            operationError({}, Text::tr("The statement timeout must be at least 1 ms.")));

    Json values = Json::object();
    std::map<QString, QString> types;
    QSet<QString> given;
    for (const SqlParameter& parameter : parameters) {
        const QString& name = parameter.name;
        if (name.isEmpty()) {
            errors.push_back(operationError({}, Text::tr("A parameter has no name.")));
            continue;
        }
        if (!isUsableParameterName(name)) {
            errors.push_back(operationError(
                name,
                Text::tr("Parameter %1: a name of letters, digits and _ is needed to write it "
                         "as %(name)s.")
                    .arg(name)));
            continue;
        }
        if (given.contains(name)) {
            errors.push_back(
                operationError(name, Text::tr("Parameter %1 is given twice.").arg(name)));
            continue;
        }
        given.insert(name);
        if (parameter.dataType.trimmed().isEmpty()) {
            values[name.toStdString()] = parameter.value;
            continue;
        }
        const ParameterConversion conversion =
            convertParameterValue(parameter.value, parameter.dataType);
        if (!conversion.ok()) {
            errors.push_back(
                operationError(name, Text::tr("Parameter %1: %2").arg(name, conversion.error)));
            continue;
        }
        values[name.toStdString()] = conversion.value;
        const QString token = dtype::normalizeDataType(parameter.dataType);
        if (dtype::isKnownToken(token))
            types[name] = token;
    }
    for (const QString& name : placeholders(sql)) {
        if (!given.contains(name))
            errors.push_back(operationError(
                name, Text::tr("The SQL uses %(%1)s but no value is given for it.").arg(name)));
    }
    op.parameters = std::move(values);
    if (!types.empty())
        op.parameterTypes = std::move(types);
    return result;
}

} // namespace cc::sql
