#pragma once

#include "core/RowSet.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace cc::ui {

// A run of result rows: [first, first + count).
struct RowRange {
    qint64 first = 0;
    qint64 count = 0;

    qint64 end() const { return first + count; }
    bool isEmpty() const { return count <= 0; }
    bool operator==(const RowRange& o) const { return first == o.first && count == o.count; }
};

// The rows of one query result, held sparsely: chunks of rows keyed by their first row, as
// execute-operation windows deliver them. The view asks for the rows it shows; the cache
// answers which block-aligned range to fetch, keeping at most one window in flight and
// one pending request (a newer one replaces it). A generation number, advanced by every
// reset(), makes rows of an earlier run that arrive late harmless.
//
// The size grows as windows reveal rows: rows proven to exist, plus one page of
// placeholders while more may follow, never past the row limit (the run's max rows).
class ResultPageCache {
public:
    explicit ResultPageCache(qint64 pageSize = 1000);

    // A new result: drops every row and request; returns the new generation.
    quint64 reset(qint64 rowLimit);
    quint64 generation() const { return m_generation; }
    qint64 pageSize() const { return m_pageSize; }
    // Takes effect at the next reset().
    void setPageSize(qint64 rows);
    qint64 rowLimit() const { return m_rowLimit; }
    // Chunks farthest from the rows asked last are dropped while more than `rows` rows are
    // held (they are fetched again when shown). 0 keeps everything.
    void setResidentRowLimit(qint64 rows) { m_residentLimit = rows; }

    // Rows delivered at `firstRow`. Rows at or past the row limit are cut; a chunk that
    // overlaps them replaces older chunks there. False, and nothing kept, for a stale
    // generation.
    bool store(quint64 generation, qint64 firstRow, const RowSet& rows);
    // The window `range` ended with `delivered` rows; `hasMore`: rows exist right after them.
    // Clears the in-flight window. False for a stale generation.
    bool finishWindow(quint64 generation, const RowRange& range, qint64 delivered, bool hasMore);
    // The window failed or was cancelled: it may be asked again.
    void abandonWindow(quint64 generation);
    // An exact row count (from `count(*)`): the size becomes min(total, row limit).
    bool setTotalRows(quint64 generation, qint64 total);

    // The chunk holding `row` and the row's index in it, or null when it is not loaded.
    const RowSet* find(qint64 row, qint64* rowInChunk) const;
    bool isLoaded(qint64 row) const { return find(row, nullptr) != nullptr; }
    qint64 loadedRowCount() const { return m_loadedRows; }
    int chunkCount() const { return int(m_chunks.size()); }
    // The columns of the first rows that arrived, in the SELECT's order.
    const QStringList& columns() const { return m_columns; }
    std::size_t memoryBytes() const;

    // Rows a view shows (loaded, known to exist, or placeholders for the next page).
    qint64 displayRowCount() const;
    // Rows known to exist.
    qint64 knownRowCount() const { return m_endKnown ? m_total : m_existing; }
    // The result's size is known: its end was seen, it was counted, or the limit was hit.
    bool isEndKnown() const { return m_endKnown; }
    // More rows exist past the row limit.
    bool isTruncated() const { return m_truncated; }

    // Rows [first, last] are on screen. Returns the range to fetch now when no window is in
    // flight (it is then in flight); otherwise remembers the request as the pending one.
    std::optional<RowRange> request(qint64 first, qint64 last);
    // After a window ended: the pending request, else the rows last asked for, as the next
    // window to fetch (then in flight), or nullopt when nothing there is missing.
    std::optional<RowRange> takeNext();
    const std::optional<RowRange>& inFlight() const { return m_inFlight; }
    // The pending request as rows [first, first + count).
    const std::optional<RowRange>& pending() const { return m_pending; }

    // The block-aligned ranges inside [first, last] whose rows are not all loaded and which
    // are not in flight; adjacent blocks merge. [first, last] is clipped to
    // displayRowCount(), or to the first block before any window ended.
    std::vector<RowRange> missingRanges(qint64 first, qint64 last) const;

private:
    bool blockComplete(qint64 blockFirst, qint64 blockEnd) const;
    qint64 reachableRowCount() const;
    void evict();
    void noteExisting(qint64 rows);

    qint64 m_pageSize;
    qint64 m_nextPageSize;
    qint64 m_rowLimit = 1000;
    qint64 m_residentLimit = 0;
    quint64 m_generation = 0;

    std::map<qint64, RowSet> m_chunks; // first row -> rows, never overlapping
    qint64 m_loadedRows = 0;
    QStringList m_columns;

    qint64 m_existing = 0; // rows proven to exist
    qint64 m_total = 0;    // valid when m_endKnown
    bool m_endKnown = false;
    bool m_truncated = false;
    bool m_anyWindowDone = false;

    std::optional<RowRange> m_inFlight;
    std::optional<RowRange> m_pending;
    RowRange m_lastView; // the rows asked for last, for takeNext() and eviction
};

} // namespace cc::ui
