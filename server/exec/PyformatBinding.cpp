#include "exec/PyformatBinding.h"

#include "core/DTypes.h"
#include "core/sql/ParameterValue.h"

namespace tsm::exec {

namespace {

// Bytes that continue a PostgreSQL word or number: `$n` must not fuse with them.
bool continuesWord(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '_' ||
           c == '$' || u >= 0x80;
}

Refusal invalidParameters(std::string detail, cc::Json extra = cc::Json::object()) {
    return badRequest("invalid_parameters", std::move(detail), std::move(extra));
}

std::optional<Refusal> valueText(const cc::Json& value, const std::string& name,
                                 std::optional<std::string>& out) {
    switch (value.type()) {
    case cc::Json::value_t::null:
        out.reset();
        return std::nullopt;
    case cc::Json::value_t::string: {
        const std::string& text = value.get_ref<const std::string&>();
        if (text.find('\0') != std::string::npos)
            return invalidParameters("Parameter '" + name +
                                         "' contains a NUL character, which PostgreSQL text "
                                         "cannot hold.",
                                     cc::Json{{"parameter", name}});
        out = text;
        return std::nullopt;
    }
    case cc::Json::value_t::boolean:
        out = value.get<bool>() ? "true" : "false";
        return std::nullopt;
    case cc::Json::value_t::number_integer:
    case cc::Json::value_t::number_unsigned:
    case cc::Json::value_t::number_float:
    case cc::Json::value_t::object:
    case cc::Json::value_t::array:
        out = value.dump(-1, ' ', false, cc::Json::error_handler_t::replace);
        return std::nullopt;
    default:
        return invalidParameters("Parameter '" + name + "' has a value that cannot be bound.",
                                 cc::Json{{"parameter", name}});
    }
}

// The declared type of a named parameter, and the spec's formats for dates and timestamps.
std::optional<Refusal> applyType(const QString& token, const std::string& name,
                                 std::optional<std::string>& value, std::string& typeName) {
    if (cc::dtype::isNaiveTimestamp(token))
        return invalidParameters("Parameter '" + name + "' has the naive timestamp type '" +
                                     token.toStdString() +
                                     "'; send a timestamp with time zone instead.",
                                 cc::Json{{"parameter", name}});
    typeName = cc::dtype::toPostgresType(token).toStdString();
    if (!value)
        return std::nullopt;
    const QString normalized = cc::dtype::normalizeDataType(token);
    if (normalized == QLatin1String(cc::dtype::Date)) {
        const std::optional<QString> date = cc::sql::parseIsoDate(QString::fromStdString(*value));
        if (!date)
            return invalidParameters("Parameter '" + name +
                                         "' is a date and must be written YYYY-MM-DD.",
                                     cc::Json{{"parameter", name}});
        value = date->toStdString();
    } else if (normalized == QLatin1String(cc::dtype::TimestampTz)) {
        const std::optional<QString> utc =
            cc::sql::parseIsoTimestampToUtc(QString::fromStdString(*value));
        if (!utc)
            return invalidParameters(
                "Parameter '" + name +
                    "' is a timestamp with time zone and must be ISO-8601 with Z or an "
                    "explicit offset, e.g. 2026-01-01T00:00:00Z.",
                cc::Json{{"parameter", name}});
        value = utc->toStdString();
    }
    return std::nullopt;
}

} // namespace

std::optional<Refusal> bindPyformat(const std::string& sql, const cc::Json& parameters,
                                    const std::optional<std::map<QString, QString>>& types,
                                    BoundStatement& out) {
    out = BoundStatement();
    const bool positional = parameters.is_array();
    if (!parameters.is_null() && !parameters.is_object() && !positional)
        return invalidParameters("statement.parameters must be an object or an array.");

    std::map<std::string, int> positionOf;
    std::size_t nextValue = 0; // array form
    out.pieces.assign(1, std::string());
    out.pieces.back().reserve(sql.size());
    const auto emitPosition = [&](int position) {
        out.placeholderPositions.push_back(position);
        out.pieces.emplace_back();
    };
    const auto addPosition = [&](const cc::Json& value,
                                 const std::string& name) -> std::optional<Refusal> {
        std::optional<std::string> text;
        if (std::optional<Refusal> refusal = valueText(value, name, text))
            return refusal;
        std::string typeName;
        if (!positional && types) {
            const auto it = types->find(QString::fromStdString(name));
            if (it != types->end())
                if (std::optional<Refusal> refusal = applyType(it->second, name, text, typeName))
                    return refusal;
        }
        out.values.push_back(std::move(text));
        out.typeNames.push_back(std::move(typeName));
        out.names.push_back(name);
        return std::nullopt;
    };

    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (c != '%') {
            out.pieces.back() += c;
            ++i;
            continue;
        }
        const char next = i + 1 < sql.size() ? sql[i + 1] : '\0';
        if (next == '%') {
            out.pieces.back() += '%';
            i += 2;
            continue;
        }
        if (next == '(') {
            const std::size_t close = sql.find(')', i + 2);
            if (close == std::string::npos || close + 1 >= sql.size() || sql[close + 1] != 's' ||
                close == i + 2)
                break; // a stray %, reported below
            const std::string name = sql.substr(i + 2, close - i - 2);
            if (positional)
                return invalidParameters("The placeholder %(" + name +
                                             ")s needs parameters given as an object, not an "
                                             "array.",
                                         cc::Json{{"parameter", name}});
            int position = 0;
            const auto known = positionOf.find(name);
            if (known != positionOf.end()) {
                position = known->second;
            } else {
                if (!parameters.is_object() || !parameters.contains(name))
                    return invalidParameters("No value was given for parameter '" + name + "'.",
                                             cc::Json{{"parameter", name}});
                if (std::optional<Refusal> refusal = addPosition(parameters.at(name), name))
                    return refusal;
                position = int(out.values.size());
                positionOf.emplace(name, position);
            }
            emitPosition(position);
            i = close + 2;
            continue;
        }
        if (next == 's') {
            if (!positional)
                return invalidParameters("The positional placeholder %s needs parameters given "
                                         "as an array; use %(name)s with an object.");
            if (nextValue >= parameters.size())
                return invalidParameters("The SQL has more %s placeholders than the " +
                                         std::to_string(parameters.size()) + " values given.");
            const std::string name = std::to_string(nextValue);
            if (std::optional<Refusal> refusal = addPosition(parameters.at(nextValue), name))
                return refusal;
            ++nextValue;
            emitPosition(int(out.values.size()));
            i += 2;
            continue;
        }
        break;
    }
    if (i < sql.size())
        return invalidParameters("The SQL has a '%' at byte " + std::to_string(i + 1) +
                                     " that is not a placeholder; write a literal percent "
                                     "sign as %%.",
                                 cc::Json{{"position", i + 1}});
    if (positional && nextValue != parameters.size())
        return invalidParameters(std::to_string(parameters.size()) +
                                 " values were given but the SQL has " + std::to_string(nextValue) +
                                 " %s placeholders.");
    out.sql = out.render([](int position) { return "$" + std::to_string(position); });
    return std::nullopt;
}

std::string BoundStatement::render(const std::function<std::string(int)>& placeholder) const {
    std::string text = pieces.empty() ? std::string() : pieces.front();
    for (std::size_t i = 0; i < placeholderPositions.size() && i + 1 < pieces.size(); ++i) {
        // A placeholder must not fuse with a neighbouring word or number (`a$1`, `$10`).
        if (!text.empty() && continuesWord(text.back()))
            text += ' ';
        text += placeholder(placeholderPositions[i]);
        const std::string& next = pieces[i + 1];
        if (!next.empty() && continuesWord(next.front()))
            text += ' ';
        text += next;
    }
    return text;
}

} // namespace tsm::exec
