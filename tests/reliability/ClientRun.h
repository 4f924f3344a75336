#pragma once

// Synchronous use of the asynchronous ApiClient in tests, and the sentences a failure
// under injected faults may read as.
#include "net/ApiClient.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <optional>
#include <utility>

namespace cc::test {

// Runs `start(callback)` and waits in an event loop for the callback (at most timeoutMs).
template <typename T, typename Start>
std::optional<ApiResult<T>> awaitResult(Start&& start, int timeoutMs = 120000) {
    std::optional<ApiResult<T>> out;
    QEventLoop loop;
    start([&](ApiResult<T> result) {
        out.emplace(std::move(result));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

// A client for a test server: short backoff so retries do not slow the tests down.
inline ClientConfig faultTolerantConfig(const QUrl& url, const QString& token) {
    ClientConfig config;
    config.baseUrl = url;
    config.apiNamespace = ApiNamespace::Legacy;
    config.accessToken = token;
    config.timeoutMs = 10000;
    config.maxGetRetries = 3;
    config.retryBaseDelayMs = 10;
    config.retryMaxDelayMs = 100;
    config.maxRetryAfterMs = 2000;
    return config;
}

// The messages src/net/ErrorReport.cpp gives to what the fault injector does: a 500 or
// 503 envelope, a connection closed before or after the request was sent (reset), a
// body cut short (truncate), or no answer in time.
inline bool isKnownFaultSentence(const QString& message) {
    static const QRegularExpression known(
        QStringLiteral("^(The server answered (500|503)\\b.*"
                       "|The server gave up on .*"
                       "|The server at \\S+ closed the connection before answering .*"
                       "|The connection to \\S+ was lost after .*"
                       "|The connection to \\S+ timed out\\..*"
                       "|.* got no answer within .*"
                       "|The reply to .* is not valid JSON: .*"
                       "|The request .* failed.*)$"));
    return !message.trimmed().isEmpty() && known.match(message).hasMatch() &&
           !message.contains(QLatin1Char('\n'));
}

} // namespace cc::test
