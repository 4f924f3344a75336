#pragma once

// Internal to the codecs: writing JSON text by hand, for replies too large to build as
// a JSON value first (result pages).

#include <string>
#include <string_view>

namespace cc::codec {

// Appends `text` as a quoted JSON string: quotes, backslashes and control characters
// escaped; bytes that are not valid UTF-8 become U+FFFD.
void appendJsonString(std::string& out, std::string_view text);
// True when `text` is a complete JSON number (`-0.5e3`, not `NaN`, `+1` or `1.`).
bool isJsonNumber(std::string_view text);

} // namespace cc::codec
