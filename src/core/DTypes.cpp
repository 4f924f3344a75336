#include "core/DTypes.h"

#include <QHash>
#include <QRegularExpression>

namespace cc::dtype {

namespace {

// Naive timestamps have no canonical token for remote use (§3.2); they all normalize to
// this one, which is also PostgreSQL's name for them.
constexpr const char* NaiveTimestamp = "timestamp";

// How tokens are compared: lowercased, `_` as a space, whitespace collapsed and trimmed
// ("Double_Precision " and "double precision" are the same key).
QString matchKey(const QString& token) {
    QString key = token.toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    return key.simplified();
}

const QHash<QString, const char*>& synonyms() {
    static const QHash<QString, const char*> table = {
        {QStringLiteral("date"), Date},
        {QStringLiteral("datetime.date"), Date},
        {QStringLiteral("timestamp with time zone"), TimestampTz},
        {QStringLiteral("timestamptz"), TimestampTz},
        {QStringLiteral("datetime"), TimestampTz},
        {QStringLiteral("datetime.datetime"), TimestampTz},
        {QStringLiteral("string"), String},
        {QStringLiteral("text"), String},
        {QStringLiteral("str"), String},
        {QStringLiteral("object"), String},
        {QStringLiteral("unicode"), String},
        {QStringLiteral("varchar"), String},
        {QStringLiteral("char"), String},
        {QStringLiteral("character"), String},
        {QStringLiteral("character varying"), String},
        {QStringLiteral("uuid"), Uuid},
        {QStringLiteral("uuidtype"), Uuid},
        {QStringLiteral("postgresqluuid"), Uuid},
        {QStringLiteral("json"), JsonType},
        {QStringLiteral("jsonb"), Jsonb},
        {QStringLiteral("bool"), Bool},
        {QStringLiteral("boolean"), Bool},
        {QStringLiteral("int16"), Int16},
        {QStringLiteral("smallint"), Int16},
        {QStringLiteral("int2"), Int16},
        {QStringLiteral("int32"), Int32},
        {QStringLiteral("integer"), Int32},
        {QStringLiteral("int"), Int32},
        {QStringLiteral("int4"), Int32},
        {QStringLiteral("int64"), Int64},
        {QStringLiteral("bigint"), Int64},
        {QStringLiteral("int8"), Int64},
        {QStringLiteral("biginteger"), Int64},
        {QStringLiteral("uint16"), Int64},
        {QStringLiteral("uint32"), Int64},
        {QStringLiteral("uint64"), Int64},
        {QStringLiteral("float32"), Float32},
        {QStringLiteral("real"), Float32},
        {QStringLiteral("float4"), Float32},
        {QStringLiteral("float64"), Float64},
        {QStringLiteral("float"), Float64},
        {QStringLiteral("double"), Float64},
        {QStringLiteral("double precision"), Float64},
        {QStringLiteral("float8"), Float64},
        {QStringLiteral("numeric"), Numeric},
        {QStringLiteral("decimal"), Numeric},
    };
    return table;
}

bool isAwareKey(const QString& key) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(timestamp ?(\(\d+\))? with time zone|timestamptz ?(\(\d+\))?|datetime64\[\w+, ?[^\]]+\])$)"));
    return re.match(key).hasMatch();
}

bool isNaiveKey(const QString& key) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(timestamp ?(\(\d+\))?( without time zone)?|datetime64(\[\w+\])?|datetime without time zone|datetime naive)$)"));
    return re.match(key).hasMatch();
}

bool isStringKey(const QString& key) {
    static const QRegularExpression re(
        QStringLiteral(R"(varchar|^character varying|^(character|char) ?\(\d+\)$)"));
    return re.match(key).hasMatch();
}

bool isNumericKey(const QString& key) {
    static const QRegularExpression re(QStringLiteral(R"(^(numeric|decimal) ?(\([\d, ]*\))?$)"));
    return re.match(key).hasMatch();
}

// The canonical token for a key, or nullptr when it is not a known spelling.
const char* canonicalFor(const QString& key) {
    const auto& table = synonyms();
    if (auto it = table.constFind(key); it != table.constEnd())
        return it.value();
    if (isAwareKey(key))
        return TimestampTz;
    if (isNaiveKey(key))
        return NaiveTimestamp;
    if (isStringKey(key))
        return String;
    if (isNumericKey(key))
        return Numeric;
    return nullptr;
}

} // namespace

