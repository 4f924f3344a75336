#include "exec/OperationRunner.h"

#include "exec/PgSession.h"
#include "exec/PyformatBinding.h"
#include "exec/Refusal.h"
#include "exec/ResultRows.h"
#include "exec/StatementGuard.h"

#include "core/ExecuteReply.h"
#include "core/codec/OperationCodec.h"

#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <set>

Q_LOGGING_CATEGORY(lcExec, "tsm.exec", QtInfoMsg)

namespace tsm {

using namespace exec;

struct OperationRunner::State {
    long long pageCap = 1;
    SessionPools pools;
};

namespace {

constexpr long long kCheckTimeoutMs = 5000;

const std::set<std::string> kOperations = {"select", "insert", "update", "delete", "upsert"};

std::optional<Refusal> validate(const cc::CompiledSqlOperation& op,
                                const std::vector<ScopedRelation>& scope,
                                const ExecutionTarget& target) {
    if (op.version != QLatin1String("compiled-sql.v1"))
        return badRequest("invalid_version", "Unsupported version '" + op.version.toStdString() +
                                                 "'; expected 'compiled-sql.v1'.");
    if (op.dialect != QLatin1String("postgresql"))
        return badRequest("invalid_dialect", "Unsupported dialect '" + op.dialect.toStdString() +
                                                 "'; expected 'postgresql'.");
    if (op.paramstyle != QLatin1String("pyformat"))
        return badRequest("invalid_paramstyle", "Unsupported paramstyle '" +
                                                    op.paramstyle.toStdString() +
                                                    "'; expected 'pyformat'.");
    const std::string operation = op.operation.toStdString();
    if (!kOperations.count(operation))
        return badRequest("invalid_operation",
                          "Unknown operation '" + operation +
                              "'; expected select, insert, update, delete or upsert.");
    if (op.maxRows < 1)
        return badRequest("invalid_limits", "limits.max_rows must be at least 1.",
                          cc::Json{{"field", "max_rows"}});
    if (op.offset < 0)
        return badRequest("invalid_limits", "limits.offset must be at least 0.",
                          cc::Json{{"field", "offset"}});
    if (op.statementTimeoutMs < 1)
        return badRequest("invalid_limits", "limits.statement_timeout_ms must be at least 1.",
                          cc::Json{{"field", "statement_timeout_ms"}});
    if (op.sql.trimmed().isEmpty())
        return badRequest("invalid_statement", "statement.sql is empty.");
    if (scope.empty())
        return badRequest("invalid_scope", "scope.tables must name at least one table.");

    const QString capability = QStringLiteral("supports_compiled_") + op.operation;
    const auto flag = target.capabilities.find(capability);
    if (flag == target.capabilities.end() || !flag->second) {
        const QString name =
            target.dataSourceName.isEmpty() ? target.dataSourceUid : target.dataSourceName;
        return badRequest("capability_not_supported",
                          "Data source '" + name.toStdString() + "' does not support compiled " +
                              operation + " operations.",
                          cc::Json{{"capability", capability.toStdString()},
                                   {"data_source_uid", target.dataSourceUid.toStdString()}});
    }
    return std::nullopt;
}

// OIDs of the declared parameter types; 0 lets PostgreSQL infer.
std::optional<Refusal> resolveTypes(PgSession& session, SessionPool& pool,
                                    const BoundStatement& statement, std::vector<Oid>& types) {
    types.assign(statement.typeNames.size(), 0);
    for (std::size_t i = 0; i < statement.typeNames.size(); ++i) {
        const std::string& name = statement.typeNames[i];
        if (name.empty())
            continue;
        if (const std::optional<Oid> cached = pool.cachedType(name)) {
            types[i] = *cached;
            continue;
        }
        const PgReply found =
            session.execParams("SELECT pg_catalog.to_regtype($1)::pg_catalog.oid", {name}, {});
        if (!found.ok())
            return refusalFor(*found.failure, 0);
        Oid oid = 0;
        if (PQntuples(found.get()) == 1 && !PQgetisnull(found.get(), 0, 0))
            oid = Oid(std::strtoul(PQgetvalue(found.get(), 0, 0), nullptr, 10));
        pool.rememberType(name, oid);
        types[i] = oid;
    }
    return std::nullopt;
}

QStringList scopeUids(const std::vector<ScopedRelation>& scope) {
    QStringList uids;
    for (const ScopedRelation& s : scope)
        if (!uids.contains(s.metaTableUid))
            uids.append(s.metaTableUid);
    return uids;
}

class Execution {
public:
    Execution(PgSession& session, const cc::CompiledSqlOperation& op,
              const BoundStatement& statement, const std::vector<Oid>& types, long long pageCap)
        : m_session(session)
        , m_op(op)
        , m_statement(statement)
        , m_types(types)
        , m_pageCap(pageCap) {}

