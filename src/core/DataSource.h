#pragma once

#include "core/Json.h"

#include <QString>

#include <map>
#include <optional>

namespace cc {

// Capability flags of spec §7.3. A server may leave them out; then nothing is known.
namespace capability {
inline constexpr const char* TableRegistration = "supports_table_registration";
inline constexpr const char* TableIntrospection = "supports_table_introspection";
inline constexpr const char* TableDdl = "supports_table_ddl";
inline constexpr const char* CompiledSelect = "supports_compiled_select";
inline constexpr const char* CompiledInsert = "supports_compiled_insert";
inline constexpr const char* CompiledUpdate = "supports_compiled_update";
inline constexpr const char* CompiledUpsert = "supports_compiled_upsert";
inline constexpr const char* CompiledDelete = "supports_compiled_delete";
inline constexpr const char* TableMigration = "supports_table_migration";
} // namespace capability

// A DataSource (spec §7.1). The legacy DynamicTableDataSource wrapper (§7.2) decodes into
// the same type: display name, class and status are taken from `related_resource`.
struct DataSource {
    QString uid;
    std::optional<qint64> id;
    QString displayName;
    QString classType;
    QString status;
    QString storageAccessMode;
    std::optional<QString> organizationUid;
    std::optional<qint64> organization;
    Json extraArguments = Json::object();
    // Absent when the server does not advertise capabilities.
    std::optional<std::map<QString, bool>> capabilities;
    // True when the payload was the legacy wrapper with `related_resource`.
    bool legacyWrapper = false;

    // nullopt: the server did not say.
    std::optional<bool> supports(const QString& flag) const
    {
        if (!capabilities)
            return std::nullopt;
        auto it = capabilities->find(flag);
        if (it == capabilities->end())
            return false;
        return it->second;
    }

    bool operator==(const DataSource& o) const
    {
        return uid == o.uid && id == o.id && displayName == o.displayName
               && classType == o.classType && status == o.status
               && storageAccessMode == o.storageAccessMode && organizationUid == o.organizationUid
               && organization == o.organization && extraArguments == o.extraArguments
               && capabilities == o.capabilities;
    }
};

} // namespace cc
