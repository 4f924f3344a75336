// ContractDiff between two contracts: columns, data and backend types, nullability, keys,
// defaults, display metadata, and the order of the changes.
#include "tst_contract_diff_fixtures.h"

using namespace contractdiff;

class TestContractDiff : public QObject {
    Q_OBJECT

private slots:
    void sameContractHasNoChanges() {
        const ContractDiff d = ContractDiff::compare(accountContract(), accountContract());
        QVERIFY(d.isEmpty());
        QVERIFY(!d.hasBreaking());
        QCOMPARE(d.count(Severity::Breaking), 0);
        QVERIFY(d.notes().isEmpty());
    }

    void spellingsOfOneTypeAreNoChange() {
        TableContract after = accountContract();
        column(after, "name").backendType = QStringLiteral("character varying(255)");
        column(after, "opened_at").backendType = QStringLiteral("timestamptz(6)");
        column(after, "opened_at").dataType = QStringLiteral("TimestampTZ");
        column(after, "balance").backendType = QStringLiteral("float8");
        column(after, "uid").backendType = QStringLiteral("uuid");
        column(after, "balance").dataType = QStringLiteral("double");
        const ContractDiff d = ContractDiff::compare(accountContract(), after);
        QVERIFY2(d.isEmpty(), qPrintable(describe(d)));
    }

    void columnRemoved() {
        TableContract after = accountContract();
        after.columns.pop_back();
        const ContractChange c = only(ContractDiff::compare(accountContract(), after));
        QCOMPARE(c.kind, Kind::ColumnRemoved);
        QCOMPARE(c.subject, QStringLiteral("balance"));
        QCOMPARE(c.severity, Severity::Breaking);
        QCOMPARE(c.reason, QStringLiteral("column removed: readers of it break"));
        QCOMPARE(c.oldValue, Json("float64 (DOUBLE PRECISION)"));
        QVERIFY(c.newValue.is_null());
    }

    void renameIsRemovalPlusAddition() {
        TableContract after = accountContract();
        column(after, "balance").name = QStringLiteral("balance_eur");
        const ContractDiff d = ContractDiff::compare(accountContract(), after);
        QCOMPARE(d.changes().size(), size_t(2));
        QCOMPARE(d.changes()[0].kind, Kind::ColumnRemoved);
        QCOMPARE(d.changes()[1].kind, Kind::ColumnAdded);
    }

    void columnAdded_data() {
        QTest::addColumn<bool>("nullable");
        QTest::addColumn<QString>("serverDefault");
        QTest::addColumn<bool>("primaryKey");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nullable") << true << QString() << false << int(Severity::Compatible)
                                  << "nullable column added";
        QTest::newRow("not null without default")
            << false << QString() << false << int(Severity::Breaking)
            << "column added as NOT NULL without a default fails on existing rows";
        QTest::newRow("not null with default") << false << "0" << false << int(Severity::Compatible)
                                               << "NOT NULL column added with a default";
        QTest::newRow("primary key") << false << "0" << true << int(Severity::Breaking)
                                     << "column added to the primary key: existing rows need a "
                                        "value and the row identity changes";
    }

    void columnAdded() {
        QFETCH(bool, nullable);
        QFETCH(QString, serverDefault);
        QFETCH(bool, primaryKey);
        QFETCH(int, severity);
        QFETCH(QString, reason);
        TableContract after = accountContract();
        Column added = col(QStringLiteral("tier"), QStringLiteral("int32"), {}, nullable);
        if (!serverDefault.isEmpty())
            added.serverDefault = serverDefault;
        added.primaryKey = primaryKey;
        after.columns.push_back(added);
        const ContractDiff d = ContractDiff::compare(accountContract(), after);
        // A second key column also ends the implied uniqueness of uid.
        QCOMPARE(d.changes().size(), size_t(primaryKey ? 2 : 1));
        const ContractChange c = d.changes().front();
        QCOMPARE(c.kind, Kind::ColumnAdded);
        QCOMPARE(c.subject, QStringLiteral("tier"));
        QCOMPARE(int(c.severity), severity);
        QCOMPARE(c.reason, reason);
        QVERIFY(c.oldValue.is_null());
    }

