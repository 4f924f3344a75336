#include "db/DataConnections.h"

namespace tsm::db {

ConnectionPool& DataConnections::pool(const std::string& dsn) {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::unique_ptr<ConnectionPool>& slot = m_pools[dsn];
    if (!slot)
        slot = std::make_unique<ConnectionPool>(dsn, m_maxPerSource);
    return *slot;
}

} // namespace tsm::db
