#include "ui/query/QueryErrorText.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(QueryErrorText)
};

// A string field of the refusal's `error` object (or of the body itself).
QString errorField(const ApiError& error, const char* key) {
    const Json& body = error.body.details;
    if (!body.is_object())
        return {};
    for (const char* holder : {"error", "detail"}) {
        auto it = body.find(holder);
        if (it != body.end() && it->is_object()) {
            auto field = it->find(key);
            if (field != it->end() && field->is_string())
                return QString::fromStdString(field->get<std::string>());
        }
    }
    auto field = body.find(key);
    if (field != body.end() && field->is_string())
        return QString::fromStdString(field->get<std::string>());
    return {};
}

QString capabilityWords(const QString& capability) {
    if (capability.startsWith(QLatin1String("supports_compiled_")))
        return Text::tr("compiled %1 operations").arg(capability.mid(18));
    return capability.isEmpty() ? Text::tr("this operation") : capability;
}

void describeSqlState(const QString& state, QueryErrorText& out) {
    const QString cls = state.left(2);
    if (state == QLatin1String("42P01")) {
        out.title = Text::tr("PostgreSQL does not know a table in the statement");
        out.advice = Text::tr("Use the physical schema and table name of a scoped table "
                              "(or its alias), and add the table to the scope.");
    } else if (state == QLatin1String("42703")) {
        out.title = Text::tr("PostgreSQL does not know a column in the statement");
        out.advice = Text::tr("Check the column name against the table's Columns tab; "
                              "completion (Ctrl+Space) lists the scoped tables' columns.");
    } else if (state == QLatin1String("42601")) {
        out.title = Text::tr("The statement has a syntax error");
        out.advice = Text::tr("Fix the SQL near the place PostgreSQL names.");
    } else if (state == QLatin1String("42883") || state == QLatin1String("42804")) {
        out.title = Text::tr("A value or operator does not match the column's type");
        out.advice = Text::tr("Give the parameter the column's type in the parameter form, "
                              "or cast it in the SQL.");
    } else if (cls == QLatin1String("22")) {
        out.title = Text::tr("A value is not valid for its type");
        out.advice = Text::tr("Check the parameter values and their types.");
    } else if (cls == QLatin1String("25")) {
        out.title = Text::tr("The statement tried to write in a read-only query");
        out.advice = Text::tr("A SELECT runs read-only; writes need a connection that allows "
                              "them and a write operation.");
    } else if (cls == QLatin1String("42")) {
        out.title = Text::tr("PostgreSQL refused the statement");
        out.advice = Text::tr("Check names, types and permissions in the SQL.");
    } else {
        out.title = Text::tr("PostgreSQL reported an error");
    }
}

void describeCode(const ApiError& error, qint64 timeoutMs, QueryErrorText& out) {
    const QString& code = error.body.code;
    if (code == QLatin1String("scope_access_denied")) {
        const QString relation = errorField(error, "relation");
        const bool write = errorField(error, "access") == QLatin1String("write");
        if (!relation.isEmpty() && write) {
            out.title = Text::tr("The statement writes %1 without write access").arg(relation);
            out.advice = Text::tr("Set that table's access to write in the scope; writing "
                                  "needs the editor role.");
        } else if (!relation.isEmpty()) {
            out.title = Text::tr("The statement reads %1, which is outside the query's scope")
                            .arg(relation);
            out.advice = Text::tr("Add %1 to the scope (Add table…), or take it out of the SQL.")
                             .arg(relation);
        } else {
            out.title = Text::tr("The scope names a table you may not use this way");
            out.advice = Text::tr("Remove the table from the scope, or ask for access to it.");
        }
    } else if (code == QLatin1String("scope_table_not_found")) {
        out.title = Text::tr("A table in the scope no longer exists");
        out.advice = Text::tr("Remove it from the scope and add the table again.");
    } else if (code == QLatin1String("capability_not_supported")) {
        const QString capability = error.body.capability.value_or(errorField(error, "capability"));
        out.title =
            Text::tr("The data source does not support %1").arg(capabilityWords(capability));
        out.advice = Text::tr("Run it against tables of a data source that supports it, or ask "
                              "an administrator to enable the capability.");
    } else if (code == QLatin1String("statement_timeout")) {
        out.title = timeoutMs > 0 ? Text::tr("The query ran longer than its %1 s statement timeout")
                                        .arg(double(timeoutMs) / 1000.0)
                                  : Text::tr("The query ran longer than its statement timeout");
        out.advice = Text::tr("Raise the timeout, filter on indexed columns, or order by the "
                              "primary key so pages can be read quickly.");
    } else if (code == QLatin1String("function_not_allowed")) {
        const QString function = errorField(error, "function");
        out.title = function.isEmpty()
                        ? Text::tr("The statement calls a function the server does not allow")
                        : Text::tr("The server does not allow the function %1").arg(function);
        out.advice = Text::tr("Only read-only functions may run in a query; remove the call.");
    } else if (code == QLatin1String("multiple_statements")) {
        out.title = Text::tr("Only one statement can run at a time");
        out.advice = Text::tr("Remove the other statements or run them one by one.");
    } else if (code == QLatin1String("operation_mismatch") ||
               code == QLatin1String("unsupported_statement")) {
        out.title = Text::tr("The statement does not match the operation sent");
        out.advice = Text::tr("A query runs one SELECT (or WITH … SELECT).");
    } else if (code == QLatin1String("mixed_data_sources")) {
        out.title = Text::tr("The scoped tables live on different data sources");
        out.advice = Text::tr("One query reads one data source: keep only tables of one source.");
    } else if (code == QLatin1String("invalid_parameters")) {
        out.title = Text::tr("The parameters do not fit the statement");
        out.advice = Text::tr("Check that every %(name)s has a value of the right type.");
    } else if (code == QLatin1String("data_source_unavailable")) {
        out.title = Text::tr("The data source cannot be reached");
        out.advice = Text::tr("Try again later; if it persists, tell the server's operator.");
    } else if (code == QLatin1String("sql_error") || error.body.sqlstate) {
        describeSqlState(error.body.sqlstate.value_or(QString()), out);
    }
}

} // namespace

