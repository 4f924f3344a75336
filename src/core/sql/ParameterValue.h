#pragma once

#include "core/Json.h"

#include <QString>

#include <optional>

namespace cc::sql {

// A bound value converted to its wire form, or why it could not be.
struct ParameterConversion {
    Json value;
    QString error; // translated; empty when the value was converted

    bool ok() const { return error.isEmpty(); }
};

// Converts a value given for a parameter of a dtype token (or synonym) to what
// compiled-sql.v1 sends (spec §4.1). Strings, as typed by a user, are parsed for typed
// parameters:
// - date: `YYYY-MM-DD`;
// - timestamp with time zone: ISO-8601 with `Z` or an offset (`T` or a space between date
//   and time, optional seconds and fraction), sent in UTC as `YYYY-MM-DDTHH:MM:SS[.f]Z`;
//   a value without a zone is refused rather than guessed;
// - int16/int32/int64: whole numbers in range; float32/float64: finite numbers;
//   numeric: a number, or decimal text kept as text so no precision is lost;
// - bool: true/false, t/f, yes/no, on/off, 1/0; uuid: 32 hex digits, sent in canonical form;
// - string: text (numbers and booleans become their text); json/jsonb: any value.
// JSON null is SQL NULL for every type. An unknown token passes the value through; a naive
// timestamp token is refused (spec §2.5).
ParameterConversion convertParameterValue(const Json& value, const QString& dataType);

// `YYYY-MM-DD`, or nullopt when the text is not a valid calendar date.
std::optional<QString> parseIsoDate(const QString& text);
// The UTC form described above, or nullopt when the text is not an ISO-8601 timestamp with
// a zone.
std::optional<QString> parseIsoTimestampToUtc(const QString& text);

} // namespace cc::sql
