#include "http/ServerOptions.h"

#include <sstream>

namespace tsm::http {

namespace {

const std::vector<std::string>& knownKinds() {
    static const std::vector<std::string> kinds = {"500", "503", "reset", "truncate", "slow"};
    return kinds;
}

} // namespace

std::string FaultSpec::describe() const {
    std::string kindList;
    for (const std::string& k : kinds)
        kindList += (kindList.empty() ? "" : "|") + k;
    std::ostringstream out;
    out << "latency=" << latencyMs << "ms rate=" << rate
        << " kinds=" << (kindList.empty() ? "-" : kindList);
    return out.str();
}

std::optional<FaultSpec> parseFaultSpec(const std::string& text, std::string& error) {
    FaultSpec spec;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty())
            continue;
        const size_t eq = item.find('=');
        if (eq == std::string::npos) {
            error = "--fault item '" + item + "' is not key=value";
            return std::nullopt;
        }
        const std::string key = item.substr(0, eq);
        const std::string value = item.substr(eq + 1);
        try {
            if (key == "latency") {
                spec.latencyMs = std::stoi(value);
                if (spec.latencyMs < 0 || spec.latencyMs > 60000)
                    throw std::out_of_range("latency");
            } else if (key == "rate") {
                spec.rate = std::stod(value);
                if (spec.rate < 0.0 || spec.rate > 1.0)
                    throw std::out_of_range("rate");
            } else if (key == "kinds") {
                std::stringstream kinds(value);
                std::string kind;
                while (std::getline(kinds, kind, '|')) {
                    bool known = false;
                    for (const std::string& k : knownKinds())
                        known = known || k == kind;
                    if (!known) {
                        error =
                            "--fault kind '" + kind + "' is not one of 500|503|reset|truncate|slow";
                        return std::nullopt;
                    }
                    spec.kinds.push_back(kind);
                }
            } else {
                error = "--fault key '" + key + "' is not latency, rate or kinds";
                return std::nullopt;
            }
        } catch (const std::exception&) {
            error = "--fault " + key + " has a bad value '" + value +
                    "' (latency 0..60000 ms, rate 0..1)";
            return std::nullopt;
        }
    }
    if (spec.rate > 0.0 && spec.kinds.empty())
        spec.kinds = knownKinds();
    return spec;
}

} // namespace tsm::http