    // Within the open transaction; fills `reply` or returns the refusal.
    std::optional<Refusal> run(cc::ExecuteReply& reply) {
        return m_op.isSelect() ? select(reply) : write(reply);
    }

private:
    Refusal failed(const SqlFailure& failure) const {
        return refusalFor(failure, m_op.statementTimeoutMs);
    }

    std::string timeoutCommand() const {
        return "SET LOCAL statement_timeout = " +
               std::to_string(std::min(m_op.statementTimeoutMs, (qint64)INT_MAX));
    }

    // A NO SCROLL cursor over the statement as sent: no text is wrapped around it, and
    // only page + 1 rows come back (the extra one tells whether more exist).
    std::optional<Refusal> select(cc::ExecuteReply& reply) {
        const PgReply readOnly = m_session.exec(
            "SET LOCAL transaction_read_only = on; SET LOCAL default_transaction_read_only = on; " +
            timeoutCommand());
        if (!readOnly.ok())
            return failed(*readOnly.failure);
        const PgReply declared = m_session.execParams(
            "DECLARE cc_page NO SCROLL CURSOR FOR " + m_statement.sql, m_statement.values, m_types);
        if (!declared.ok())
            return failed(*declared.failure);

        // FETCH and MOVE counts are 32-bit in PostgreSQL's grammar.
        const long long page = std::min({m_op.maxRows, m_pageCap, (long long)(INT_MAX - 1)});
        for (long long skip = m_op.offset; skip > 0;) {
            const long long step = std::min(skip, (long long)INT_MAX);
            const PgReply moved =
                m_session.exec("MOVE FORWARD " + std::to_string(step) + " IN cc_page");
            if (!moved.ok())
                return failed(*moved.failure);
            skip -= step;
        }
        RowCollector rows;
        long long fetched = 0;
        const PgReply done =
            m_session.streamRows("FETCH FORWARD " + std::to_string(page + 1) + " FROM cc_page",
                                 [&](const PGresult* row) {
                                     if (fetched < page)
                                         rows.append(row, 1);
                                     ++fetched;
                                 });
        if (!done.ok())
            return failed(*done.failure);
        const bool hasMore = fetched > page;
        const long long returned = hasMore ? page : fetched;
        reply.rows = rows.take();
        reply.rowCount = returned;
        reply.truncated = hasMore;
        reply.pagination =
            cc::Pagination{page, m_op.offset, returned, hasMore,
                           hasMore ? std::optional<qint64>(m_op.offset + returned) : std::nullopt};
        const PgReply ended = m_session.exec("ROLLBACK");
        if (!ended.ok())
            return failed(*ended.failure);
        return std::nullopt;
    }

    // Writes run once and commit; RETURNING rows come back up to the page size.
    std::optional<Refusal> write(cc::ExecuteReply& reply) {
        const PgReply limited = m_session.exec(timeoutCommand());
        if (!limited.ok())
            return failed(*limited.failure);
        const PgReply done = m_session.execParams(m_statement.sql, m_statement.values, m_types);
        if (!done.ok())
            return failed(*done.failure);
        const long long cap = std::min({m_op.maxRows, m_pageCap, (long long)INT_MAX});
        long long returned = 0;
        bool truncated = false;
        if (PQnfields(done.get()) > 0) {
            const long long produced = PQntuples(done.get());
            returned = std::min(produced, cap);
            truncated = produced > cap;
            RowCollector rows;
            rows.append(done.get(), int(returned));
            reply.rows = rows.take();
        } else {
            reply.rows = cc::RowSet();
        }
        reply.rowCount = std::strtoll(PQcmdTuples(done.get()), nullptr, 10);
        reply.truncated = truncated;
        reply.pagination = cc::Pagination{cap, 0, returned, false, std::nullopt};
        const PgReply committed = m_session.exec("COMMIT");
        if (!committed.ok())
            return failed(*committed.failure);
        return std::nullopt;
    }

