// serve: the HTTP server until SIGINT or SIGTERM.
#include "catalog/CatalogSchema.h"
#include "cli/Commands.h"
#include "db/PgConnection.h"
#include "http/HttpServer.h"

#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <stdexcept>
#include <thread>

namespace tsm::cli {

namespace {

http::ServerOptions serveOptions(const Arguments& args) {
    http::ServerOptions o;
    // Catalog queries are short: JIT compilation would only add latency.
    o.catalogConninfo = db::withParameter(args.required("db"), "options", "-c jit=off");
    const std::string listen = args.required("listen");
    const size_t colon = listen.rfind(':');
    if (colon == std::string::npos)
        throw std::invalid_argument("--listen needs HOST:PORT, e.g. 127.0.0.1:8080");
    o.host = listen.substr(0, colon);
    try {
        o.port = std::stoi(listen.substr(colon + 1));
    } catch (const std::exception&) {
        o.port = -1;
    }
    if (o.port < 0 || o.port > 65535)
        throw std::invalid_argument("--listen port must be 0..65535");
    o.pageCap = args.integer("page-cap", o.pageCap);
    o.maxGraphDepth = int(args.integer("max-graph-depth", o.maxGraphDepth));
    o.accessTtlSeconds = args.integer("access-ttl", o.accessTtlSeconds);
    if (o.pageCap < 1 || o.maxGraphDepth < 0 || o.accessTtlSeconds < 1)
        throw std::invalid_argument("--page-cap and --access-ttl must be >= 1, "
                                    "--max-graph-depth >= 0");
    if (auto spec = args.value("fault")) {
        std::string error;
        auto fault = http::parseFaultSpec(*spec, error);
        if (!fault)
            throw std::invalid_argument(error);
        o.fault = *fault;
    }
    o.logFile = args.value("log", "");
    return o;
}

} // namespace

int runServe(const Arguments& args) {
    const http::ServerOptions options = serveOptions(args);
    {
        db::Connection probe(options.catalogConninfo);
        if (!catalog::catalogReady(probe))
            throw std::runtime_error(
                "the catalog schema is missing: run `tsm-refserver init` first");
    }

    // Worker threads inherit this mask, so only the waiter below sees the signals.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    http::HttpServer server(options);
    std::string error;
    const int port = server.bind(error);
    if (port < 0)
        throw std::runtime_error(error);

    std::thread waiter([&server, signals] {
        int received = 0;
        sigwait(&signals, &received);
        if (received != SIGUSR1)
            std::cerr << "tsm-refserver: stopping on signal " << received << "\n";
        server.stop();
    });
    if (options.fault.enabled())
        std::cerr << "tsm-refserver: fault injection on: " << options.fault.describe() << "\n";
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
    server.run();
    pthread_kill(waiter.native_handle(), SIGUSR1); // wakes the waiter if no signal came
    waiter.join();
    return 0;
}

} // namespace tsm::cli
