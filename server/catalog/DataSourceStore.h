#pragma once

#include "core/DataSource.h"
#include "db/PgConnection.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// A data source as the catalog keeps it. The DSN never leaves the server.
struct DataSourceRecord {
    std::string uid;
    long long id = 0;
    std::string name;
    std::string classType;
    std::string status;
    std::string storageAccessMode;
    std::string dsn;
    std::map<std::string, bool> capabilities;

    bool supports(const std::string& flag) const {
        auto it = capabilities.find(flag);
        return it != capabilities.end() && it->second;
    }
    // The canonical §7.1 object plus `capabilities`.
    cc::DataSource toDataSource() const;
};

// Every capability flag of spec §7.3, in the order they are documented.
const std::vector<std::string>& allCapabilities();
// "all", or a comma list of flags that are on (the others are off). Unknown flags are
// refused with a message in `error`.
std::optional<std::map<std::string, bool>> parseCapabilities(const std::string& list,
                                                             std::string& error);

struct NewDataSource {
    std::string name;
    std::string dsn;
    std::map<std::string, bool> capabilities;
    std::string classType = "postgresql";
    std::string storageAccessMode = "read_write";
};

// Inserts or updates (by name) and returns the uid, derived from the name.
std::string upsertDataSource(db::Connection& connection, const NewDataSource& source);

std::optional<DataSourceRecord> dataSourceByUid(db::Connection& connection, const std::string& uid);
std::optional<DataSourceRecord> dataSourceByName(db::Connection& connection,
                                                 const std::string& name);
// Ordered by name; `status` filters when not empty.
std::vector<DataSourceRecord> listDataSources(db::Connection& connection,
                                              const std::string& status = {});

} // namespace tsm::catalog
