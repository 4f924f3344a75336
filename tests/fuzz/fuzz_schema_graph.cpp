// decodeSchemaGraph: the schema-graph reply (spec §2.6).
#include "FuzzInput.h"

#include "core/codec/GraphCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cc::fuzz::decodeAndRoundTrip(
        cc::fuzz::bytesOf(data, size), cc::decodeSchemaGraph,
        [](const cc::SchemaGraph& graph) { return cc::encodeSchemaGraph(graph); });
    return 0;
}
