#pragma once

#include "core/DecodeResult.h"
#include "core/Json.h"

#include <QByteArray>

namespace cc {

// Parses bytes as JSON. A syntax error becomes a DecodeError naming the byte offset
// ("malformed JSON at byte 17: unexpected '}'"); an empty body is an error too.
DecodeResult<Json> parseJson(const QByteArray& bytes);
DecodeResult<OrderedJson> parseOrderedJson(const QByteArray& bytes);

// Parses and decodes in one step: `decodeBytes(bytes, decodeMetaTable)`.
template <typename T>
DecodeResult<T> decodeBytes(const QByteArray& bytes, DecodeResult<T> (*decode)(const Json&))
{
    DecodeResult<Json> parsed = parseJson(bytes);
    if (!parsed)
        return parsed.error();
    return decode(parsed.value());
}

} // namespace cc
