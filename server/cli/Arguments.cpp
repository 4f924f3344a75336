#include "cli/Arguments.h"

#include <sstream>
#include <stdexcept>

namespace tsm::cli {

namespace {

// Options that take no value.
bool isFlag(const std::string& key) {
    return key == "help" || key == "version";
}

} // namespace

Arguments::Arguments(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) == 0 && a.size() > 2) {
            std::string key = a.substr(2);
            const size_t eq = key.find('=');
            if (eq != std::string::npos) {
                m_options[key.substr(0, eq)] = key.substr(eq + 1);
            } else if (isFlag(key) || i + 1 >= argc) {
                m_options[key] = "";
            } else {
                m_options[key] = argv[++i];
            }
        } else if (a == "-h") {
            m_options["help"] = "";
        } else {
            m_words.push_back(a);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& key) const {
    auto it = m_options.find(key);
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::string Arguments::value(const std::string& key, const std::string& fallback) const {
    auto it = m_options.find(key);
    return it == m_options.end() ? fallback : it->second;
}

std::string Arguments::required(const std::string& key) const {
    auto it = m_options.find(key);
    if (it == m_options.end() || it->second.empty())
        throw std::invalid_argument("missing --" + key);
    return it->second;
}

long long Arguments::integer(const std::string& key, long long fallback) const {
    auto it = m_options.find(key);
    if (it == m_options.end())
        return fallback;
    try {
        size_t used = 0;
        const long long v = std::stoll(it->second, &used);
        if (used != it->second.size())
            throw std::invalid_argument("");
        return v;
    } catch (const std::exception&) {
        throw std::invalid_argument("--" + key + " needs an integer, got '" + it->second + "'");
    }
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

} // namespace tsm::cli
