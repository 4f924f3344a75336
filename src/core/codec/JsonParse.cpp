#include "core/codec/JsonParse.h"

#include "core/codec/ParseErrors.h"

#include <cstddef>
#include <cstring>
#include <exception>

namespace cc {

namespace codec {

namespace {

// Deeper documents are refused before parsing: copying, comparing and dumping a JSON
// value recurse, so a hostile body of nested brackets could exhaust the stack later.
constexpr int kMaxDepth = 512;

// Byte offset of the first bracket beyond kMaxDepth, or -1. Brackets inside strings do
// not count. Strings are skipped with memchr: most of a reply's bytes are inside them.
qsizetype tooDeepAt(const QByteArray& bytes) {
    int depth = 0;
    const char* const begin = bytes.constData();
    const char* const end = begin + bytes.size();
    for (const char* p = begin; p < end; ++p) {
        switch (*p) {
        case '"':
            // To the closing quote: one not preceded by an odd run of backslashes.
            for (++p; p < end; ++p) {
                p = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
                if (!p)
                    return -1;
                const char* q = p;
                while (q > begin && q[-1] == '\\')
                    --q;
                if ((p - q) % 2 == 0)
                    break;
            }
            if (p >= end)
                return -1;
            break;
        case '[':
        case '{':
            if (++depth > kMaxDepth)
                return p - begin;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

bool isBlank(const QByteArray& bytes) {
    for (char c : bytes)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

// nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing array - unexpected end of input; expected ']'": keep what
// follows the position, which says what was wrong.
QString describe(const std::exception& e) {
    const QString what = QString::fromUtf8(e.what());
    const qsizetype column = what.indexOf(QLatin1String(", column "));
    if (column >= 0) {
        const qsizetype colon = what.indexOf(QLatin1String(": "), column);
        if (colon >= 0)
            return what.mid(colon + 2);
    }
    const qsizetype bracket = what.indexOf(QLatin1String("] "));
    return bracket >= 0 ? what.mid(bracket + 2) : what;
}

} // namespace

std::optional<DecodeError> refuseBeforeParsing(const QByteArray& bytes) {
    if (bytes.isEmpty() || isBlank(bytes))
        return DecodeError{QString(), QStringLiteral("empty body")};
    const qsizetype deep = tooDeepAt(bytes);
    if (deep >= 0)
        return DecodeError{QString(), QStringLiteral("malformed JSON at byte %1: nested deeper "
                                                     "than %2 levels")
                                          .arg(deep)
                                          .arg(kMaxDepth)};
    return std::nullopt;
}

DecodeError malformedAt(std::size_t byte, const std::exception& e) {
    const std::size_t offset = byte > 0 ? byte - 1 : 0;
    return DecodeError{
        QString(),
        QStringLiteral("malformed JSON at byte %1: %2").arg(qulonglong(offset)).arg(describe(e))};
}

DecodeError malformed(const std::exception& e) {
    return malformed(describe(e));
}

DecodeError malformed(const QString& what) {
    return DecodeError{QString(), QStringLiteral("malformed JSON: %1").arg(what)};
}

} // namespace codec

namespace {

template <typename JsonT> DecodeResult<JsonT> parse(const QByteArray& bytes) {
    if (std::optional<DecodeError> refused = codec::refuseBeforeParsing(bytes))
        return *refused;
    try {
        return JsonT::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error& e) {
        return codec::malformedAt(e.byte, e);
    } catch (const std::exception& e) {
        // Number overflow (`1e400`) is reported as out_of_range, without a position.
        return codec::malformed(e);
    }
}

} // namespace

DecodeResult<Json> parseJson(const QByteArray& bytes) {
    try {
        return parse<Json>(bytes);
    } catch (const std::exception& e) {
        return DecodeError{QString(), QString::fromUtf8(e.what())};
    }
}

DecodeResult<OrderedJson> parseOrderedJson(const QByteArray& bytes) {
    try {
        return parse<OrderedJson>(bytes);
    } catch (const std::exception& e) {
        return DecodeError{QString(), QString::fromUtf8(e.what())};
    }
}

} // namespace cc
