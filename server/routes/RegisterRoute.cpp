// POST register/ (spec §2.6, with the §9.2 lifecycle rules).
#include "catalog/ContractValidator.h"
#include "catalog/MetaTableStore.h"
#include "catalog/Registration.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

// Reads an optional field of one JSON type; replies 400 when it has another type.
class BodyReader {
public:
    BodyReader(Call& call, const cc::Json& body)
        : m_call(call)
        , m_body(body) {}

    bool failed() const { return m_failed; }

    std::optional<std::string> optString(const char* key) {
        const cc::Json* v = find(key);
        if (!v || v->is_null())
            return std::nullopt;
        if (!v->is_string()) {
            fail(key, "Not a valid string.");
            return std::nullopt;
        }
        return v->get<std::string>();
    }
    std::string requiredString(const char* key) {
        std::optional<std::string> v = optString(key);
        if (!m_failed && (!v || v->empty()))
            fail(key, "This field is required.");
        return v.value_or("");
    }
    bool boolean(const char* key, bool fallback) {
        const cc::Json* v = find(key);
        if (!v || v->is_null())
            return fallback;
        if (!v->is_boolean()) {
            fail(key, "Must be a valid boolean.");
            return fallback;
        }
        return v->get<bool>();
    }
    std::vector<std::string> strings(const char* key) {
        std::vector<std::string> out;
        const cc::Json* v = find(key);
        if (!v || v->is_null())
            return out;
        if (!v->is_array()) {
            fail(key, "Expected a list of strings.");
            return out;
        }
        for (const cc::Json& item : *v) {
            if (!item.is_string()) {
                fail(key, "Expected a list of strings.");
                return out;
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }
    std::optional<cc::Json> object(const char* key) {
        const cc::Json* v = find(key);
        if (!v || v->is_null())
            return std::nullopt;
        if (!v->is_object()) {
            fail(key, "Expected an object.");
            return std::nullopt;
        }
        return *v;
    }
    void fail(const std::string& key, const std::string& message) {
        if (m_failed)
            return;
        m_failed = true;
        m_call.badRequest(key + ": " + message, "validation_error", {{key, {message}}});
    }

private:
    const cc::Json* find(const char* key) const {
        auto it = m_body.find(key);
        return it == m_body.end() ? nullptr : &*it;
    }

    Call& m_call;
    const cc::Json& m_body;
    bool m_failed = false;
};

// A member of an optional object, or the fallback when it is absent or of another type.
std::string textIn(const std::optional<cc::Json>& object, const char* key) {
    if (!object || !object->is_object())
        return {};
    const cc::Json value = object->value(key, cc::Json());
    return value.is_string() ? value.get<std::string>() : std::string();
}

bool flagIn(const std::optional<cc::Json>& object, const char* key, bool fallback) {
    if (!object || !object->is_object())
        return fallback;
    const cc::Json value = object->value(key, cc::Json());
    return value.is_boolean() ? value.get<bool>() : fallback;
}

// Fills the lifecycle fields; false when the combination is refused (400 sent).
bool readLifecycle(BodyReader& in, catalog::RegistrationRequest& request) {
    const std::optional<cc::Json> provisioning = in.object("provisioning");
    const std::optional<cc::Json> schemaManagement = in.object("schema_management");
    if (in.failed())
        return false;
    if (schemaManagement)
        request.schemaManagement = *schemaManagement;
    const std::string mode = textIn(schemaManagement, "mode");
    const bool platform = request.managementMode == "platform_managed";
    request.createTable = platform && provisioning && flagIn(provisioning, "create_table", true);
    request.ifNotExists = flagIn(provisioning, "if_not_exists", true);

    if (!platform) {
        if (!mode.empty() && mode != "external_registered") {
            in.fail("schema_management", "external_registered tables use mode "
                                         "external_registered.");
            return false;
        }
        if (!mode.empty() && provisioning) {
            in.fail("provisioning", "Not allowed for external_registered tables.");
            return false;
        }
        request.schemaManagementMode = "external_registered";
        return true;
    }
    if (mode.empty() || mode == "backend_managed") {
        if (!mode.empty() && !request.createTable) {
            in.fail("provisioning", "backend_managed tables need create_table=true.");
            return false;
        }
        request.schemaManagementMode = "backend_managed";
        return true;
    }
    if (mode != "alembic_managed") {
        in.fail("schema_management", "Unknown mode '" + mode + "'.");
        return false;
    }
    std::optional<cc::Json> alembic;
    if (auto it = schemaManagement->find("alembic"); it != schemaManagement->end())
        alembic = *it;
    const std::string package = textIn(alembic, "package");
    const std::string migrationNamespace = textIn(alembic, "migration_namespace");
    if (request.createTable) {
        in.fail("provisioning", "alembic_managed tables need create_table=false.");
        return false;
    }
    if (package.empty() || migrationNamespace.empty()) {
        in.fail("schema_management", "alembic needs a non-empty package and migration_namespace.");
        return false;
    }
    request.schemaManagementMode = "alembic_managed";
    request.migrationPackage = package;
    request.migrationNamespace = migrationNamespace;
    auto text = [&](const char* key) -> std::optional<std::string> {
        const std::string value = textIn(alembic, key);
        return value.empty() ? std::nullopt : std::optional<std::string>(value);
    };
    request.migrationProviderKey = text("provider_key");
    request.alembicVersionMetaTableUid = text("alembic_version_meta_table_uid");
    request.alembicRevision = text("revision");
    return true;
}

void registerTable(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    BodyReader in(call, *body);
    catalog::RegistrationRequest request;
    request.dataSourceUid = in.requiredString("data_source_uid");
    request.managementMode = in.requiredString("management_mode");
    if (!in.failed() && request.managementMode != "external_registered" &&
        request.managementMode != "platform_managed")
        in.fail("management_mode", "Must be external_registered or platform_managed.");
    const std::optional<std::string> bodySchema = in.optString("physical_schema");
    request.identifier = in.optString("identifier");
    request.ns = in.optString("namespace");
    request.description = in.optString("description");
    request.labels = in.strings("labels");
    request.protect = in.boolean("protect_from_deletion", false);
    request.introspect = in.boolean("introspect", false);
    if (in.failed())
        return;
    auto contract = body->find("table_contract");
    if (contract == body->end() || !contract->is_object()) {
        in.fail("table_contract", "This field is required and must be an object.");
        return;
    }
    if (!readLifecycle(in, request))
        return;

    catalog::ContractExpectations expect;
    expect.physicalSchema = bodySchema;
    const catalog::ContractCheck check = catalog::checkContract(*contract, expect);
    if (!check.ok()) {
        call.badRequest(
            "The table contract is not valid.", "invalid_contract",
            {{"errors", catalog::issuesToJson(check.errors)},
             {"table_contract",
              {check.errors.empty() ? std::string("invalid")
                                    : check.errors.front().path.toStdString() + ": " +
                                          check.errors.front().message.toStdString()}}});
        return;
    }
    request.contract = *check.normalized;
    if (!request.contract.physicalSchema)
        request.contract.physicalSchema = QString::fromStdString(bodySchema.value_or("public"));
    request.createdByUserUid = call.principal.userUid;

    // The caller must be able to see the table it creates.
    const bool hasNamespace = request.ns && !request.ns->empty();
    if (!call.principal.canSee(request.ns.value_or(""), hasNamespace)) {
        call.forbidden();
        return;
    }

    const catalog::RegistrationResult result =
        catalog::registerTable(call.db(), call.server.data, request);
    if (result.refusal) {
        call.refusal(*result.refusal);
        return;
    }
    std::optional<cc::MetaTable> table =
        catalog::loadMetaTable(call.db(), result.uid, &call.principal);
    if (!table) {
        call.serverError("The registered table vanished.", "internal_error");
        return;
    }
    const bool visible = call.principal.canSee(
        table->namespaceName.value_or(QString()).toStdString(), table->namespaceName.has_value());
    if (!visible) {
        call.refusal({409, "This physical table is already registered in another namespace.",
                      "physical_identity_taken", cc::Json::object(), cc::Json::object()});
        return;
    }
    table->registration = {{"created", result.created},
                           {"mode", table->managementMode.toStdString()}};
    call.json(result.created ? 201 : 200, encodeTable(call, *table));
}

} // namespace

void mountRegistration(http::Router& router) {
    router.metaTables("POST", "register/", Access::Editor, registerTable);
}

} // namespace tsm::routes
