#pragma once

// Internal to the codecs: the checks and messages shared by every way of parsing bytes
// (a JSON value, or the streaming execute-reply reader), so that they fail alike.

#include "core/DecodeResult.h"

#include <QByteArray>

#include <cstddef>
#include <exception>
#include <optional>

namespace cc::codec {

// "empty body", or a document nested deeper than the codecs accept; nullopt when fine.
std::optional<DecodeError> refuseBeforeParsing(const QByteArray& bytes);
// "malformed JSON at byte 17: <what nlohmann found>"; `byte` as nlohmann counts (1-based,
// just past the offending character).
DecodeError malformedAt(std::size_t byte, const std::exception& e);
// "malformed JSON: <what>" for failures without a position (number overflow).
DecodeError malformed(const std::exception& e);
DecodeError malformed(const QString& what);

} // namespace cc::codec
