#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace tsm::http {

// What the log line of the request being served on this thread will say. cpp-httplib
// serves one request at a time per worker thread, from routing to logging.
struct RequestState {
    std::string id;
    std::chrono::steady_clock::time_point started;
    std::string fault;       // the injected fault, empty when none
    bool handlerRan = false; // the route's handler was entered
};

RequestState& currentRequest();
// Starts a new request on this thread and returns its id.
const std::string& beginRequest();

// A short, stable fingerprint of a request body (first 12 hex digits of SHA-256), so
// that a log proves how often one POST was received without holding its content.
std::string bodyHash(const std::string& body);

// One line per request to stderr or a file; thread-safe. Never given a token.
class RequestLog {
public:
    explicit RequestLog(const std::string& path); // empty: stderr
    ~RequestLog();
    RequestLog(const RequestLog&) = delete;
    RequestLog& operator=(const RequestLog&) = delete;

    bool ok() const { return m_file != nullptr; }
    void write(const std::string& line);

private:
    std::FILE* m_file = nullptr;
    bool m_owned = false;
    std::mutex m_mutex;
};

} // namespace tsm::http
