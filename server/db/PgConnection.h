#pragma once

#include <libpq-fe.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tsm::db {

// A failed libpq call. `sqlstate` is empty when the failure was not a server error
// (connection lost, out of memory).
class PgError : public std::runtime_error {
public:
    PgError(const std::string& message, std::string sqlstate = {})
        : std::runtime_error(message)
        , m_sqlstate(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return m_sqlstate; }
    bool isConnectionFailure() const {
        return m_sqlstate.empty() || m_sqlstate.rfind("08", 0) == 0;
    }

private:
    std::string m_sqlstate;
};

// Text parameters for PQexecParams: $1, $2, ... in the order they were added.
class Params {
public:
    Params() = default;
    template <typename... Ts> explicit Params(const Ts&... values) { (add(values), ...); }

    Params& add(const std::string& v);
    Params& add(const char* v);
    Params& add(long long v);
    Params& add(int v) { return add(static_cast<long long>(v)); }
    Params& add(double v);
    Params& add(bool v);
    Params& add(const std::optional<std::string>& v);
    Params& add(std::nullopt_t);
    // A text[] literal.
    Params& addArray(const std::vector<std::string>& values);

    int size() const { return int(m_values.size()); }
    const std::vector<std::optional<std::string>>& values() const { return m_values; }

private:
    std::vector<std::optional<std::string>> m_values;
};

// The `{a,"b c"}` literal of a text array.
std::string arrayLiteral(const std::vector<std::string>& values);
// The same with NULL elements for nullopt.
std::string arrayLiteral(const std::vector<std::optional<std::string>>& values);
// Parses a text array as PostgreSQL prints it (one dimension). NULL elements become "".
std::vector<std::string> parseArray(const std::string& literal);
// "schema"."table" with embedded quotes doubled.
std::string quoteIdent(const std::string& identifier);
std::string quoteQualified(const std::string& schema, const std::string& table);
// 'text' with embedded quotes doubled (for DDL where parameters cannot be bound).
std::string quoteLiteral(const std::string& text);

// Owns one PGresult.
class Result {
public:
    Result() = default;
    explicit Result(PGresult* result)
        : m_result(result) {}
    ~Result();
    Result(Result&& other) noexcept;
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    int columns() const;
    int column(const char* name) const; // -1 when absent
    bool isNull(int row, int col) const;
    std::string text(int row, int col) const; // "" for NULL
    std::optional<std::string> optText(int row, int col) const;
    long long toInt(int row, int col) const; // 0 for NULL
    double toDouble(int row, int col) const;
    bool toBool(int row, int col) const; // false for NULL
    std::vector<std::string> toArray(int row, int col) const;
    long long affected() const;

private:
    PGresult* m_result = nullptr;
};

// One libpq connection. Every call throws PgError on failure.
class Connection {
public:
    explicit Connection(const std::string& conninfo);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Result exec(const std::string& sql, const Params& params = Params());
    // Several statements separated by `;`, no parameters.
    void execScript(const std::string& sql);
    bool healthy() const;
    const std::string& conninfo() const { return m_conninfo; }
    PGconn* raw() { return m_conn; }

private:
    PGconn* m_conn = nullptr;
    std::string m_conninfo;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(Connection& connection, bool readOnly = false);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();

private:
    Connection& m_connection;
    bool m_open = true;
};

// The conninfo (key/value or URI form) with one option replaced or added, written back
// in key/value form.
std::string withParameter(const std::string& conninfo, const std::string& key,
                          const std::string& value);
std::string withDatabase(const std::string& conninfo, const std::string& dbname);
// The value of `dbname` in a key/value conninfo string, or "".
std::string databaseOf(const std::string& conninfo);

} // namespace tsm::db
