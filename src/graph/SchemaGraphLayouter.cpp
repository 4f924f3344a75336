#include "graph/SchemaGraphLayouter.h"

#include "graph/GraphvizCoordinates.h"
#include "graph/GraphvizSession.h"
#include "graph/Logging.h"
#include "graph/SchemaGraphIndex.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace cc {

namespace {

using graphviz::mutableText;

constexpr double kPointsPerInch = graphviz::Coordinates::kPointsPerInch;
constexpr int kLargeGraph = 300; // tables

QByteArray inches(double points) {
    return QByteArray::number(points / kPointsPerInch, 'f', 4);
}

// Whole points, within sane limits: Graphviz rounds node sizes to points itself, and
// rounding up keeps the box it reports at least as large as the card.
double cardExtent(double points) {
    if (!std::isfinite(points))
        return 1;
    return std::clamp(std::ceil(points), 1.0, 20000.0);
}

// Where the line from the centre of `box` towards `towards` leaves the box.
QPointF borderPoint(const QRectF& box, const QPointF& towards) {
    const QPointF c = box.center();
    const QPointF d = towards - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return QPointF(box.right(), c.y());
    const double sx = std::abs(d.x()) > 1e-9 ? (box.width() / 2) / std::abs(d.x()) : 1e300;
    const double sy = std::abs(d.y()) > 1e-9 ? (box.height() / 2) / std::abs(d.y()) : 1e300;
    return c + d * std::min(sx, sy);
}

// A straight route for edges Graphviz left without a spline.
EdgeRoute straightRoute(int edgeIndex, const QRectF& source, const QRectF& target) {
    const QPointF start = borderPoint(source, target.center());
    const QPointF tip = borderPoint(target, source.center());
    const QPointF delta = tip - start;
    const double length = std::hypot(delta.x(), delta.y());
    const QPointF end = length > SchemaGraphLayouter::kArrowLength
                            ? tip - delta * (SchemaGraphLayouter::kArrowLength / length)
                            : start;
    EdgeRoute route;
    route.edgeIndex = edgeIndex;
    route.points = {start, start + (end - start) / 3, start + (end - start) * 2 / 3, end};
    route.arrowTip = tip;
    return route;
}

// How far an end segment reaches out horizontally before bending towards the rest.
double bendReach(const QPointF& from, const QPointF& to) {
    return std::clamp(std::abs(to.x() - from.x()) * 0.5, 24.0, 140.0);
}

// Moves the ends of a routed edge onto the rows of its FK columns (see the class comment).
void attachToRows(EdgeRoute& route, const QRectF& source, std::optional<qreal> sourceRow,
                  const QRectF& target, std::optional<qreal> targetRow) {
    std::vector<QPointF>& p = route.points;
    const size_t n = p.size();
    if (sourceRow) {
        const double dir = p.front().x() >= source.center().x() ? 1 : -1;
        const QPointF start(dir > 0 ? source.right() : source.left(), source.top() + *sourceRow);
        p[0] = start;
        p[1] = start + QPointF(dir * bendReach(start, p[3]), 0);
    }
    if (targetRow) {
        const QPointF oldTip = route.arrowTip.value_or(p.back());
        const double dir = oldTip.x() >= target.center().x() ? 1 : -1;
        const QPointF tip(dir > 0 ? target.right() : target.left(), target.top() + *targetRow);
        const QPointF end = tip + QPointF(dir * SchemaGraphLayouter::kArrowLength, 0);
        p[n - 1] = end;
        p[n - 2] = end + QPointF(dir * bendReach(end, p[n - 4]), 0);
        route.arrowTip = tip;
    }
}

// A self-reference between two rows of one card: a loop out of its right side.
EdgeRoute rowLoop(int edgeIndex, const QRectF& box, qreal sourceRow, qreal targetRow) {
    const QPointF start(box.right(), box.top() + sourceRow);
    const QPointF tip(box.right(), box.top() + targetRow);
    const QPointF end = tip + QPointF(SchemaGraphLayouter::kArrowLength, 0);
    const double reach = 26 + std::abs(targetRow - sourceRow) * 0.35;
    const double lift = std::abs(targetRow - sourceRow) < 4 ? 14 : 0;
    EdgeRoute route;
    route.edgeIndex = edgeIndex;
    route.points = {start, start + QPointF(reach, -lift), end + QPointF(reach, lift), end};
    route.arrowTip = tip;
    return route;
}

std::optional<qreal> rowOffset(const LayoutRequest& request, const QString& uid,
                               const QStringList& columns) {
    if (columns.isEmpty())
        return std::nullopt;
    const auto node = request.columnPorts.constFind(uid);
    if (node == request.columnPorts.constEnd())
        return std::nullopt;
    const auto row = node->constFind(columns.front());
    if (row == node->constEnd())
        return std::nullopt;
    return *row;
}

QByteArray writeDot(Agraph_t* graph) {
    char* buffer = nullptr;
    size_t length = 0;
    FILE* stream = open_memstream(&buffer, &length);
    if (!stream)
        return {};
    agwrite(graph, stream);
    std::fclose(stream);
    QByteArray dot(buffer, static_cast<int>(length));
    std::free(buffer);
    return dot;
}

// One Graphviz graph for one request, closed when the run ends.
class LayoutRun {
public:
    LayoutRun(graphviz::Session& session, const LayoutRequest& request)
        : m_session(session)
        , m_request(request)
        , m_index(request.graph) {}
    ~LayoutRun() { close(); }
    LayoutRun(const LayoutRun&) = delete;
    LayoutRun& operator=(const LayoutRun&) = delete;

