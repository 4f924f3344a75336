#include "seed/DemoSeed.h"

#include "catalog/CatalogSchema.h"
#include "catalog/DataSourceStore.h"
#include "catalog/MetaTableStore.h"
#include "catalog/Reflection.h"
#include "catalog/Registration.h"
#include "catalog/Uids.h"
#include "core/codec/IntrospectionCodec.h"
#include "db/DataConnections.h"
#include "seed/DemoSql.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace tsm::seed {

namespace {

struct DemoTable {
    const char* schema;
    const char* table;
    const char* source;
    const char* mode; // management mode
    std::vector<std::string> labels;
    bool protect = false;
};

constexpr const char* kExternal = "external_registered";
constexpr const char* kPlatform = "platform_managed";

// Namespace = schema, except the two legacy warehouse tables which belong to `archive`.
const std::vector<DemoTable>& demoTables() {
    using namespace demo;
    static const std::vector<DemoTable> tables = {
        {"reference",
         "countries",
         kMainSource,
         kExternal,
         {"reference", "iso", "golden-source"},
         true},
        {"reference", "currencies", kMainSource, kExternal, {"reference", "iso", "fx"}},
        {"reference", "exchanges", kMainSource, kExternal, {"reference", "venues"}},
        {"reference", "calendars", kMainSource, kExternal, {"reference", "calendar"}},
        {"reference", "holidays", kMainSource, kExternal, {"reference", "calendar"}},
        {"reference", "sectors", kMainSource, kExternal, {"reference", "classification"}},
        {"reference", "industries", kMainSource, kExternal, {"reference", "classification"}},
        {"reference", "rating_agencies", kMainSource, kExternal, {"reference", "credit"}},
        {"reference", "rating_scales", kMainSource, kExternal, {"reference", "credit"}},
        {"crm", "employees", kMainSource, kExternal, {"crm", "hr", "pii"}},
        {"crm", "companies", kMainSource, kExternal, {"crm", "counterparty"}},
        {"crm", "clients", kMainSource, kExternal, {"crm", "counterparty", "kyc"}},
        {"crm", "contacts", kMainSource, kExternal, {"crm", "pii"}},
        {"crm", "opportunities", kMainSource, kExternal, {"crm", "sales"}},
        {"crm", "activities", kMainSource, kExternal, {"crm", "sales"}},
        {"crm", "campaigns", kMainSource, kExternal, {"crm", "marketing"}},
        {"crm", "campaign_members", kMainSource, kExternal, {"crm", "marketing"}},
        {"crm", "support_tickets", kMainSource, kExternal, {"crm", "service"}},
        {"crm", "territories", kMainSource, kExternal, {"crm", "sales"}},
        {"crm", "employee_territories", kMainSource, kExternal, {"crm", "sales"}},
        {"ops", "desks", kMainSource, kPlatform, {"ops", "trading"}},
        {"ops", "books", kMainSource, kPlatform, {"ops", "trading"}},
        {"ops", "trading_accounts", kMainSource, kExternal, {"ops", "accounts"}},
        {"ops", "traders", kMainSource, kExternal, {"ops", "trading", "limits"}},
        {"ops", "settlement_instructions", kMainSource, kExternal, {"ops", "settlement"}},
        {"ops", "job_runs", kMainSource, kPlatform, {"ops", "pipeline"}},
        {"ops", "data_quality_checks", kMainSource, kPlatform, {"ops", "pipeline", "quality"}},
        {"ops", "audit_log", kMainSource, kPlatform, {"ops", "compliance"}},
        {"ops", "reconciliation_breaks", kMainSource, kExternal, {"ops", "settlement"}},
        {"markets", "issuers", kMainSource, kPlatform, {"markets", "security-master"}},
        {"markets", "instruments", kMainSource, kPlatform, {"markets", "security-master"}},
        {"markets",
         "instrument_identifiers",
         kMainSource,
         kPlatform,
         {"markets", "security-master"}},
        {"markets",
         "price_bars_daily",
         kMainSource,
         kPlatform,
         {"markets", "prices", "timeseries"}},
        {"markets", "corporate_actions", kMainSource, kPlatform, {"markets", "events"}},
        {"markets", "dividends", kMainSource, kPlatform, {"markets", "events"}},
        {"markets", "orders", kMainSource, kPlatform, {"markets", "trading"}},
        {"markets", "executions", kMainSource, kPlatform, {"markets", "trading"}},
        {"markets", "trades", kMainSource, kPlatform, {"markets", "trading", "large"}, true},
        {"markets", "positions", kMainSource, kPlatform, {"markets", "positions"}},
        {"markets", "position_lots", kMainSource, kPlatform, {"markets", "positions"}},
        {"markets", "benchmarks", kMainSource, kPlatform, {"markets", "indices"}},
        {"markets", "benchmark_constituents", kMainSource, kPlatform, {"markets", "indices"}},
        {"markets", "index_levels", kMainSource, kPlatform, {"markets", "indices", "timeseries"}},
        {"markets", "fx_rates", kMainSource, kPlatform, {"markets", "fx", "timeseries"}},
        {"archive", "orders_2019", kArchiveSource, kExternal, {"archive", "trading"}},
        {"archive", "fills_2019", kArchiveSource, kExternal, {"archive", "trading"}},
        {"archive", "trades_2019", kArchiveSource, kExternal, {"archive", "trading"}},
        {"warehouse", "revenue_monthly", kLegacySource, kExternal, {"archive", "finance"}},
        {"warehouse", "customer_snapshots", kLegacySource, kExternal, {"archive", "finance"}},
    };
    return tables;
}

std::string namespaceOf(const DemoTable& t) {
    return std::string(t.schema) == "warehouse" ? "archive" : t.schema;
}

std::map<std::string, bool> capabilitiesFor(const std::string& source) {
    std::string error;
    if (source == demo::kArchiveSource)
        return *catalog::parseCapabilities(
            "supports_table_registration,supports_table_introspection,supports_compiled_select",
            error);
    if (source == demo::kLegacySource)
        return *catalog::parseCapabilities("supports_table_registration,supports_compiled_select",
                                           error);
    return *catalog::parseCapabilities("all", error);
}

void ensureDatabase(db::Connection& server, const std::string& name) {
    db::Result r =
        server.exec("SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1", db::Params(name));
    if (r.rows() > 0)
        return;
    try {
        server.exec("CREATE DATABASE " + db::quoteIdent(name));
    } catch (const db::PgError& e) {
        if (e.sqlstate() != "42P04") // created meanwhile
            throw;
    }
}

// Loads the data database once; the marker table records that it is complete.
bool loadData(db::Connection& data) {
    db::Transaction tx(data);
    data.exec("SELECT pg_advisory_xact_lock(hashtext('tsm-refserver demo data'))");
    db::Result done = data.exec("SELECT to_regclass('public.tsm_demo_seed') IS NOT NULL");
    if (done.toBool(0, 0))
        return false;
    data.execScript(kDemoSchemaSql);
    data.execScript(kDemoDataSql);
    data.execScript(kDemoLateConstraintsSql);
    data.execScript("CREATE TABLE public.tsm_demo_seed (version integer NOT NULL);"
                    "INSERT INTO public.tsm_demo_seed VALUES (1);"
                    "ANALYZE;");
    tx.commit();
    return true;
}

// The contract registered for the drifted table: the shape before `preferred_channel`
// was added and `email` became NOT NULL, whatever the physical table looks like now.
void undrift(cc::TableContract& contract) {
    auto& cols = contract.columns;
    cols.erase(std::remove_if(cols.begin(), cols.end(),
                              [](const cc::Column& c) {
                                  return c.name == QLatin1String("preferred_channel");
                              }),
               cols.end());
    for (cc::Column& c : cols)
        if (c.name == QLatin1String("email"))
            c.nullable = true;
}

// Applies the drift after registration, once, and stores a snapshot that shows it.
bool applyDrift(db::Connection& catalogConnection, db::Connection& data,
                const std::string& mainSourceUid) {
    bool applied = false;
    db::Result has =
        data.exec("SELECT 1 FROM information_schema.columns WHERE table_schema = 'crm' "
                  "AND table_name = 'contacts' AND column_name = 'preferred_channel'");
    if (has.rows() == 0) {
        data.execScript("BEGIN;"
                        "ALTER TABLE crm.contacts ADD COLUMN preferred_channel text;"
                        "COMMENT ON COLUMN crm.contacts.preferred_channel IS "
                        "'email, phone or portal; added after the table was registered';"
                        "ALTER TABLE crm.contacts ALTER COLUMN email SET NOT NULL;"
                        "COMMIT;");
        applied = true;
    }
    const std::string uid = catalog::metaTableUid(mainSourceUid, "crm", "contacts");
    db::Result snap = catalogConnection.exec(
        "SELECT introspection_snapshot::text LIKE '%preferred_channel%' FROM tsm.meta_table "
        "WHERE uid = $1::uuid",
        db::Params(uid));
    if (snap.rows() > 0 && !snap.toBool(0, 0)) {
        if (auto reflected = catalog::reflectTable(data, "crm", "contacts"))
            catalog::saveIntrospectionSnapshot(
                catalogConnection, uid,
                cc::encodeIntrospectionSnapshot(catalog::toSnapshot(*reflected)));
    }
    return applied;
}

} // namespace

