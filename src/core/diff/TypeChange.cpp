#include "core/diff/TypeChange.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <climits>

namespace cc::diff {

namespace {

using Severity = ContractChange::Severity;

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContractDiff)
};

// A PostgreSQL type name reduced to one spelling: base name, modifiers, array-ness.
struct BackendType {
    QString base;
    QList<int> modifiers;
    bool array = false;

    bool operator==(const BackendType& o) const {
        // Not QList's ==: in Qt 6.4 it passes null to memcmp for two empty lists (UBSan).
        return base == o.base && array == o.array &&
               std::equal(modifiers.cbegin(), modifiers.cend(), o.modifiers.cbegin(),
                          o.modifiers.cend());
    }
};

const QHash<QString, QString>& baseAliases() {
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("INT"), QStringLiteral("INTEGER")},
        {QStringLiteral("INT4"), QStringLiteral("INTEGER")},
        {QStringLiteral("SERIAL"), QStringLiteral("INTEGER")},
        {QStringLiteral("SERIAL4"), QStringLiteral("INTEGER")},
        {QStringLiteral("INT2"), QStringLiteral("SMALLINT")},
        {QStringLiteral("SMALLSERIAL"), QStringLiteral("SMALLINT")},
        {QStringLiteral("SERIAL2"), QStringLiteral("SMALLINT")},
        {QStringLiteral("INT8"), QStringLiteral("BIGINT")},
        {QStringLiteral("BIGSERIAL"), QStringLiteral("BIGINT")},
        {QStringLiteral("SERIAL8"), QStringLiteral("BIGINT")},
        {QStringLiteral("FLOAT4"), QStringLiteral("REAL")},
        {QStringLiteral("FLOAT8"), QStringLiteral("DOUBLE PRECISION")},
        {QStringLiteral("DOUBLE"), QStringLiteral("DOUBLE PRECISION")},
        {QStringLiteral("DECIMAL"), QStringLiteral("NUMERIC")},
        {QStringLiteral("BOOL"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("CHARACTER VARYING"), QStringLiteral("VARCHAR")},
        {QStringLiteral("CHARACTER"), QStringLiteral("CHAR")},
        {QStringLiteral("BPCHAR"), QStringLiteral("CHAR")},
        {QStringLiteral("TIMESTAMP WITH TIME ZONE"), QStringLiteral("TIMESTAMPTZ")},
        {QStringLiteral("TIMESTAMP WITHOUT TIME ZONE"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("TIME WITH TIME ZONE"), QStringLiteral("TIMETZ")},
        {QStringLiteral("TIME WITHOUT TIME ZONE"), QStringLiteral("TIME")},
    };
    return aliases;
}

bool isTemporalWithPrecision(const QString& base) {
    return base == QLatin1String("TIMESTAMP") || base == QLatin1String("TIMESTAMPTZ") ||
           base == QLatin1String("TIME") || base == QLatin1String("TIMETZ");
}

BackendType parseBackendType(const QString& text) {
    BackendType type;
    QString t = text.trimmed().toUpper().simplified();
    while (t.endsWith(QLatin1String("[]"))) {
        type.array = true;
        t.chop(2);
        t = t.trimmed();
    }
    const qsizetype open = t.indexOf(QLatin1Char('('));
    const qsizetype close = open < 0 ? -1 : t.indexOf(QLatin1Char(')'), open);
    if (open >= 0 && close > open) {
        bool allNumbers = true;
        QList<int> modifiers;
        for (const QString& part : t.mid(open + 1, close - open - 1).split(QLatin1Char(','))) {
            bool ok = false;
            modifiers.append(part.trimmed().toInt(&ok));
            allNumbers = allNumbers && ok;
        }
        if (allNumbers) {
            type.modifiers = modifiers;
            t = (t.left(open) + QLatin1Char(' ') + t.mid(close + 1)).simplified();
        }
    }
    type.base = baseAliases().value(t, t);
    if (type.base == QLatin1String("FLOAT")) {
        const bool single = !type.modifiers.isEmpty() && type.modifiers.front() <= 24;
        type.base = single ? QStringLiteral("REAL") : QStringLiteral("DOUBLE PRECISION");
        type.modifiers.clear();
    }
    if (isTemporalWithPrecision(type.base) && type.modifiers.isEmpty())
        type.modifiers = {6};
    if (type.base == QLatin1String("CHAR") && type.modifiers.isEmpty())
        type.modifiers = {1};
    if (type.base == QLatin1String("NUMERIC") && type.modifiers.size() == 1)
        type.modifiers.append(0);
    return type;
}

