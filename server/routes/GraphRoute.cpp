// GET <uid>/schema-graph/?depth=&include_incoming= (spec §2.9).
#include "catalog/SchemaGraphBuilder.h"
#include "core/codec/GraphCodec.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

void schemaGraph(http::Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    const std::optional<long long> depth = call.intParam("depth", 1);
    const std::optional<bool> incoming = call.boolParam("include_incoming", false);
    if (!depth || !incoming)
        return;
    const int maxDepth = call.server.options.maxGraphDepth;
    const int requested = int(std::min<long long>(*depth, maxDepth));
    call.json(200, cc::encodeSchemaGraph(catalog::buildSchemaGraph(
                       call.db(), call.principal, row->uid, requested, *incoming, maxDepth)));
}

} // namespace

void mountSchemaGraph(http::Router& router) {
    router.metaTables("GET", std::string(kUid) + "/schema-graph/", http::Access::Viewer,
                      schemaGraph);
}

} // namespace tsm::routes