    bool open();
    void addNodes();
    void addEdges();
    bool layout(QString* error);
    GraphLayout importLayout() const;
    QByteArray dot() const { return writeDot(m_graph); }
    QByteArray laidOutDot() const;
    void close();

private:
    EdgeRoute importRoute(int edgeIndex, const graphviz::Coordinates& coordinates,
                          const GraphLayout& layout) const;

    graphviz::Session& m_session;
    const LayoutRequest& m_request;
    SchemaGraphIndex m_index;
    Agraph_t* m_graph = nullptr;
    bool m_laidOut = false;
    std::vector<Agnode_t*> m_nodes;
    std::vector<Agedge_t*> m_edges; // by edge index; null where an end is missing
};

bool LayoutRun::open() {
    m_graph = agopen(mutableText("schema"), Agdirected, nullptr);
    if (!m_graph)
        return false;
    auto graphAttr = [this](const char* name, const QByteArray& value) {
        agattr(m_graph, AGRAPH, mutableText(name), mutableText(value.constData()));
    };
    if (m_request.engine == LayoutEngine::Dot) {
        graphAttr("rankdir", "LR");
        graphAttr("nodesep", inches(std::max(4.0, double(m_request.nodeSeparation))));
        graphAttr("ranksep", inches(std::max(4.0, double(m_request.rankSeparation))));
        graphAttr("splines", "spline");
        // Crossing minimisation dominates on large graphs; fewer passes cost little
        // readability there and save about 40 % of the time at 2,000 tables.
        if (m_index.nodeCount() >= kLargeGraph)
            graphAttr("mclimit", "0.3");
    } else {
        graphAttr("overlap", "prism");
        graphAttr("sep", "+" + QByteArray::number(std::max(2.0, m_request.nodeSeparation / 2)));
        graphAttr("splines", "false");
        graphAttr("start", "1"); // fixed seed: the same graph gets the same drawing
    }
    return true;
}

void LayoutRun::addNodes() {
    Agsym_t* shape = agattr(m_graph, AGNODE, mutableText("shape"), mutableText("box"));
    Agsym_t* label = agattr(m_graph, AGNODE, mutableText("label"), mutableText(""));
    Agsym_t* fixed = agattr(m_graph, AGNODE, mutableText("fixedsize"), mutableText("true"));
    Agsym_t* width = agattr(m_graph, AGNODE, mutableText("width"), mutableText("2.5"));
    Agsym_t* height = agattr(m_graph, AGNODE, mutableText("height"), mutableText("0.75"));
    Q_UNUSED(shape)
    Q_UNUSED(label)
    Q_UNUSED(fixed)
    m_nodes.reserve(static_cast<size_t>(m_index.nodeCount()));
    for (int i = 0; i < m_index.nodeCount(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t* node = agnode(m_graph, mutableText(name.constData()), 1);
        const QSizeF size = m_request.nodeSizes.value(m_index.uidAt(i), m_request.defaultNodeSize);
        agxset(node, width, mutableText(inches(cardExtent(size.width())).constData()));
        agxset(node, height, mutableText(inches(cardExtent(size.height())).constData()));
        m_nodes.push_back(node);
    }
}

void LayoutRun::addEdges() {
    Agsym_t* constraint = agattr(m_graph, AGEDGE, mutableText("constraint"), mutableText("true"));
    const auto& edges = m_request.graph.edges;
    m_edges.assign(edges.size(), nullptr);
    for (size_t e = 0; e < edges.size(); ++e) {
        const int edge = static_cast<int>(e);
        if (!m_index.edgeIsValid(edge))
            continue;
        const int s = m_index.edgeSource(edge);
        const int t = m_index.edgeTarget(edge);
        const QByteArray name = "e" + QByteArray::number(edge);
        Agedge_t* ge = agedge(m_graph, m_nodes[static_cast<size_t>(s)],
                              m_nodes[static_cast<size_t>(t)], mutableText(name.constData()), 1);
        m_edges[e] = ge;
        // Ranks follow the breadth-first columns from the root: an edge that would pull a
        // table against them (a cycle back towards the root) does not constrain ranking.
        const auto ls = m_index.level(m_index.uidAt(s));
        const auto lt = m_index.level(m_index.uidAt(t));
        if (ge && ls && lt && *ls >= *lt && s != t)
            agxset(ge, constraint, mutableText("false"));
    }
}

bool LayoutRun::layout(QString* error) {
    GVC_t* gvc = m_session.context();
    if (!gvc) {
        *error = QStringLiteral("Graphviz could not be initialised");
        return false;
    }
    const char* engine = m_request.engine == LayoutEngine::Dot ? "dot" : "sfdp";
    // sfdp's `start` seed does not cover every random draw (its coarsening and overlap
    // removal use the C generators without seeding them), so seed those too: the same
    // graph must get the same drawing however many layouts ran before it.
    std::srand(1);
    srand48(1);
    if (gvLayout(gvc, m_graph, engine) != 0) {
        const QString messages = m_session.messages();
        *error = messages.isEmpty() ? QStringLiteral("Graphviz layout failed") : messages;
        return false;
    }
    m_laidOut = true;
    return true;
}

EdgeRoute LayoutRun::importRoute(int edgeIndex, const graphviz::Coordinates& coordinates,
                                 const GraphLayout& layout) const {
    const GraphEdge& edge = m_request.graph.edges[static_cast<size_t>(edgeIndex)];
    const QRectF source = layout.nodeBoxes.value(edge.sourceUid);
    const QRectF target = layout.nodeBoxes.value(edge.targetUid);
    const auto sourceRow = rowOffset(m_request, edge.sourceUid, edge.sourceColumns);
    const auto targetRow = rowOffset(m_request, edge.targetUid, edge.targetColumns);
    if (edge.sourceUid == edge.targetUid && sourceRow && targetRow)
        return rowLoop(edgeIndex, source, *sourceRow, *targetRow);

    EdgeRoute route;
    route.edgeIndex = edgeIndex;
    Agedge_t* ge = m_edges[static_cast<size_t>(edgeIndex)];
    const splines* spl = ge ? ED_spl(ge) : nullptr;
    // Only concentrated or compound edges have several pieces; we use neither.
    if (spl && spl->size > 0 && spl->list[0].size >= 4 && (spl->list[0].size - 1) % 3 == 0) {
        const bezier& curve = spl->list[0];
        route.points.reserve(static_cast<size_t>(curve.size));
        for (int i = 0; i < curve.size; ++i)
            route.points.push_back(coordinates.point(curve.list[i]));
        if (curve.eflag)
            route.arrowTip = coordinates.point(curve.ep);
    } else {
        route = straightRoute(edgeIndex, source, target);
    }
    if (sourceRow || targetRow)
        attachToRows(route, source, sourceRow, target, targetRow);
    return route;
}

GraphLayout LayoutRun::importLayout() const {
    GraphLayout layout;
    layout.engine = m_request.engine;
    const graphviz::Coordinates coordinates(GD_bb(m_graph));
    QRectF bounds = coordinates.box(GD_bb(m_graph));
    layout.nodeBoxes.reserve(m_index.nodeCount());
    for (int i = 0; i < m_index.nodeCount(); ++i) {
        Agnode_t* node = m_nodes[static_cast<size_t>(i)];
        const QRectF box = coordinates.nodeBox(ND_coord(node), ND_width(node), ND_height(node));
        layout.nodeBoxes.insert(m_index.uidAt(i), box);
        bounds |= box;
    }
    layout.edges.reserve(m_edges.size());
    for (size_t e = 0; e < m_edges.size(); ++e) {
        if (!m_index.edgeIsValid(static_cast<int>(e)))
            continue;
        EdgeRoute route = importRoute(static_cast<int>(e), coordinates, layout);
        for (const QPointF& p : route.points)
            bounds |= QRectF(p, QSizeF(0.01, 0.01));
        layout.edges.push_back(std::move(route));
    }
    layout.boundingBox = bounds;
    return layout;
}

// The result with Graphviz's own attributes (pos, bb, ...), for debugging.
QByteArray LayoutRun::laidOutDot() const {
    char* data = nullptr;
    unsigned int length = 0;
    if (!m_laidOut || gvRenderData(m_session.context(), m_graph, "dot", &data, &length) != 0)
        return {};
    QByteArray dot(data, static_cast<int>(length));
    gvFreeRenderData(data);
    return dot;
}

void LayoutRun::close() {
    if (!m_graph)
        return;
    if (m_laidOut)
        gvFreeLayout(m_session.context(), m_graph);
    agclose(m_graph);
    m_graph = nullptr;
    m_laidOut = false;
}

// CC_DEBUG_GRAPHVIZ=dir: where layout inputs and results are dumped, if anywhere.
QString debugDumpPath() {
    static std::atomic<int> counter{0};
    const QString dir = qEnvironmentVariable("CC_DEBUG_GRAPHVIZ");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    return QDir(dir).filePath(QStringLiteral("layout-%1").arg(++counter));
}

void writeDebugFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
}

} // namespace

