#include "exec/PgSession.h"

namespace tsm::exec {

namespace {

constexpr std::size_t kMaxIdlePerPool = 16;
const char* const kSessionOptions =
    "-c TimeZone=UTC -c DateStyle=ISO,MDY -c IntervalStyle=postgres -c extra_float_digits=1";

std::string trimmed(std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

std::vector<const char*> valuePointers(const std::vector<std::optional<std::string>>& values) {
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const std::optional<std::string>& v : values)
        pointers.push_back(v ? v->c_str() : nullptr);
    return pointers;
}

} // namespace

PgReply PgSession::reply(PGresult* result) {
    PgReply out;
    out.result.reset(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return out;
    SqlFailure failure;
    if (result) {
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        failure.sqlstate = state ? state : "";
        failure.message = trimmed(primary ? primary : PQresultErrorMessage(result));
    }
    if (failure.message.empty())
        failure.message = trimmed(PQerrorMessage(m_conn));
    if (PQstatus(m_conn) != CONNECTION_OK)
        failure.sqlstate.clear(); // the connection is gone, whatever the last result said
    out.failure = std::move(failure);
    return out;
}

PgReply PgSession::exec(const std::string& sql) {
    return reply(PQexec(m_conn, sql.c_str()));
}

PgReply PgSession::execParams(const std::string& sql,
                              const std::vector<std::optional<std::string>>& values,
                              const std::vector<Oid>& types) {
    const std::vector<const char*> pointers = valuePointers(values);
    return reply(PQexecParams(m_conn, sql.c_str(), int(values.size()),
                              types.empty() ? nullptr : types.data(), pointers.data(), nullptr,
                              nullptr, 0));
}

PgReply PgSession::prepare(const std::string& sql, const std::vector<Oid>& types) {
    return reply(PQprepare(m_conn, "", sql.c_str(), int(types.size()),
                           types.empty() ? nullptr : types.data()));
}

PgReply PgSession::describePrepared() {
    return reply(PQdescribePrepared(m_conn, ""));
}

PgReply PgSession::streamRows(const std::string& sql,
                              const std::function<void(const PGresult*)>& onRow) {
    if (!PQsendQuery(m_conn, sql.c_str()))
        return reply(nullptr);
    PQsetSingleRowMode(m_conn);
    PgReply last;
    while (PGresult* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) == PGRES_SINGLE_TUPLE) {
            if (last.ok())
                onRow(result);
            PQclear(result);
            continue;
        }
        PgReply status = reply(result);
        if (last.ok())
            last = std::move(status); // keep the first failure
    }
    return last;
}

SessionPool::SessionPool(std::string conninfo)
    : m_conninfo(std::move(conninfo)) {}

SessionPool::~SessionPool() {
    for (PGconn* connection : m_idle)
        PQfinish(connection);
}

PGconn* SessionPool::connect(std::string& error) const {
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(m_conninfo.c_str(), &parseError);
    if (!options) {
        error = parseError ? trimmed(parseError) : std::string("invalid connection string");
        PQfreemem(parseError);
        return nullptr;
    }
    // The caller's settings, plus ours where the caller has none; session options are
    // appended to theirs.
    std::vector<std::string> keys;
    std::vector<std::string> values;
    std::string sessionOptions = kSessionOptions;
    bool hasApplicationName = false;
    bool hasConnectTimeout = false;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const std::string key = o->keyword;
        if (key == "options") {
            sessionOptions = std::string(o->val) + " " + sessionOptions;
            continue;
        }
        if (key == "client_encoding")
            continue;
        hasApplicationName = hasApplicationName || key == "application_name";
        hasConnectTimeout = hasConnectTimeout || key == "connect_timeout";
        keys.push_back(key);
        values.emplace_back(o->val);
    }
    PQconninfoFree(options);
    keys.emplace_back("options");
    values.push_back(sessionOptions);
    keys.emplace_back("client_encoding");
    values.emplace_back("UTF8");
    if (!hasApplicationName) {
        keys.emplace_back("application_name");
        values.emplace_back("tsm-refserver");
    }
    if (!hasConnectTimeout) {
        keys.emplace_back("connect_timeout");
        values.emplace_back("10");
    }
    std::vector<const char*> keyPointers;
    std::vector<const char*> valuePointers;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].c_str());
        valuePointers.push_back(values[i].c_str());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    PGconn* connection = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        error = connection ? trimmed(PQerrorMessage(connection)) : std::string("out of memory");
        PQfinish(connection);
        return nullptr;
    }
    // Notices (e.g. from pg_sleep's cancellation) are not errors; keep stderr clean.
    PQsetNoticeProcessor(
        connection, [](void*, const char*) {}, nullptr);
    return connection;
}

PGconn* SessionPool::take(std::string& error) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_idle.empty()) {
            PGconn* connection = m_idle.back();
            m_idle.pop_back();
            return connection;
        }
    }
    return connect(error);
}

void SessionPool::giveBack(PGconn* connection) {
    if (!connection)
        return;
    if (PQstatus(connection) == CONNECTION_OK && PQtransactionStatus(connection) == PQTRANS_IDLE) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_idle.size() < kMaxIdlePerPool) {
            m_idle.push_back(connection);
            return;
        }
    }
    PQfinish(connection);
}

std::optional<Oid> SessionPool::cachedType(const std::string& name) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_types.find(name);
    if (it == m_types.end())
        return std::nullopt;
    return it->second;
}

void SessionPool::rememberType(const std::string& name, Oid oid) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_types[name] = oid;
}

SessionPool& SessionPools::pool(const std::string& conninfo) {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::unique_ptr<SessionPool>& slot = m_pools[conninfo];
    if (!slot)
        slot = std::make_unique<SessionPool>(conninfo);
    return *slot;
}

SessionLease::SessionLease(SessionPool& pool, PGconn* connection)
    : m_pool(pool)
    , m_session(connection) {}

SessionLease::~SessionLease() {
    PGconn* connection = m_session.raw();
    if (!connection)
        return;
    bool clean = PQstatus(connection) == CONNECTION_OK;
    if (clean && PQtransactionStatus(connection) != PQTRANS_IDLE)
        clean = m_session.exec("ROLLBACK").ok();
    // A session that saw an error may hold state a statement left behind.
    if (clean && m_failed)
        clean = m_session.exec("DISCARD ALL").ok();
    if (!clean) {
        PQfinish(connection);
        return;
    }
    m_pool.giveBack(connection);
}

} // namespace tsm::exec
