#include "ui/nav/NavigationHistory.h"

namespace cc::ui {

NavigationHistory::NavigationHistory(std::size_t capacity)
    : m_capacity(capacity < 2 ? 2 : capacity) {}

void NavigationHistory::visit(const Entry& entry) {
    if (entry.uid.isEmpty())
        return;
    if (const Entry* now = current(); now && *now == entry)
        return;
    m_entries.erase(m_entries.begin() + (m_cursor + 1), m_entries.end());
    m_entries.push_back(entry);
    if (m_entries.size() > m_capacity)
        m_entries.erase(m_entries.begin());
    m_cursor = int(m_entries.size()) - 1;
}

bool NavigationHistory::canGoBack() const {
    return m_cursor > 0;
}

bool NavigationHistory::canGoForward() const {
    return m_cursor >= 0 && m_cursor + 1 < int(m_entries.size());
}

NavigationHistory::Entry NavigationHistory::back() {
    if (canGoBack())
        --m_cursor;
    return current() ? *current() : Entry();
}

NavigationHistory::Entry NavigationHistory::forward() {
    if (canGoForward())
        ++m_cursor;
    return current() ? *current() : Entry();
}

void NavigationHistory::clear() {
    m_entries.clear();
    m_cursor = -1;
}

const NavigationHistory::Entry* NavigationHistory::current() const {
    if (m_cursor < 0 || m_cursor >= int(m_entries.size()))
        return nullptr;
    return &m_entries[std::size_t(m_cursor)];
}

} // namespace cc::ui
