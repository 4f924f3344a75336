#pragma once

#include "exec/Refusal.h"

#include <libpq-fe.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace tsm::exec {

using PgResultPtr = std::unique_ptr<PGresult, void (*)(PGresult*)>;

// One answer from PostgreSQL: a result, or the failure.
struct PgReply {
    PgResultPtr result{nullptr, PQclear};
    std::optional<SqlFailure> failure;

    bool ok() const { return !failure; }
    PGresult* get() const { return result.get(); }
};

// Calls on one connection. Statement text from callers goes through the extended
// protocol (one statement, parameters bound); exec() is for the runner's own commands.
class PgSession {
public:
    explicit PgSession(PGconn* connection)
        : m_conn(connection) {}

    // Several commands of the runner's own text; the reply of the last one.
    PgReply exec(const std::string& sql);
    PgReply execParams(const std::string& sql,
                       const std::vector<std::optional<std::string>>& values,
                       const std::vector<Oid>& types);
    // The unnamed prepared statement.
    PgReply prepare(const std::string& sql, const std::vector<Oid>& types);
    PgReply describePrepared();
    // Runs the runner's own command and hands each row to `onRow` as it arrives
    // (single-row mode), so rows are converted while PostgreSQL still produces them. The
    // reply holds the final status.
    PgReply streamRows(const std::string& sql, const std::function<void(const PGresult*)>& onRow);

    PGconn* raw() const { return m_conn; }

private:
    PgReply reply(PGresult* result);

    PGconn* m_conn;
};

// Connections to one data database. Sessions start in UTC with ISO dates, so values
// print the same whatever the server's defaults are.
class SessionPool {
public:
    explicit SessionPool(std::string conninfo);
    ~SessionPool();
    SessionPool(const SessionPool&) = delete;
    SessionPool& operator=(const SessionPool&) = delete;

    // An idle connection or a new one; nullptr with `error` set when none can be opened.
    PGconn* take(std::string& error);
    // Keeps the connection for reuse when it is healthy and idle, else closes it.
    void giveBack(PGconn* connection);

    // Type OIDs by name, resolved once per data database.
    std::optional<Oid> cachedType(const std::string& name);
    void rememberType(const std::string& name, Oid oid);

private:
    PGconn* connect(std::string& error) const;

    std::string m_conninfo;
    std::mutex m_mutex;
    std::vector<PGconn*> m_idle;
    std::map<std::string, Oid> m_types;
};

// One pool per data conninfo, created on first use.
class SessionPools {
public:
    SessionPool& pool(const std::string& conninfo);

private:
    std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<SessionPool>> m_pools;
};

// A borrowed connection. On return an open transaction is rolled back, and after an
// error the session is reset (DISCARD ALL); a connection that cannot be cleaned is closed.
class SessionLease {
public:
    SessionLease(SessionPool& pool, PGconn* connection);
    ~SessionLease();
    SessionLease(const SessionLease&) = delete;
    SessionLease& operator=(const SessionLease&) = delete;

    PgSession& session() { return m_session; }
    SessionPool& pool() { return m_pool; }
    void markFailed() { m_failed = true; }

private:
    SessionPool& m_pool;
    PgSession m_session;
    bool m_failed = false;
};

} // namespace tsm::exec
