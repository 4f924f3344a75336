#pragma once

#include <QString>

#include <vector>

namespace cc::ui {

// Where the user has been: tables and their tabs, in visiting order, with a cursor that
// back() and forward() move (Alt+Left / Alt+Right), like a browser.
class NavigationHistory {
public:
    struct Entry {
        QString uid;
        QString tab;
        bool operator==(const Entry& o) const { return uid == o.uid && tab == o.tab; }
    };

    explicit NavigationHistory(std::size_t capacity = 200);

    // Records a visit. Visiting where the cursor already is changes nothing; otherwise the
    // forward entries are dropped. A visit to the same table with another tab replaces
    // nothing: each tab switch is a step.
    void visit(const Entry& entry);
    bool canGoBack() const;
    bool canGoForward() const;
    // Moves the cursor and returns the entry to show; the current entry when it cannot move.
    Entry back();
    Entry forward();
    // Forgets entries of a table that can no longer be opened (a switch of connection).
    void clear();

    const Entry* current() const;
    std::size_t size() const { return m_entries.size(); }
    int cursor() const { return m_cursor; }

private:
    std::vector<Entry> m_entries;
    int m_cursor = -1;
    std::size_t m_capacity;
};

} // namespace cc::ui
