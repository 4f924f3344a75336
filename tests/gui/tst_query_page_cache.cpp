// ResultPageCache on its own: ranges, missing-range computation, one window in flight plus
// one pending request, size growth, the row limit, eviction and the generation drop.
#include "ui/query/ResultPageCache.h"

#include <QtTest>

using cc::RowSet;
using cc::ui::ResultPageCache;
using cc::ui::RowRange;

namespace {

// Rows whose `id` cell is the result row number, so a lookup can be checked.
RowSet rows(qint64 first, qint64 count) {
    RowSet out(QStringList{QStringLiteral("id"), QStringLiteral("name")});
    for (qint64 r = first; r < first + count; ++r) {
        out.beginRow();
        const std::string id = std::to_string(r);
        out.setCell(0, RowSet::CellKind::Number, id);
        if (r % 3 != 0) // every third name is NULL
            out.setCell(1, RowSet::CellKind::String, "row " + id);
        out.endRow();
    }
    return out;
}

QString idAt(const ResultPageCache& cache, qint64 row) {
    qint64 local = -1;
    const RowSet* chunk = cache.find(row, &local);
    return chunk ? chunk->displayText(local, 0) : QString();
}

// Delivers a window completely, as ExecutePager would, and ends it.
void deliver(ResultPageCache& cache, const RowRange& range, qint64 available, bool hasMore) {
    const qint64 n = std::min(range.count, available);
    QVERIFY(cache.store(cache.generation(), range.first, rows(range.first, n)));
    QVERIFY(cache.finishWindow(cache.generation(), range, n, hasMore));
}

} // namespace

class TestQueryPageCache : public QObject {
    Q_OBJECT

private slots:
    void firstRequestAsksForTheFirstBlock();
    void rowsArriveAndTheSizeGrows();
    void lookupFindsTheRightRow();
    void missingRangesSkipLoadedAndInFlightBlocks();
    void adjacentMissingBlocksMerge();
    void newestPendingReplacesOlder();
    void takeNextFallsBackToTheLastView();
    void staleGenerationIsDropped();
    void shortWindowEndsTheResult();
    void emptyWindowEndsTheResult();
    void rowLimitBoundsSizeAndRequests();
    void storeCutsRowsPastTheLimit();
    void overlappingChunkReplacesOlderOnes();
    void countMakesTheSizeKnown();
    void abandonedWindowCanBeAskedAgain();
    void evictionKeepsRowsNearTheView();
    void pageSizeChangesAtReset();
};

void TestQueryPageCache::firstRequestAsksForTheFirstBlock() {
    ResultPageCache cache(100);
    cache.reset(10000);
    QCOMPARE(cache.displayRowCount(), qint64(0));
    const auto first = cache.request(0, 39);
    QVERIFY(first.has_value());
    QCOMPARE(*first, (RowRange{0, 100}));
    QCOMPARE(*cache.inFlight(), (RowRange{0, 100}));
    // Nothing else may start while it is in flight.
    QVERIFY(!cache.request(0, 39).has_value());
    QVERIFY(!cache.takeNext().has_value());
}

