// Schema graph layout plus scene construction (what SchemaGraphView does for a new graph)
// against Graphviz's own command-line tool on the same DOT text, measured in the same run.
//
//   ours:     SchemaGraphScene::setGraph (cards measured with QFontMetrics)
//             + LayoutWorker round trip (SchemaGraphLayouter on the Graphviz thread)
//             + SchemaGraphScene::applyLayout
//   baseline: `dot -Tplain` (or `sfdp -Tplain`) as a process on the DOT that
//             SchemaGraphLayouter::graphvizInput() hands to Graphviz for the same request
//
// Runs offscreen; prints Google Benchmark's table, then the ratios ours / baseline.

#include "graph/LayoutWorker.h"
#include "graph/SchemaGraphLayouter.h"
#include "ui/graph/SchemaGraphScene.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

using namespace cc;

namespace {

// A schema-like graph: a few hub tables referenced by many, every table holding one to
// three foreign keys to earlier tables, a few pointing back (cycles) and some
// self-references. Deterministic. Table 0 is the root.
SchemaGraph schemaLikeGraph(int tables) {
    std::uint32_t state = 20261124u + std::uint32_t(tables);
    auto next = [&state](std::uint32_t bound) {
        state = state * 1664525u + 1013904223u;
        return bound ? (state >> 8) % bound : 0u;
    };
    const char* policies[] = {"cascade", "restrict", "no action", "set null", "set default"};
    const char* types[] = {"uuid", "text", "integer", "timestamptz", "numeric(14,2)", "boolean"};
    SchemaGraph g;
    g.rootUid = QStringLiteral("t0");
    g.depth = 5;
    g.includeIncoming = true;
    const int hubs = std::max(3, tables / 40);
    for (int i = 0; i < tables; ++i) {
        GraphNode node;
        node.uid = QStringLiteral("t%1").arg(i);
        node.identifier = QStringLiteral("bench_%1.Table%2").arg(i % 17).arg(i);
        node.namespaceName = QStringLiteral("bench-%1").arg(i % 17);
        node.physicalSchema = QStringLiteral("public");
        node.physicalTableName = QStringLiteral("bench_%1__table_%2").arg(i % 17).arg(i);
        GraphColumn pk;
        pk.name = QStringLiteral("uid");
        pk.dataType = QStringLiteral("uuid");
        pk.primaryKey = true;
        node.columns.push_back(pk);
        const int columns = 3 + int(next(8));
        for (int c = 0; c < columns; ++c) {
            GraphColumn column;
            column.name = QStringLiteral("col_%1").arg(c);
            column.dataType = QString::fromLatin1(types[next(6)]);
            node.columns.push_back(column);
        }
        g.nodes.push_back(node);
        if (i == 0)
            continue;
        const int fks = 1 + int(next(3));
        for (int f = 0; f < fks; ++f) {
            const bool toHub = next(3) != 0;
            const int target =
                toHub ? int(next(std::uint32_t(std::min(i, hubs)))) : int(next(std::uint32_t(i)));
            GraphEdge edge;
            edge.sourceUid = node.uid;
            edge.targetUid = QStringLiteral("t%1").arg(target);
            edge.sourceColumns = {QStringLiteral("col_%1").arg(f)};
            edge.targetColumns = {QStringLiteral("uid")};
            edge.onDelete = QString::fromLatin1(policies[next(5)]);
            edge.name = QStringLiteral("fk_%1_%2").arg(i).arg(f);
            g.edges.push_back(edge);
        }
        if (next(60) == 0) { // cycle back to a later table
            GraphEdge back = g.edges.back();
            std::swap(back.sourceUid, back.targetUid);
            back.name = QStringLiteral("fk_back_%1").arg(i);
            g.edges.push_back(back);
        }
        if (next(80) == 0) { // self-reference
            GraphEdge self = g.edges.back();
            self.sourceUid = self.targetUid = node.uid;
            self.name = QStringLiteral("fk_self_%1").arg(i);
            g.edges.push_back(self);
        }
    }
    return g;
}

const SchemaGraph& graphFor(int tables) {
    static std::map<int, SchemaGraph> graphs;
    auto it = graphs.find(tables);
    if (it == graphs.end())
        it = graphs.emplace(tables, schemaLikeGraph(tables)).first;
    return it->second;
}

LayoutEngine engineOf(int code) {
    return code == 0 ? LayoutEngine::Dot : LayoutEngine::Sfdp;
}

void oursLayoutAndScene(benchmark::State& state) {
    const SchemaGraph& graph = graphFor(int(state.range(0)));
    const LayoutEngine engine = engineOf(int(state.range(1)));
    LayoutWorker worker;
    for (auto _ : state) {
        ui::SchemaGraphScene scene;
        scene.setGraph(graph);
        GraphLayout layout;
        QEventLoop loop;
        QObject::connect(&worker, &LayoutWorker::layoutReady, &loop,
                         [&](quint64, const GraphLayout& result) {
                             layout = result;
                             loop.quit();
                         });
        QObject::connect(&worker, &LayoutWorker::layoutFailed, &loop,
                         [&](quint64, const QString& e) {
                             state.SkipWithError(e.toStdString().c_str());
                             loop.quit();
                         });
        worker.submit(scene.layoutRequest(engine));
        loop.exec();
        scene.applyLayout(layout);
        benchmark::DoNotOptimize(scene.items().size());
    }
    state.counters["tables"] = double(graph.nodes.size());
    state.counters["fks"] = double(graph.edges.size());
}

void graphvizCommandLine(benchmark::State& state) {
    const SchemaGraph& graph = graphFor(int(state.range(0)));
    const LayoutEngine engine = engineOf(int(state.range(1)));
    const QString program =
        engine == LayoutEngine::Dot ? QStringLiteral("dot") : QStringLiteral("sfdp");
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        state.SkipWithError("Graphviz command-line tools are not installed");
        return;
    }
    // The same request the scene builds, so the DOT is byte for byte what we lay out.
    ui::SchemaGraphScene scene;
    scene.setGraph(graph);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.dot"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(SchemaGraphLayouter().graphvizInput(scene.layoutRequest(engine))) <= 0) {
        state.SkipWithError("could not write the DOT file");
        return;
    }
    file.close();
    for (auto _ : state) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(program, {QStringLiteral("-Tplain"), path});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            state.SkipWithError("Graphviz failed");
            break;
        }
    }
    state.counters["tables"] = double(graph.nodes.size());
}

