#include "catalog/DataSourceStore.h"

#include "catalog/Uids.h"
#include "core/Json.h"

#include <sstream>

namespace tsm::catalog {

namespace {

const char* const kColumns =
    "uid::text, id, name, class_type, status, storage_access_mode, dsn, capabilities::text";

DataSourceRecord readRecord(const db::Result& r, int row) {
    DataSourceRecord d;
    d.uid = r.text(row, 0);
    d.id = r.toInt(row, 1);
    d.name = r.text(row, 2);
    d.classType = r.text(row, 3);
    d.status = r.text(row, 4);
    d.storageAccessMode = r.text(row, 5);
    d.dsn = r.text(row, 6);
    const cc::Json caps = cc::Json::parse(r.text(row, 7), nullptr, false);
    for (const std::string& flag : allCapabilities())
        d.capabilities[flag] = caps.is_object() && caps.contains(flag) && caps[flag].is_boolean() &&
                               caps[flag].get<bool>();
    return d;
}

} // namespace

cc::DataSource DataSourceRecord::toDataSource() const {
    cc::DataSource s;
    s.uid = QString::fromStdString(uid);
    s.id = id;
    s.displayName = QString::fromStdString(name);
    s.classType = QString::fromStdString(classType);
    s.status = QString::fromStdString(status);
    s.storageAccessMode = QString::fromStdString(storageAccessMode);
    s.organizationUid = QString::fromStdString(organizationUid());
    s.organization = 1;
    std::map<QString, bool> caps;
    for (const auto& [flag, on] : capabilities)
        caps[QString::fromStdString(flag)] = on;
    s.capabilities = caps;
    return s;
}

const std::vector<std::string>& allCapabilities() {
    static const std::vector<std::string> flags = {
        cc::capability::TableRegistration, cc::capability::TableIntrospection,
        cc::capability::TableDdl,          cc::capability::CompiledSelect,
        cc::capability::CompiledInsert,    cc::capability::CompiledUpdate,
        cc::capability::CompiledUpsert,    cc::capability::CompiledDelete,
        cc::capability::TableMigration};
    return flags;
}

std::optional<std::map<std::string, bool>> parseCapabilities(const std::string& list,
                                                             std::string& error) {
    std::map<std::string, bool> caps;
    for (const std::string& flag : allCapabilities())
        caps[flag] = list == "all";
    if (list == "all")
        return caps;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty())
            continue;
        if (!caps.count(item)) {
            error = "unknown capability '" + item + "'";
            return std::nullopt;
        }
        caps[item] = true;
    }
    return caps;
}

std::string upsertDataSource(db::Connection& connection, const NewDataSource& source) {
    cc::Json caps = cc::Json::object();
    for (const std::string& flag : allCapabilities()) {
        auto it = source.capabilities.find(flag);
        caps[flag] = it != source.capabilities.end() && it->second;
    }
    const std::string uid = dataSourceUid(source.name);
    connection.exec("INSERT INTO tsm.data_source (uid, name, class_type, storage_access_mode, dsn, "
                    "capabilities) VALUES ($1, $2, $3, $4, $5, $6::jsonb) "
                    "ON CONFLICT (name) DO UPDATE SET class_type = EXCLUDED.class_type, "
                    "storage_access_mode = EXCLUDED.storage_access_mode, dsn = EXCLUDED.dsn, "
                    "capabilities = EXCLUDED.capabilities "
                    "WHERE (tsm.data_source.class_type, tsm.data_source.storage_access_mode, "
                    "tsm.data_source.dsn, tsm.data_source.capabilities) IS DISTINCT FROM "
                    "(EXCLUDED.class_type, EXCLUDED.storage_access_mode, EXCLUDED.dsn, "
                    "EXCLUDED.capabilities)",
                    db::Params(uid, source.name, source.classType, source.storageAccessMode,
                               source.dsn, caps.dump()));
    return uid;
}

std::optional<DataSourceRecord> dataSourceByUid(db::Connection& connection,
                                                const std::string& uid) {
    db::Result r = connection.exec(std::string("SELECT ") + kColumns +
                                       " FROM tsm.data_source WHERE uid::text = $1",
                                   db::Params(uid));
    if (r.rows() == 0)
        return std::nullopt;
    return readRecord(r, 0);
}

std::optional<DataSourceRecord> dataSourceByName(db::Connection& connection,
                                                 const std::string& name) {
    db::Result r =
        connection.exec(std::string("SELECT ") + kColumns + " FROM tsm.data_source WHERE name = $1",
                        db::Params(name));
    if (r.rows() == 0)
        return std::nullopt;
    return readRecord(r, 0);
}

std::vector<DataSourceRecord> listDataSources(db::Connection& connection,
                                              const std::string& status) {
    db::Result r = connection.exec(std::string("SELECT ") + kColumns +
                                       " FROM tsm.data_source WHERE ($1 = '' OR status = $1) "
                                       "ORDER BY name",
                                   db::Params(status));
    std::vector<DataSourceRecord> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(readRecord(r, i));
    return out;
}

} // namespace tsm::catalog