QString QueryErrorText::toPlainText() const {
    QStringList lines{title};
    if (!facts.isEmpty())
        lines << facts;
    if (!message.isEmpty() && message != title)
        lines << message;
    if (!advice.isEmpty())
        lines << advice;
    return lines.join(QLatin1Char('\n'));
}

QueryErrorText describeQueryError(const ApiError& error, qint64 statementTimeoutMs) {
    QueryErrorText out;
    out.message = error.body.message.isEmpty() ? error.message : error.body.message;
    QStringList facts;
    if (error.httpStatus > 0)
        facts << Text::tr("HTTP %1").arg(error.httpStatus);
    if (!error.body.code.isEmpty())
        facts << error.body.code;
    if (error.body.sqlstate && !error.body.sqlstate->isEmpty())
        facts << Text::tr("SQLSTATE %1").arg(*error.body.sqlstate);
    out.facts = facts.join(QStringLiteral(" · "));

    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        out.title = Text::tr("The query was cancelled");
        out.advice = Text::tr("Run it again with Ctrl+Enter.");
        return out;
    case ApiError::Kind::Timeout:
        out.title = Text::tr("No answer from the server in time");
        out.advice = Text::tr("Check the connection, or raise the statement timeout for a "
                              "slow query.");
        return out;
    case ApiError::Kind::Network:
        out.title = Text::tr("The server cannot be reached");
        out.advice = Text::tr("Check the connection's address and that the server is running.");
        return out;
    case ApiError::Kind::Configuration:
        out.title = Text::tr("The query was not sent");
        return out;
    case ApiError::Kind::Decode:
        out.title = Text::tr("The server's answer does not match the contract");
        out.advice = Text::tr("The server may be of another version; the raw answer is in "
                              "the log.");
        return out;
    case ApiError::Kind::Http:
        break;
    }
    describeCode(error, statementTimeoutMs, out);
    if (!out.title.isEmpty())
        return out;
    if (error.httpStatus == 401) {
        out.title = Text::tr("The server did not accept the connection's credentials");
        out.advice = Text::tr("Edit the connection and enter a valid token.");
    } else if (error.httpStatus == 403) {
        out.title = Text::tr("You are not allowed to run this query");
        out.advice = Text::tr("Ask for access to the scoped tables.");
    } else if (error.httpStatus == 404) {
        out.title = Text::tr("The server has no execute-operation route");
        out.advice = Text::tr("Check the connection's API namespace (legacy or v1).");
    } else if (error.httpStatus == 408 || error.httpStatus == 504) {
        out.title = Text::tr("The query ran out of time");
        out.advice = Text::tr("Raise the statement timeout or narrow the query.");
    } else if (error.httpStatus >= 500) {
        out.title = Text::tr("The server failed while running the query");
        out.advice = Text::tr("Try again; if it persists, tell the server's operator.");
    } else {
        out.title = Text::tr("The server refused the query");
    }
    return out;
}

} // namespace cc::ui