void sizes(benchmark::internal::Benchmark* b) {
    b->Args({100, 0})->Args({500, 0})->Args({2000, 0})->Args({2000, 1});
}

BENCHMARK(oursLayoutAndScene)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);
BENCHMARK(graphvizCommandLine)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

// Keeps each run's mean wall time so the ratios can be printed afterwards.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.error_occurred || run.iterations == 0)
                continue;
            // "<kind>/<tables>/<engine>/min_time:.../real_time"
            const std::string name = run.benchmark_name();
            const auto first = name.find('/');
            const auto second = name.find('/', first + 1);
            const auto third = name.find('/', second + 1);
            if (first == std::string::npos || second == std::string::npos)
                continue;
            const std::string kind = name.substr(0, first);
            const std::string tables = name.substr(first + 1, second - first - 1);
            const std::string engine =
                name.substr(second + 1, third - second - 1) == "0" ? "dot" : "sfdp";
            const std::string args =
                std::string(6 - std::min<size_t>(6, tables.size()), ' ') + tables + " " + engine;
            const double ms = run.GetAdjustedRealTime(); // in the run's unit: milliseconds
            (kind == "oursLayoutAndScene" ? ours : baseline)[args] = ms;
        }
    }

    void printRatios() const {
        std::printf("\n%-22s %14s %14s %10s\n", "tables/engine", "ours ms", "graphviz ms",
                    "ours/gv");
        for (const auto& [args, ms] : ours) {
            const auto base = baseline.find(args);
            if (base == baseline.end())
                continue;
            std::printf("%-22s %14.1f %14.1f %10.2f\n", args.c_str(), ms, base->second,
                        ms / base->second);
        }
    }

private:
    std::map<std::string, double> ours;
    std::map<std::string, double> baseline;
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
