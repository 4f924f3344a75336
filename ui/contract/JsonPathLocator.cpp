#include "ui/contract/JsonPathLocator.h"

#include <QStringList>

#include <vector>

namespace cc::ui {

namespace {

// "columns[2].data_type" → columns, 2, data_type. "columns.2.name" (DRF style) works too:
// a numeric segment indexes an array.
QStringList pathSegments(const QString& path) {
    QStringList out;
    QString current;
    for (QChar c : path) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']')) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// A forgiving reader over JSON bytes: it never throws and stops where the text stops
// being JSON.
class Scanner {
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text) {}

    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }

    bool consume(char c) {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // A string at the current position, unescaped (\uXXXX included, surrogate pairs kept).
    std::optional<QString> readString() {
        if (peek() != '"')
            return std::nullopt;
        ++m_pos;
        QString out;
        QByteArray pending;
        auto flush = [&] {
            out += QString::fromUtf8(pending);
            pending.clear();
        };
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                flush();
                return out;
            }
            if (c != '\\') {
                pending += c;
                continue;
            }
            if (atEnd())
                return std::nullopt;
            const char e = m_text.at(m_pos++);
            flush();
            switch (e) {
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    return std::nullopt;
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return std::nullopt;
                out += QChar(code);
                m_pos += 4;
                break;
            }
            default:
                out += QLatin1Char(e);
            }
        }
        return std::nullopt;
    }

    // Moves past one value; false (position undefined) when the text is not JSON there.
    bool skipValue(int depth = 0) {
        if (depth > 512)
            return false;
        skipSpace();
        const char c = peek();
        if (c == '"')
            return readString().has_value();
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            if (consume(close))
                return true;
            while (true) {
                if (c == '{') {
                    skipSpace();
                    if (!readString() || !consume(':'))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
                if (consume(close))
                    return true;
                if (!consume(','))
                    return false;
            }
        }
        // A number or a literal: up to the next delimiter.
        const qsizetype start = m_pos;
        while (!atEnd() && !QByteArray(",]} \n\r\t").contains(peek()))
            ++m_pos;
        return m_pos > start;
    }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
};

// The span of the value starting at `start` (just its first byte when it is not JSON).
JsonTextSpan enclosing(Scanner& s, qsizetype start, qsizetype textSize) {
    s.seek(start);
    const bool ok = s.skipValue();
    JsonTextSpan span;
    span.start = start;
    span.end = ok ? s.pos() : std::min(start + 1, textSize);
    span.exact = false;
    return span;
}

// Finds member `key` of the object at the current position; on success the scanner is
// at the member's value and `memberStart` at its key.
bool enterMember(Scanner& s, const QString& key, qsizetype* memberStart) {
    if (!s.consume('{'))
        return false;
    if (s.consume('}'))
        return false;
    while (true) {
        s.skipSpace();
        const qsizetype keyStart = s.pos();
        const std::optional<QString> name = s.readString();
        if (!name || !s.consume(':'))
            return false;
        s.skipSpace();
        if (*name == key) {
            *memberStart = keyStart;
            return true;
        }
        if (!s.skipValue() || !s.consume(','))
            return false;
    }
}

bool enterElement(Scanner& s, int index) {
    if (!s.consume('['))
        return false;
    if (s.consume(']'))
        return false;
    for (int i = 0;; ++i) {
        s.skipSpace();
        if (i == index)
            return true;
        if (!s.skipValue() || !s.consume(','))
            return false;
    }
}

} // namespace

std::optional<JsonTextSpan> locateJsonPath(const QByteArray& text, const QString& path) {
    Scanner s(text);
    s.skipSpace();
    if (s.atEnd())
        return std::nullopt;
    qsizetype valueStart = s.pos();
    qsizetype spanStart = valueStart;
    for (const QString& segment : pathSegments(path)) {
        s.seek(valueStart);
        bool numeric = false;
        const int index = segment.toInt(&numeric);
        bool entered = false;
        qsizetype memberStart = valueStart;
        if (s.peek() == '[' && numeric && index >= 0) {
            entered = enterElement(s, index);
            memberStart = s.pos();
        } else if (s.peek() == '{') {
            entered = enterMember(s, segment, &memberStart);
        }
        if (!entered)
            return enclosing(s, valueStart, text.size());
        valueStart = s.pos();
        spanStart = memberStart;
    }
    s.seek(valueStart);
    JsonTextSpan span;
    span.start = spanStart;
    if (s.skipValue()) {
        span.end = s.pos();
    } else {
        span.end = std::min(valueStart + 1, text.size());
        span.exact = false;
    }
    return span;
}

} // namespace cc::ui
