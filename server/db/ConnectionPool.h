#pragma once

#include "db/PgConnection.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tsm::db {

// A bounded set of connections to one database, shared by the HTTP worker threads.
// acquire() blocks while all connections are lent out; a lease that saw an error is
// dropped instead of returned, so a broken connection is never handed out twice.
class ConnectionPool {
public:
    ConnectionPool(std::string conninfo, int maxConnections);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    class Lease {
    public:
        Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection);
        ~Lease();
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;

        Connection& operator*() { return *m_connection; }
        Connection* operator->() { return m_connection.get(); }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<Connection> m_connection;
    };

    // Throws PgError when a new connection cannot be opened.
    Lease acquire();
    const std::string& conninfo() const { return m_conninfo; }

private:
    void giveBack(std::unique_ptr<Connection> connection);

    std::string m_conninfo;
    int m_max;
    int m_open = 0;
    std::vector<std::unique_ptr<Connection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

} // namespace tsm::db