DemoSeedReport seedDemo(const std::string& catalogConninfo, const std::string& dataConninfo) {
    DemoSeedReport report;
    db::Connection catalogConnection(catalogConninfo);
    catalog::initCatalog(catalogConnection);

    report.dataConninfo = dataConninfo;
    if (report.dataConninfo.empty()) {
        ensureDatabase(catalogConnection, demo::kDataDatabase);
        report.dataConninfo = db::withDatabase(catalogConninfo, demo::kDataDatabase);
    }
    db::Connection data(report.dataConninfo);
    report.dataLoaded = loadData(data);

    std::map<std::string, std::string> sourceUids;
    for (const char* name : {demo::kMainSource, demo::kArchiveSource, demo::kLegacySource}) {
        catalog::NewDataSource source;
        source.name = name;
        source.dsn = report.dataConninfo;
        source.capabilities = capabilitiesFor(name);
        source.storageAccessMode =
            std::string(name) == demo::kMainSource ? "read_write" : "read_only";
        sourceUids[name] = catalog::upsertDataSource(catalogConnection, source);
    }

    std::set<std::string> registered;
    db::Result existing = catalogConnection.exec("SELECT uid::text FROM tsm.meta_table");
    for (int i = 0; i < existing.rows(); ++i)
        registered.insert(existing.text(i, 0));

    db::DataConnections pools(2);
    for (const DemoTable& t : demoTables()) {
        const std::string sourceUid = sourceUids[t.source];
        if (registered.count(catalog::metaTableUid(sourceUid, t.schema, t.table))) {
            ++report.tablesAlreadyRegistered;
            continue;
        }
        std::optional<catalog::ReflectedTable> physical =
            catalog::reflectTable(data, t.schema, t.table);
        if (!physical)
            throw std::runtime_error(std::string("demo table missing: ") + t.schema + "." +
                                     t.table);
        catalog::RegistrationRequest request;
        request.dataSourceUid = sourceUid;
        request.managementMode = t.mode;
        request.schemaManagementMode =
            std::string(t.mode) == kPlatform ? "backend_managed" : "external_registered";
        request.contract = catalog::toContract(*physical);
        if (std::string(t.schema) + "." + t.table == demo::kDriftedTable)
            undrift(request.contract);
        const std::string ns = namespaceOf(t);
        request.identifier = ns + "." + t.table;
        request.ns = ns;
        request.description = physical->description;
        request.labels = t.labels;
        request.protect = t.protect;
        request.introspect = capabilitiesFor(t.source)[cc::capability::TableIntrospection];
        catalog::RegistrationResult result =
            catalog::registerTable(catalogConnection, pools, request);
        if (result.refusal)
            throw std::runtime_error("registering " + std::string(t.schema) + "." + t.table + ": " +
                                     result.refusal->detail);
        ++report.tablesRegistered;
    }

    report.driftApplied = applyDrift(catalogConnection, data, sourceUids[demo::kMainSource]);
    catalogConnection.exec("INSERT INTO tsm.seed_state (name, version) VALUES ('demo', 1) "
                           "ON CONFLICT (name) DO NOTHING");
    return report;
}

} // namespace tsm::seed
