#include "CliContext.h"
#include "Commands.h"
#include "ResultSink.h"

#include "core/DTypes.h"
#include "core/sql/SelectBuilder.h"
#include "core/sql/SqlStatementCheck.h"
#include "net/ExecutePager.h"

#include <QFile>

#include <memory>

namespace cc::cli {

namespace {

struct TableArgument {
    QString key; // uid or identifier
    QString alias;
};

// `NAME=VALUE[:TYPE]`: the part after the last `:` is a type only when it is a dtype
// token, so timestamps such as 2026-01-01T00:00:00Z keep their colons.
bool parseParameter(const QString& text, sql::SqlParameter* out, QString* error)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = QStringLiteral("--param '%1' is not NAME=VALUE[:TYPE].").arg(text);
        return false;
    }
    out->name = text.left(eq);
    QString value = text.mid(eq + 1);
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString candidate = value.mid(colon + 1).trimmed();
        if (!candidate.isEmpty() && dtype::isKnownToken(dtype::normalizeDataType(candidate))) {
            out->dataType = candidate;
            value = value.left(colon);
        }
    }
    out->value = Json(value.toStdString());
    return true;
}

// Resolves the --table arguments one after the other, then runs the operation.
class QueryRun : public QObject {
public:
    QueryRun(CliContext& ctx, QString sql, std::vector<sql::SqlParameter> parameters,
             std::vector<TableArgument> tables, sql::SelectLimits limits,
             std::unique_ptr<ResultSink> sink)
        : QObject(&ctx)
        , m_ctx(ctx)
        , m_sql(std::move(sql))
        , m_parameters(std::move(parameters))
        , m_tables(std::move(tables))
        , m_limits(limits)
        , m_sink(std::move(sink))
    {
    }

    void start() { resolveNext(); }

private:
    void resolveNext()
    {
        if (m_scope.size() == m_tables.size()) {
            execute();
            return;
        }
        const TableArgument& arg = m_tables[m_scope.size()];
        m_ctx.client()->resolveTable(arg.key, this, [this](ApiResult<MetaTable> result) {
            if (!result) {
                m_ctx.fail(result.error());
                return;
            }
            const MetaTable& table = result.value();
            const QString source = table.dataSourceUid.value_or(
                table.dataSource ? table.dataSource->uid : QString());
            if (!m_dataSourceUid.isEmpty() && !source.isEmpty() && source != m_dataSourceUid) {
                m_ctx.failUsage(QStringLiteral("The scoped tables live on different data sources "
                                               "(%1 and %2); one query reads one data source.")
                                    .arg(m_dataSourceUid, source));
                return;
            }
            if (m_dataSourceUid.isEmpty())
                m_dataSourceUid = source;
            ScopeTable scope;
            scope.metaTableUid = table.uid;
            const QString alias = m_tables[m_scope.size()].alias;
            if (!alias.isEmpty())
                scope.alias = alias;
            m_scope.push_back(scope);
            resolveNext();
        });
    }

    void execute()
    {
        std::optional<QString> source;
        if (!m_dataSourceUid.isEmpty())
            source = m_dataSourceUid;
        const sql::SelectOperationResult built =
            sql::buildSelectOperation(m_sql, m_parameters, m_scope, m_limits, source);
        for (const sql::SqlIssue& issue : built.sqlIssues)
            m_ctx.err((issue.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: "))
                      + issue.message + QLatin1Char('\n'));
        if (!built.ok()) {
            for (const sql::OperationError& e : built.errors)
                m_ctx.err(QStringLiteral("error: ")
                          + (e.parameter.isEmpty() ? QString() : e.parameter + QStringLiteral(": "))
                          + e.message + QLatin1Char('\n'));
            m_ctx.finish(Usage);
            return;
        }
        auto* pager = new ExecutePager(m_ctx.client(), this);
        connect(pager, &ExecutePager::pageReady, this, [this](const RowSet& rows, qint64) {
            QString error;
            if (!m_sink->write(rows, &error)) {
                m_ctx.failLocal(error);
                if (auto* p = qobject_cast<ExecutePager*>(sender()))
                    p->cancel();
            }
        });
        connect(pager, &ExecutePager::finished, this, [this](const ExecuteSummary& summary) {
            QString error;
            if (!m_sink->close(summary.columns, &error)) {
                m_ctx.failLocal(error);
                return;
            }
            m_ctx.err(QStringLiteral("%1 rows in %2 ms (%3 %4)%5\n")
                          .arg(summary.rowsDelivered)
                          .arg(summary.elapsedMs)
                          .arg(summary.pages)
                          .arg(summary.pages == 1 ? QStringLiteral("page") : QStringLiteral("pages"))
                          .arg(summary.truncated ? QStringLiteral("; more rows exist past --max-rows")
                                                 : QString()));
            m_ctx.finish(Ok);
        });
        connect(pager, &ExecutePager::failed, this,
                [this](const ApiError& error) { m_ctx.fail(error); });
        pager->start(built.operation);
    }

    CliContext& m_ctx;
    QString m_sql;
    std::vector<sql::SqlParameter> m_parameters;
    std::vector<TableArgument> m_tables;
    sql::SelectLimits m_limits;
    std::unique_ptr<ResultSink> m_sink;
    std::vector<ScopeTable> m_scope;
    QString m_dataSourceUid;
};

} // namespace

