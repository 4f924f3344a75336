#include "core/sql/ParameterValue.h"

#include "core/DTypes.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <limits>

namespace cc::sql {

namespace {

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ParameterValue)
};

// Reads an ISO-8601 text left to right.
class IsoReader {
public:
    explicit IsoReader(QStringView text)
        : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool eat(char c) {
        if (peek() != QLatin1Char(c))
            return false;
        ++m_pos;
        return true;
    }
    // Exactly `count` ASCII digits.
    bool digits(int count, int& out) {
        if (m_pos + count > m_text.size())
            return false;
        int v = 0;
        for (int k = 0; k < count; ++k) {
            const char16_t c = m_text.at(m_pos + k).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + int(c - u'0');
        }
        m_pos += count;
        out = v;
        return true;
    }
    // One or more ASCII digits, at most `max`, as text.
    bool digitRun(int max, QString& out) {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_pos - start < max && m_text.at(m_pos).isDigit() &&
               m_text.at(m_pos).unicode() < 0x80)
            ++m_pos;
        out = m_text.mid(start, m_pos - start).toString();
        return m_pos > start && (atEnd() || !peek().isDigit());
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool readDate(IsoReader& r, QDate& date) {
    int y = 0;
    int m = 0;
    int d = 0;
    if (!r.digits(4, y) || !r.eat('-') || !r.digits(2, m) || !r.eat('-') || !r.digits(2, d))
        return false;
    date = QDate(y, m, d);
    return date.isValid() && y >= 1;
}

QString pad(qint64 v, int width) {
    return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0'));
}

QString typeError(const QString& expected) {
    return Text::tr("expected %1").arg(expected);
}

ParameterConversion converted(Json value) {
    return {std::move(value), {}};
}
ParameterConversion failed(QString error) {
    return {Json(), std::move(error)};
}

ParameterConversion toInteger(const Json& value, qint64 min, qint64 max) {
    qint64 v = 0;
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return failed(Text::tr("%1 is out of range").arg(QString::number(u)));
        v = qint64(u);
    } else if (value.is_number_integer()) {
        v = value.get<qint64>();
    } else if (value.is_number_float()) {
        // 5.0 from a spin box is a whole number; the range check below bounds the cast.
        const double d = value.get<double>();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9.0e18)
            return failed(typeError(Text::tr("a whole number")));
        v = qint64(d);
    } else if (value.is_string()) {
        bool ok = false;
        v = QString::fromStdString(value.get<std::string>()).trimmed().toLongLong(&ok);
        if (!ok)
            return failed(typeError(Text::tr("a whole number")));
    } else {
        return failed(typeError(Text::tr("a whole number")));
    }
    if (v < min || v > max)
        return failed(Text::tr("%1 is out of range (%2 to %3)")
                          .arg(QString::number(v), QString::number(min), QString::number(max)));
    return converted(Json(v));
}

ParameterConversion toFloat(const Json& value) {
    if (value.is_number())
        return converted(value);
    if (value.is_string()) {
        bool ok = false;
        const double v = QString::fromStdString(value.get<std::string>()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            return converted(Json(v));
    }
    return failed(typeError(Text::tr("a finite number")));
}

bool isDecimalText(const QString& s) {
    int i = 0;
    const int n = int(s.size());
    auto digitsFrom = [&](int& k) {
        const int start = k;
        while (k < n && s.at(k) >= QLatin1Char('0') && s.at(k) <= QLatin1Char('9'))
            ++k;
        return k - start;
    };
    if (i < n && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
        ++i;
    int mantissa = digitsFrom(i);
    if (i < n && s.at(i) == QLatin1Char('.')) {
        ++i;
        mantissa += digitsFrom(i);
    }
    if (mantissa == 0)
        return false;
    if (i < n && (s.at(i) == QLatin1Char('e') || s.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
            ++i;
        if (digitsFrom(i) == 0)
            return false;
    }
    return i == n;
}

ParameterConversion toNumeric(const Json& value) {
    if (value.is_number())
        return converted(value);
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>()).trimmed();
        if (isDecimalText(text))
            return converted(Json(text.toStdString()));
    }
    return failed(typeError(Text::tr("a decimal number")));
}

ParameterConversion toBool(const Json& value) {
    if (value.is_boolean())
        return converted(value);
    if (value.is_number_integer() || value.is_number_unsigned()) {
        const auto v = value.get<qint64>();
        if (v == 0 || v == 1)
            return converted(Json(v == 1));
    }
    if (value.is_string()) {
        const QString s = QString::fromStdString(value.get<std::string>()).trimmed().toLower();
        static const char* const truthy[] = {"true", "t", "yes", "y", "on", "1"};
        static const char* const falsy[] = {"false", "f", "no", "n", "off", "0"};
        for (const char* word : truthy)
            if (s == QLatin1String(word))
                return converted(Json(true));
        for (const char* word : falsy)
            if (s == QLatin1String(word))
                return converted(Json(false));
    }
    return failed(typeError(Text::tr("true or false")));
}

ParameterConversion toUuid(const Json& value) {
    if (value.is_string()) {
        QString s = QString::fromStdString(value.get<std::string>()).trimmed();
        if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
            s = s.mid(1, s.size() - 2);
        s.remove(QLatin1Char('-'));
        bool hex = s.size() == 32;
        for (int i = 0; hex && i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        }
        if (hex) {
            s = s.toLower();
            const QString canonical = s.mid(0, 8) + QLatin1Char('-') + s.mid(8, 4) +
                                      QLatin1Char('-') + s.mid(12, 4) + QLatin1Char('-') +
                                      s.mid(16, 4) + QLatin1Char('-') + s.mid(20);
            return converted(Json(canonical.toStdString()));
        }
    }
    return failed(typeError(Text::tr("a UUID")));
}

ParameterConversion toText(const Json& value) {
    if (value.is_string())
        return converted(value);
    if (value.is_number() || value.is_boolean())
        return converted(Json(value.dump()));
    return failed(typeError(Text::tr("text")));
}

ParameterConversion toDate(const Json& value) {
    if (value.is_string()) {
        if (auto date = parseIsoDate(QString::fromStdString(value.get<std::string>())))
            return converted(Json(date->toStdString()));
    }
    return failed(typeError(Text::tr("a date as YYYY-MM-DD")));
}

ParameterConversion toTimestamp(const Json& value) {
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (auto utc = parseIsoTimestampToUtc(text))
            return converted(Json(utc->toStdString()));
        // Say why when the only thing missing is the zone: that is the common mistake.
        if (parseIsoTimestampToUtc(text.trimmed() + QLatin1Char('Z')))
            return failed(Text::tr("the timestamp has no time zone; add Z for UTC or an offset "
                                   "such as +02:00"));
    }
    return failed(typeError(Text::tr("an ISO-8601 timestamp with a time zone, such as "
                                     "2026-01-01T00:00:00Z")));
}

} // namespace

