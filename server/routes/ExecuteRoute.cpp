// POST execute-operation/ (spec §4): the scope is resolved against the catalog here;
// tsm::OperationRunner checks and runs the statement.
#include "catalog/DataSourceStore.h"
#include "catalog/MetaTableStore.h"
#include "core/codec/OperationCodec.h"
#include "exec/OperationRunner.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

catalog::Refusal scopeRefusal(int status, const std::string& code, const std::string& detail,
                              const std::string& uid = {}) {
    catalog::Refusal r;
    r.status = status;
    r.code = code;
    r.detail = detail;
    if (!uid.empty())
        r.errorFields["meta_table_uid"] = uid;
    return r;
}

void executeOperation(http::Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    cc::DecodeResult<cc::CompiledSqlOperation> decoded = cc::decodeCompiledSqlOperation(*body);
    if (!decoded)
        return call.badRequest("Malformed operation: " + decoded.error().toString().toStdString(),
                               "invalid_operation");
    const cc::CompiledSqlOperation& op = decoded.value();
    if (op.tables.empty())
        return call.badRequest("scope.tables needs at least one table.", "invalid_operation");

    std::vector<ScopedRelation> scope;
    std::string dataSourceUid;
    for (const cc::ScopeTable& t : op.tables) {
        const std::string uid = t.metaTableUid.toStdString();
        const std::optional<catalog::TableRow> row = catalog::tableRow(call.db(), uid);
        if (!row)
            return call.refusal(scopeRefusal(404, "scope_table_not_found",
                                             "Scoped MetaTable '" + uid + "' does not exist.",
                                             uid));
        if (!row->visibleTo(call.principal))
            return call.refusal(scopeRefusal(
                403, "scope_access_denied", "You cannot see scoped MetaTable '" + uid + "'.", uid));
        const bool write = t.access == QLatin1String("write");
        if (write && !call.principal.atLeast(catalog::Role::Editor))
            return call.refusal(scopeRefusal(403, "scope_access_denied",
                                             "Write access to '" + uid + "' needs the editor role.",
                                             uid));
        if (!dataSourceUid.empty() && row->dataSourceUid != dataSourceUid)
            return call.refusal(scopeRefusal(400, "mixed_data_sources",
                                             "All scoped tables must live on one data source."));
        dataSourceUid = row->dataSourceUid;
        ScopedRelation relation;
        relation.metaTableUid = t.metaTableUid;
        relation.alias = t.alias.value_or(QString());
        relation.write = write;
        relation.schema = row->physicalSchema;
        relation.table = row->physicalTableName;
        scope.push_back(relation);
    }
    if (op.dataSourceUid && op.dataSourceUid->toStdString() != dataSourceUid)
        return call.refusal(scopeRefusal(
            400, "mixed_data_sources",
            "scope.data_source_uid does not match the data source of the scoped tables."));

    const auto source = catalog::dataSourceByUid(call.db(), dataSourceUid);
    if (!source)
        return call.serverError("The scoped tables' data source is missing.", "internal_error");
    ExecutionTarget target;
    target.dataConninfo = source->dsn;
    target.dataSourceUid = QString::fromStdString(source->uid);
    target.dataSourceName = QString::fromStdString(source->name);
    for (const auto& [flag, on] : source->capabilities)
        target.capabilities[QString::fromStdString(flag)] = on;
    const ExecutionResult result = call.server.runner->run(op, scope, target);
    call.text(result.httpStatus, result.body);
}

} // namespace

void mountExecution(http::Router& router) {
    router.metaTables("POST", "execute-operation/", http::Access::Viewer, executeOperation);
}

} // namespace tsm::routes
