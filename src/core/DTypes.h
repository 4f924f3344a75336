#pragma once

#include <QString>

namespace cc::dtype {

// Canonical dtype tokens (spec §3.2).
inline constexpr const char* Date = "date";
inline constexpr const char* TimestampTz = "timestamp with time zone";
inline constexpr const char* String = "string";
inline constexpr const char* Uuid = "uuid";
inline constexpr const char* JsonType = "json";
inline constexpr const char* Jsonb = "jsonb";
inline constexpr const char* Bool = "bool";
inline constexpr const char* Int16 = "int16";
inline constexpr const char* Int32 = "int32";
inline constexpr const char* Int64 = "int64";
inline constexpr const char* Float32 = "float32";
inline constexpr const char* Float64 = "float64";
inline constexpr const char* Numeric = "numeric";

// Maps a synonym to its token (case-insensitive, trimmed); unknown tokens pass through
// unchanged, lowercased only when they are a known synonym.
QString normalizeDataType(const QString& token);
// TIMESTAMPTZ variants become "TIMESTAMP WITH TIME ZONE", dates "DATE"; anything else is
// kept as sent.
QString normalizeBackendType(const QString& backendType);
// A naive timestamp token (`timestamp`, `datetime64[ns]`, ...) is refused for remote use.
bool isNaiveTimestamp(const QString& token);
bool isKnownToken(const QString& token);
// The token for a PostgreSQL type name as pg_catalog's format_type() prints it.
QString fromPostgresType(const QString& formattedType);
// The PostgreSQL type to cast a bound parameter of this token to; empty when unknown.
QString toPostgresType(const QString& token);
bool isNumeric(const QString& token);
bool isTemporal(const QString& token);

} // namespace cc::dtype
