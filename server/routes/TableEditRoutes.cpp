// PATCH <uid>/, DELETE <uid>/, POST <uid>/refresh-table-search-index/.
#include "catalog/Deletion.h"
#include "catalog/MetaTableStore.h"
#include "catalog/SearchIndex.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

#include <set>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

// Fields PATCH may change (spec §2.15 recommendation); `orm_class` is ignored (§1.3).
void patchTable(Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    static const std::set<std::string> writable = {"description", "labels", "namespace",
                                                   "protect_from_deletion", "orm_class"};
    for (auto it = body->begin(); it != body->end(); ++it)
        if (!writable.count(it.key())) {
            call.badRequest("Field '" + it.key() +
                                "' cannot be changed; PATCH accepts description, labels, "
                                "namespace and protect_from_deletion.",
                            "field_not_writable", {{it.key(), {"This field cannot be changed."}}});
            return;
        }

    std::vector<std::string> sets;
    db::Params params(row->uid);
    auto bind = [&](const std::string& column, const std::optional<std::string>& value,
                    const char* cast = "") {
        params.add(value);
        sets.push_back(column + " = $" + std::to_string(params.size()) + cast);
    };
    if (body->contains("description")) {
        const cc::Json& v = (*body)["description"];
        if (!v.is_null() && !v.is_string())
            return call.badRequest("description must be a string or null.", "validation_error",
                                   {{"description", {"Not a valid string."}}});
        bind("description",
             v.is_null() ? std::nullopt : std::optional<std::string>(v.get<std::string>()));
    }
    if (body->contains("labels")) {
        const cc::Json& v = (*body)["labels"];
        std::vector<std::string> labels;
        bool valid = v.is_array();
        for (const cc::Json& item : valid ? v : cc::Json::array()) {
            valid = valid && item.is_string();
            if (item.is_string())
                labels.push_back(item.get<std::string>());
        }
        if (!valid)
            return call.badRequest("labels must be a list of strings.", "validation_error",
                                   {{"labels", {"Expected a list of strings."}}});
        bind("labels", db::arrayLiteral(labels), "::text[]");
    }
    if (body->contains("namespace")) {
        const cc::Json& v = (*body)["namespace"];
        if (!v.is_null() && !v.is_string())
            return call.badRequest("namespace must be a string or null.", "validation_error",
                                   {{"namespace", {"Not a valid string."}}});
        const std::string ns = v.is_string() ? v.get<std::string>() : "";
        if (!call.principal.canSee(ns, !ns.empty()))
            return call.forbidden(); // moving a table out of the caller's sight
        bind("namespace", ns.empty() ? std::nullopt : std::optional<std::string>(ns));
    }
    if (body->contains("protect_from_deletion")) {
        const cc::Json& v = (*body)["protect_from_deletion"];
        if (!v.is_boolean())
            return call.badRequest("protect_from_deletion must be a boolean.", "validation_error",
                                   {{"protect_from_deletion", {"Must be a valid boolean."}}});
        bind("protect_from_deletion", std::string(v.get<bool>() ? "true" : "false"), "::boolean");
    }
    if (!sets.empty()) {
        std::string sql = "UPDATE tsm.meta_table SET ";
        for (size_t i = 0; i < sets.size(); ++i)
            sql += (i ? ", " : "") + sets[i];
        db::Transaction tx(call.db());
        call.db().exec(sql + " WHERE uid = $1::uuid", params);
        catalog::refreshSearchDocuments(call.db(), {row->uid});
        tx.commit();
    }
    std::optional<cc::MetaTable> table =
        catalog::loadMetaTable(call.db(), row->uid, &call.principal);
    if (!table)
        return call.notFound();
    call.json(200, encodeTable(call, *table));
}

void deleteTable(Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    catalog::DeleteOptions options;
    const auto full = call.boolParam("full_delete_selected", false);
    const auto downstream = call.boolParam("full_delete_downstream_tables", false);
    const auto noTable = call.boolParam("delete_with_no_table", false);
    const auto override = call.boolParam("override_protection", false);
    const auto dryRun = call.boolParam("dry_run", false);
    if (!full || !downstream || !noTable || !override || !dryRun)
        return;
    options.fullDeleteSelected = *full;
    options.fullDeleteDownstreamTables = *downstream;
    options.deleteWithNoTable = *noTable;
    options.overrideProtection = *override;
    options.dryRun = *dryRun;
    const catalog::DeleteOutcome outcome =
        catalog::deleteMetaTable(call.db(), call.server.data, call.principal, row->uid, options);
    if (outcome.refusal) {
        if (outcome.refusal->status == 404)
            return call.notFound();
        return call.refusal(*outcome.refusal);
    }
    call.json(200, {{"ok", true},
                    {"dry_run", options.dryRun},
                    {"deleted_meta_tables", outcome.deletedMetaTables},
                    {"dropped_physical_tables", outcome.droppedPhysicalTables}});
}

void refreshSearchIndex(Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    catalog::refreshSearchDocuments(call.db(), {row->uid});
    call.json(200, {{"ok", true},
                    {"meta_table_uid", row->uid},
                    {"search_index_updated", true},
                    {"embedding_model", nullptr}});
}

} // namespace

void mountTableEdits(http::Router& router) {
    const std::string uid = kUid;
    router.metaTables("PATCH", uid + "/", Access::Editor, patchTable);
    router.metaTables("DELETE", uid + "/", Access::Editor, deleteTable);
    router.metaTables("POST", uid + "/refresh-table-search-index/", Access::Editor,
                      refreshSearchIndex);
}

} // namespace tsm::routes
