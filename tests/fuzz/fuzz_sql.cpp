// The client's SQL checks: checkSelect, placeholders, statementKind, and
// buildSelectOperation with fuzzed parameters, scope and limits.
#include "FuzzInput.h"

#include "core/sql/SelectBuilder.h"
#include "core/sql/SqlStatementCheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <string>
#include <vector>

namespace {

const char* const kTypes[] = {"",        "int16", "int32",  "int64", "float32",   "float64",
                              "numeric", "bool",  "string", "date",  "timestamp", "timestamptz",
                              "uuid",    "json",  "jsonb",  "text",  "integer",   "bogus"};

QString text(FuzzedDataProvider& in, std::size_t max) {
    return QString::fromUtf8(in.ConsumeRandomLengthString(max));
}

cc::Json value(FuzzedDataProvider& in) {
    switch (in.ConsumeIntegralInRange(0, 5)) {
    case 0:
        return cc::Json();
    case 1:
        return in.ConsumeBool();
    case 2:
        return in.ConsumeIntegral<std::int64_t>();
    case 3:
        return in.ConsumeFloatingPoint<double>();
    case 4: {
        // A JSON document as a value (json/jsonb parameters); invalid text stays a string.
        const std::string raw = in.ConsumeRandomLengthString(64);
        cc::DecodeResult<cc::Json> parsed = cc::parseJson(QByteArray::fromStdString(raw));
        return parsed ? parsed.value() : cc::Json(QString::fromUtf8(raw).toStdString());
    }
    default:
        return QString::fromUtf8(in.ConsumeRandomLengthString(64)).toStdString();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const QString sql = text(in, 2048);

    const std::vector<cc::sql::SqlIssue> issues = cc::sql::checkSelect(sql);
    for (const cc::sql::SqlIssue& issue : issues) {
        if (issue.message.isEmpty())
            cc::fuzz::fail("SQL issue without a message");
        if (issue.position < 0 || issue.position > sql.size())
            cc::fuzz::fail("SQL issue position outside the text");
    }
    const QStringList names = cc::sql::placeholders(sql);
    const cc::sql::StatementKind kind = cc::sql::statementKind(sql);
    if (cc::sql::statementKindName(kind).isEmpty())
        cc::fuzz::fail("statement kind without a name");

    // Parameters: mostly the placeholders found, with values of any type, plus strays.
    std::vector<cc::sql::SqlParameter> parameters;
    for (const QString& name : names) {
        if (in.ConsumeIntegralInRange(0, 7) == 0)
            continue; // a missing value
        parameters.push_back({name, value(in), QString::fromLatin1(in.PickValueInArray(kTypes))});
    }
    const int strays = in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < strays; ++i)
        parameters.push_back(
            {text(in, 16), value(in), QString::fromLatin1(in.PickValueInArray(kTypes))});

    std::vector<cc::ScopeTable> tables;
    const int tableCount = in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < tableCount; ++i) {
        cc::ScopeTable table;
        table.metaTableUid = text(in, 40);
        if (in.ConsumeBool())
            table.alias = text(in, 16);
        table.access = in.ConsumeBool() ? QStringLiteral("read") : text(in, 8);
        tables.push_back(table);
    }
    cc::sql::SelectLimits limits;
    limits.maxRows = in.ConsumeIntegralInRange<qint64>(-5, 2000000);
    limits.offset = in.ConsumeIntegralInRange<qint64>(-5, qint64(1) << 40);
    limits.statementTimeoutMs = in.ConsumeIntegral<qint64>();

    const cc::sql::SelectOperationResult result =
        cc::sql::buildSelectOperation(sql, parameters, tables, limits);
    for (const cc::sql::OperationError& error : result.errors)
        if (error.message.isEmpty())
            cc::fuzz::fail("operation error without a message");
    return 0;
}