    PgSession& m_session;
    const cc::CompiledSqlOperation& m_op;
    const BoundStatement& m_statement;
    const std::vector<Oid>& m_types;
    long long m_pageCap;
};

ExecutionResult refuse(const Refusal& refusal, const cc::CompiledSqlOperation& op) {
    qCDebug(lcExec).noquote() << "refused" << op.operation << "with" << refusal.httpStatus
                              << QString::fromStdString(refusal.code);
    return toResult(refusal);
}

ExecutionResult runChecked(SessionPools& pools, long long pageCap,
                           const cc::CompiledSqlOperation& op,
                           const std::vector<ScopedRelation>& scope, const ExecutionTarget& target);

} // namespace

OperationRunner::OperationRunner(long long pageCap)
    : m_state(std::make_unique<State>()) {
    m_state->pageCap = pageCap < 1 ? 1 : pageCap;
}

OperationRunner::~OperationRunner() = default;

ExecutionResult OperationRunner::run(const cc::CompiledSqlOperation& operation,
                                     const std::vector<ScopedRelation>& scope,
                                     const ExecutionTarget& target) {
    try {
        return runChecked(m_state->pools, m_state->pageCap, operation, scope, target);
    } catch (const std::exception& e) {
        qCWarning(lcExec) << "execute-operation failed:" << e.what();
    } catch (...) {
        qCWarning(lcExec) << "execute-operation failed with an unknown exception";
    }
    return toResult(Refusal{500, "internal_error", "The operation failed inside the server.",
                            cc::Json::object()});
}

namespace {

ExecutionResult runChecked(SessionPools& pools, long long pageCap,
                           const cc::CompiledSqlOperation& op,
                           const std::vector<ScopedRelation>& scope,
                           const ExecutionTarget& target) {
    if (std::optional<Refusal> r = validate(op, scope, target))
        return refuse(*r, op);
    BoundStatement statement;
    if (std::optional<Refusal> r =
            bindPyformat(op.sql.toStdString(), op.parameters, op.parameterTypes, statement))
        return refuse(*r, op);

    if (target.dataConninfo.empty())
        return refuse(Refusal{503, "data_source_unavailable",
                              "The data source has no connection configured.", cc::Json::object()},
                      op);
    SessionPool& pool = pools.pool(target.dataConninfo);
    std::string connectError;
    PGconn* connection = pool.take(connectError);
    if (!connection) {
        qCWarning(lcExec).noquote() << "cannot connect to data source" << target.dataSourceUid
                                    << ":" << QString::fromStdString(connectError);
        return refuse(Refusal{503, "data_source_unavailable", "The data source cannot be reached.",
                              cc::Json{{"retryable", true}}},
                      op);
    }
    SessionLease lease(pool, connection);
    PgSession& session = lease.session();
    const auto fail = [&](const Refusal& refusal) {
        lease.markFailed();
        return refuse(refusal, op);
    };

    std::vector<Oid> types;
    if (std::optional<Refusal> r = resolveTypes(session, pool, statement, types))
        return fail(*r);
    // The checks get at least kCheckTimeoutMs, so that a tight limit meant for the
    // statement does not fail the catalog queries around it; the statement itself runs
    // under the caller's limit.
    const long long timeout = std::min(op.statementTimeoutMs, (qint64)INT_MAX);
    const long long checkTimeout = std::max(timeout, kCheckTimeoutMs);
    const PgReply begun =
        session.exec("BEGIN; SET LOCAL statement_timeout = " + std::to_string(checkTimeout));
    if (!begun.ok())
        return fail(refusalFor(*begun.failure, checkTimeout));

    GuardRequest request;
    request.statement = &statement;
    request.operation = op.operation.toStdString();
    request.scope = &scope;
    request.statementTimeoutMs = checkTimeout;
    if (std::optional<Refusal> r = guardStatement(session, request, types))
        return fail(*r);

    cc::ExecuteReply reply;
    reply.ok = true;
    reply.operation = op.operation;
    reply.dialect = op.dialect;
    reply.maxRows = op.maxRows;
    reply.scopeMetaTableUids = scopeUids(scope);
    reply.scopeDataSourceUid = target.dataSourceUid;
    if (std::optional<Refusal> r = Execution(session, op, statement, types, pageCap).run(reply))
        return fail(*r);
    return ExecutionResult{200, cc::encodeExecuteReply(reply)};
}

} // namespace

} // namespace tsm
