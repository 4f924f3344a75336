// table_contract, normalization, validate-contract replies and introspection snapshots.
#include "core/codec/ContractCodec.h"
#include "core/codec/IntrospectionCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

TableContract decodedContract(const Json& json) {
    DecodeResult<TableContract> result = decodeTableContract(json);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.value();
}

QString contractError(const Json& json) {
    const DecodeResult<TableContract> result = decodeTableContract(json);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

bool sameReply(const ValidateReply& a, const ValidateReply& b) {
    return a.ok == b.ok && a.tableContract == b.tableContract && a.errors == b.errors &&
           a.warnings == b.warnings && a.changes == b.changes;
}

} // namespace

class TestContractCodec : public QObject {
    Q_OBJECT

private slots:
    void contractsRoundTrip_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("spec 3.3 example") << "contract-example.json"
                                          << "";
        QTest::newRow("F1") << "f01-register-external.json"
                            << "/table_contract";
        QTest::newRow("F2") << "f02-register-platform.json"
                            << "/table_contract";
        QTest::newRow("F3") << "f03-metatable-detail.json"
                            << "/table_contract";
        QTest::newRow("F15") << "f15-collection-create.json"
                             << "/0/table_contract";
    }

    void contractsRoundTrip() {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        const Json fixture = fixtureJson(file)[Json::json_pointer(pointer.toStdString())];
        const TableContract contract = decodedContract(fixture);
        const Json encoded = encodeTableContract(contract);
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
        QVERIFY(decodedContract(encoded) == contract);
        // A current contract never grows the legacy keys.
        QVERIFY(!encoded.contains("indexes"));
        QVERIFY(!encoded.contains("foreign_keys"));
    }

    void decodesContractFields() {
        const TableContract c = decodedContract(
            fixtureJson(QStringLiteral("f01-register-external.json"))["table_contract"]);
        QCOMPARE(c.version, QStringLiteral("relational-table.v1"));
        QCOMPARE(c.physicalSchema, std::optional<QString>(QStringLiteral("public")));
        QCOMPARE(c.physicalTableName, QStringLiteral("acme_crm__account"));
        QCOMPARE(c.columns.size(), std::size_t(3));
        QCOMPARE(c.columns[0].serverDefault,
                 std::optional<QString>(QStringLiteral("gen_random_uuid()")));
        QCOMPARE(c.columns[1].label, std::optional<QString>(QStringLiteral("Name")));
        QCOMPARE(c.columns[1].description, std::optional<QString>(QStringLiteral("Display name")));
        QVERIFY(c.columns[2].nullable);
        QVERIFY(!c.columns[2].ordinalPosition); // no projection keys in a contract
        QCOMPARE(c.constraints, Json::array());
        QVERIFY(c.authoring);
        QCOMPARE((*c.authoring)["table_model"]["qualname"], Json("Account"));
        QVERIFY(!c.tableKind);
        QVERIFY(!c.legacyIndexes);
        QVERIFY(!c.legacyForeignKeys);
        QVERIFY(c.column(QStringLiteral("opened_at")));
    }

    void legacyContract() {
        const Json fixture = fixtureJson(QStringLiteral("contract-legacy-indexes-fks.json"));
        const TableContract c = decodedContract(fixture);
        QCOMPARE(c.physicalSchema, std::optional<QString>(QStringLiteral("public")));
        QVERIFY(c.columns[2].nullable); // absent: true
        QVERIFY(!c.columns[1].primaryKey);
        QVERIFY(!c.columns[1].unique);
        QCOMPARE(c.tableKind, std::optional<QString>(QStringLiteral("relational")));
        QVERIFY(c.legacyIndexes);
        QCOMPARE(c.legacyIndexes->size(), std::size_t(1));
        QCOMPARE((*c.legacyIndexes)[0].columns, QStringList{"account_uid"});
        QVERIFY(c.legacyForeignKeys);
        QCOMPARE(c.legacyForeignKeys->size(), std::size_t(2));
        QCOMPARE((*c.legacyForeignKeys)[0].targetTableUid,
                 std::optional<QString>(QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001")));
        QCOMPARE((*c.legacyForeignKeys)[1].targetIdentifier,
                 std::optional<QString>(QStringLiteral("acme_crm.Account")));
        QVERIFY(!(*c.legacyForeignKeys)[1].onDelete);

        const Json encoded = encodeTableContract(c);
        QCOMPARE(encoded["physical"]["schema"], Json("public"));
        QCOMPARE(encoded["indexes"], fixture["indexes"]);
        QCOMPARE(encoded["foreign_keys"], fixture["foreign_keys"]);
        QVERIFY(decodedContract(encoded) == c);
    }

    void schemaAliases() {
        for (const char* key : {"schema", "schema_", "physical_schema"}) {
            const Json json{{"physical", {{key, "s"}, {"table_name", "t"}}}};
            QCOMPARE(decodedContract(json).physicalSchema,
                     std::optional<QString>(QStringLiteral("s")));
        }
        const TableContract bare = decodedContract(Json{{"physical", {{"table_name", "t"}}}});
        QVERIFY(!bare.physicalSchema);
        QVERIFY(!encodeTableContract(bare)["physical"].contains("schema"));
    }

    void normalizesTokens() {
        const TableContract c = normalizeContract(
            decodedContract(fixtureJson(QStringLiteral("contract-legacy-indexes-fks.json"))));
        QCOMPARE(c.columns[0].dataType, QStringLiteral("uuid"));
        QCOMPARE(c.columns[0].backendType, std::optional<QString>(QStringLiteral("uuid")));
        QVERIFY(!c.columns[1].backendType);
        QCOMPARE(c.columns[2].dataType, QStringLiteral("timestamp with time zone"));
        QCOMPARE(c.columns[2].backendType,
                 std::optional<QString>(QStringLiteral("TIMESTAMP WITH TIME ZONE")));
        QCOMPARE(c.columns[3].dataType, QStringLiteral("numeric"));
        QCOMPARE(c.columns[3].backendType,
                 std::optional<QString>(QStringLiteral("NUMERIC(12, 2)")));
        QCOMPARE(c.columns[4].dataType, QStringLiteral("string"));
        // Normalizing twice changes nothing.
        QVERIFY(normalizeContract(c) == c);
    }

    void contractErrors() {
        const Json good = fixtureJson(QStringLiteral("contract-example.json"));
        const auto with = [&](const char* pointer, const Json& value) {
            Json copy = good;
            copy[Json::json_pointer(pointer)] = value;
            return contractError(copy);
        };
        const auto without = [&](const char* parent, const char* key) {
            Json copy = good;
            copy[Json::json_pointer(parent)].erase(key);
            return contractError(copy);
        };
        QCOMPARE(without("", "physical"), QStringLiteral("physical: required key missing"));
        QCOMPARE(without("/physical", "table_name"),
                 QStringLiteral("physical.table_name: required key missing"));
        QCOMPARE(without("/columns/1", "data_type"),
                 QStringLiteral("columns[1].data_type: required key missing"));
        QCOMPARE(without("/columns/3", "name"),
                 QStringLiteral("columns[3].name: required key missing"));
        QCOMPARE(with("/columns/0/nullable", "no"),
                 QStringLiteral("columns[0].nullable: expected boolean"));
        QCOMPARE(with("/columns/2/backend_type", 7),
                 QStringLiteral("columns[2].backend_type: expected string"));
        QCOMPARE(with("/constraints", Json::object()),
                 QStringLiteral("constraints: expected array"));
        QCOMPARE(with("/authoring", Json::array()), QStringLiteral("authoring: expected object"));
        QCOMPARE(with("/physical", "public.t"), QStringLiteral("physical: expected object"));
        QCOMPARE(with("/version", 1), QStringLiteral("version: expected string"));
        QCOMPARE(with("/indexes", Json::array({{{"columns", "uid"}}})),
                 QStringLiteral("indexes[0].columns: expected array"));
        QCOMPARE(with("/foreign_keys", Json::array({{{"target_columns", {nullptr}}}})),
                 QStringLiteral("foreign_keys[0].target_columns[0]: expected string"));
        QCOMPARE(contractError(Json()), QStringLiteral("expected object"));
    }

    void validateReplyRecommendedShape() {
        const Json fixture = fixtureJson(QStringLiteral("validate-reply-recommended.json"));
        const DecodeResult<ValidateReply> reply = decodeValidateReply(fixture);
        QVERIFY(reply.ok());
        const ValidateReply& v = reply.value();
        QCOMPARE(v.ok, std::optional<bool>(false));
        QVERIFY(v.tableContract);
        QVERIFY(*v.tableContract == decodedContract(fixtureJson(QStringLiteral(
                                        "f01-register-external.json"))["table_contract"]));
        QCOMPARE(v.errors.size(), std::size_t(1));
        QCOMPARE(v.errors[0].path, QStringLiteral("columns[2].data_type"));
        QCOMPARE(v.errors[0].code, QStringLiteral("naive_timestamp"));
        QCOMPARE(v.errors[0].message, QStringLiteral("Use timestamp with time zone."));
        QCOMPARE(v.warnings.size(), std::size_t(1));
        QCOMPARE(v.warnings[0].code, QStringLiteral("length_changed"));
        QCOMPARE(v.changes.size(), std::size_t(1));
        QCOMPARE(v.raw, fixture);

        const Json encoded = encodeValidateReply(v);
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
        QVERIFY(sameReply(decodeValidateReply(encoded).value(), v));
    }

    void validateReplyLooseShapes() {
        const DecodeResult<ValidateReply> reply =
            decodeValidateReply(fixtureJson(QStringLiteral("validate-reply-loose.json")));
        QVERIFY(reply.ok());
        const ValidateReply& v = reply.value();
        QVERIFY(!v.ok);
        QVERIFY(!v.tableContract); // not a contract: left in raw
        QCOMPARE(v.raw["valid"], Json(false));
        QCOMPARE(v.errors.size(), std::size_t(4));
        QCOMPARE(v.errors[0].path, QString());
        QCOMPARE(v.errors[0].message,
                 QStringLiteral("physical.table_name is longer than 63 characters"));
        QCOMPARE(v.errors[1].path, QStringLiteral("columns"));
        QCOMPARE(v.errors[1].message, QStringLiteral("Duplicate column name 'uid'."));
        QCOMPARE(v.errors[2].path, QStringLiteral("physical.table_name"));
        QCOMPARE(v.errors[2].message, QStringLiteral("This field is required."));
        QCOMPARE(v.errors[3].path, QStringLiteral("body.table_contract.columns[2].data_type"));
        QCOMPARE(v.errors[3].message, QStringLiteral("unknown dtype"));
        QCOMPARE(v.warnings.size(), std::size_t(1));
        QCOMPARE(v.warnings[0].path, QStringLiteral("labels"));
        QVERIFY(v.changes.is_null());

        const DecodeResult<ValidateReply> empty = decodeValidateReply(Json::object());
        QVERIFY(empty.ok());
        QVERIFY(empty.value().errors.empty());
        const DecodeResult<ValidateReply> strings =
            decodeValidateReply(Json{{"ok", "yes"}, {"errors", "bad"}, {"warnings", 3}});
        QVERIFY(strings.ok());
        QVERIFY(!strings.value().ok);
        QCOMPARE(strings.value().errors[0].message, QStringLiteral("bad"));
        QCOMPARE(strings.value().warnings[0].message, QStringLiteral("3"));
        QCOMPARE(decodeValidateReply(Json::array()).error().toString(),
                 QStringLiteral("expected object"));
        QCOMPARE(decodeValidateReply(Json("ok")).error().toString(),
                 QStringLiteral("expected object"));
    }

    void introspectReply() {
        const Json fixture = fixtureJson(QStringLiteral("f10-introspect-reply.json"));
        const DecodeResult<IntrospectReply> reply = decodeIntrospectReply(fixture);
        QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
        QVERIFY(reply.value().ok);
        QCOMPARE(reply.value().metaTableUid,
                 QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001"));
        const IntrospectionSnapshot& s = reply.value().snapshot;
        QCOMPARE(s.schema, std::optional<QString>(QStringLiteral("public")));
        QCOMPARE(s.tableName, std::optional<QString>(QStringLiteral("acme_crm__account")));
        QCOMPARE(s.columns.size(), std::size_t(1));
        QCOMPARE(s.columns[0].backendType, std::optional<QString>(QStringLiteral("uuid")));
        QCOMPARE(s.columns[0].nullable, std::optional<bool>(false));
        QCOMPARE(s.columns[0].defaultValue,
                 std::optional<QString>(QStringLiteral("gen_random_uuid()")));
        QCOMPARE(s.columns[0].ordinalPosition, std::optional<int>(1));
        QVERIFY(s.indexes[0].unique);
        QCOMPARE(s.constraints[0].type, QStringLiteral("PRIMARY KEY"));
        QVERIFY(s.foreignKeys.empty());
        QCOMPARE(s.raw, fixture["introspection_snapshot"]);
        QVERIFY(!s.isEmpty());

        const Json encoded = encodeIntrospectReply(reply.value());
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
    }

    void fullSnapshotKeepsUnknownKeys() {
        const Json fixture = fixtureJson(QStringLiteral("introspection-snapshot-full.json"));
        const DecodeResult<IntrospectionSnapshot> snapshot = decodeIntrospectionSnapshot(fixture);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().toString()));
        IntrospectionSnapshot s = snapshot.value();
        QCOMPARE(s.introspectedAt, std::optional<QString>(QStringLiteral("2026-08-07T09:00:00Z")));
        QCOMPARE(s.foreignKeys.size(), std::size_t(1));
        QCOMPARE(s.foreignKeys[0].targetTable, QStringLiteral("acme_crm__owner"));
        QCOMPARE(s.foreignKeys[0].targetSchema, std::optional<QString>(QStringLiteral("public")));
        QCOMPARE(s.foreignKeys[0].sourceColumns, QStringList{"owner_uid"});
        QCOMPARE(dump(withoutNulls(encodeIntrospectionSnapshot(s))), dump(withoutNulls(fixture)));

        // Edited fields win over what was received; unknown keys stay.
        s.schema.reset();
        s.columns.push_back(SnapshotColumn{QStringLiteral("name"), QStringLiteral("text"),
                                           std::nullopt, true, std::nullopt, 2});
        const Json edited = encodeIntrospectionSnapshot(s);
        QVERIFY(!edited.contains("schema"));
        QCOMPARE(edited["columns"].size(), std::size_t(2));
        QCOMPARE(edited["columns"][1]["backend_type"], Json("text"));
        QCOMPARE(edited["row_estimate"], Json(1200));
        QVERIFY(decodeIntrospectionSnapshot(edited).value() == s);
    }

    void emptySnapshot() {
        const DecodeResult<IntrospectionSnapshot> empty =
            decodeIntrospectionSnapshot(Json::object());
        QVERIFY(empty.ok());
        QVERIFY(empty.value().isEmpty());
        QCOMPARE(encodeIntrospectionSnapshot(empty.value()), Json::object());
        QVERIFY(decodeIntrospectionSnapshot(Json()).value().isEmpty());
        QVERIFY(decodeIntrospectReply(Json{{"ok", true}, {"introspection_snapshot", nullptr}})
                    .value()
                    .snapshot.isEmpty());
    }

    void snapshotErrors() {
        Json bad = fixtureJson(QStringLiteral("f10-introspect-reply.json"));
        bad["introspection_snapshot"]["columns"][0].erase("name");
        QCOMPARE(decodeIntrospectReply(bad).error().toString(),
                 QStringLiteral("introspection_snapshot.columns[0].name: required key missing"));
        bad = fixtureJson(QStringLiteral("f10-introspect-reply.json"));
        bad["introspection_snapshot"]["indexes"][0]["unique"] = "t";
        QCOMPARE(decodeIntrospectReply(bad).error().toString(),
                 QStringLiteral("introspection_snapshot.indexes[0].unique: expected boolean"));
        bad["introspection_snapshot"] = Json::array();
        QCOMPARE(decodeIntrospectReply(bad).error().toString(),
                 QStringLiteral("introspection_snapshot: expected object"));
        QCOMPARE(decodeIntrospectReply(Json{{"ok", 1}}).error().toString(),
                 QStringLiteral("ok: expected boolean"));
        QCOMPARE(decodeIntrospectionSnapshot(Json{{"constraints", {{{"columns", "a"}}}}})
                     .error()
                     .toString(),
                 QStringLiteral("constraints[0].columns: expected array"));
    }
};

QTEST_APPLESS_MAIN(TestContractCodec)
#include "tst_contractcodec.moc"
