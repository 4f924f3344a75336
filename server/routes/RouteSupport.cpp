#include "routes/RouteSupport.h"

#include "core/CatalogTypes.h"

#include <httplib.h>

namespace tsm::routes {

bool readListQuery(http::Call& call, catalog::TableQuery& query) {
    query.viewerNamespaces = viewerNamespaces(call);
    const std::optional<long long> limit = call.intParam("limit", 100);
    if (!limit)
        return false;
    const std::optional<long long> offset = call.intParam("offset", 0);
    if (!offset)
        return false;
    query.limit = *limit == 0 ? 100 : std::min(*limit, call.server.options.pageCap);
    query.offset = *offset;
    query.search = call.param("search").value_or("");

    // A repeated key is one more condition (AND), as a repeated filter narrows in DRF.
    for (const auto& [key, value] : call.req.params) {
        std::string error;
        if (!catalog::addFilter(query, key, {value}, true, error)) {
            call.badRequest(error, "invalid_filter", {{key, {error}}});
            return false;
        }
    }
    return true;
}

cc::Json encodeTable(const http::Call& call, const cc::MetaTable& table) {
    return cc::encodeMetaTable(table, call.fields);
}

void replyTablePage(http::Call& call, const catalog::PageIds& ids,
                    const catalog::TableQuery& query) {
    cc::Page<cc::MetaTable> page;
    page.results = catalog::loadMetaTables(call.db(), ids.uids, &call.principal);
    page.count = ids.count;
    if (query.offset + query.limit < ids.count)
        page.next = QString::fromStdString(call.pageUrl(query.limit, query.offset + query.limit));
    if (query.offset > 0)
        page.previous = QString::fromStdString(
            call.pageUrl(query.limit, std::max(0LL, query.offset - query.limit)));
    call.json(200, cc::encodeMetaTablePage(page, call.fields));
}

std::optional<catalog::TableRow> findVisibleTable(http::Call& call, const std::string& uid) {
    std::optional<catalog::TableRow> row = catalog::tableRow(call.db(), uid);
    if (!row || !row->visibleTo(call.principal)) {
        call.notFound();
        return std::nullopt;
    }
    return row;
}

} // namespace tsm::routes
