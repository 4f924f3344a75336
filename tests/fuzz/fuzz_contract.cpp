// A contract file as the CLI and the contract editor read it: syntax check, parse, decode,
// normalize, encode and decode again.
#include "FuzzInput.h"

#include "core/codec/ContractCodec.h"
#include "core/codec/JsonSyntax.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = cc::fuzz::bytesOf(data, size);
    const bool syntaxError = cc::findJsonSyntaxError(bytes).has_value();
    cc::DecodeResult<cc::Json> parsed = cc::parseJson(bytes);
    // What the parser accepts the editor's syntax check must accept too (the parser also
    // refuses very deep documents, so the converse does not hold).
    if (parsed.ok() && syntaxError)
        cc::fuzz::fail("findJsonSyntaxError refuses what parseJson accepts");
    cc::fuzz::decodeAndRoundTrip(
        bytes, cc::decodeTableContract, [](const cc::TableContract& contract) {
            return cc::encodeTableContract(cc::normalizeContract(contract));
        });
    return 0;
}
