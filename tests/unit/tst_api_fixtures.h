#pragma once

// Shared pieces of the cc_net tests: payloads, a result catcher, a client factory.
#include "net/ApiClient.h"
#include "support/FixtureHttpServer.h"

#include <QByteArray>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <optional>

namespace cc::test {

inline const QString kAccountUid = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
inline const QString kPositionUid = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a002");
inline const QString kLegacyTables = QStringLiteral("/orm/api/ts_manager/meta_table/");
inline const QString kV1Tables = QStringLiteral("/api/v1/meta-tables/");

// A MetaTable object in the §2.5 shape (the parts the decoder needs, plus a label).
inline QByteArray metaTableJson(const QString& uid, const QString& identifier,
                                const QString& labelsJson = QStringLiteral("[\"crm\"]")) {
    return QStringLiteral(
               R"({"uid": "%1", "identifier": "%2", "namespace": "acme-crm", "labels": %3,)"
               R"( "management_mode": "external_registered", "physical_schema": "public",)"
               R"( "physical_table_name": "%2", "table_contract": {"version": "relational-table.v1",)"
               R"( "physical": {"schema": "public", "table_name": "%2"}, "columns": [], "constraints": []},)"
               R"( "columns": [], "indexes_meta": [], "foreign_keys": [], "incoming_fks": []})")
        .arg(uid, identifier, labelsJson)
        .toUtf8();
}

inline QByteArray pageJson(const QList<QByteArray>& tables, const QString& next = QString()) {
    QByteArray results;
    for (const QByteArray& t : tables)
        results += (results.isEmpty() ? "" : ", ") + t;
    const QByteArray nextJson = next.isEmpty() ? QByteArray("null") : "\"" + next.toUtf8() + "\"";
    return "{\"count\": " + QByteArray::number(tables.size()) + ", \"next\": " + nextJson +
           ", \"previous\": null, \"results\": [" + results + "]}";
}

// Records what a callback received.
template <typename T> struct Outcome {
    int calls = 0;
    std::optional<ApiResult<T>> result;

    bool ok() const { return result && result->ok(); }
    const ApiError& error() const { return result->error(); }
    const T& value() const { return result->value(); }
};

template <typename T> Callback<T> catchInto(const std::shared_ptr<Outcome<T>>& outcome) {
    return [outcome](ApiResult<T> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    };
}

template <typename T> std::shared_ptr<Outcome<T>> makeOutcome() {
    return std::make_shared<Outcome<T>>();
}

// A client for the fixture server with short retry delays.
inline ClientConfig configFor(const FixtureHttpServer& server,
                              ApiNamespace ns = ApiNamespace::Legacy) {
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiNamespace = ns;
    config.accessToken = QStringLiteral("token-1");
    config.timeoutMs = 5000;
    config.maxGetRetries = 2;
    config.retryBaseDelayMs = 10;
    config.retryMaxDelayMs = 40;
    return config;
}

// A loopback port nobody listens on (bound, then released).
inline quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace cc::test