    void dataTypeChange_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("reason");
        QTest::newRow("widening") << "int32"
                                  << "int64" << int(Severity::Compatible)
                                  << "type int32 → int64 is a widening";
        QTest::newRow("narrowing")
            << "int64"
            << "int32" << int(Severity::Breaking) << "type int64 → int32 can lose data";
        QTest::newRow("int to float64")
            << "int32"
            << "float64" << int(Severity::Compatible) << "type int32 → float64 is a widening";
        QTest::newRow("int64 to float64")
            << "int64"
            << "float64" << int(Severity::Breaking) << "type int64 → float64 can lose data";
        QTest::newRow("float32 to float64")
            << "float32"
            << "float64" << int(Severity::Compatible) << "type float32 → float64 is a widening";
        QTest::newRow("to string") << "int64"
                                   << "string" << int(Severity::Breaking)
                                   << "type int64 → string changes the values readers get";
        QTest::newRow("json to jsonb") << "json"
                                       << "jsonb" << int(Severity::Compatible)
                                       << "type json → jsonb keeps the values, not key order or "
                                          "duplicate keys";
    }

    void dataTypeChange() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, severity);
        QFETCH(QString, reason);
        TableContract a = accountContract();
        TableContract b = accountContract();
        a.columns.push_back(col(QStringLiteral("n"), before));
        b.columns.push_back(col(QStringLiteral("n"), after));
        const ContractChange c = only(ContractDiff::compare(a, b));
        QCOMPARE(c.kind, Kind::DataTypeChanged);
        QCOMPARE(c.field, QStringLiteral("data_type"));
        QCOMPARE(c.oldValue, Json(before.toStdString()));
        QCOMPARE(c.newValue, Json(after.toStdString()));
        QCOMPARE(int(c.severity), severity);
        QCOMPARE(c.reason, reason);
    }

    void backendTypeChange_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("severity"); // -1: the same type
        QTest::addColumn<QString>("reasonPart");
        const int same = -1;
        const int breaking = int(Severity::Breaking);
        const int compatible = int(Severity::Compatible);
        QTest::newRow("case only") << "VARCHAR(255)"
                                   << "varchar(255)" << same << "";
        QTest::newRow("long spelling") << "VARCHAR(255)"
                                       << "character varying (255)" << same << "";
        QTest::newRow("int4") << "INTEGER"
                              << "int4" << same << "";
        QTest::newRow("default precision") << "TIMESTAMPTZ"
                                           << "TIMESTAMP(6) WITH TIME ZONE" << same << "";
        QTest::newRow("float(53)") << "FLOAT(53)"
                                   << "DOUBLE PRECISION" << same << "";
        QTest::newRow("numeric(10)") << "NUMERIC(10)"
                                     << "decimal(10,0)" << same << "";
        QTest::newRow("varchar widening")
            << "VARCHAR(255)"
            << "VARCHAR(512)" << compatible << "VARCHAR(255) → VARCHAR(512) is a widening";
        QTest::newRow("varchar narrowing")
            << "VARCHAR(255)"
            << "VARCHAR(64)" << breaking << "is a narrowing: longer values no longer fit";
        QTest::newRow("varchar to text") << "VARCHAR(255)"
                                         << "TEXT" << compatible << "widening";
        QTest::newRow("text to varchar") << "TEXT"
                                         << "VARCHAR(10)" << breaking << "narrowing";
        QTest::newRow("int to bigint") << "INTEGER"
                                       << "BIGINT" << compatible << "widening";
        QTest::newRow("bigint to int") << "BIGINT"
                                       << "INTEGER" << breaking << "can lose data";
        QTest::newRow("numeric wider") << "NUMERIC(10,2)"
                                       << "NUMERIC(12,2)" << compatible << "widening";
        QTest::newRow("numeric scale down") << "NUMERIC(10,2)"
                                            << "NUMERIC(10,1)" << breaking << "can lose data";
        QTest::newRow("bigint to numeric(20)") << "BIGINT"
                                               << "NUMERIC(20)" << compatible << "widening";
        QTest::newRow("bigint to numeric(10)") << "BIGINT"
                                               << "NUMERIC(10)" << breaking << "can lose data";
        QTest::newRow("real to double") << "REAL"
                                        << "DOUBLE PRECISION" << compatible << "widening";
        QTest::newRow("precision down") << "TIMESTAMPTZ"
                                        << "TIMESTAMPTZ(3)" << breaking << "rounded";
        QTest::newRow("zone flip") << "TIMESTAMP"
                                   << "TIMESTAMPTZ" << breaking << "session time zone";
        QTest::newRow("other type") << "UUID"
                                    << "TEXT" << breaking << "storage type";
        QTest::newRow("array") << "INTEGER[]"
                               << "INTEGER" << breaking << "storage type";
        QTest::newRow("jsonb") << "JSON"
                               << "JSONB" << compatible << "key order";
    }

    void backendTypeChange() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, severity);
        QFETCH(QString, reasonPart);
        TableContract a = accountContract();
        TableContract b = accountContract();
        // A token the backend types do not change, so only backend_type can differ.
        a.columns.push_back(col(QStringLiteral("v"), QStringLiteral("custom"), before));
        b.columns.push_back(col(QStringLiteral("v"), QStringLiteral("custom"), after));
        const ContractDiff d = ContractDiff::compare(a, b);
        if (severity < 0) {
            QVERIFY2(d.isEmpty(), qPrintable(describe(d)));
            return;
        }
        const ContractChange c = only(d);
        QCOMPARE(c.kind, Kind::BackendTypeChanged);
        QCOMPARE(c.field, QStringLiteral("backend_type"));
        QCOMPARE(int(c.severity), severity);
        QVERIFY2(c.reason.contains(reasonPart), qPrintable(c.reason));
    }

    void backendTypePinnedAndUnpinned() {
        TableContract pinned = accountContract();
        TableContract unpinned = accountContract();
        column(unpinned, "balance").backendType.reset();
        ContractChange c = only(ContractDiff::compare(pinned, unpinned));
        QCOMPARE(c.kind, Kind::BackendTypeChanged);
        QCOMPARE(c.severity, Severity::Compatible);
        QVERIFY(c.newValue.is_null());
        c = only(ContractDiff::compare(unpinned, pinned));
        QCOMPARE(c.newValue, Json("DOUBLE PRECISION"));
    }

    void nullable() {
        TableContract strict = accountContract();
        column(strict, "balance").nullable = false;
        ContractChange c = only(ContractDiff::compare(accountContract(), strict));
        QCOMPARE(c.kind, Kind::NullableChanged);
        QCOMPARE(c.field, QStringLiteral("nullable"));
        QCOMPARE(c.oldValue, Json(true));
        QCOMPARE(c.newValue, Json(false));
        QCOMPARE(c.severity, Severity::Breaking);
        QCOMPARE(c.reason, QStringLiteral("nullable → not null fails on existing NULL rows"));

        c = only(ContractDiff::compare(strict, accountContract()));
        QCOMPARE(c.severity, Severity::Compatible);
    }

    void primaryKeyChangesBreakBothWays() {
        TableContract composite = accountContract();
        column(composite, "name").primaryKey = true;
        ContractDiff d = ContractDiff::compare(accountContract(), composite);
        // uid stops being the whole key, so its implied uniqueness goes too.
        QCOMPARE(d.changes().size(), size_t(2));
        QCOMPARE(d.changes()[0].kind, Kind::PrimaryKeyChanged);
        QCOMPARE(d.changes()[0].subject, QStringLiteral("name"));
        QCOMPARE(d.changes()[0].severity, Severity::Breaking);
        QCOMPARE(d.changes()[1].kind, Kind::UniqueChanged);
        QCOMPARE(d.changes()[1].subject, QStringLiteral("uid"));

        TableContract noKey = accountContract();
        column(noKey, "uid").primaryKey = false;
        column(noKey, "uid").unique = true;
        const ContractChange c = only(ContractDiff::compare(accountContract(), noKey));
        QCOMPARE(c.kind, Kind::PrimaryKeyChanged);
        QCOMPARE(c.severity, Severity::Breaking);
    }

    void unique() {
        TableContract u = accountContract();
        column(u, "name").unique = true;
        ContractChange c = only(ContractDiff::compare(accountContract(), u));
        QCOMPARE(c.kind, Kind::UniqueChanged);
        QCOMPARE(c.severity, Severity::Breaking);
        QCOMPARE(c.reason, QStringLiteral("unique added: fails on existing duplicate values"));
        c = only(ContractDiff::compare(u, accountContract()));
        QCOMPARE(c.severity, Severity::Compatible);

        // The whole primary key is unique anyway.
        TableContract flagged = accountContract();
        column(flagged, "uid").unique = true;
        QVERIFY(ContractDiff::compare(accountContract(), flagged).isEmpty());
    }

    void serverDefault() {
        TableContract withDefault = accountContract();
        column(withDefault, "balance").serverDefault = QStringLiteral("0");
        ContractChange c = only(ContractDiff::compare(accountContract(), withDefault));
        QCOMPARE(c.kind, Kind::ServerDefaultChanged);
        QCOMPARE(c.field, QStringLiteral("server_default"));
        QCOMPARE(c.severity, Severity::Compatible);
        QVERIFY(c.oldValue.is_null());
        QCOMPARE(c.newValue, Json("0"));

        c = only(ContractDiff::compare(withDefault, accountContract()));
        QCOMPARE(c.severity, Severity::Compatible); // balance is nullable

        TableContract noUidDefault = accountContract();
        column(noUidDefault, "uid").serverDefault.reset();
        c = only(ContractDiff::compare(accountContract(), noUidDefault));
        QCOMPARE(c.severity, Severity::Breaking);

        TableContract other = withDefault;
        column(other, "balance").serverDefault = QStringLiteral("1");
        c = only(ContractDiff::compare(withDefault, other));
        QCOMPARE(c.severity, Severity::Compatible);
        QCOMPARE(c.oldValue, Json("0"));
        QCOMPARE(c.newValue, Json("1"));
    }

    void equivalentDefaults_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("cast") << "'abc'"
                              << "'abc'::character varying";
        QTest::newRow("parentheses") << "0"
                                     << "(0)";
        QTest::newRow("now") << "now()"
                             << "CURRENT_TIMESTAMP";
        QTest::newRow("case outside quotes") << "GEN_RANDOM_UUID()"
                                             << "gen_random_uuid()";
        QTest::newRow("array cast") << "'{}'"
                                    << "'{}'::text[]";
    }

    void equivalentDefaults() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(diff::normalizeDefault(a), diff::normalizeDefault(b));
        TableContract x = accountContract();
        TableContract y = accountContract();
        column(x, "name").serverDefault = a;
        column(y, "name").serverDefault = b;
        QVERIFY(ContractDiff::compare(x, y).isEmpty());
    }

    void differentDefaultsStayDifferent() {
        QVERIFY(diff::normalizeDefault(QStringLiteral("'ABC'")) !=
                diff::normalizeDefault(QStringLiteral("'abc'")));
        QCOMPARE(diff::normalizeDefault(QStringLiteral("nextval('s'::regclass)")),
                 QStringLiteral("nextval('s'::regclass)"));
        QVERIFY(diff::normalizeDefault(QStringLiteral("(1) + (2)")) != QStringLiteral("1) + (2"));
    }

    void displayMetadataIsCosmetic() {
        TableContract after = accountContract();
        column(after, "name").description = QStringLiteral("Legal name");
        column(after, "name").label.reset();
        column(after, "balance").logicalName = QStringLiteral("Balance");
        column(after, "opened_at").description = QString(); // empty is absent
        const ContractDiff d = ContractDiff::compare(accountContract(), after);
        QCOMPARE(d.changes().size(), size_t(3));
        QCOMPARE(d.count(Severity::Cosmetic), 3);
        QCOMPARE(d.changes()[0].kind, Kind::DescriptionChanged);
        QCOMPARE(d.changes()[0].reason, QStringLiteral("description changed"));
        QCOMPARE(d.changes()[1].kind, Kind::LabelChanged);
        QCOMPARE(d.changes()[1].oldValue, Json("Name"));
        QCOMPARE(d.changes()[2].kind, Kind::LogicalNameChanged);
        QCOMPARE(d.changes()[2].field, QStringLiteral("logical_name"));
        QVERIFY(!d.hasBreaking());
    }

    void breakingChangesComeFirst() {
        TableContract after = accountContract();
        column(after, "name").description = QStringLiteral("x"); // cosmetic
        column(after, "opened_at").nullable = false;             // breaking
        after.columns.push_back(
            col(QStringLiteral("note"), QStringLiteral("string"))); // compatible
        after.columns.erase(after.columns.begin() + 3);             // balance: breaking
        const ContractDiff d = ContractDiff::compare(accountContract(), after);
        QCOMPARE(d.changes().size(), size_t(4));
        QCOMPARE(d.changes()[0].subject, QStringLiteral("opened_at"));
        QCOMPARE(d.changes()[1].subject, QStringLiteral("balance"));
        QCOMPARE(d.changes()[2].kind, Kind::ColumnAdded);
        QCOMPARE(d.changes()[3].kind, Kind::DescriptionChanged);
        QCOMPARE(d.count(Severity::Breaking), 2);
        QCOMPARE(d.count(Severity::Compatible), 1);
        QCOMPARE(d.count(Severity::Cosmetic), 1);
        QVERIFY(d.hasBreaking());
    }
};

QTEST_APPLESS_MAIN(TestContractDiff)
#include "tst_contract_diff.moc"
