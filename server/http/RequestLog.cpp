#include "http/RequestLog.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <atomic>
#include <cstdio>

namespace tsm::http {

RequestState& currentRequest() {
    thread_local RequestState state;
    return state;
}

const std::string& beginRequest() {
    static std::atomic<unsigned long long> counter{0};
    RequestState& state = currentRequest();
    char id[32];
    std::snprintf(id, sizeof id, "r%06llu", ++counter);
    state.id = id;
    state.started = std::chrono::steady_clock::now();
    state.fault.clear();
    state.handlerRan = false;
    return state.id;
}

std::string bodyHash(const std::string& body) {
    return QCryptographicHash::hash(QByteArray::fromStdString(body), QCryptographicHash::Sha256)
        .toHex()
        .left(12)
        .toStdString();
}

RequestLog::RequestLog(const std::string& path) {
    if (path.empty()) {
        m_file = stderr;
    } else {
        m_file = std::fopen(path.c_str(), "a");
        m_owned = m_file != nullptr;
    }
}

RequestLog::~RequestLog() {
    if (m_owned)
        std::fclose(m_file);
}

void RequestLog::write(const std::string& line) {
    if (!m_file)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    std::fputs(line.c_str(), m_file);
    std::fputc('\n', m_file);
    std::fflush(m_file);
}

} // namespace tsm::http
