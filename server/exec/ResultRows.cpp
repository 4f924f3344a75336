#include "exec/ResultRows.h"

#include <string_view>

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

// float and numeric print NaN, Infinity and -Infinity as words.
bool isFiniteNumberText(std::string_view text) {
    return !text.empty() && text.back() >= '0' && text.back() <= '9';
}

} // namespace

void RowCollector::start(const PGresult* result) {
    m_started = true;
    const int columns = PQnfields(result);
    QStringList names;
    names.reserve(columns);
    m_classes.clear();
    for (int c = 0; c < columns; ++c) {
        names.append(QString::fromUtf8(PQfname(result, c)));
        switch (PQftype(result, c)) {
        case kBool:
            m_classes.push_back(ColumnClass::Bool);
            break;
        case kInt2:
        case kInt4:
        case kInt8:
        case kOid:
            m_classes.push_back(ColumnClass::Integer);
            break;
        case kFloat4:
        case kFloat8:
        case kNumeric:
            m_classes.push_back(ColumnClass::Decimal);
            break;
        case kJson:
        case kJsonb:
            m_classes.push_back(ColumnClass::Json);
            break;
        default:
            m_classes.push_back(ColumnClass::Text);
            break;
        }
    }
    m_rows = cc::RowSet(names);
}

void RowCollector::append(const PGresult* result, int count) {
    if (!m_started)
        start(result);
    const int columns = int(m_classes.size());
    if (count > PQntuples(result))
        count = PQntuples(result);
    if (count <= 0 || PQnfields(result) != columns)
        return;

    using Kind = cc::RowSet::CellKind;
    for (int r = 0; r < count; ++r) {
        m_rows.beginRow();
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result, r, c))
                continue; // cells not set are NULL
            // Lengths from libpq, not strlen: the text is taken as PostgreSQL sent it.
            const std::string_view text(PQgetvalue(result, r, c),
                                        std::size_t(PQgetlength(result, r, c)));
            switch (m_classes[std::size_t(c)]) {
            case ColumnClass::Bool:
                m_rows.setCell(c, Kind::Bool, text == "t" ? "true" : "false");
                break;
            case ColumnClass::Integer:
                m_rows.setCell(c, Kind::Number, text);
                break;
            case ColumnClass::Decimal:
                m_rows.setCell(c, isFiniteNumberText(text) ? Kind::Number : Kind::String, text);
                break;
            case ColumnClass::Json:
                m_rows.setCell(c, Kind::Json, text);
                break;
            case ColumnClass::Text:
                m_rows.setCell(c, Kind::String, text);
                break;
            }
        }
        m_rows.endRow();
    }
}

} // namespace tsm::exec
