// GET meta_table/, POST filter/, GET namespaces/, description-search/, column-search/,
// GET <uid>/.
#include "catalog/MetaTableQuery.h"
#include "catalog/MetaTableStore.h"
#include "catalog/Uids.h"
#include "core/CatalogTypes.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

void list(Call& call) {
    catalog::TableQuery query;
    if (!readListQuery(call, query))
        return;
    replyTablePage(call, catalog::listTables(call.db(), query), query);
}

// §2.2: the same lookups as JSON, lists as arrays, `identifiers`, `limit`, `offset`.
void filterByBody(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    catalog::TableQuery query;
    query.viewerNamespaces = viewerNamespaces(call);
    for (auto it = body->begin(); it != body->end(); ++it) {
        const std::string& key = it.key();
        const cc::Json& value = it.value();
        if (key == "limit" || key == "offset") {
            if (!value.is_number_integer() || value.get<long long>() < 0) {
                call.badRequest("'" + key + "' must be a non-negative integer.", "invalid_body",
                                {{key, {"A valid integer is required."}}});
                return;
            }
            (key == "limit" ? query.limit : query.offset) = value.get<long long>();
            continue;
        }
        if (key == "search") {
            query.search = value.is_string() ? value.get<std::string>() : "";
            continue;
        }
        if (value.is_null())
            continue;
        std::vector<std::string> values;
        for (const cc::Json& item : value.is_array() ? value : cc::Json::array({value})) {
            if (item.is_string())
                values.push_back(item.get<std::string>());
            else if (item.is_boolean())
                values.push_back(item.get<bool>() ? "true" : "false");
            else if (item.is_number())
                values.push_back(item.dump());
            else {
                call.badRequest("Filter '" + key + "' takes strings, numbers or booleans.",
                                "invalid_filter", {{key, {"Invalid value."}}});
                return;
            }
        }
        std::string error;
        if (!catalog::addFilter(query, key, values, false, error)) {
            call.badRequest(error, "invalid_filter", {{key, {error}}});
            return;
        }
    }
    query.limit = query.limit == 0 ? 100 : std::min(query.limit, call.server.options.pageCap);
    replyTablePage(call, catalog::listTables(call.db(), query), query);
}

void namespaces(Call& call) {
    std::vector<cc::NamespaceInfo> out;
    for (const catalog::NamespaceCount& n :
         catalog::visibleNamespaces(call.db(), viewerNamespaces(call))) {
        cc::NamespaceInfo info;
        info.name = QString::fromStdString(n.name);
        info.uid = QString::fromStdString(catalog::namespaceUid(n.name));
        info.displayName = info.name;
        info.tableCount = n.tables;
        info.filters = {{QStringLiteral("namespace"), info.name}};
        out.push_back(info);
    }
    call.json(200, cc::encodeNamespaces(out));
}

std::optional<std::string> requiredQuery(Call& call) {
    const std::string q = call.param("q").value_or("");
    if (q.find_first_not_of(" \t\r\n") == std::string::npos) {
        call.badRequest("Query parameter 'q' is required.", "missing_parameter",
                        {{"q", {"This field is required."}}});
        return std::nullopt;
    }
    return q;
}

std::optional<double> weightParam(Call& call, const std::string& key, double fallback) {
    const std::optional<std::string> raw = call.param(key);
    if (!raw || raw->empty())
        return fallback;
    try {
        size_t used = 0;
        const double v = std::stod(*raw, &used);
        if (used == raw->size() && v >= 0.0 && v <= 1.0)
            return v;
    } catch (const std::exception&) {
    }
    call.badRequest("'" + key + "' must be a number between 0 and 1.", "invalid_parameter",
                    {{key, {"A valid number is required."}}});
    return std::nullopt;
}

// `w_emb`, `q_embedding` and `embedding_model` are accepted and not used: this server
// has no embedding model (docs/reference-server.md).
void descriptionSearch(Call& call) {
    const std::optional<std::string> q = requiredQuery(call);
    if (!q)
        return;
    catalog::TableQuery query;
    if (!readListQuery(call, query))
        return;
    catalog::DescriptionSearch search;
    search.q = *q;
    const auto trigramK = call.intParam("trigram_k", 200);
    const auto embedK = call.intParam("embed_k", 200);
    const auto wTrgm = weightParam(call, "w_trgm", 0.65);
    if (!trigramK || !embedK || !wTrgm || !weightParam(call, "w_emb", 0.35))
        return;
    search.trigramK = std::min(*trigramK, 10000LL);
    search.ftsK = std::min(*embedK, 10000LL);
    search.wTrgm = *wTrgm;
    replyTablePage(call, catalog::descriptionSearch(call.db(), search, query), query);
}

void columnSearch(Call& call) {
    const std::optional<std::string> q = requiredQuery(call);
    if (!q)
        return;
    catalog::TableQuery query;
    if (!readListQuery(call, query))
        return;
    replyTablePage(call, catalog::columnSearch(call.db(), *q, query), query);
}

void detail(Call& call) {
    if (!findVisibleTable(call, call.arg(1)))
        return;
    std::optional<cc::MetaTable> table =
        catalog::loadMetaTable(call.db(), call.arg(1), &call.principal);
    if (!table) {
        call.notFound();
        return;
    }
    call.json(200, encodeTable(call, *table));
}

} // namespace

void mountCatalogReads(http::Router& router) {
    router.metaTables("GET", "", Access::Viewer, list);
    router.metaTables("POST", "filter/", Access::Viewer, filterByBody);
    router.metaTables("GET", "namespaces/", Access::Viewer, namespaces);
    router.metaTables("GET", "description-search/", Access::Viewer, descriptionSearch);
    router.metaTables("GET", "column-search/", Access::Viewer, columnSearch);
    router.metaTables("GET", std::string(kUid) + "/", Access::Viewer, detail);
}

} // namespace tsm::routes
