#include "routes/Routes.h"

namespace tsm::routes {

// Fixed collection actions come before `<uid>/`, which matches only UUIDs anyway.
void mountAll(http::Router& router) {
    mountAuth(router);
    mountDataSources(router);
    mountCatalogReads(router);
    mountRegistration(router);
    mountContracts(router);
    mountExecution(router);
    mountTableEdits(router);
    mountSchemaGraph(router);
    mountIntrospection(router);
}

} // namespace tsm::routes
