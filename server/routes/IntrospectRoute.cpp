// POST <uid>/introspect/ (spec §2.10, §6): reads pg_catalog of the table's data source and
// stores the snapshot on the table; nothing else changes.
#include "catalog/DataSourceStore.h"
#include "catalog/MetaTableStore.h"
#include "catalog/Reflection.h"
#include "core/codec/IntrospectionCodec.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

void introspect(http::Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    const auto source = catalog::dataSourceByUid(call.db(), row->dataSourceUid);
    if (!source)
        return call.serverError("The table's data source is missing.", "internal_error");
    if (!source->supports(cc::capability::TableIntrospection))
        return call.refusal(catalog::capabilityRefusal(
            source->name, source->uid, cc::capability::TableIntrospection, "table introspection"));
    std::optional<catalog::ReflectedTable> reflected;
    try {
        db::ConnectionPool::Lease data = call.server.data.acquire(source->dsn);
        reflected = catalog::reflectTable(*data, row->physicalSchema, row->physicalTableName);
    } catch (const db::PgError& e) {
        return call.serverError("Data source '" + source->name + "' is unavailable: " + e.what(),
                                "data_source_unavailable", 503);
    }
    if (!reflected) {
        catalog::Refusal r;
        r.status = 409;
        r.code = "physical_table_missing";
        r.detail = "Table " + row->physicalSchema + "." + row->physicalTableName +
                   " does not exist on data source '" + source->name + "'.";
        r.errorFields["meta_table_uid"] = row->uid;
        return call.refusal(r);
    }
    cc::IntrospectReply reply;
    reply.ok = true;
    reply.metaTableUid = QString::fromStdString(row->uid);
    reply.snapshot = catalog::toSnapshot(*reflected);
    const cc::Json encoded = cc::encodeIntrospectReply(reply);
    catalog::saveIntrospectionSnapshot(call.db(), row->uid, encoded["introspection_snapshot"]);
    call.json(200, encoded);
}

} // namespace

void mountIntrospection(http::Router& router) {
    router.metaTables("POST", std::string(kUid) + "/introspect/", http::Access::Editor, introspect);
}

} // namespace tsm::routes
