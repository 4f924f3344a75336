#pragma once

#include "core/DecodeResult.h"
#include "core/Json.h"
#include "core/SchemaGraph.h"

namespace cc {

// Schema graph (spec §2.9) with the web frontend's aliases. Edges whose ends are not
// among the nodes are kept (a depth cut-off can leave them); a root_uid missing from
// the nodes is an error, as the web frontend also treats it.
DecodeResult<SchemaGraph> decodeSchemaGraph(const Json& json);
Json encodeSchemaGraph(const SchemaGraph& graph);

} // namespace cc