void TestQueryPageCache::rowsArriveAndTheSizeGrows() {
    ResultPageCache cache(100);
    cache.reset(10000);
    const RowRange w = *cache.request(0, 39);
    // Half a window arrived: the rest of the block shows as placeholders.
    QVERIFY(cache.store(cache.generation(), 0, rows(0, 50)));
    QCOMPARE(cache.loadedRowCount(), qint64(50));
    QCOMPARE(cache.displayRowCount(), qint64(100));
    QVERIFY(cache.isLoaded(49));
    QVERIFY(!cache.isLoaded(50));
    QVERIFY(cache.store(cache.generation(), 50, rows(50, 50)));
    QVERIFY(cache.finishWindow(cache.generation(), w, 100, true));
    // More rows exist: one more page of placeholders to scroll into.
    QCOMPARE(cache.knownRowCount(), qint64(101));
    QCOMPARE(cache.displayRowCount(), qint64(200));
    QVERIFY(!cache.isEndKnown());
    QVERIFY(!cache.isTruncated());
    QVERIFY(!cache.inFlight().has_value());
    QCOMPARE(cache.columns(), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
}

void TestQueryPageCache::lookupFindsTheRightRow() {
    ResultPageCache cache(100);
    cache.reset(10000);
    QVERIFY(cache.setTotalRows(cache.generation(), 1000));
    QVERIFY(cache.store(cache.generation(), 300, rows(300, 100)));
    QVERIFY(cache.store(cache.generation(), 0, rows(0, 100)));
    QCOMPARE(idAt(cache, 0), QStringLiteral("0"));
    QCOMPARE(idAt(cache, 99), QStringLiteral("99"));
    QCOMPARE(idAt(cache, 300), QStringLiteral("300"));
    QCOMPARE(idAt(cache, 357), QStringLiteral("357"));
    QCOMPARE(idAt(cache, 100), QString());
    QCOMPARE(idAt(cache, 400), QString());
    qint64 local = -1;
    const RowSet* chunk = cache.find(303, &local);
    QVERIFY(chunk);
    QVERIFY(chunk->isNull(local, 1)); // 303 % 3 == 0
    QCOMPARE(chunk->displayText(local + 1, 1), QStringLiteral("row 304"));
    QCOMPARE(cache.chunkCount(), 2);
    QVERIFY(cache.memoryBytes() > 0);
}

void TestQueryPageCache::missingRangesSkipLoadedAndInFlightBlocks() {
    ResultPageCache cache(100);
    cache.reset(10000);
    QVERIFY(cache.setTotalRows(cache.generation(), 1000));
    QVERIFY(cache.store(cache.generation(), 0, rows(0, 100)));
    QVERIFY(cache.store(cache.generation(), 200, rows(200, 100)));
    auto missing = cache.missingRanges(0, 399);
    QCOMPARE(missing.size(), std::size_t(2));
    QCOMPARE(missing[0], (RowRange{100, 100}));
    QCOMPARE(missing[1], (RowRange{300, 100}));
    // Asking for the viewport sends the first missing range; it is then not missing.
    QCOMPARE(*cache.request(150, 350), (RowRange{100, 100}));
    missing = cache.missingRanges(0, 399);
    QCOMPARE(missing.size(), std::size_t(1));
    QCOMPARE(missing[0], (RowRange{300, 100}));
    // A partly loaded block is still missing; a loaded one inside the view is not.
    QVERIFY(cache.store(cache.generation(), 300, rows(300, 40)));
    QCOMPARE(cache.missingRanges(300, 399).size(), std::size_t(1));
    QVERIFY(cache.missingRanges(0, 99).empty());
    // Nothing past the known size is asked for.
    QVERIFY(cache.missingRanges(1000, 2000).empty());
    QCOMPARE(cache.missingRanges(950, 5000).back(), (RowRange{900, 100}));
}

void TestQueryPageCache::adjacentMissingBlocksMerge() {
    ResultPageCache cache(100);
    cache.reset(10000);
    QVERIFY(cache.setTotalRows(cache.generation(), 2000));
    const auto missing = cache.missingRanges(420, 777);
    QCOMPARE(missing.size(), std::size_t(1));
    QCOMPARE(missing[0], (RowRange{400, 400}));
}

void TestQueryPageCache::newestPendingReplacesOlder() {
    ResultPageCache cache(100);
    cache.reset(100000);
    QVERIFY(cache.setTotalRows(cache.generation(), 100000));
    const RowRange a = *cache.request(0, 39);
    QVERIFY(!cache.request(5000, 5039).has_value());
    QCOMPARE(*cache.pending(), (RowRange{5000, 40}));
    QVERIFY(!cache.request(9000, 9039).has_value());
    QCOMPARE(*cache.pending(), (RowRange{9000, 40}));
    deliver(cache, a, 100, true);
    // The older pending request (5000) is never fetched; the newest one is.
    const auto next = cache.takeNext();
    QVERIFY(next.has_value());
    QCOMPARE(*next, (RowRange{9000, 100}));
    QVERIFY(!cache.pending().has_value());
    QVERIFY(!cache.takeNext().has_value()); // in flight now
}

void TestQueryPageCache::takeNextFallsBackToTheLastView() {
    ResultPageCache cache(100);
    cache.reset(10000);
    const RowRange first = *cache.request(0, 149);
    QCOMPARE(first, (RowRange{0, 100})); // only the first block is reachable at first
    deliver(cache, first, 100, true);
    // The view still shows 100..149, now as placeholders: they are the next window.
    QCOMPARE(*cache.takeNext(), (RowRange{100, 100}));
    deliver(cache, RowRange{100, 100}, 100, true);
    QVERIFY(!cache.takeNext().has_value()); // the view is complete
}

void TestQueryPageCache::staleGenerationIsDropped() {
    ResultPageCache cache(100);
    const quint64 old = cache.reset(10000);
    const RowRange w = *cache.request(0, 10);
    const quint64 current = cache.reset(500);
    QVERIFY(current != old);
    QVERIFY(!cache.store(old, 0, rows(0, 100)));
    QVERIFY(!cache.finishWindow(old, w, 100, true));
    QVERIFY(!cache.setTotalRows(old, 7));
    cache.abandonWindow(old);
    QCOMPARE(cache.loadedRowCount(), qint64(0));
    QCOMPARE(cache.displayRowCount(), qint64(0));
    QVERIFY(cache.columns().isEmpty());
    QVERIFY(!cache.inFlight().has_value());
    // The new run starts clean and accepts its own rows.
    const RowRange fresh = *cache.request(0, 10);
    QVERIFY(cache.store(current, 0, rows(0, 100)));
    QVERIFY(cache.finishWindow(current, fresh, 100, false));
    QCOMPARE(cache.displayRowCount(), qint64(100));
}

void TestQueryPageCache::shortWindowEndsTheResult() {
    ResultPageCache cache(100);
    cache.reset(10000);
    deliver(cache, *cache.request(0, 39), 42, false);
    QVERIFY(cache.isEndKnown());
    QVERIFY(!cache.isTruncated());
    QCOMPARE(cache.displayRowCount(), qint64(42));
    QCOMPARE(cache.knownRowCount(), qint64(42));
    QVERIFY(cache.missingRanges(0, 1000).empty());
}

void TestQueryPageCache::emptyWindowEndsTheResult() {
    ResultPageCache cache(100);
    cache.reset(10000);
    const RowRange w = *cache.request(0, 39);
    QVERIFY(cache.finishWindow(cache.generation(), w, 0, false));
    QVERIFY(cache.isEndKnown());
    QCOMPARE(cache.displayRowCount(), qint64(0));
    // An empty page that claims more rows does not make the view ask forever.
    cache.reset(10000);
    const RowRange again = *cache.request(0, 39);
    QVERIFY(cache.finishWindow(cache.generation(), again, 0, true));
    QCOMPARE(cache.displayRowCount(), qint64(0));
    QVERIFY(!cache.takeNext().has_value());
}

void TestQueryPageCache::rowLimitBoundsSizeAndRequests() {
    ResultPageCache cache(100);
    cache.reset(150);
    deliver(cache, *cache.request(0, 39), 100, true);
    QCOMPARE(cache.displayRowCount(), qint64(150)); // not 200: max rows is 150
    const auto next = cache.request(100, 149);
    QCOMPARE(*next, (RowRange{100, 50})); // never asks past the limit
    deliver(cache, *next, 50, true);
    QVERIFY(cache.isEndKnown());
    QVERIFY(cache.isTruncated()); // rows exist past 150
    QCOMPARE(cache.displayRowCount(), qint64(150));
    QVERIFY(cache.missingRanges(0, 10000).empty());
    // Exactly the limit and no more rows: not truncated.
    cache.reset(100);
    deliver(cache, *cache.request(0, 10), 100, false);
    QVERIFY(cache.isEndKnown());
    QVERIFY(!cache.isTruncated());
    QCOMPARE(cache.displayRowCount(), qint64(100));
}

void TestQueryPageCache::storeCutsRowsPastTheLimit() {
    ResultPageCache cache(100);
    cache.reset(120);
    QVERIFY(cache.store(cache.generation(), 0, rows(0, 200)));
    QCOMPARE(cache.loadedRowCount(), qint64(120));
    QVERIFY(cache.isLoaded(119));
    QVERIFY(!cache.isLoaded(120));
    QVERIFY(cache.store(cache.generation(), 130, rows(130, 10))); // all past the limit
    QCOMPARE(cache.loadedRowCount(), qint64(120));
}

void TestQueryPageCache::overlappingChunkReplacesOlderOnes() {
    ResultPageCache cache(100);
    cache.reset(10000);
    QVERIFY(cache.store(cache.generation(), 0, rows(0, 100)));
    QVERIFY(cache.store(cache.generation(), 100, rows(100, 100)));
    QVERIFY(cache.store(cache.generation(), 50, rows(50, 100)));
    // Both older chunks overlapped the new one and went; no row is held twice.
    QCOMPARE(cache.loadedRowCount(), qint64(100));
    QCOMPARE(cache.chunkCount(), 1);
    QVERIFY(!cache.isLoaded(10));
    QCOMPARE(idAt(cache, 60), QStringLiteral("60"));
    QCOMPARE(idAt(cache, 149), QStringLiteral("149"));
    QVERIFY(!cache.isLoaded(150));
}

void TestQueryPageCache::countMakesTheSizeKnown() {
    ResultPageCache cache(100);
    cache.reset(10000);
    deliver(cache, *cache.request(0, 39), 100, true);
    QVERIFY(cache.setTotalRows(cache.generation(), 5000));
    QCOMPARE(cache.displayRowCount(), qint64(5000));
    QVERIFY(cache.isEndKnown());
    QVERIFY(!cache.isTruncated());
    // Far rows can now be asked for directly.
    QCOMPARE(*cache.request(4321, 4350), (RowRange{4300, 100}));
    cache.reset(10000);
    QVERIFY(cache.setTotalRows(cache.generation(), 50000));
    QCOMPARE(cache.displayRowCount(), qint64(10000));
    QVERIFY(cache.isTruncated());
}

void TestQueryPageCache::abandonedWindowCanBeAskedAgain() {
    ResultPageCache cache(100);
    cache.reset(10000);
    const RowRange w = *cache.request(0, 39);
    cache.abandonWindow(cache.generation());
    QVERIFY(!cache.inFlight().has_value());
    QCOMPARE(*cache.request(0, 39), w);
}

void TestQueryPageCache::evictionKeepsRowsNearTheView() {
    ResultPageCache cache(100);
    cache.reset(100000);
    cache.setResidentRowLimit(300);
    QVERIFY(cache.setTotalRows(cache.generation(), 100000));
    for (qint64 block = 0; block < 10; ++block) {
        const auto w = cache.request(block * 100, block * 100 + 39);
        QVERIFY(w.has_value());
        deliver(cache, *w, 100, true);
    }
    QVERIFY(cache.loadedRowCount() <= 300);
    QVERIFY(cache.isLoaded(900)); // the view is there
    QVERIFY(cache.isLoaded(800));
    QVERIFY(!cache.isLoaded(0)); // farthest from it
    QVERIFY(!cache.isLoaded(300));
    // An evicted block is missing again.
    QCOMPARE(cache.missingRanges(0, 10).front(), (RowRange{0, 100}));
}

void TestQueryPageCache::pageSizeChangesAtReset() {
    ResultPageCache cache(100);
    cache.reset(10000);
    cache.setPageSize(250);
    QCOMPARE(cache.pageSize(), qint64(100));
    QCOMPARE(*cache.request(0, 10), (RowRange{0, 100}));
    cache.reset(10000);
    QCOMPARE(cache.pageSize(), qint64(250));
    QCOMPARE(*cache.request(0, 10), (RowRange{0, 250}));
}

QTEST_APPLESS_MAIN(TestQueryPageCache)
#include "tst_query_page_cache.moc"