QString normalizeDataType(const QString& token) {
    const QString trimmed = token.trimmed();
    if (const char* canonical = canonicalFor(matchKey(trimmed)))
        return QString::fromLatin1(canonical);
    return trimmed;
}

QString normalizeBackendType(const QString& backendType) {
    const QString key = matchKey(backendType);
    if (key == QLatin1String("date"))
        return QStringLiteral("DATE");
    // Keep a precision: TIMESTAMPTZ(3) -> TIMESTAMP(3) WITH TIME ZONE.
    static const QRegularExpression aware(
        QStringLiteral(R"(^(?:timestamp ?(\(\d+\))? with time zone|timestamptz ?(\(\d+\))?)$)"));
    const QRegularExpressionMatch m = aware.match(key);
    if (!m.hasMatch())
        return backendType;
    const QString precision = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    return QStringLiteral("TIMESTAMP") + precision + QStringLiteral(" WITH TIME ZONE");
}

bool isNaiveTimestamp(const QString& token) {
    return isNaiveKey(matchKey(token));
}

bool isKnownToken(const QString& token) {
    const char* canonical = canonicalFor(matchKey(token));
    return canonical && canonical != NaiveTimestamp;
}

QString fromPostgresType(const QString& formattedType) {
    const QString key = formattedType.trimmed().toLower().simplified();
    if (key.endsWith(QLatin1String("[]")))
        return formattedType.trimmed(); // arrays have no token
    if (key == QLatin1String("\"char\"") || key == QLatin1String("bpchar") ||
        key == QLatin1String("name") || key == QLatin1String("citext"))
        return QString::fromLatin1(String);
    static const QRegularExpression naive(
        QStringLiteral(R"(^timestamp(\(\d+\))? without time zone$)"));
    static const QRegularExpression aware(
        QStringLiteral(R"(^timestamp(\(\d+\))? with time zone$)"));
    static const QRegularExpression noTimestamp(QStringLiteral(R"(^(time|interval|bit)\b)"));
    if (naive.match(key).hasMatch())
        return QString::fromLatin1(NaiveTimestamp);
    if (aware.match(key).hasMatch())
        return QString::fromLatin1(TimestampTz);
    if (noTimestamp.match(key).hasMatch())
        return formattedType.trimmed(); // `time without time zone` is no timestamp
    return normalizeDataType(formattedType);
}

QString toPostgresType(const QString& token) {
    static const QHash<QString, QString> casts = {
        {QString::fromLatin1(Date), QStringLiteral("date")},
        {QString::fromLatin1(TimestampTz), QStringLiteral("timestamptz")},
        {QString::fromLatin1(NaiveTimestamp), QStringLiteral("timestamp")},
        {QString::fromLatin1(String), QStringLiteral("text")},
        {QString::fromLatin1(Uuid), QStringLiteral("uuid")},
        {QString::fromLatin1(JsonType), QStringLiteral("json")},
        {QString::fromLatin1(Jsonb), QStringLiteral("jsonb")},
        {QString::fromLatin1(Bool), QStringLiteral("boolean")},
        {QString::fromLatin1(Int16), QStringLiteral("smallint")},
        {QString::fromLatin1(Int32), QStringLiteral("integer")},
        {QString::fromLatin1(Int64), QStringLiteral("bigint")},
        {QString::fromLatin1(Float32), QStringLiteral("real")},
        {QString::fromLatin1(Float64), QStringLiteral("double precision")},
        {QString::fromLatin1(Numeric), QStringLiteral("numeric")},
    };
    return casts.value(normalizeDataType(token));
}

bool isNumeric(const QString& token) {
    const QString t = normalizeDataType(token);
    return t == QLatin1String(Int16) || t == QLatin1String(Int32) || t == QLatin1String(Int64) ||
           t == QLatin1String(Float32) || t == QLatin1String(Float64) ||
           t == QLatin1String(Numeric);
}

bool isTemporal(const QString& token) {
    const QString t = normalizeDataType(token);
    return t == QLatin1String(Date) || t == QLatin1String(TimestampTz) ||
           t == QLatin1String(NaiveTimestamp);
}

} // namespace cc::dtype
