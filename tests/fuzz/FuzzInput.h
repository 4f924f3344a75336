#pragma once

#include "core/DecodeResult.h"
#include "core/Json.h"
#include "core/codec/JsonParse.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cc::fuzz {

// A copy of the input: decoders get an ordinary, owned QByteArray as they would from the
// network layer.
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A broken invariant: abort so libFuzzer records the input as a crash.
[[noreturn]] inline void fail(const char* what, const QString& detail = QString()) {
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Decodes the bytes with `decode`; when that succeeds, encodes the value, dumps it and
// decodes the dump again, which must succeed too (what the client writes it can read).
template <typename T, typename Encode>
void decodeAndRoundTrip(const QByteArray& bytes, DecodeResult<T> (*decode)(const Json&),
                        Encode&& encode) {
    DecodeResult<Json> parsed = parseJson(bytes);
    if (!parsed)
        return;
    DecodeResult<T> decoded = decode(parsed.value());
    if (!decoded) {
        if (decoded.error().message.isEmpty())
            fail("decode error without a message");
        return;
    }
    const std::string dumped =
        encode(decoded.value()).dump(-1, ' ', false, Json::error_handler_t::strict);
    DecodeResult<T> again = decodeBytes(QByteArray::fromStdString(dumped), decode);
    if (!again)
        fail("re-decoding an encoded value failed:", again.error().toString());
}

} // namespace cc::fuzz
