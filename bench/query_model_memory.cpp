// Memory of the GUI's ResultModel holding a large result: fills a ResultModel window by
// window from a running tsm-refserver (as a view scrolling to the end would) and prints the
// resident-set growth and peak, with the page cache's own byte count.
//   query_model_memory URL TOKEN [ROWS] [WINDOW] [SQL] [TABLE]
// Run with QT_QPA_PLATFORM=offscreen; bench/query_bench.sh runs it against a seeded server
// and sets the figures against the CSV size of the same rows.
#include "net/ApiClient.h"
#include "ui/query/ResultModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace cc;

namespace {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    // procfs files report size 0, so atEnd() is true at once: read until EOF instead.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS.
void resetPeak() {
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: %s URL TOKEN [ROWS] [WINDOW] [SQL] [TABLE]\n", argv[0]);
        return 2;
    }
    const qint64 rows = args.value(3, QStringLiteral("1000000")).toLongLong();
    const qint64 window = args.value(4, QStringLiteral("10000")).toLongLong();
    const QString sql = args.value(
        5, QStringLiteral(
               "SELECT trade_id, account_id, instrument_id, side, quantity, price, trade_ts, "
               "settlement_date FROM markets.trades AS t ORDER BY trade_id"));
    const QString table = args.value(6, QStringLiteral("markets.trades"));
    QTextStream out(stdout);

    ClientConfig config;
    config.baseUrl = QUrl(args.at(1));
    config.accessToken = args.at(2);
    config.timeoutMs = 300000;
    ApiClient client(config);
    ui::ResultModel model;
    model.setClient(&client);
    model.setPageSize(window);
    model.setResidentRowLimit(0); // hold every row

    qint64 rssBefore = 0;
    QElapsedTimer clock;
    int exitCode = 0;
    auto finish = [&](const QString& problem) {
        if (!problem.isEmpty()) {
            out << "error: " << problem << Qt::endl;
            exitCode = 1;
        }
        app.quit();
    };
    // The view's part: whenever a window ended, ask for the rows after the loaded ones.
    QObject::connect(&model, &ui::ResultModel::stateChanged, &app, [&](ui::ResultModel::State s) {
        if (s == ui::ResultModel::State::Failed)
            return finish(model.lastError().message);
        if (s != ui::ResultModel::State::Finished)
            return;
        const qint64 loaded = model.cache().loadedRowCount();
        if (loaded >= rows ||
            (model.cache().isEndKnown() && loaded >= model.cache().knownRowCount()))
            return finish(QString());
        model.requestRows(loaded, loaded + window - 1);
    });

    client.resolveTable(table, &app, [&](ApiResult<MetaTable> result) {
        if (!result.ok())
            return finish(result.error().message);
        CompiledSqlOperation op;
        op.sql = sql;
        op.tables = {ScopeTable{result.value().uid, QStringLiteral("t"), QStringLiteral("read"),
                                std::nullopt}};
        op.maxRows = rows;
        op.statementTimeoutMs = 300000;
        rssBefore = statusKb("VmRSS");
        resetPeak();
        clock.start();
        model.run(op);
    });
    app.exec();
    if (exitCode != 0)
        return exitCode;
    const qint64 seconds100 = clock.elapsed() / 10;
    const qint64 rssAfter = statusKb("VmRSS");
    const qint64 peak = statusKb("VmHWM");
    out << "model_rows=" << model.cache().loadedRowCount() << '\n'
        << "model_columns=" << model.columnCount() << '\n'
        << "model_fill_seconds=" << seconds100 / 100 << '.'
        << QString::number(seconds100 % 100).rightJustified(2, QLatin1Char('0')) << '\n'
        << "model_pages=" << model.pagesFetched() << '\n'
        << "cache_bytes=" << qint64(model.cache().memoryBytes()) << '\n'
        << "rss_before_kb=" << rssBefore << '\n'
        << "rss_after_kb=" << rssAfter << '\n'
        << "rss_peak_kb=" << peak << '\n'
        << "rss_delta_kb=" << rssAfter - rssBefore << '\n'
        << "rss_peak_delta_kb=" << peak - rssBefore << Qt::endl;
    return 0;
}
