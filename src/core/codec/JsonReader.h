#pragma once

// Internal to the codecs: a read-only view of one JSON value that knows its path, so that
// a wrong type is reported as `results[3].columns[2].nullable: expected boolean`.
// Readers throw DecodeFailure; only the public decode functions catch it (runDecoder).
// A member or element reader points at the reader it came from (that is how it knows its
// path): keep the parent in a named variable while the child is in use.

#include "core/DecodeResult.h"
#include "core/Json.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <exception>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace cc::codec {

struct DecodeFailure {
    DecodeError error;
};

// One key or a short list of aliases, tried in order.
class Keys {
public:
    static constexpr std::size_t kMax = 5;

    Keys(const char* key)
        : m_keys{key}
        , m_count(1) {}
    Keys(std::initializer_list<const char*> keys) {
        for (const char* key : keys)
            if (m_count < kMax)
                m_keys[m_count++] = key;
    }

    const char* const* begin() const { return m_keys.data(); }
    const char* const* end() const { return m_keys.data() + m_count; }
    const char* primary() const { return m_count > 0 ? m_keys[0] : ""; }

private:
    std::array<const char*, kMax> m_keys{};
    std::size_t m_count = 0;
};

template <typename JsonT> class BasicJsonReader {
public:
    explicit BasicJsonReader(const JsonT& value)
        : m_value(&value) {}

    const JsonT& json() const { return *m_value; }
    bool isNull() const { return m_value->is_null(); }
    bool isObject() const { return m_value->is_object(); }
    bool isArray() const { return m_value->is_array(); }
    bool isString() const { return m_value->is_string(); }

    // "results[3].columns[2]"; empty at the root.
    QString path() const;
    [[noreturn]] void fail(const QString& message) const;
    // Fails at `<this path>.<key>`.
    [[noreturn]] void failMember(std::string_view key, const QString& message) const;

    // This value as a type, or "expected <type>" here.
    QString toString() const;
    bool toBool() const;
    qint64 toInteger() const;
    int toInt() const;
    double toNumber() const;
    QStringList toStringList() const;
    const JsonT& toObject() const;
    const JsonT& toArray() const;

    // Members of this object (it must be one). An absent member and a null one are the
    // same for optional members; aliases are tried in order and the first present wins.
    std::optional<BasicJsonReader> member(Keys keys) const;
    // Present (possibly null: the conversion then names the expected type), or
    // "required key missing" at the primary key's path.
    BasicJsonReader required(Keys keys) const;

    QString string(Keys keys) const { return required(keys).toString(); }
    std::optional<QString> optString(Keys keys) const;
    QString stringOr(Keys keys, const QString& fallback) const;
    std::optional<bool> optBool(Keys keys) const;
    bool boolOr(Keys keys, bool fallback) const;
    std::optional<qint64> optInteger(Keys keys) const;
    qint64 integerOr(Keys keys, qint64 fallback) const;
    std::optional<int> optInt(Keys keys) const;
    // Absent or null: empty.
    QStringList stringList(Keys keys) const;
    // Absent or null: `{}`; otherwise a copy of the object.
    JsonT objectOr(Keys keys) const;

    // Calls f(element reader) for each element of this array (it must be one).
    template <typename F> void forEachElement(F&& f) const {
        const JsonT& array = toArray();
        std::size_t i = 0;
        for (const JsonT& element : array) {
            f(BasicJsonReader(element, this, std::string_view(), i));
            ++i;
        }
    }

    // Calls f(key, member reader) for each member of this object (it must be one).
    template <typename F> void forEachMember(F&& f) const {
        const JsonT& object = toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            f(std::string_view(key), BasicJsonReader(it.value(), this, key, npos));
        }
    }

    // The elements of the array member `keys` read with `read`; absent or null: empty.
    template <typename T, typename F> std::vector<T> list(Keys keys, F&& read) const {
        std::vector<T> out;
        if (auto array = member(keys)) {
            out.reserve(array->toArray().size());
            array->forEachElement(
                [&](const BasicJsonReader& element) { out.push_back(read(element)); });
        }
        return out;
    }

private:
    static constexpr std::size_t npos = std::size_t(-1);

    BasicJsonReader(const JsonT& value, const BasicJsonReader* parent, std::string_view key,
                    std::size_t index)
        : m_value(&value)
        , m_parent(parent)
        , m_key(key)
        , m_index(index) {}

    const JsonT* findMember(std::string_view key) const;
    void appendPath(QString& out) const;
    [[noreturn]] void failExpected(const char* type) const;

    const JsonT* m_value;
    const BasicJsonReader* m_parent = nullptr;
    std::string_view m_key;     // set for a member
    std::size_t m_index = npos; // set for an array element
};

using JsonReader = BasicJsonReader<Json>;
using OrderedJsonReader = BasicJsonReader<OrderedJson>;

extern template class BasicJsonReader<Json>;
extern template class BasicJsonReader<OrderedJson>;

// Runs a reading function and turns any failure into a DecodeError: readers throw
// DecodeFailure, nlohmann and the standard library may throw too; nothing escapes.
template <typename T, typename F> DecodeResult<T> runDecoder(F&& read) {
    try {
        return DecodeResult<T>(read());
    } catch (const DecodeFailure& failure) {
        return DecodeResult<T>(failure.error);
    } catch (const std::exception& e) {
        return DecodeResult<T>(DecodeError{QString(), QString::fromUtf8(e.what())});
    } catch (...) {
        return DecodeResult<T>(DecodeError{QString(), QStringLiteral("unexpected failure")});
    }
}

// QString <-> JSON helpers shared by the encoders.
inline Json jsonString(const QString& s) {
    return Json(s.toStdString());
}
inline Json jsonOptional(const std::optional<QString>& s) {
    return s ? jsonString(*s) : Json();
}
Json jsonStringList(const QStringList& list);

} // namespace cc::codec
