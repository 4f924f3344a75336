#pragma once

// Private to cc_graph: the only place that touches Graphviz's process-wide state.

#include <graphviz/gvc.h>

#include <QString>

#include <locale.h>
#include <mutex>

namespace cc::graphviz {

// Holds Graphviz for the caller for as long as it lives. Graphviz is not thread-safe,
// so every use goes through one process-wide mutex; numbers are parsed and printed with
// the C locale (Graphviz uses strtod/printf, which follow LC_NUMERIC); error messages
// are collected instead of being printed to stderr.
class Session {
public:
    Session();
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // The one context, created on first use and reused (creating one loads plugins).
    GVC_t* context();
    // Messages Graphviz reported since the session started ("Error: ...", "Warning: ...").
    QString messages() const;

private:
    std::unique_lock<std::mutex> m_lock;
    locale_t m_cLocale = static_cast<locale_t>(nullptr);
    locale_t m_previousLocale = static_cast<locale_t>(nullptr);
};

// Graphviz 2.42 takes `char*` where it only reads.
inline char* mutableText(const char* text) {
    return const_cast<char*>(text);
}

} // namespace cc::graphviz
