#include "exec/ResultRows.h"

#include <string_view>
#include <vector>

namespace tsm::exec {

namespace {

// Built-in type OIDs (pg_type.h); they never change.
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kJson = 114;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;
constexpr Oid kJsonb = 3802;

enum class ColumnClass { Bool, Integer, Decimal, Json, Text };

ColumnClass classify(Oid type) {
    switch (type) {
    case kBool:
        return ColumnClass::Bool;
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return ColumnClass::Integer;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return ColumnClass::Decimal;
    case kJson:
    case kJsonb:
        return ColumnClass::Json;
    default:
        return ColumnClass::Text;
    }
}

// float and numeric print NaN, Infinity and -Infinity as words.
bool isFiniteNumberText(std::string_view text) {
    return !text.empty() && text.back() >= '0' && text.back() <= '9';
}

} // namespace

cc::RowSet rowsFromResult(const PGresult* result, int count) {
    const int columns = PQnfields(result);
    QStringList names;
    names.reserve(columns);
    std::vector<ColumnClass> classes;
    classes.reserve(std::size_t(columns));
    for (int c = 0; c < columns; ++c) {
        names.append(QString::fromUtf8(PQfname(result, c)));
        classes.push_back(classify(PQftype(result, c)));
    }
    cc::RowSet rows(names);
    if (count > PQntuples(result))
        count = PQntuples(result);
    if (count <= 0)
        return rows;

    std::size_t textBytes = 0;
    for (int r = 0; r < count; ++r)
        for (int c = 0; c < columns; ++c)
            textBytes += std::size_t(PQgetlength(result, r, c));
    rows.reserve(count, textBytes);

    using Kind = cc::RowSet::CellKind;
    for (int r = 0; r < count; ++r) {
        rows.beginRow();
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result, r, c))
                continue; // cells not set are NULL
            // Lengths from libpq, not strlen: the text is taken as PostgreSQL sent it.
            const std::string_view text(PQgetvalue(result, r, c),
                                        std::size_t(PQgetlength(result, r, c)));
            switch (classes[std::size_t(c)]) {
            case ColumnClass::Bool:
                rows.setCell(c, Kind::Bool, text == "t" ? "true" : "false");
                break;
            case ColumnClass::Integer:
                rows.setCell(c, Kind::Number, text);
                break;
            case ColumnClass::Decimal:
                rows.setCell(c, isFiniteNumberText(text) ? Kind::Number : Kind::String, text);
                break;
            case ColumnClass::Json:
                rows.setCell(c, Kind::Json, text);
                break;
            case ColumnClass::Text:
                rows.setCell(c, Kind::String, text);
                break;
            }
        }
        rows.endRow();
    }
    return rows;
}

} // namespace tsm::exec
