#include "CliContext.h"
#include "Commands.h"
#include "JsonOutput.h"

#include "graph/CardGeometry.h"
#include "graph/GraphExport.h"
#include "graph/SchemaGraphLayouter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace cc::cli {

namespace {

// Laid out with estimated card sizes: the CLI has no font engine of its own to measure.
bool renderSvg(const SchemaGraph& graph, QByteArray* svg, QString* error)
{
    const CardGeometry geometry;
    const LayoutRequest request = estimatedLayoutRequest(graph, {}, LayoutEngine::Dot, geometry);
    const LayoutResult result = SchemaGraphLayouter().layout(request);
    if (!result.ok()) {
        *error = QStringLiteral("Graph layout failed: %1").arg(result.error);
        return false;
    }
    SvgOptions options;
    options.geometry = geometry;
    *svg = toSvg(graph, *result.layout, options);
    return true;
}

bool renderPng(const QByteArray& svg, QByteArray* png, QString* error)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        *error = QStringLiteral("The SVG drawing of the graph could not be read back.");
        return false;
    }
    // Twice the SVG's size, for screens with more than one device pixel per point.
    const QSize size = renderer.defaultSize() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QBuffer buffer(png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QStringLiteral("Encoding the PNG failed.");
        return false;
    }
    return true;
}

} // namespace

void runGraph(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("table"), QStringLiteral("The root table."),
                                 QStringLiteral("UID|IDENTIFIER"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   QStringLiteral("Foreign-key hops from the root (default 1; the "
                                                  "server caps it)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption incoming(QStringLiteral("incoming"),
                                      QStringLiteral("Also follow references into each table."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("json (default), dot, svg or png."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write to FILE instead of stdout."),
                                 QStringLiteral("FILE"));
    parser.addOptions({depth, incoming, format, out});
    if (!ctx.parseCommand(parser, QStringLiteral("The schema graph around a table.")))
        return;
    if (parser.positionalArguments().size() != 1) {
        ctx.failUsage(QStringLiteral("graph needs exactly one UID or IDENTIFIER."));
        return;
    }
    bool depthOk = false;
    const int hops = parser.value(depth).toInt(&depthOk);
    if (!depthOk || hops < 1) {
        ctx.failUsage(QStringLiteral("--depth needs a number of at least 1."));
        return;
    }
    const QString fmt = parser.value(format);
    const QStringList formats{QStringLiteral("json"), QStringLiteral("dot"), QStringLiteral("svg"),
                              QStringLiteral("png")};
    if (!formats.contains(fmt)) {
        ctx.failUsage(QStringLiteral("--format must be json, dot, svg or png."));
        return;
    }
    const QString outPath = parser.value(out);
    const bool withIncoming = parser.isSet(incoming);
    ApiClient* client = ctx.client();
    if (!client)
        return;
    const auto fetchGraph = [&ctx, client, hops, withIncoming, fmt, outPath](const QString& uid) {
        client->schemaGraph(uid, hops, withIncoming, &ctx,
                            [&ctx, fmt, outPath](ApiResult<SchemaGraph> graph) {
            if (!graph) {
                ctx.fail(graph.error());
                return;
            }
            QByteArray bytes;
            QString error;
            if (fmt == QLatin1String("json")) {
                bytes = prettyJson(graph.rawBody()).toUtf8();
            } else if (fmt == QLatin1String("dot")) {
                bytes = toDot(graph.value());
            } else if (!renderSvg(graph.value(), &bytes, &error)
                       || (fmt == QLatin1String("png") && !renderPng(QByteArray(bytes), &bytes, &error))) {
                ctx.failLocal(error);
                return;
            }
            if (outPath.isEmpty()) {
                ctx.outBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())));
            } else {
                QFile file(outPath);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                    ctx.failLocal(QStringLiteral("Cannot write %1: %2").arg(outPath, file.errorString()));
                    return;
                }
            }
            ctx.finish(Ok);
        });
    };
    ctx.resolveUid(parser.positionalArguments().first(), fetchGraph);
}

} // namespace cc::cli
