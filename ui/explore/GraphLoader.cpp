#include "ui/explore/GraphLoader.h"

#include "ui/Logging.h"
#include "ui/Settings.h"
#include "ui/graph/GraphToolBar.h"
#include "ui/graph/SchemaGraphView.h"

#include <QSpinBox>

namespace cc::ui {

namespace {
const QString kGroup = QStringLiteral("graph");
const QString kDepth = QStringLiteral("depth");
const QString kIncoming = QStringLiteral("includeIncoming");
} // namespace

GraphLoader::GraphLoader(SchemaGraphView* view, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_settings(settings) {
    connect(view, &SchemaGraphView::graphRequested, this, &GraphLoader::fetch);
}

GraphLoader::~GraphLoader() {
    if (m_call)
        m_call->cancel();
}

void GraphLoader::setClient(ApiClient* client) {
    m_client = client;
}

int GraphLoader::rememberedDepth(const Settings* settings) {
    const int depth = settings ? settings->intValue(kGroup, kDepth) : 0;
    return depth >= 1 ? depth : Settings::defaultValue(kGroup, kDepth).toInt();
}

bool GraphLoader::rememberedIncoming(const Settings* settings) {
    return settings ? settings->boolValue(kGroup, kIncoming)
                    : Settings::defaultValue(kGroup, kIncoming).toBool();
}

void GraphLoader::start(const QString& uid) {
    if (!m_view)
        return;
    GraphToolBar* bar = m_view->toolBar();
    const int remembered = rememberedDepth(m_settings);
    const int maximum =
        std::max(1, m_maxDepth.value_or(std::max(bar->depthBox()->maximum(), remembered)));
    bar->setDepth(std::min(remembered, maximum), maximum);
    bar->setIncoming(rememberedIncoming(m_settings));
    m_view->requestGraph(uid);
}

void GraphLoader::adopt(const SchemaGraph& graph) {
    if (m_call) {
        ++m_cancelled;
        m_call->cancel();
    }
    ++m_generation;
    if (graph.maxDepth)
        m_maxDepth = graph.maxDepth;
    if (m_view)
        m_view->setGraph(graph);
}

void GraphLoader::fetch(const QString& uid, int depth, bool includeIncoming) {
    if (m_call) {
        ++m_cancelled;
        m_call->cancel(); // its callback sees Cancelled and a stale generation
    }
    const quint64 generation = ++m_generation;
    if (m_settings) {
        m_settings->setValue(kGroup, kDepth, depth);
        m_settings->setValue(kGroup, kIncoming, includeIncoming);
    }
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("Not connected to a server.");
        if (m_view)
            m_view->setError(error.message);
        emit loadFailed(error);
        return;
    }
    ++m_requests;
    qCDebug(lcUi) << "schema graph" << uid << "depth" << depth << "incoming" << includeIncoming;
    m_call = m_client->schemaGraph(
        uid, depth, includeIncoming, this, [this, generation](ApiResult<SchemaGraph> result) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (!result.ok()) {
                if (result.error().kind == ApiError::Kind::Cancelled)
                    return;
                if (m_view)
                    m_view->setError(
                        tr("Could not load the schema graph: %1").arg(result.error().message));
                emit loadFailed(result.error());
                return;
            }
            const SchemaGraph& graph = result.value();
            if (graph.maxDepth)
                m_maxDepth = graph.maxDepth;
            if (m_view) {
                m_view->setGraph(graph);
                if (m_maxDepth)
                    m_view->setMaxDepth(*m_maxDepth);
            }
            emit graphLoaded(graph);
        });
}

} // namespace cc::ui
