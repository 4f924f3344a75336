#pragma once

// The one JSON vocabulary of the project. Object keys of `Json` are sorted (std::map);
// `OrderedJson` keeps insertion order and is used where order is data (result rows).
#include <nlohmann/json.hpp>

namespace cc {
using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;
} // namespace cc
