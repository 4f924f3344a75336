#include "http/FaultInjector.h"

#include "http/Call.h"

#include <httplib.h>

#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

namespace tsm::http {

FaultInjector::FaultInjector(FaultSpec spec)
    : m_spec(std::move(spec))
    , m_random(std::random_device{}()) {}

void FaultInjector::delay() const {
    if (m_spec.latencyMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(m_spec.latencyMs));
}

std::string FaultInjector::draw() {
    if (m_spec.rate <= 0.0 || m_spec.kinds.empty())
        return {};
    std::lock_guard<std::mutex> lock(m_mutex);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (chance(m_random) >= m_spec.rate)
        return {};
    std::uniform_int_distribution<size_t> pick(0, m_spec.kinds.size() - 1);
    return m_spec.kinds[pick(m_random)];
}

namespace {

int portOf(const sockaddr_storage& address) {
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return -1;
}

} // namespace

// cpp-httplib does not hand the socket to handlers; the connection is found among this
// process's descriptors by its two port numbers, then shut down with an RST on close.
void FaultInjector::resetConnection(const httplib::Request& request) {
    DIR* fds = opendir("/proc/self/fd");
    if (!fds)
        return;
    while (dirent* entry = readdir(fds)) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (!end || *end != '\0' || fd < 3 || fd == dirfd(fds))
            continue;
        sockaddr_storage peer{};
        sockaddr_storage local{};
        socklen_t peerLength = sizeof peer;
        socklen_t localLength = sizeof local;
        if (getpeername(int(fd), reinterpret_cast<sockaddr*>(&peer), &peerLength) != 0 ||
            getsockname(int(fd), reinterpret_cast<sockaddr*>(&local), &localLength) != 0)
            continue;
        if (portOf(peer) != request.remote_port || portOf(local) != request.local_port)
            continue;
        linger hard{1, 0};
        setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        shutdown(int(fd), SHUT_RDWR);
        break;
    }
    closedir(fds);
}

void FaultInjector::truncateBody(httplib::Response& response) {
    auto body = std::make_shared<std::string>(std::move(response.body));
    response.body.clear();
    std::string type = response.get_header_value("Content-Type");
    if (type.empty())
        type = kJsonContentType;
    response.headers.erase("Content-Type");
    response.set_content_provider(body->size(), type,
                                  [body](size_t offset, size_t, httplib::DataSink& sink) {
                                      if (offset == 0)
                                          sink.write(body->data(), body->size() / 2);
                                      return false; // the rest never comes: close
                                  });
}

void FaultInjector::dribbleBody(httplib::Response& response) {
    auto body = std::make_shared<std::string>(std::move(response.body));
    response.body.clear();
    std::string type = response.get_header_value("Content-Type");
    if (type.empty())
        type = kJsonContentType;
    response.headers.erase("Content-Type");
    // About twenty pieces, 50 ms apart: slow, yet complete within a test's patience.
    const size_t piece = std::max<size_t>(1, body->size() / 20 + 1);
    response.set_content_provider(body->size(), type,
                                  [body, piece](size_t offset, size_t, httplib::DataSink& sink) {
                                      std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                      const size_t n = std::min(piece, body->size() - offset);
                                      return sink.write(body->data() + offset, n);
                                  });
}

} // namespace tsm::http
