#pragma once

#include "catalog/Principal.h"
#include "core/SchemaGraph.h"
#include "db/PgConnection.h"

#include <string>

namespace tsm::catalog {

// Breadth-first over the foreign-key projection from `rootUid`: outgoing edges, and
// incoming ones too when asked, up to `depth` hops. Tables the viewer cannot see are
// neither nodes nor edge ends. Edges between included tables are all returned;
// `truncated` says that edges leading further out remained when expansion stopped.
cc::SchemaGraph buildSchemaGraph(db::Connection& catalog, const Principal& viewer,
                                 const std::string& rootUid, int depth, bool includeIncoming,
                                 int maxDepth);

} // namespace tsm::catalog
