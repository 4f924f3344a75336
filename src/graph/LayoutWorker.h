#pragma once

#include "graph/GraphLayout.h"
#include "graph/LayoutRequest.h"

#include <QObject>
#include <QString>

#include <memory>

namespace cc {

class GraphvizThread;

// Runs layouts on the one Graphviz thread and reports back on the thread that owns this
// object. Only the newest submission counts: older requests still queued are skipped,
// and results of older generations are dropped, so a view that re-submits on every
// change only ever sees the layout of its latest state.
class LayoutWorker : public QObject {
    Q_OBJECT

public:
    explicit LayoutWorker(QObject* parent = nullptr);
    ~LayoutWorker() override;

    // Queues a layout and returns its generation (1, 2, ...). Never blocks.
    quint64 submit(LayoutRequest request);
    // Makes every outstanding generation stale without submitting a new one.
    void cancel();
    quint64 latestGeneration() const;
    // True while the latest generation has not reported yet.
    bool isBusy() const { return m_busy; }

signals:
    void layoutReady(quint64 generation, const cc::GraphLayout& layout);
    void layoutFailed(quint64 generation, const QString& message);

private:
    struct Shared;
    void deliver(quint64 generation, const std::optional<GraphLayout>& layout,
                 const QString& error);

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<GraphvizThread> m_thread;
    bool m_busy = false;
};

} // namespace cc
