// POST validate-contract/ and POST <uid>/validate-contract/ (spec §2.8).
#include "catalog/ContractValidator.h"
#include "catalog/MetaTableStore.h"
#include "core/codec/ContractCodec.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

// 400 only for a body that is not an object carrying a `table_contract` object.
const cc::Json* contractOf(Call& call, const cc::Json& body) {
    auto it = body.find("table_contract");
    if (it == body.end() || !it->is_object()) {
        call.badRequest("The body must be an object with a table_contract object.", "invalid_body",
                        {{"table_contract", {"This field is required."}}});
        return nullptr;
    }
    return &*it;
}

cc::Json reply(const catalog::ContractCheck& check, const cc::Json& raw) {
    return {{"ok", check.ok()},
            {"table_contract", check.normalized ? cc::encodeTableContract(*check.normalized) : raw},
            {"errors", catalog::issuesToJson(check.errors)},
            {"warnings", catalog::issuesToJson(check.warnings)}};
}

void validateNew(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    const cc::Json* contract = contractOf(call, *body);
    if (!contract)
        return;
    catalog::ContractExpectations expect;
    if (auto schema = body->find("physical_schema"); schema != body->end() && schema->is_string())
        expect.physicalSchema = schema->get<std::string>();
    call.json(200, reply(catalog::checkContract(*contract, expect), *contract));
}

void validateExisting(Call& call) {
    const std::optional<catalog::TableRow> row = findVisibleTable(call, call.arg(1));
    if (!row)
        return;
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    const cc::Json* contract = contractOf(call, *body);
    if (!contract)
        return;
    catalog::ContractExpectations expect;
    expect.physicalSchema = row->physicalSchema;
    expect.physicalTableName = row->physicalTableName;
    const catalog::ContractCheck check = catalog::checkContract(*contract, expect);
    cc::Json out = reply(check, *contract);
    out["meta_table_uid"] = row->uid;
    out["changes"] = cc::Json::array();
    if (check.normalized) {
        std::optional<cc::MetaTable> table = catalog::loadMetaTable(call.db(), row->uid);
        if (table)
            out["changes"] = catalog::contractChanges(table->tableContract, *check.normalized);
    }
    call.json(200, out);
}

} // namespace

void mountContracts(http::Router& router) {
    router.metaTables("POST", "validate-contract/", Access::Viewer, validateNew);
    router.metaTables("POST", std::string(kUid) + "/validate-contract/", Access::Viewer,
                      validateExisting);
}

} // namespace tsm::routes
