#pragma once

#include "http/ServerOptions.h"

#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace tsm::http {

struct ServerResources;

// tsm-refserver's HTTP side: a cpp-httplib server with a 64-thread pool (20 keep-alive
// clients must not starve each other), every route mounted under both namespaces,
// DRF-style 404 for unknown paths, and one log line per request.
class HttpServer {
public:
    explicit HttpServer(const ServerOptions& options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds the listening socket; returns the port, or -1 (with `error`) on failure.
    int bind(std::string& error);
    // Serves until stop() is called from another thread.
    void run();
    void stop();

private:
    std::unique_ptr<ServerResources> m_resources;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace tsm::http