bool isText(const BackendType& t) {
    return t.base == QLatin1String("TEXT") || t.base == QLatin1String("VARCHAR") ||
           t.base == QLatin1String("CHAR");
}

int textLength(const BackendType& t) {
    if (t.base == QLatin1String("TEXT") || t.modifiers.isEmpty())
        return INT_MAX;
    return t.modifiers.front();
}

// Decimal digits an integer type needs; 0 for anything else.
int integerDigits(const QString& base) {
    if (base == QLatin1String("SMALLINT"))
        return 5;
    if (base == QLatin1String("INTEGER"))
        return 10;
    if (base == QLatin1String("BIGINT"))
        return 19;
    return 0;
}

// Exactly representable mantissa digits of a float type; 0 for anything else.
int floatDigits(const QString& base) {
    if (base == QLatin1String("REAL"))
        return 6;
    if (base == QLatin1String("DOUBLE PRECISION"))
        return 15;
    return 0;
}

bool isNumber(const BackendType& t) {
    return integerDigits(t.base) > 0 || floatDigits(t.base) > 0 ||
           t.base == QLatin1String("NUMERIC");
}

// Whether every value of `from` fits `to` exactly; both are number types.
bool numberWidens(const BackendType& from, const BackendType& to) {
    const int fromInt = integerDigits(from.base);
    if (to.base == QLatin1String("NUMERIC")) {
        if (to.modifiers.isEmpty())
            return fromInt > 0 || from.base == QLatin1String("NUMERIC");
        const int toWhole = to.modifiers.value(0) - to.modifiers.value(1);
        if (fromInt > 0)
            return toWhole >= fromInt;
        if (from.base != QLatin1String("NUMERIC") || from.modifiers.isEmpty())
            return false;
        return toWhole >= from.modifiers.value(0) - from.modifiers.value(1) &&
               to.modifiers.value(1) >= from.modifiers.value(1);
    }
    if (integerDigits(to.base) > 0)
        return fromInt > 0 && integerDigits(to.base) >= fromInt;
    if (floatDigits(to.base) > 0) {
        if (fromInt > 0)
            return fromInt <= floatDigits(to.base);
        return floatDigits(from.base) > 0 && floatDigits(from.base) <= floatDigits(to.base);
    }
    return false;
}

TypeChangeVerdict verdict(Severity severity, const QString& reason) {
    return {false, severity, reason};
}

} // namespace

bool sameBackendType(const QString& a, const QString& b) {
    return parseBackendType(a) == parseBackendType(b);
}

TypeChangeVerdict judgeBackendTypeChange(const QString& before, const QString& after) {
    const BackendType from = parseBackendType(before);
    const BackendType to = parseBackendType(after);
    if (from == to)
        return {true, Severity::Compatible, {}};
    const QString b = before.trimmed();
    const QString a = after.trimmed();
    const QString widening = Text::tr("backend type %1 → %2 is a widening").arg(b, a);
    if (from.array == to.array) {
        if (isText(from) && isText(to)) {
            if (textLength(to) >= textLength(from))
                return verdict(Severity::Compatible, widening);
            return verdict(
                Severity::Breaking,
                Text::tr("backend type %1 → %2 is a narrowing: longer values no longer fit")
                    .arg(b, a));
        }
        if (isNumber(from) && isNumber(to)) {
            if (numberWidens(from, to))
                return verdict(Severity::Compatible, widening);
            return verdict(
                Severity::Breaking,
                Text::tr("backend type %1 → %2 is a narrowing: can lose data").arg(b, a));
        }
        if (from.base == to.base && isTemporalWithPrecision(from.base)) {
            if (to.modifiers.value(0) >= from.modifiers.value(0))
                return verdict(Severity::Compatible, widening);
            return verdict(Severity::Breaking,
                           Text::tr("backend type %1 → %2 lowers the precision: stored values are "
                                    "rounded")
                               .arg(b, a));
        }
        const bool json = from.base.startsWith(QLatin1String("JSON")) &&
                          to.base.startsWith(QLatin1String("JSON"));
        if (json && (from.base == QLatin1String("JSONB") || to.base == QLatin1String("JSONB"))) {
            return verdict(Severity::Compatible,
                           Text::tr("backend type %1 → %2 keeps the values, not key order or "
                                    "duplicate keys")
                               .arg(b, a));
        }
        const bool zoneFlip =
            (from.base == QLatin1String("TIMESTAMP") && to.base == QLatin1String("TIMESTAMPTZ")) ||
            (from.base == QLatin1String("TIMESTAMPTZ") && to.base == QLatin1String("TIMESTAMP"));
        if (zoneFlip) {
            return verdict(Severity::Breaking,
                           Text::tr("backend type %1 → %2 reinterprets stored times in the session "
                                    "time zone")
                               .arg(b, a));
        }
    }
    return verdict(
        Severity::Breaking,
        Text::tr("backend type %1 → %2 changes the storage type: existing values must be "
                 "converted and may fail")
            .arg(b, a));
}

