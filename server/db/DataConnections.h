#pragma once

#include "db/ConnectionPool.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace tsm::db {

// One pool per data-source DSN, opened on first use and kept for the process lifetime.
class DataConnections {
public:
    explicit DataConnections(int maxPerSource)
        : m_maxPerSource(maxPerSource) {}

    ConnectionPool& pool(const std::string& dsn);
    ConnectionPool::Lease acquire(const std::string& dsn) { return pool(dsn).acquire(); }

private:
    int m_maxPerSource;
    std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<ConnectionPool>> m_pools;
};

} // namespace tsm::db
