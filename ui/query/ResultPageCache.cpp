#include "ui/query/ResultPageCache.h"

#include <algorithm>

namespace cc::ui {

namespace {

// The first `count` rows of `rows`.
RowSet leadingRows(const RowSet& rows, qint64 count) {
    if (count >= rows.rowCount())
        return rows;
    RowSet out(rows.columns());
    for (qint64 r = 0; r < count; ++r) {
        out.beginRow();
        for (int c = 0; c < rows.columnCount(); ++c)
            if (!rows.isNull(r, c))
                out.setCell(c, rows.kind(r, c), rows.text(r, c));
        out.endRow();
    }
    return out;
}

} // namespace

ResultPageCache::ResultPageCache(qint64 pageSize)
    : m_pageSize(std::max<qint64>(1, pageSize))
    , m_nextPageSize(m_pageSize) {}

void ResultPageCache::setPageSize(qint64 rows) {
    m_nextPageSize = std::max<qint64>(1, rows);
}

quint64 ResultPageCache::reset(qint64 rowLimit) {
    ++m_generation;
    m_pageSize = m_nextPageSize;
    m_rowLimit = std::max<qint64>(0, rowLimit);
    m_chunks.clear();
    m_loadedRows = 0;
    m_columns.clear();
    m_existing = 0;
    m_total = 0;
    m_endKnown = m_rowLimit == 0;
    m_truncated = false;
    m_anyWindowDone = false;
    m_inFlight.reset();
    m_pending.reset();
    m_lastView = RowRange();
    return m_generation;
}

bool ResultPageCache::store(quint64 generation, qint64 firstRow, const RowSet& rows) {
    if (generation != m_generation || firstRow < 0)
        return false;
    const qint64 count = std::min(rows.rowCount(), m_rowLimit - firstRow);
    if (count <= 0)
        return true;
    const qint64 end = firstRow + count;
    // Older chunks that overlap the new rows go (their other rows are fetched again if shown).
    auto it = m_chunks.upper_bound(firstRow);
    if (it != m_chunks.begin()) {
        auto before = std::prev(it);
        if (before->first + before->second.rowCount() > firstRow)
            it = before;
    }
    while (it != m_chunks.end() && it->first < end) {
        m_loadedRows -= it->second.rowCount();
        it = m_chunks.erase(it);
    }
    m_chunks.emplace(firstRow, leadingRows(rows, count));
    m_loadedRows += count;
    if (m_columns.isEmpty())
        m_columns = rows.columns();
    noteExisting(end);
    evict();
    return true;
}

bool ResultPageCache::finishWindow(quint64 generation, const RowRange& range, qint64 delivered,
                                   bool hasMore) {
    if (generation != m_generation)
        return false;
    m_inFlight.reset();
    m_anyWindowDone = true;
    const qint64 end = std::min(range.first + std::max<qint64>(0, delivered), m_rowLimit);
    if (delivered <= 0 && range.first >= m_existing) {
        // Nothing at or past this offset: the result ends with the rows already known.
        m_endKnown = true;
        m_total = m_existing;
        return true;
    }
    if (hasMore) {
        noteExisting(end + 1);
        return true;
    }
    // The result ends here, whatever was assumed before (a count can be stale).
    m_endKnown = true;
    m_total = end;
    m_existing = end;
    m_truncated = false;
    return true;
}

void ResultPageCache::abandonWindow(quint64 generation) {
    if (generation == m_generation)
        m_inFlight.reset();
}

bool ResultPageCache::setTotalRows(quint64 generation, qint64 total) {
    if (generation != m_generation || total < 0)
        return false;
    m_endKnown = true;
    m_total = std::min(total, m_rowLimit);
    m_truncated = total > m_rowLimit;
    m_existing = m_total;
    return true;
}

void ResultPageCache::noteExisting(qint64 rows) {
    if (rows > m_rowLimit) {
        m_truncated = true;
        rows = m_rowLimit;
    }
    m_existing = std::max(m_existing, rows);
    if (m_existing >= m_rowLimit) {
        m_endKnown = true;
        m_total = m_rowLimit;
    }
}

const RowSet* ResultPageCache::find(qint64 row, qint64* rowInChunk) const {
    auto it = m_chunks.upper_bound(row);
    if (it == m_chunks.begin())
        return nullptr;
    --it;
    const qint64 local = row - it->first;
    if (local >= it->second.rowCount())
        return nullptr;
    if (rowInChunk)
        *rowInChunk = local;
    return &it->second;
}

std::size_t ResultPageCache::memoryBytes() const {
    std::size_t bytes = 0;
    for (const auto& [first, rows] : m_chunks)
        bytes += rows.memoryBytes() + sizeof(first) + 4 * sizeof(void*);
    return bytes;
}

qint64 ResultPageCache::displayRowCount() const {
    if (m_endKnown)
        return m_total;
    // Round up to the end of the block: the rows after the known ones are placeholders
    // that one window fills.
    const qint64 rounded = (m_existing + m_pageSize - 1) / m_pageSize * m_pageSize;
    return std::min(m_rowLimit, rounded);
}

qint64 ResultPageCache::reachableRowCount() const {
    // Until a window ended nothing is known; the first block may be asked for.
    if (!m_anyWindowDone && !m_endKnown)
        return std::max(displayRowCount(), std::min(m_pageSize, m_rowLimit));
    return displayRowCount();
}

bool ResultPageCache::blockComplete(qint64 blockFirst, qint64 blockEnd) const {
    qint64 covered = 0;
    auto it = m_chunks.upper_bound(blockFirst);
    if (it != m_chunks.begin())
        --it;
    for (; it != m_chunks.end() && it->first < blockEnd; ++it) {
        const qint64 s = std::max(blockFirst, it->first);
        const qint64 e = std::min(blockEnd, it->first + it->second.rowCount());
        if (e > s)
            covered += e - s;
    }
    return covered >= blockEnd - blockFirst;
}

std::vector<RowRange> ResultPageCache::missingRanges(qint64 first, qint64 last) const {
    std::vector<RowRange> out;
    const qint64 shown = reachableRowCount();
    first = std::max<qint64>(0, first);
    last = std::min(last, shown - 1);
    if (first > last)
        return out;
    for (qint64 block = first / m_pageSize; block <= last / m_pageSize; ++block) {
        const qint64 blockFirst = block * m_pageSize;
        const qint64 fetchEnd = std::min(blockFirst + m_pageSize, m_rowLimit);
        const qint64 shownEnd = std::min(fetchEnd, shown);
        if (m_inFlight && m_inFlight->first <= blockFirst && m_inFlight->end() >= shownEnd)
            continue;
        if (blockComplete(blockFirst, shownEnd))
            continue;
        if (!out.empty() && out.back().end() == blockFirst)
            out.back().count = fetchEnd - out.back().first;
        else
            out.push_back({blockFirst, fetchEnd - blockFirst});
    }
    return out;
}

std::optional<RowRange> ResultPageCache::request(qint64 first, qint64 last) {
    if (last < first)
        return std::nullopt;
    m_lastView = {first, last - first + 1};
    if (m_inFlight) {
        m_pending = m_lastView;
        return std::nullopt;
    }
    const std::vector<RowRange> missing = missingRanges(first, last);
    if (missing.empty())
        return std::nullopt;
    m_inFlight = missing.front();
    return m_inFlight;
}

std::optional<RowRange> ResultPageCache::takeNext() {
    if (m_inFlight)
        return std::nullopt;
    const RowRange want = m_pending.value_or(m_lastView);
    m_pending.reset();
    if (want.isEmpty())
        return std::nullopt;
    const std::vector<RowRange> missing = missingRanges(want.first, want.end() - 1);
    if (missing.empty())
        return std::nullopt;
    m_inFlight = missing.front();
    return m_inFlight;
}

void ResultPageCache::evict() {
    if (m_residentLimit <= 0)
        return;
    const qint64 viewFirst = m_lastView.first;
    const qint64 viewEnd = std::max(m_lastView.end(), viewFirst + 1);
    while (m_loadedRows > m_residentLimit && m_chunks.size() > 1) {
        auto farthest = m_chunks.end();
        qint64 farthestDistance = 0;
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            const qint64 chunkEnd = it->first + it->second.rowCount();
            qint64 distance = 0;
            if (chunkEnd <= viewFirst)
                distance = viewFirst - chunkEnd + 1;
            else if (it->first >= viewEnd)
                distance = it->first - viewEnd + 1;
            if (distance > farthestDistance) {
                farthestDistance = distance;
                farthest = it;
            }
        }
        if (farthest == m_chunks.end())
            return; // everything left is on screen
        m_loadedRows -= farthest->second.rowCount();
        m_chunks.erase(farthest);
    }
}

} // namespace cc::ui
