#include "core/codec/JsonParse.h"

#include <cstddef>
#include <exception>

namespace cc {

namespace {

// Deeper documents are refused before parsing: copying, comparing and dumping a JSON
// value recurse, so a hostile body of nested brackets could exhaust the stack later.
constexpr int kMaxDepth = 512;

// Byte offset of the first bracket beyond kMaxDepth, or -1. Brackets inside strings do
// not count.
qsizetype tooDeepAt(const QByteArray& bytes) {
    int depth = 0;
    bool inString = false;
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > kMaxDepth)
                return i;
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
QString describeParseError(const std::exception& e) {
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

template <typename JsonT> DecodeResult<JsonT> parse(const QByteArray& bytes) {
    if (bytes.isEmpty() || isBlank(bytes))
        return DecodeError{QString(), QStringLiteral("empty body")};
    const qsizetype deep = tooDeepAt(bytes);
    if (deep >= 0)
        return DecodeError{QString(), QStringLiteral("malformed JSON at byte %1: nested deeper "
                                                     "than %2 levels")
                                          .arg(deep)
                                          .arg(kMaxDepth)};
    try {
        return JsonT::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return DecodeError{QString(), QStringLiteral("malformed JSON at byte %1: %2")
                                          .arg(qulonglong(offset))
                                          .arg(describeParseError(e))};
    } catch (const std::exception& e) {
        // Number overflow (`1e400`) is reported as out_of_range, without a position.
        return DecodeError{QString(),
                           QStringLiteral("malformed JSON: %1").arg(describeParseError(e))};
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
