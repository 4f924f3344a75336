#pragma once

namespace tsm::http {
class Router;
}

namespace tsm::routes {

// Every route of the server, by area.
void mountAll(http::Router& router);

void mountAuth(http::Router& router);
void mountDataSources(http::Router& router);
void mountCatalogReads(http::Router& router); // list, filter, namespaces, searches, detail
void mountRegistration(http::Router& router); // register
void mountTableEdits(http::Router& router);   // patch, delete, refresh search index
void mountContracts(http::Router& router);    // validate-contract
void mountSchemaGraph(http::Router& router);
void mountIntrospection(http::Router& router);
void mountExecution(http::Router& router);

// A MetaTable uid in a route pattern.
inline constexpr const char* kUid =
    "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

} // namespace tsm::routes
