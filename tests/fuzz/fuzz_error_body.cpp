// decodeErrorBody: any error reply body (JSON of several frameworks, HTML, truncated text).
// It never fails, so the property is "no crash, and some words for the user".
#include "FuzzInput.h"

#include "core/ApiError.h"
#include "core/codec/ErrorCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cc::ErrorBody body = cc::decodeErrorBody(cc::fuzz::bytesOf(data, size));
    (void)body;
    return 0;
}
