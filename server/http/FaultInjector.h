#pragma once

#include "http/ServerOptions.h"

#include <mutex>
#include <random>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace tsm::http {

// Fault injection for reliability tests (off unless --fault is given).
// Before a handler: `latency` delays every request; `500`/`503` answer instead of the
// handler (so a POST is not executed) and `reset` closes the connection without any
// answer. After a handler (it ran once): `truncate` sends half the real body, then
// closes; `slow` sends the real body in small, delayed pieces.
class FaultInjector {
public:
    explicit FaultInjector(FaultSpec spec);

    bool enabled() const { return m_spec.enabled(); }
    void delay() const;
    // The fault for the next request ("" for none), drawn with probability `rate`.
    std::string draw();

    static void resetConnection(const httplib::Request& request);
    static void truncateBody(httplib::Response& response);
    static void dribbleBody(httplib::Response& response);

private:
    FaultSpec m_spec;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
};

} // namespace tsm::http