std::optional<QString> parseIsoDate(const QString& text) {
    IsoReader r(QStringView(text).trimmed());
    QDate date;
    if (!readDate(r, date) || !r.atEnd())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

std::optional<QString> parseIsoTimestampToUtc(const QString& text) {
    IsoReader r(QStringView(text).trimmed());
    QDate date;
    if (!readDate(r, date))
        return std::nullopt;
    int h = 0;
    int mi = 0;
    int s = 0;
    QString fraction;
    if (r.eat('T') || r.eat('t') || r.eat(' ')) {
        if (!r.digits(2, h) || !r.eat(':') || !r.digits(2, mi))
            return std::nullopt;
        if (r.eat(':')) {
            if (!r.digits(2, s))
                return std::nullopt;
            if ((r.eat('.') || r.eat(',')) && !r.digitRun(9, fraction))
                return std::nullopt;
        }
    }
    if (h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    while (r.eat(' ')) {
    }
    int offset = 0;
    if (r.eat('Z') || r.eat('z')) {
        offset = 0;
    } else if (r.peek() == QLatin1Char('+') || r.peek() == QLatin1Char('-')) {
        const int sign = r.peek() == QLatin1Char('-') ? -1 : 1;
        r.eat(sign < 0 ? '-' : '+');
        int oh = 0;
        int om = 0;
        if (!r.digits(2, oh))
            return std::nullopt;
        if (!r.atEnd()) {
            r.eat(':');
            if (!r.digits(2, om))
                return std::nullopt;
        }
        if (oh > 23 || om > 59)
            return std::nullopt;
        offset = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt; // no zone: not guessed
    }
    if (!r.atEnd())
        return std::nullopt;

    // Whole seconds since the Julian day epoch, moved to UTC.
    const qint64 total = date.toJulianDay() * 86400 + h * 3600 + mi * 60 + s - offset;
    const qint64 day = total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
    const qint64 rest = total - day * 86400;
    const QDate utcDate = QDate::fromJulianDay(day);
    if (!utcDate.isValid() || utcDate.year() < 1 || utcDate.year() > 9999)
        return std::nullopt;
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = pad(utcDate.year(), 4) + QLatin1Char('-') + pad(utcDate.month(), 2) +
                  QLatin1Char('-') + pad(utcDate.day(), 2) + QLatin1Char('T') +
                  pad(rest / 3600, 2) + QLatin1Char(':') + pad(rest / 60 % 60, 2) +
                  QLatin1Char(':') + pad(rest % 60, 2);
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return out + QLatin1Char('Z');
}

ParameterConversion convertParameterValue(const Json& value, const QString& dataType) {
    const QString token = dtype::normalizeDataType(dataType);
    if (dtype::isNaiveTimestamp(token))
        return failed(Text::tr("the type %1 has no time zone; use %2")
                          .arg(dataType, QLatin1String(dtype::TimestampTz)));
    if (value.is_null())
        return converted(value);
    if (token == QLatin1String(dtype::Date))
        return toDate(value);
    if (token == QLatin1String(dtype::TimestampTz))
        return toTimestamp(value);
    if (token == QLatin1String(dtype::Int16))
        return toInteger(value, std::numeric_limits<qint16>::min(),
                         std::numeric_limits<qint16>::max());
    if (token == QLatin1String(dtype::Int32))
        return toInteger(value, std::numeric_limits<qint32>::min(),
                         std::numeric_limits<qint32>::max());
    if (token == QLatin1String(dtype::Int64))
        return toInteger(value, std::numeric_limits<qint64>::min(),
                         std::numeric_limits<qint64>::max());
    if (token == QLatin1String(dtype::Float32) || token == QLatin1String(dtype::Float64))
        return toFloat(value);
    if (token == QLatin1String(dtype::Numeric))
        return toNumeric(value);
    if (token == QLatin1String(dtype::Bool))
        return toBool(value);
    if (token == QLatin1String(dtype::Uuid))
        return toUuid(value);
    if (token == QLatin1String(dtype::String))
        return toText(value);
    return converted(value); // json, jsonb and unknown tokens: as given
}

} // namespace cc::sql
