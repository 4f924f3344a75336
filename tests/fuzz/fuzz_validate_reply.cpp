// decodeValidateReply: the validate-contract reply (spec §2.9).
#include "FuzzInput.h"

#include "core/codec/ContractCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cc::fuzz::decodeAndRoundTrip(
        cc::fuzz::bytesOf(data, size), cc::decodeValidateReply,
        [](const cc::ValidateReply& reply) { return cc::encodeValidateReply(reply); });
    return 0;
}
