#pragma once

#include <string>

namespace tsm::catalog {

// A UID derived from a name: the MD5 of `name` laid out as a version-3 (name-based) UUID.
// The SQL function tsm.name_uid(text) computes the same value, so seeds written in SQL and
// C++ agree. Kinds prefix the name: "data_source:<name>", "namespace:<name>",
// "meta_table:<data source uid>:<schema>.<table>", "user:<username>".
std::string nameUid(const std::string& name);

std::string dataSourceUid(const std::string& name);
std::string namespaceUid(const std::string& ns);
std::string metaTableUid(const std::string& dataSourceUid, const std::string& schema,
                         const std::string& table);
std::string userUid(const std::string& username);
// The one organization this server knows.
std::string organizationUid();

// A random UUID (version 4).
std::string randomUid();

} // namespace tsm::catalog
