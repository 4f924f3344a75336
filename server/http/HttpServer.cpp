#include "http/HttpServer.h"

#include "http/RequestLog.h"
#include "http/Router.h"
#include "http/ServerResources.h"
#include "routes/Routes.h"

#include <httplib.h>

#include <cstdio>

namespace tsm::http {

namespace {

void logRequest(RequestLog& log, const httplib::Request& req, const httplib::Response& res) {
    const RequestState& state = currentRequest();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - state.started)
            .count();
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.1f", ms);
    std::string line = state.id + " " + req.method + " " + req.path + " " +
                       (state.fault == "reset" ? std::string("-") : std::to_string(res.status)) +
                       " " + timing + "ms";
    if (req.method == "POST" || req.method == "PATCH" || req.method == "DELETE")
        line += " body=" + bodyHash(req.body);
    line += state.handlerRan ? " handler=ran" : " handler=skipped";
    if (!state.fault.empty())
        line += " fault=" + state.fault;
    log.write(line);
}

} // namespace

HttpServer::HttpServer(const ServerOptions& options)
    : m_resources(std::make_unique<ServerResources>(options))
    , m_server(std::make_unique<httplib::Server>()) {
    httplib::Server& server = *m_server;
    server.new_task_queue = [] { return new httplib::ThreadPool(64); };
    server.set_tcp_nodelay(true); // headers and body are separate writes: no Nagle delay
    server.set_keep_alive_max_count(1000);
    // Idle keep-alive connections hold a worker until this timeout, also at shutdown.
    server.set_keep_alive_timeout(5);
    server.set_payload_max_length(64 * 1024 * 1024);

    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
        res.set_header("X-Request-Id", beginRequest());
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Only for replies that have no body yet: unknown paths and unsupported methods.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty() || res.status == 599)
                return httplib::Server::HandlerResponse::Unhandled;
            const char* detail = res.status == 404   ? "Not found."
                                 : res.status == 405 ? "Method not allowed."
                                                     : "Bad request.";
            res.set_content(std::string("{\"detail\": \"") + detail + "\"}", kJsonContentType);
            return httplib::Server::HandlerResponse::Handled;
        }));
    RequestLog& log = m_resources->log;
    server.set_logger([&log](const httplib::Request& req, const httplib::Response& res) {
        logRequest(log, req, res);
    });

    Router router(server, *m_resources);
    routes::mountAll(router);
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(std::string& error) {
    if (!m_resources->log.ok()) {
        error = "cannot open the log file '" + m_resources->options.logFile + "'";
        return -1;
    }
    const ServerOptions& o = m_resources->options;
    int port = o.port;
    if (port == 0) {
        port = m_server->bind_to_any_port(o.host);
    } else if (!m_server->bind_to_port(o.host, port)) {
        port = -1;
    }
    if (port < 0)
        error = "cannot listen on " + o.host + ":" + std::to_string(o.port);
    return port;
}

void HttpServer::run() {
    m_server->listen_after_bind();
}

void HttpServer::stop() {
    m_server->stop();
}

} // namespace tsm::http
