#include "graph/CardGeometry.h"
#include "graph/LayoutWorker.h"
#include "tst_graph_samples.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace cc;
using cc::test::demoGraph;
using cc::test::syntheticGraph;

namespace {

LayoutRequest requestFor(const SchemaGraph& graph) {
    return estimatedLayoutRequest(graph, {}, LayoutEngine::Dot);
}

} // namespace

class TestGraphWorker : public QObject {
    Q_OBJECT

private slots:
    void deliversOnTheOwnersThread();
    void staleGenerationsAreDropped();
    void cancelDropsOutstandingWork();
    void workersShareTheThreadButNotResults();
    void destroyedWhileBusy();
};

void TestGraphWorker::deliversOnTheOwnersThread() {
    LayoutWorker worker;
    QThread* ownerThread = QThread::currentThread();
    QThread* deliveredOn = nullptr;
    connect(&worker, &LayoutWorker::layoutReady, this,
            [&](quint64, const GraphLayout&) { deliveredOn = QThread::currentThread(); });
    QSignalSpy ready(&worker, &LayoutWorker::layoutReady);
    QSignalSpy failed(&worker, &LayoutWorker::layoutFailed);
    const quint64 generation = worker.submit(requestFor(demoGraph()));
    QCOMPARE(generation, quint64(1));
    QVERIFY(worker.isBusy());
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), generation);
    const GraphLayout layout = ready.at(0).at(1).value<GraphLayout>();
    QCOMPARE(layout.nodeBoxes.size(), int(demoGraph().nodes.size()));
    QCOMPARE(deliveredOn, ownerThread);
    QVERIFY(!worker.isBusy());
}

void TestGraphWorker::staleGenerationsAreDropped() {
    LayoutWorker worker;
    QSignalSpy ready(&worker, &LayoutWorker::layoutReady);
    // The first request is large enough to be running when the others arrive; the
    // second is superseded while still queued.
    const quint64 first = worker.submit(requestFor(syntheticGraph(400)));
    const quint64 second = worker.submit(requestFor(syntheticGraph(50)));
    // Give the first a chance to finish and post its result before the last submission.
    QThread::msleep(300);
    const quint64 third = worker.submit(requestFor(demoGraph()));
    QVERIFY(first < second && second < third);
    QVERIFY(ready.wait(30000));
    // Results are posted in submission order, so any older one would be here by now.
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), third);
    QCOMPARE(ready.at(0).at(1).value<GraphLayout>().nodeBoxes.size(),
             int(demoGraph().nodes.size()));
}

void TestGraphWorker::cancelDropsOutstandingWork() {
    LayoutWorker worker;
    QSignalSpy ready(&worker, &LayoutWorker::layoutReady);
    worker.submit(requestFor(syntheticGraph(200)));
    worker.cancel();
    QVERIFY(!worker.isBusy());
    const quint64 last = worker.submit(requestFor(demoGraph()));
    QVERIFY(ready.wait(30000));
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), last);
}

void TestGraphWorker::workersShareTheThreadButNotResults() {
    LayoutWorker a;
    LayoutWorker b;
    QSignalSpy readyA(&a, &LayoutWorker::layoutReady);
    QSignalSpy readyB(&b, &LayoutWorker::layoutReady);
    a.submit(requestFor(syntheticGraph(30)));
    b.submit(requestFor(demoGraph()));
    QVERIFY(readyB.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(readyA.count(), 1, 30000);
    QCOMPARE(readyB.count(), 1);
    QCOMPARE(readyA.at(0).at(1).value<GraphLayout>().nodeBoxes.size(), 30);
    QCOMPARE(readyB.at(0).at(1).value<GraphLayout>().nodeBoxes.size(),
             int(demoGraph().nodes.size()));
}

void TestGraphWorker::destroyedWhileBusy() {
    auto doomed = std::make_unique<LayoutWorker>();
    doomed->submit(requestFor(syntheticGraph(300)));
    LayoutWorker survivor;
    QSignalSpy ready(&survivor, &LayoutWorker::layoutReady);
    survivor.submit(requestFor(demoGraph()));
    doomed.reset(); // with its job queued or running
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.count(), 1);

    {
        // the last worker going away stops the thread, after the running layout
        LayoutWorker last;
        last.submit(requestFor(syntheticGraph(300)));
    }
    LayoutWorker fresh;
    QSignalSpy freshReady(&fresh, &LayoutWorker::layoutReady);
    fresh.submit(requestFor(demoGraph()));
    QVERIFY(freshReady.wait(30000));
}

QTEST_GUILESS_MAIN(TestGraphWorker)
#include "tst_graph_worker.moc"
