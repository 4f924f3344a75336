#include "db/ConnectionPool.h"

namespace tsm::db {

ConnectionPool::ConnectionPool(std::string conninfo, int maxConnections)
    : m_conninfo(std::move(conninfo))
    , m_max(maxConnections < 1 ? 1 : maxConnections) {}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::acquire() {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_max; });
    if (!m_idle.empty()) {
        std::unique_ptr<Connection> connection = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(this, std::move(connection));
    }
    ++m_open;
    lock.unlock();
    try {
        return Lease(this, std::make_unique<Connection>(m_conninfo));
    } catch (...) {
        lock.lock();
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void ConnectionPool::giveBack(std::unique_ptr<Connection> connection) {
    const bool keep = connection && connection->healthy();
    if (!keep)
        connection.reset(); // closes outside the lock below
    std::lock_guard<std::mutex> lock(m_mutex);
    if (keep)
        m_idle.push_back(std::move(connection));
    else
        --m_open;
    m_available.notify_one();
}

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
    : m_pool(pool)
    , m_connection(std::move(connection)) {}

ConnectionPool::Lease::~Lease() {
    if (m_pool)
        m_pool->giveBack(std::move(m_connection));
}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool)
    , m_connection(std::move(other.m_connection)) {
    other.m_pool = nullptr;
}

} // namespace tsm::db
