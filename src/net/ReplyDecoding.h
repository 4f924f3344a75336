#pragma once

#include "core/DecodeResult.h"
#include "core/Json.h"
#include "core/codec/JsonParse.h"
#include "net/ApiCall.h"
#include "net/ApiResult.h"
#include "net/ErrorReport.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>
#include <optional>

// Turns a 2xx body into the typed result of a call: small bodies are decoded where they
// arrived, bodies above kOffThreadDecodeBytes on the QtConcurrent pool, and the callback
// runs through ApiCall::deliver (the context's thread, at most once, never after cancel).
namespace cc::net {

inline constexpr int kOffThreadDecodeBytes = 64 * 1024;

// Decodes a body; sets *syntax when it is not JSON at all.
template <typename T>
using BodyDecoder = std::function<DecodeResult<T>(const QByteArray& body, bool* syntax)>;

template <typename T> BodyDecoder<T> jsonDecoder(DecodeResult<T> (*decode)(const Json&)) {
    return [decode](const QByteArray& body, bool* syntax) -> DecodeResult<T> {
        DecodeResult<Json> parsed = parseJson(body);
        if (!parsed) {
            *syntax = true;
            return parsed.error();
        }
        return decode(parsed.value());
    };
}

template <typename T> struct DecodeOutcome {
    std::optional<DecodeResult<T>> result;
    bool syntax = false;
};

template <typename T>
std::shared_ptr<DecodeOutcome<T>> runDecoder(const BodyDecoder<T>& decode, const QByteArray& body) {
    auto out = std::make_shared<DecodeOutcome<T>>();
    try {
        out->result.emplace(decode(body, &out->syntax));
    } catch (const std::exception& e) {
        out->result.emplace(DecodeError{QString(), QString::fromUtf8(e.what())});
    } catch (...) {
        out->result.emplace(DecodeError{QString(), QStringLiteral("decoder failed")});
    }
    return out;
}

// `inspect` (optional) sees the result on the client's thread before the callback does.
template <typename T>
ApiCall::BodyHandler decodingHandler(BodyDecoder<T> decode, Callback<T> callback,
                                     std::function<void(const ApiResult<T>&)> inspect = {}) {
    return [decode, callback, inspect](ApiCall& call, const QByteArray& body, int status) {
        auto finish = [&call, body, status, callback, inspect](const DecodeOutcome<T>& out) {
            const DecodeResult<T>& decoded = *out.result;
            auto result =
                decoded.ok()
                    ? std::make_shared<ApiResult<T>>(decoded.value(), status, body)
                    : std::make_shared<ApiResult<T>>(decodeError(
                          call.method(), call.url(), status, body, decoded.error(), out.syntax));
            if (inspect)
                inspect(*result);
            call.deliver([callback, result] {
                if (callback)
                    callback(std::move(*result));
            });
        };
        if (body.size() < kOffThreadDecodeBytes) {
            finish(*runDecoder(decode, body));
            return;
        }
        using Out = std::shared_ptr<DecodeOutcome<T>>;
        auto* watcher = new QFutureWatcher<Out>(&call);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &call, [watcher, finish, &call] {
            watcher->deleteLater();
            if (!call.acceptsDelivery())
                return;
            finish(*watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([decode, body] { return runDecoder(decode, body); }));
    };
}

template <typename T>
ApiCall::BodyHandler jsonBodyHandler(DecodeResult<T> (*decode)(const Json&), Callback<T> callback,
                                     std::function<void(const ApiResult<T>&)> inspect = {}) {
    return decodingHandler<T>(jsonDecoder<T>(decode), std::move(callback), std::move(inspect));
}

template <typename T> ApiCall::ErrorHandler errorHandler(Callback<T> callback) {
    return [callback](const ApiError& error) {
        if (callback)
            callback(ApiResult<T>(error));
    };
}

} // namespace cc::net
