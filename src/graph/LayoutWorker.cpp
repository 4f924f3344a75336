#include "graph/LayoutWorker.h"

#include "graph/Logging.h"
#include "graph/SchemaGraphLayouter.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <mutex>

namespace cc {

// The thread all layouts run on, shared by every LayoutWorker alive. It stops when the
// last worker goes away (waiting for a running layout to finish).
class GraphvizThread {
public:
    static std::shared_ptr<GraphvizThread> acquire() {
        static std::mutex mutex;
        static std::weak_ptr<GraphvizThread> current;
        std::lock_guard<std::mutex> lock(mutex);
        std::shared_ptr<GraphvizThread> thread = current.lock();
        if (!thread) {
            thread = std::make_shared<GraphvizThread>();
            current = thread;
        }
        return thread;
    }

    GraphvizThread() {
        m_thread.setObjectName(QStringLiteral("graphviz"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    ~GraphvizThread() {
        m_thread.quit();
        m_thread.wait();
    }

    GraphvizThread(const GraphvizThread&) = delete;
    GraphvizThread& operator=(const GraphvizThread&) = delete;

    // Lives on the thread: functors invoked on it run there, in order.
    QObject* context() { return &m_context; }

private:
    QThread m_thread;
    QObject m_context;
};

struct LayoutWorker::Shared {
    std::atomic<quint64> latest{0};
    std::mutex ownerMutex;
    LayoutWorker* owner = nullptr; // null once the worker is destroyed
};

LayoutWorker::LayoutWorker(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_thread(GraphvizThread::acquire()) {
    qRegisterMetaType<cc::GraphLayout>();
    m_shared->owner = this;
}

LayoutWorker::~LayoutWorker() {
    std::lock_guard<std::mutex> lock(m_shared->ownerMutex);
    m_shared->owner = nullptr;
}

quint64 LayoutWorker::submit(LayoutRequest request) {
    const quint64 generation = ++m_shared->latest;
    m_busy = true;
    std::shared_ptr<Shared> shared = m_shared;
    QMetaObject::invokeMethod(
        m_thread->context(),
        [shared, generation, request = std::move(request)]() {
            if (generation != shared->latest.load())
                return; // superseded while queued
            QElapsedTimer timer;
            timer.start();
            LayoutResult result = SchemaGraphLayouter().layout(request);
            qCDebug(lcGraph) << "layout" << generation << "of" << request.graph.nodes.size()
                             << "nodes took" << timer.elapsed() << "ms";
            std::lock_guard<std::mutex> lock(shared->ownerMutex);
            if (!shared->owner || generation != shared->latest.load())
                return;
            LayoutWorker* owner = shared->owner;
            QMetaObject::invokeMethod(
                owner,
                [owner, generation, layout = std::move(result.layout),
                 error = std::move(result.error)]() { owner->deliver(generation, layout, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return generation;
}

void LayoutWorker::cancel() {
    ++m_shared->latest;
    m_busy = false;
}

quint64 LayoutWorker::latestGeneration() const {
    return m_shared->latest.load();
}

void LayoutWorker::deliver(quint64 generation, const std::optional<GraphLayout>& layout,
                           const QString& error) {
    if (generation != m_shared->latest.load())
        return; // a newer request is on its way
    m_busy = false;
    if (layout)
        emit layoutReady(generation, *layout);
    else
        emit layoutFailed(generation, error);
}

} // namespace cc
