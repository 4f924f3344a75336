// decodeIntrospectionSnapshot and decodeIntrospectReply on the same bytes (spec §6, §2.10).
#include "FuzzInput.h"

#include "core/codec/IntrospectionCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = cc::fuzz::bytesOf(data, size);
    cc::fuzz::decodeAndRoundTrip(bytes, cc::decodeIntrospectionSnapshot,
                                 [](const cc::IntrospectionSnapshot& snapshot) {
                                     return cc::encodeIntrospectionSnapshot(snapshot);
                                 });
    cc::fuzz::decodeAndRoundTrip(
        bytes, cc::decodeIntrospectReply,
        [](const cc::IntrospectReply& reply) { return cc::encodeIntrospectReply(reply); });
    return 0;
}
