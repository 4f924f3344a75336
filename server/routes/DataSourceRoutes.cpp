// Data sources (spec §7.1) with their capability flags (§7.3). The DSN never leaves the server.
#include "catalog/DataSourceStore.h"
#include "core/codec/MetaTableCodec.h"
#include "http/Router.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

void listDataSources(Call& call) {
    cc::Json results = cc::Json::array();
    for (const catalog::DataSourceRecord& d :
         catalog::listDataSources(call.db(), call.param("status").value_or("")))
        results.push_back(cc::encodeDataSource(d.toDataSource()));
    const long long count = static_cast<long long>(results.size());
    call.json(200,
              {{"count", count}, {"next", nullptr}, {"previous", nullptr}, {"results", results}});
}

void dataSourceDetail(Call& call) {
    const auto source = catalog::dataSourceByUid(call.db(), call.arg(1));
    if (!source) {
        call.notFound();
        return;
    }
    call.json(200, cc::encodeDataSource(source->toDataSource()));
}

} // namespace

void mountDataSources(http::Router& router) {
    router.dataSources("GET", "", Access::Viewer, listDataSources);
    router.dataSources("GET", std::string(kUid) + "/", Access::Viewer, dataSourceDetail);
}

} // namespace tsm::routes
