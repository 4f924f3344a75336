#pragma once
// Contracts and snapshots shared by the ContractDiff tests (spec §3.3 and §6).

#include "core/diff/ContractDiff.h"
#include "core/diff/TypeChange.h"

#include <QtTest>

namespace contractdiff {

using namespace cc;
using Kind = ContractChange::Kind;
using Severity = ContractChange::Severity;

inline Column col(const QString& name, const QString& dataType, const QString& backendType = {},
                  bool nullable = true) {
    Column c;
    c.name = name;
    c.dataType = dataType;
    if (!backendType.isEmpty())
        c.backendType = backendType;
    c.nullable = nullable;
    return c;
}

// The contract of spec §3.3.
inline TableContract accountContract() {
    TableContract t;
    t.physicalSchema = QStringLiteral("public");
    t.physicalTableName = QStringLiteral("acme_crm__account");
    Column uid = col(QStringLiteral("uid"), QStringLiteral("uuid"), QStringLiteral("UUID"), false);
    uid.primaryKey = true;
    uid.serverDefault = QStringLiteral("gen_random_uuid()");
    Column name = col(QStringLiteral("name"), QStringLiteral("string"),
                      QStringLiteral("VARCHAR(255)"), false);
    name.label = QStringLiteral("Name");
    name.description = QStringLiteral("Display name");
    t.columns = {uid, name,
                 col(QStringLiteral("opened_at"), QStringLiteral("timestamp with time zone"),
                     QStringLiteral("TIMESTAMP WITH TIME ZONE")),
                 col(QStringLiteral("balance"), QStringLiteral("float64"),
                     QStringLiteral("DOUBLE PRECISION"))};
    return t;
}

inline Column& column(TableContract& t, const char* name) {
    for (Column& c : t.columns)
        if (c.name == QLatin1String(name))
            return c;
    qFatal("no column %s", name);
}

inline SnapshotColumn snapCol(const QString& name, const QString& backendType, bool nullable,
                              std::optional<QString> defaultValue = std::nullopt) {
    SnapshotColumn c;
    c.name = name;
    c.backendType = backendType;
    c.nullable = nullable;
    c.defaultValue = std::move(defaultValue);
    return c;
}

// The snapshot of spec §6 for the account table, as PostgreSQL describes it.
inline IntrospectionSnapshot accountSnapshot() {
    IntrospectionSnapshot s;
    s.schema = QStringLiteral("public");
    s.tableName = QStringLiteral("acme_crm__account");
    s.columns = {
        snapCol(QStringLiteral("uid"), QStringLiteral("uuid"), false,
                QStringLiteral("gen_random_uuid()")),
        snapCol(QStringLiteral("name"), QStringLiteral("character varying(255)"), false),
        snapCol(QStringLiteral("opened_at"), QStringLiteral("timestamp with time zone"), true),
        snapCol(QStringLiteral("balance"), QStringLiteral("double precision"), true)};
    Index pkey;
    pkey.name = QStringLiteral("acme_crm__account_pkey");
    pkey.columns = {QStringLiteral("uid")};
    pkey.unique = true;
    pkey.method = QStringLiteral("btree");
    s.indexes = {pkey};
    SnapshotConstraint pk;
    pk.name = QStringLiteral("acme_crm__account_pkey");
    pk.type = QStringLiteral("PRIMARY KEY");
    pk.columns = {QStringLiteral("uid")};
    s.constraints = {pk};
    s.raw = Json::object({{"columns", Json::array()},
                          {"indexes", Json::array()},
                          {"constraints", Json::array()},
                          {"foreign_keys", Json::array()}});
    return s;
}

inline QString describe(const ContractDiff& d) {
    return d.toMarkdown();
}

// The one change of a diff that must have exactly one.
inline ContractChange only(const ContractDiff& d) {
    if (d.changes().size() != 1)
        qWarning("%s", qPrintable(describe(d)));
    return d.changes().size() == 1 ? d.changes().front() : ContractChange{};
}

} // namespace contractdiff