void runQuery(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption sql(QStringLiteral("sql"), QStringLiteral("The SELECT to run."),
                                 QStringLiteral("SQL"));
    const QCommandLineOption sqlFile(QStringLiteral("sql-file"),
                                     QStringLiteral("Read the SELECT from this file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("A scoped table, optionally with its alias "
                                                  "(repeatable; at least one)."),
                                   QStringLiteral("UID|IDENTIFIER[=ALIAS]"));
    const QCommandLineOption param(QStringLiteral("param"),
                                   QStringLiteral("A %(NAME)s parameter; TYPE is a dtype token "
                                                  "(repeatable)."),
                                   QStringLiteral("NAME=VALUE[:TYPE]"));
    const QCommandLineOption maxRows(QStringLiteral("max-rows"),
                                     QStringLiteral("Fetch at most N rows (default 1000)."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption timeoutMs(QStringLiteral("timeout-ms"),
                                       QStringLiteral("Statement timeout (default 15000)."),
                                       QStringLiteral("N"), QStringLiteral("15000"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("csv (default), json or table."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write rows to FILE, page by page (default: stdout)."),
                                 QStringLiteral("FILE"));
    parser.addOptions({sql, sqlFile, table, param, maxRows, timeoutMs, format, out});
    if (!ctx.parseCommand(parser, QStringLiteral("Run one bounded SELECT.")))
        return;

    QString statement = parser.value(sql);
    if (parser.isSet(sqlFile)) {
        QFile file(parser.value(sqlFile));
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.failUsage(QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        statement = QString::fromUtf8(file.readAll());
    }
    if (parser.isSet(sql) == parser.isSet(sqlFile)) {
        ctx.failUsage(QStringLiteral("query needs exactly one of --sql or --sql-file."));
        return;
    }
    // The statement is checked here first, so a second statement or a DELETE is refused
    // before anything is sent.
    bool sqlRefused = false;
    for (const sql::SqlIssue& issue : sql::checkSelect(statement)) {
        if (issue.isError()) {
            ctx.err(QStringLiteral("error: ") + issue.message + QLatin1Char('\n'));
            sqlRefused = true;
        }
    }
    if (sqlRefused) {
        ctx.finish(Usage);
        return;
    }
    std::vector<TableArgument> tables;
    for (const QString& value : parser.values(table)) {
        const int eq = value.indexOf(QLatin1Char('='));
        tables.push_back({eq < 0 ? value : value.left(eq), eq < 0 ? QString() : value.mid(eq + 1)});
    }
    if (tables.empty()) {
        ctx.failUsage(QStringLiteral("query needs at least one --table."));
        return;
    }
    std::vector<sql::SqlParameter> parameters;
    for (const QString& value : parser.values(param)) {
        sql::SqlParameter p;
        QString error;
        if (!parseParameter(value, &p, &error)) {
            ctx.failUsage(error);
            return;
        }
        parameters.push_back(p);
    }
    sql::SelectLimits limits;
    bool maxOk = false;
    bool timeoutOk = false;
    limits.maxRows = parser.value(maxRows).toLongLong(&maxOk);
    limits.statementTimeoutMs = parser.value(timeoutMs).toLongLong(&timeoutOk);
    if (!maxOk || limits.maxRows < 1 || !timeoutOk || limits.statementTimeoutMs < 1) {
        ctx.failUsage(QStringLiteral("--max-rows and --timeout-ms need positive numbers."));
        return;
    }
    QString error;
    std::unique_ptr<ResultSink> sink =
        ResultSink::open(parser.value(format), parser.value(out), &error);
    if (!sink) {
        ctx.failUsage(error);
        return;
    }
    if (!ctx.client())
        return;
    auto* run = new QueryRun(ctx, statement, std::move(parameters), std::move(tables), limits,
                             std::move(sink));
    run->start();
}

} // namespace cc::cli