LayoutResult SchemaGraphLayouter::layout(const LayoutRequest& request) const {
    LayoutResult result;
    try {
        if (request.graph.nodes.empty()) {
            GraphLayout empty;
            empty.engine = request.engine;
            result.layout = empty;
            return result;
        }
        graphviz::Session session;
        LayoutRun run(session, request);
        if (!run.open()) {
            result.error = QStringLiteral("Graphviz could not create a graph");
            return result;
        }
        run.addNodes();
        run.addEdges();
        const QString dump = debugDumpPath();
        if (!dump.isEmpty())
            writeDebugFile(dump + QStringLiteral(".dot"), run.dot());
        QString error;
        if (!run.layout(&error)) {
            qCWarning(lcGraph) << "layout failed:" << error;
            result.error = error;
            return result;
        }
        result.layout = run.importLayout();
        if (!dump.isEmpty())
            writeDebugFile(dump + QStringLiteral(".out.dot"), run.laidOutDot());
    } catch (const std::exception& e) {
        result.layout.reset();
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}

QByteArray SchemaGraphLayouter::graphvizInput(const LayoutRequest& request) const {
    try {
        graphviz::Session session;
        LayoutRun run(session, request);
        if (!run.open())
            return {};
        run.addNodes();
        run.addEdges();
        return run.dot();
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace cc