TypeChangeVerdict judgeDataTypeChange(const QString& before, const QString& after) {
    if (before.compare(after, Qt::CaseInsensitive) == 0)
        return {true, Severity::Compatible, {}};
    // Widening pairs of the numeric tokens; the rest of that family can lose data.
    static const QHash<QString, QStringList> widenings = {
        {QStringLiteral("int16"),
         {QStringLiteral("int32"), QStringLiteral("int64"), QStringLiteral("float32"),
          QStringLiteral("float64"), QStringLiteral("numeric")}},
        {QStringLiteral("int32"),
         {QStringLiteral("int64"), QStringLiteral("float64"), QStringLiteral("numeric")}},
        {QStringLiteral("int64"), {QStringLiteral("numeric")}},
        {QStringLiteral("float32"), {QStringLiteral("float64")}},
    };
    static const QStringList numbers = {QStringLiteral("int16"),   QStringLiteral("int32"),
                                        QStringLiteral("int64"),   QStringLiteral("float32"),
                                        QStringLiteral("float64"), QStringLiteral("numeric")};
    const QString from = before.toLower();
    const QString to = after.toLower();
    if (numbers.contains(from) && numbers.contains(to)) {
        if (widenings.value(from).contains(to))
            return verdict(Severity::Compatible,
                           Text::tr("type %1 → %2 is a widening").arg(before, after));
        return verdict(Severity::Breaking,
                       Text::tr("type %1 → %2 can lose data").arg(before, after));
    }
    const bool json = (from == QLatin1String("json") && to == QLatin1String("jsonb")) ||
                      (from == QLatin1String("jsonb") && to == QLatin1String("json"));
    if (json)
        return verdict(Severity::Compatible,
                       Text::tr("type %1 → %2 keeps the values, not key order or duplicate keys")
                           .arg(before, after));
    return verdict(Severity::Breaking,
                   Text::tr("type %1 → %2 changes the values readers get").arg(before, after));
}

QString normalizeDefault(const QString& expression) {
    QString s = expression.trimmed();
    // Outer parentheses around the whole expression.
    for (;;) {
        if (s.size() < 2 || !s.startsWith(QLatin1Char('(')) || !s.endsWith(QLatin1Char(')')))
            break;
        int depth = 0;
        bool enclosesAll = true;
        bool inQuote = false;
        for (int i = 0; i < s.size() - 1; ++i) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\''))
                inQuote = !inQuote;
            if (inQuote)
                continue;
            depth += c == QLatin1Char('(') ? 1 : (c == QLatin1Char(')') ? -1 : 0);
            if (depth == 0) {
                enclosesAll = false;
                break;
            }
        }
        if (!enclosesAll)
            break;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    // A trailing cast such as 'abc'::character varying: PostgreSQL adds those.
    for (int round = 0; round < 4; ++round) {
        const qsizetype cast = s.lastIndexOf(QLatin1String("::"));
        if (cast <= 0)
            break;
        // Only a type name with balanced modifiers, so nextval('s'::regclass) stays whole.
        const QString suffix = s.mid(cast + 2);
        bool plain = !suffix.trimmed().isEmpty();
        int depth = 0;
        for (const QChar c : suffix) {
            depth += c == QLatin1Char('(') ? 1 : (c == QLatin1Char(')') ? -1 : 0);
            plain = plain && depth >= 0 &&
                    (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char(' ') ||
                     c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',') ||
                     c == QLatin1Char('[') || c == QLatin1Char(']'));
        }
        if (!plain || depth != 0)
            break;
        s = s.left(cast).trimmed();
    }
    // Case and spacing outside quotes.
    QString out;
    out.reserve(s.size());
    QChar quote;
    bool lastWasSpace = false;
    for (const QChar c : s) {
        if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            quote = c;
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
        } else if (quote.isNull() && c.isSpace()) {
            if (!lastWasSpace)
                out += QLatin1Char(' ');
            lastWasSpace = true;
            continue;
        }
        out += quote.isNull() ? c.toLower() : c;
        lastWasSpace = false;
    }
    static const QStringList nowSpellings = {
        QStringLiteral("current_timestamp"), QStringLiteral("current_timestamp()"),
        QStringLiteral("transaction_timestamp()"), QStringLiteral("now()")};
    if (nowSpellings.contains(out))
        return QStringLiteral("now()");
    return out;
}

} // namespace cc::diff
