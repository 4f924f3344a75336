#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cc {

// Where a payload did not match the contract: a JSON path such as
// `results[3].columns[2].nullable` and what was wrong there.
struct DecodeError {
    QString path;
    QString message;

    // "results[3].columns[2].nullable: expected boolean"
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The outcome of decoding one payload: a value, or the first place it went wrong.
// Decoders never throw past this type.
template <typename T>
class DecodeResult {
public:
    DecodeResult(T value) : m_value(std::move(value)) {}
    DecodeResult(DecodeError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const DecodeError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

} // namespace cc
