// decodeExecuteReply(QByteArray): the streaming reader of execute-operation replies
// (spec §4.3). A decoded reply is written back and must read again with the same rows.
#include "FuzzInput.h"

#include "core/codec/OperationCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cc::DecodeResult<cc::ExecuteReply> decoded =
        cc::decodeExecuteReply(cc::fuzz::bytesOf(data, size));
    if (!decoded) {
        if (decoded.error().message.isEmpty())
            cc::fuzz::fail("decode error without a message");
        return 0;
    }
    const std::string written = cc::encodeExecuteReply(decoded.value());
    cc::DecodeResult<cc::ExecuteReply> again =
        cc::decodeExecuteReply(QByteArray::fromStdString(written));
    if (!again)
        cc::fuzz::fail("re-reading a written reply failed:", again.error().toString());
    return 0;
}
