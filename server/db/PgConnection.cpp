#include "db/PgConnection.h"

#include <cstdlib>
#include <cstring>
#include <sstream>

namespace tsm::db {

Params& Params::add(const std::string& v) {
    m_values.emplace_back(v);
    return *this;
}

Params& Params::add(const char* v) {
    if (v)
        m_values.emplace_back(std::string(v));
    else
        m_values.emplace_back(std::nullopt);
    return *this;
}

Params& Params::add(long long v) {
    m_values.emplace_back(std::to_string(v));
    return *this;
}

Params& Params::add(double v) {
    std::ostringstream out;
    out.precision(17);
    out << v;
    m_values.emplace_back(out.str());
    return *this;
}

Params& Params::add(bool v) {
    m_values.emplace_back(v ? "true" : "false");
    return *this;
}

Params& Params::add(const std::optional<std::string>& v) {
    m_values.push_back(v);
    return *this;
}

Params& Params::add(std::nullopt_t) {
    m_values.emplace_back(std::nullopt);
    return *this;
}

Params& Params::addArray(const std::vector<std::string>& values) {
    m_values.emplace_back(arrayLiteral(values));
    return *this;
}

std::string arrayLiteral(const std::vector<std::string>& values) {
    return arrayLiteral(std::vector<std::optional<std::string>>(values.begin(), values.end()));
}

std::string arrayLiteral(const std::vector<std::optional<std::string>>& values) {
    std::string out = "{";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        if (!values[i]) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (char c : *values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

std::vector<std::string> parseArray(const std::string& literal) {
    std::vector<std::string> out;
    if (literal.size() < 2 || literal.front() != '{')
        return out;
    size_t i = 1;
    const size_t end = literal.size() - 1; // the closing brace
    if (i == end)
        return out;
    while (i <= end) {
        std::string item;
        bool quoted = false;
        if (i < end && literal[i] == '"') {
            quoted = true;
            ++i;
            while (i < end && literal[i] != '"') {
                if (literal[i] == '\\' && i + 1 < end)
                    ++i;
                item += literal[i++];
            }
            ++i; // closing quote
        } else {
            while (i < end && literal[i] != ',')
                item += literal[i++];
        }
        if (!quoted && item == "NULL")
            item.clear();
        out.push_back(item);
        ++i; // the comma or the closing brace
    }
    return out;
}

std::string quoteIdent(const std::string& identifier) {
    std::string out = "\"";
    for (char c : identifier) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string quoteQualified(const std::string& schema, const std::string& table) {
    return schema.empty() ? quoteIdent(table) : quoteIdent(schema) + "." + quoteIdent(table);
}

std::string quoteLiteral(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    out += '\'';
    return out;
}

Result::~Result() {
    if (m_result)
        PQclear(m_result);
}

Result::Result(Result&& other) noexcept
    : m_result(other.m_result) {
    other.m_result = nullptr;
}

Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int Result::rows() const {
    return m_result ? PQntuples(m_result) : 0;
}

int Result::columns() const {
    return m_result ? PQnfields(m_result) : 0;
}

int Result::column(const char* name) const {
    return m_result ? PQfnumber(m_result, name) : -1;
}

bool Result::isNull(int row, int col) const {
    return !m_result || row >= rows() || col < 0 || col >= columns() ||
           PQgetisnull(m_result, row, col);
}

std::string Result::text(int row, int col) const {
    if (isNull(row, col))
        return {};
    return std::string(PQgetvalue(m_result, row, col), size_t(PQgetlength(m_result, row, col)));
}

std::optional<std::string> Result::optText(int row, int col) const {
    if (isNull(row, col))
        return std::nullopt;
    return text(row, col);
}

long long Result::toInt(int row, int col) const {
    if (isNull(row, col))
        return 0;
    return std::strtoll(PQgetvalue(m_result, row, col), nullptr, 10);
}

double Result::toDouble(int row, int col) const {
    if (isNull(row, col))
        return 0.0;
    return std::strtod(PQgetvalue(m_result, row, col), nullptr);
}

bool Result::toBool(int row, int col) const {
    if (isNull(row, col))
        return false;
    const char* v = PQgetvalue(m_result, row, col);
    return v[0] == 't' || v[0] == 'T' || v[0] == '1';
}

std::vector<std::string> Result::toArray(int row, int col) const {
    return isNull(row, col) ? std::vector<std::string>{} : parseArray(text(row, col));
}

long long Result::affected() const {
    if (!m_result)
        return 0;
    const char* n = PQcmdTuples(m_result);
    return n && *n ? std::strtoll(n, nullptr, 10) : 0;
}

Connection::Connection(const std::string& conninfo)
    : m_conninfo(conninfo) {
    m_conn = PQconnectdb(conninfo.c_str());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        std::string message = m_conn ? PQerrorMessage(m_conn) : "out of memory";
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        throw PgError("cannot connect to PostgreSQL: " + message);
    }
    // Notices (e.g. "relation already exists, skipping") are not errors; keep stderr clean.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
    if (m_conn)
        PQfinish(m_conn);
}

namespace {

void throwIfFailed(PGconn* conn, PGresult* result) {
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return;
    std::string message;
    std::string sqlstate;
    if (result) {
        const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        message = primary ? primary : PQresultErrorMessage(result);
        sqlstate = state ? state : "";
        PQclear(result);
    } else {
        message = PQerrorMessage(conn);
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    throw PgError(message, sqlstate);
}

} // namespace

Result Connection::exec(const std::string& sql, const Params& params) {
    std::vector<const char*> values;
    values.reserve(size_t(params.size()));
    for (const auto& v : params.values())
        values.push_back(v ? v->c_str() : nullptr);
    PGresult* result = PQexecParams(m_conn, sql.c_str(), params.size(), nullptr,
                                    values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    throwIfFailed(m_conn, result);
    return Result(result);
}

void Connection::execScript(const std::string& sql) {
    PGresult* result = PQexec(m_conn, sql.c_str());
    throwIfFailed(m_conn, result);
    PQclear(result);
}

bool Connection::healthy() const {
    return m_conn && PQstatus(m_conn) == CONNECTION_OK &&
           PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

Transaction::Transaction(Connection& connection, bool readOnly)
    : m_connection(connection) {
    m_connection.exec(readOnly ? "BEGIN READ ONLY" : "BEGIN");
}

Transaction::~Transaction() {
    if (!m_open)
        return;
    try {
        m_connection.exec("ROLLBACK");
    } catch (...) {
        // The connection is broken; the pool will discard it.
    }
}

void Transaction::commit() {
    m_open = false;
    m_connection.exec("COMMIT");
}

void Transaction::rollback() {
    m_open = false;
    m_connection.exec("ROLLBACK");
}

namespace {

// Every option set in a conninfo (key/value or URI form), in libpq's order.
std::vector<std::pair<std::string, std::string>> parseConninfo(const std::string& conninfo) {
    std::vector<std::pair<std::string, std::string>> out;
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (error)
        PQfreemem(error);
    if (!options)
        return out;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val)
            out.emplace_back(o->keyword, o->val);
    PQconninfoFree(options);
    return out;
}

std::string conninfoValue(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out + "'";
}

} // namespace

std::string withParameter(const std::string& conninfo, const std::string& key,
                          const std::string& value) {
    std::string out;
    for (const auto& [k, v] : parseConninfo(conninfo)) {
        if (k == key)
            continue;
        out += k + "=" + conninfoValue(v) + " ";
    }
    return out + key + "=" + conninfoValue(value);
}

std::string withDatabase(const std::string& conninfo, const std::string& dbname) {
    return withParameter(conninfo, "dbname", dbname);
}

std::string databaseOf(const std::string& conninfo) {
    for (const auto& [key, value] : parseConninfo(conninfo))
        if (key == "dbname")
            return value;
    return {};
}

} // namespace tsm::db
