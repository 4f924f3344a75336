#pragma once

#include "catalog/MetaTableQuery.h"
#include "catalog/MetaTableStore.h"
#include "core/MetaTable.h"
#include "http/Call.h"

#include <optional>
#include <string>

namespace tsm::routes {

// §2.1 filters, `search`, `limit` (default 100, at most the page cap) and `offset` from
// the query string. Replies 400 and returns false when a filter or number is malformed.
bool readListQuery(http::Call& call, catalog::TableQuery& query);

// A DRF page of full MetaTables with absolute `next` / `previous` links.
void replyTablePage(http::Call& call, const catalog::PageIds& page,
                    const catalog::TableQuery& query);

// The MetaTable in the field set of the route's namespace.
cc::Json encodeTable(const http::Call& call, const cc::MetaTable& table);

// The table when it exists and the caller can see its namespace; otherwise replies
// 404 (an invisible table does not exist for the caller) and returns nullopt.
std::optional<catalog::TableRow> findVisibleTable(http::Call& call, const std::string& uid);

// The caller's namespaces as a TableQuery visibility list.
inline std::vector<std::string> viewerNamespaces(const http::Call& call) {
    return call.principal.namespaces;
}

} // namespace tsm::routes
