#include "core/codec/JsonReader.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace cc::codec {

Json jsonStringList(const QStringList& list) {
    Json out = Json::array();
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

template <typename JsonT> QString BasicJsonReader<JsonT>::path() const {
    QString out;
    appendPath(out);
    return out;
}

template <typename JsonT> void BasicJsonReader<JsonT>::appendPath(QString& out) const {
    if (m_parent)
        m_parent->appendPath(out);
    if (m_index != npos) {
        out += QLatin1Char('[') + QString::number(qulonglong(m_index)) + QLatin1Char(']');
    } else if (m_parent) {
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += QString::fromUtf8(m_key.data(), qsizetype(m_key.size()));
    }
}

template <typename JsonT> void BasicJsonReader<JsonT>::fail(const QString& message) const {
    throw DecodeFailure{DecodeError{path(), message}};
}

template <typename JsonT>
void BasicJsonReader<JsonT>::failMember(std::string_view key, const QString& message) const {
    QString at = path();
    if (!at.isEmpty())
        at += QLatin1Char('.');
    at += QString::fromUtf8(key.data(), qsizetype(key.size()));
    throw DecodeFailure{DecodeError{at, message}};
}

template <typename JsonT> void BasicJsonReader<JsonT>::failExpected(const char* type) const {
    fail(QStringLiteral("expected ") + QLatin1String(type));
}

template <typename JsonT> QString BasicJsonReader<JsonT>::toString() const {
    if (!m_value->is_string())
        failExpected("string");
    const auto& s = m_value->template get_ref<const std::string&>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

template <typename JsonT> bool BasicJsonReader<JsonT>::toBool() const {
    if (!m_value->is_boolean())
        failExpected("boolean");
    return m_value->template get<bool>();
}

template <typename JsonT> qint64 BasicJsonReader<JsonT>::toInteger() const {
    if (m_value->is_number_unsigned()) {
        const auto v = m_value->template get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<qint64>::max()))
            fail(QStringLiteral("integer out of range"));
        return qint64(v);
    }
    if (m_value->is_number_integer())
        return qint64(m_value->template get<std::int64_t>());
    if (m_value->is_number_float()) {
        // `2.0` is an integer written by a float-minded serializer; 2.5 is not.
        const double d = m_value->template get<double>();
        if (std::isfinite(d) && std::floor(d) == d) {
            if (d < -9.2233720368547758e18 || d >= 9.2233720368547758e18)
                fail(QStringLiteral("integer out of range"));
            return qint64(d);
        }
    }
    failExpected("integer");
}

template <typename JsonT> int BasicJsonReader<JsonT>::toInt() const {
    const qint64 v = toInteger();
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        fail(QStringLiteral("integer out of range"));
    return int(v);
}

template <typename JsonT> double BasicJsonReader<JsonT>::toNumber() const {
    if (!m_value->is_number())
        failExpected("number");
    return m_value->template get<double>();
}

template <typename JsonT> QStringList BasicJsonReader<JsonT>::toStringList() const {
    QStringList out;
    out.reserve(qsizetype(toArray().size()));
    forEachElement([&](const BasicJsonReader& element) { out.append(element.toString()); });
    return out;
}

template <typename JsonT> const JsonT& BasicJsonReader<JsonT>::toObject() const {
    if (!m_value->is_object())
        failExpected("object");
    return *m_value;
}

template <typename JsonT> const JsonT& BasicJsonReader<JsonT>::toArray() const {
    if (!m_value->is_array())
        failExpected("array");
    return *m_value;
}

template <typename JsonT>
const JsonT* BasicJsonReader<JsonT>::findMember(std::string_view key) const {
    const JsonT& object = toObject();
    const auto it = object.find(key);
    if (it == object.end())
        return nullptr;
    return &*it;
}

template <typename JsonT>
auto BasicJsonReader<JsonT>::member(Keys keys) const -> std::optional<BasicJsonReader> {
    for (const char* key : keys) {
        const JsonT* value = findMember(key);
        if (value && !value->is_null())
            return BasicJsonReader(*value, this, key, npos);
    }
    return std::nullopt;
}

template <typename JsonT>
auto BasicJsonReader<JsonT>::required(Keys keys) const -> BasicJsonReader {
    const JsonT* firstNull = nullptr;
    const char* firstNullKey = nullptr;
    for (const char* key : keys) {
        const JsonT* value = findMember(key);
        if (!value)
            continue;
        if (!value->is_null())
            return BasicJsonReader(*value, this, key, npos);
        if (!firstNull) {
            firstNull = value;
            firstNullKey = key;
        }
    }
    if (firstNull)
        return BasicJsonReader(*firstNull, this, firstNullKey, npos);
    failMember(keys.primary(), QStringLiteral("required key missing"));
}

template <typename JsonT>
std::optional<QString> BasicJsonReader<JsonT>::optString(Keys keys) const {
    if (auto m = member(keys))
        return m->toString();
    return std::nullopt;
}

template <typename JsonT>
QString BasicJsonReader<JsonT>::stringOr(Keys keys, const QString& fallback) const {
    if (auto m = member(keys))
        return m->toString();
    return fallback;
}

template <typename JsonT> std::optional<bool> BasicJsonReader<JsonT>::optBool(Keys keys) const {
    if (auto m = member(keys))
        return m->toBool();
    return std::nullopt;
}

template <typename JsonT> bool BasicJsonReader<JsonT>::boolOr(Keys keys, bool fallback) const {
    if (auto m = member(keys))
        return m->toBool();
    return fallback;
}

template <typename JsonT>
std::optional<qint64> BasicJsonReader<JsonT>::optInteger(Keys keys) const {
    if (auto m = member(keys))
        return m->toInteger();
    return std::nullopt;
}

template <typename JsonT>
qint64 BasicJsonReader<JsonT>::integerOr(Keys keys, qint64 fallback) const {
    if (auto m = member(keys))
        return m->toInteger();
    return fallback;
}

template <typename JsonT> std::optional<int> BasicJsonReader<JsonT>::optInt(Keys keys) const {
    if (auto m = member(keys))
        return m->toInt();
    return std::nullopt;
}

template <typename JsonT> QStringList BasicJsonReader<JsonT>::stringList(Keys keys) const {
    if (auto m = member(keys))
        return m->toStringList();
    return {};
}

template <typename JsonT> JsonT BasicJsonReader<JsonT>::objectOr(Keys keys) const {
    if (auto m = member(keys))
        return m->toObject();
    return JsonT::object();
}

template class BasicJsonReader<Json>;
template class BasicJsonReader<OrderedJson>;

} // namespace cc::codec
