#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tsm::cli {

// `word word --key value --flag`: positional words in order, then `--key value` options.
// An option given twice keeps its last value. `--key=value` is accepted too.
class Arguments {
public:
    Arguments(int argc, char** argv);

    const std::vector<std::string>& words() const { return m_words; }
    std::string word(size_t i) const { return i < m_words.size() ? m_words[i] : std::string(); }
    bool has(const std::string& key) const { return m_options.count(key) > 0; }
    std::optional<std::string> value(const std::string& key) const;
    std::string value(const std::string& key, const std::string& fallback) const;
    // Throws std::invalid_argument with a readable message when missing.
    std::string required(const std::string& key) const;
    // Throws std::invalid_argument when present and not an integer.
    long long integer(const std::string& key, long long fallback) const;

private:
    std::vector<std::string> m_words;
    std::map<std::string, std::string> m_options;
};

// "a,b,c" -> {"a","b","c"}; empty items dropped.
std::vector<std::string> splitList(const std::string& text);

} // namespace tsm::cli
