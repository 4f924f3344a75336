#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tsm::http {

// `--fault latency=MS,rate=P,kinds=500|503|reset|truncate|slow`.
struct FaultSpec {
    int latencyMs = 0;
    double rate = 0.0;
    std::vector<std::string> kinds;

    bool enabled() const { return latencyMs > 0 || (rate > 0.0 && !kinds.empty()); }
    std::string describe() const;
};

// Parses a --fault value; nullopt with `error` set when it is malformed.
std::optional<FaultSpec> parseFaultSpec(const std::string& text, std::string& error);

struct ServerOptions {
    std::string catalogConninfo;
    std::string host = "127.0.0.1";
    int port = 0;             // 0: pick a free port
    long long pageCap = 1000; // largest list page and execute-operation page
    int maxGraphDepth = 5;
    long long accessTtlSeconds = 900;
    FaultSpec fault;
    std::string logFile; // empty: stderr
    int catalogConnections = 32;
    int dataConnectionsPerSource = 16;
};

} // namespace tsm::http
