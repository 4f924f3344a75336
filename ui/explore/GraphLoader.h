#pragma once

#include "core/ApiError.h"
#include "core/SchemaGraph.h"
#include "net/ApiClient.h"

#include <QObject>
#include <QPointer>

namespace cc::ui {

class SchemaGraphView;
class Settings;

// Feeds one SchemaGraphView from the server: every graphRequested() of the view becomes a
// `GET <uid>/schema-graph/` whose answer goes back into the view (setGraph or setError).
// A new request cancels the one still running, so a slow old answer never replaces a newer
// one. The depth and incoming choice of each request is remembered in the settings
// (graph/depth, graph/includeIncoming) as the starting point of the next graph opened.
class GraphLoader : public QObject {
    Q_OBJECT

public:
    GraphLoader(SchemaGraphView* view, Settings* settings, QObject* parent = nullptr);
    ~GraphLoader() override;

    void setClient(ApiClient* client);
    ApiClient* client() const { return m_client; }

    // Starts at `uid` with the remembered depth and incoming choice (clamped to the
    // server's depth limit once one is known).
    void start(const QString& uid);
    // Shows `graph` at once (already fetched elsewhere) without a request.
    void adopt(const SchemaGraph& graph);

    bool isLoading() const { return m_call != nullptr; }
    // Requests sent so far (cancelled ones included).
    int requestCount() const { return m_requests; }
    int cancelledCount() const { return m_cancelled; }
    // The server's depth limit from the last graph that said it.
    std::optional<int> serverMaxDepth() const { return m_maxDepth; }

    // The remembered choice, or the defaults.
    static int rememberedDepth(const Settings* settings);
    static bool rememberedIncoming(const Settings* settings);

signals:
    void graphLoaded(const cc::SchemaGraph& graph);
    void loadFailed(const cc::ApiError& error);

private:
    void fetch(const QString& uid, int depth, bool includeIncoming);

    QPointer<SchemaGraphView> m_view;
    Settings* m_settings = nullptr;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
    int m_requests = 0;
    int m_cancelled = 0;
    std::optional<int> m_maxDepth;
};

} // namespace cc::ui
