// init, datasource add, user create, token create.
#include "catalog/CatalogSchema.h"
#include "catalog/DataSourceStore.h"
#include "catalog/UserStore.h"
#include "cli/Commands.h"
#include "db/PgConnection.h"

#include <iostream>
#include <stdexcept>

namespace tsm::cli {

namespace {

db::Connection openCatalog(const Arguments& args) {
    return db::Connection(args.required("db"));
}

void requireCatalog(db::Connection& connection) {
    if (!catalog::catalogReady(connection))
        throw std::runtime_error("the catalog schema is missing: run `tsm-refserver init` first");
}

catalog::Role roleOption(const Arguments& args) {
    catalog::Role role;
    const std::string text = args.required("role");
    if (!catalog::parseRole(text, role))
        throw std::invalid_argument("--role must be viewer, editor or admin, got '" + text + "'");
    return role;
}

std::vector<std::string> namespacesOption(const Arguments& args) {
    std::vector<std::string> list = splitList(args.value("namespaces", "*"));
    if (list.empty())
        throw std::invalid_argument("--namespaces needs at least one namespace (or *)");
    return list;
}

} // namespace

void printUsage() {
    std::cout <<
        R"(tsm-refserver: a reference TS Manager backend on PostgreSQL

usage:
  tsm-refserver init  --db CONNINFO
  tsm-refserver seed demo --db CONNINFO [--data-db CONNINFO]
  tsm-refserver seed synthetic --db CONNINFO --tables N --fks-per-table K [--namespace NS]
  tsm-refserver datasource add --db CONNINFO --name NAME --dsn DATA_CONNINFO [--capabilities LIST]
  tsm-refserver import --db CONNINFO --data-source NAME --schema SCHEMA [--namespace NS]
  tsm-refserver user create --db CONNINFO --user NAME --password PW --role viewer|editor|admin
                            [--namespaces NS,...|*]
  tsm-refserver token create --db CONNINFO --user NAME --role viewer|editor|admin
                             [--namespaces NS,...|*] [--ttl SECONDS]
  tsm-refserver serve --db CONNINFO --listen 127.0.0.1:PORT [--page-cap N] [--max-graph-depth N]
                      [--access-ttl SECONDS] [--fault SPEC] [--log FILE]
  tsm-refserver --help | --version

CONNINFO is a libpq connection string, e.g. "host=127.0.0.1 port=5432 dbname=tsm user=postgres".
--capabilities is "all" (the default) or a comma list of the flags that are on:
  supports_table_registration, supports_table_introspection, supports_table_ddl,
  supports_compiled_select, supports_compiled_insert, supports_compiled_update,
  supports_compiled_upsert, supports_compiled_delete, supports_table_migration
--fault is latency=MS,rate=P,kinds=500|503|reset|truncate|slow (any subset of the keys).
serve prints "listening on http://HOST:PORT" when ready; port 0 picks a free port.
)";
}

int runInit(const Arguments& args) {
    db::Connection connection = openCatalog(args);
    catalog::initCatalog(connection);
    std::cout << "catalog ready in database '" << db::databaseOf(args.required("db")) << "'\n";
    return 0;
}

int runDataSourceAdd(const Arguments& args) {
    db::Connection connection = openCatalog(args);
    requireCatalog(connection);
    catalog::NewDataSource source;
    source.name = args.required("name");
    source.dsn = args.required("dsn");
    std::string error;
    auto caps = catalog::parseCapabilities(args.value("capabilities", "all"), error);
    if (!caps)
        throw std::invalid_argument(error);
    source.capabilities = *caps;
    const bool writes = source.capabilities[cc::capability::CompiledInsert] ||
                        source.capabilities[cc::capability::CompiledUpdate] ||
                        source.capabilities[cc::capability::CompiledUpsert] ||
                        source.capabilities[cc::capability::CompiledDelete];
    source.storageAccessMode = writes ? "read_write" : "read_only";
    // Fail early on a DSN that does not connect.
    db::Connection probe(source.dsn);
    const std::string uid = catalog::upsertDataSource(connection, source);
    std::cout << uid << "\n";
    return 0;
}

int runUserCreate(const Arguments& args) {
    db::Connection connection = openCatalog(args);
    requireCatalog(connection);
    const std::string uid =
        catalog::upsertUser(connection, args.required("user"), args.required("password"),
                            roleOption(args), namespacesOption(args));
    std::cout << uid << "\n";
    return 0;
}

int runTokenCreate(const Arguments& args) {
    db::Connection connection = openCatalog(args);
    requireCatalog(connection);
    const long long ttl = args.integer("ttl", 0);
    if (ttl < 0)
        throw std::invalid_argument("--ttl must be >= 0");
    std::cout << catalog::createApiToken(connection, args.required("user"), roleOption(args),
                                         namespacesOption(args), ttl)
              << "\n";
    return 0;
}

} // namespace tsm::cli
