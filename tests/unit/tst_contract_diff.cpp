#include "core/diff/ContractDiff.h"
#include "core/diff/TypeChange.h"

#include <QtTest>

using namespace cc;
using Kind = ContractChange::Kind;
using Severity = ContractChange::Severity;

namespace {

Column col(const QString& name, const QString& dataType, const QString& backendType = {},
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
TableContract accountContract() {
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

Column& column(TableContract& t, const char* name) {
    for (Column& c : t.columns)
        if (c.name == QLatin1String(name))
            return c;
    qFatal("no column %s", name);
}

SnapshotColumn snapCol(const QString& name, const QString& backendType, bool nullable,
                       std::optional<QString> defaultValue = std::nullopt) {
    SnapshotColumn c;
    c.name = name;
    c.backendType = backendType;
    c.nullable = nullable;
    c.defaultValue = std::move(defaultValue);
    return c;
}

// The snapshot of spec §6 for the account table, as PostgreSQL describes it.
IntrospectionSnapshot accountSnapshot() {
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

QString describe(const ContractDiff& d) {
    return d.toMarkdown();
}

// The one change of a diff that must have exactly one.
ContractChange only(const ContractDiff& d) {
    if (d.changes().size() != 1)
        qWarning("%s", qPrintable(describe(d)));
    return d.changes().size() == 1 ? d.changes().front() : ContractChange{};
}

} // namespace

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

    void legacyIndexes() {
        auto index = [](const char* name, QStringList columns, bool unique) {
            Index i;
            if (name)
                i.name = QString::fromLatin1(name);
            i.columns = std::move(columns);
            i.unique = unique;
            return i;
        };
        TableContract before = accountContract();
        before.legacyIndexes = std::vector<Index>{
            index("ix_name", {QStringLiteral("name")}, false),
            index("ix_opened", {QStringLiteral("opened_at")}, false),
            index(nullptr, {QStringLiteral("name"), QStringLiteral("balance")}, false)};
        TableContract after = before;
        (*after.legacyIndexes)[0].unique = true; // one-column unique: shows on the column
        (*after.legacyIndexes)[1].method = QStringLiteral("brin");
        (*after.legacyIndexes)[2].unique = true;
        after.legacyIndexes->push_back(index("ix_balance", {QStringLiteral("balance")}, false));
        const ContractDiff d = ContractDiff::compare(before, after);
        QStringList seen;
        for (const ContractChange& c : d.changes())
            seen << changeKindName(c.kind) + QLatin1Char(':') + c.subject + QLatin1Char(':') +
                        c.field + QLatin1Char(':') + severityName(c.severity);
        QCOMPARE(seen, QStringList({QStringLiteral("unique_changed:name:unique:breaking"),
                                    QStringLiteral("index_changed:(name, balance):unique:breaking"),
                                    QStringLiteral("index_removed:ix_name::compatible"),
                                    QStringLiteral("index_changed:ix_opened:method:compatible"),
                                    QStringLiteral("index_added:ix_balance::compatible")}));

        TableContract removedUnique = after;
        removedUnique.legacyIndexes->erase(removedUnique.legacyIndexes->begin() + 2);
        const ContractChange c = only(ContractDiff::compare(after, removedUnique));
        QCOMPARE(c.kind, Kind::IndexRemoved);
        QCOMPARE(c.severity, Severity::Compatible);
        QVERIFY(c.reason.contains(QLatin1String("duplicate")));

        TableContract addedUnique = before;
        addedUnique.legacyIndexes->push_back(
            index("ux_pair", {QStringLiteral("name"), QStringLiteral("opened_at")}, true));
        QCOMPARE(only(ContractDiff::compare(before, addedUnique)).severity, Severity::Breaking);

        // Only one side describes indexes: a note, no changes.
        const ContractDiff oneSided = ContractDiff::compare(accountContract(), before);
        QVERIFY(oneSided.isEmpty());
        QCOMPARE(oneSided.notes().size(), 1);
    }

    void legacyForeignKeys() {
        ForeignKey fk;
        fk.name = QStringLiteral("account_owner_fk");
        fk.sourceColumns = {QStringLiteral("owner_uid")};
        fk.targetTableUid = QStringLiteral("owner-uid-1");
        fk.targetColumns = {QStringLiteral("uid")};
        TableContract before = accountContract();
        before.columns.push_back(col(QStringLiteral("owner_uid"), QStringLiteral("uuid")));
        before.legacyForeignKeys = std::vector<ForeignKey>{fk}; // on_delete absent: restrict

        TableContract cascade = before;
        (*cascade.legacyForeignKeys)[0].onDelete = QStringLiteral("CASCADE");
        ContractChange c = only(ContractDiff::compare(before, cascade));
        QCOMPARE(c.kind, Kind::ForeignKeyChanged);
        QCOMPARE(c.field, QStringLiteral("on_delete"));
        QCOMPARE(c.oldValue, Json("restrict"));
        QCOMPARE(c.newValue, Json("cascade"));
        QCOMPARE(c.severity, Severity::Breaking);

        TableContract noAction = before;
        (*noAction.legacyForeignKeys)[0].onDelete = QStringLiteral("NO_ACTION");
        QCOMPARE(only(ContractDiff::compare(before, noAction)).severity, Severity::Cosmetic);

        TableContract retarget = before;
        (*retarget.legacyForeignKeys)[0].targetTableUid = QStringLiteral("owner-uid-2");
        c = only(ContractDiff::compare(before, retarget));
        QCOMPARE(c.field, QStringLiteral("target"));
        QCOMPARE(c.severity, Severity::Breaking);

        TableContract none = before;
        none.legacyForeignKeys->clear();
        c = only(ContractDiff::compare(before, none));
        QCOMPARE(c.kind, Kind::ForeignKeyRemoved);
        QCOMPARE(c.severity, Severity::Compatible);
        c = only(ContractDiff::compare(none, before));
        QCOMPARE(c.kind, Kind::ForeignKeyAdded);
        QCOMPARE(c.severity, Severity::Breaking);
        QCOMPARE(c.subject, QStringLiteral("account_owner_fk"));
    }

    void snapshotMatchingTheContractHasNoDrift() {
        const ContractDiff d = ContractDiff::compare(accountContract(), accountSnapshot());
        QVERIFY2(d.isEmpty(), qPrintable(describe(d)));
        // Indexes and foreign keys (the contract has none) and display metadata are named as
        // not compared.
        QCOMPARE(d.notes().size(), 3);
    }

    void snapshotDrift() {
        IntrospectionSnapshot s = accountSnapshot();
        s.columns[1].nullable = true;                               // name
        s.columns[3].backendType = QStringLiteral("numeric(12,2)"); // balance
        s.columns.erase(s.columns.begin() + 2);                     // opened_at
        s.columns.push_back(snapCol(QStringLiteral("legacy_code"), QStringLiteral("text"), true));
        SnapshotConstraint unique;
        unique.name = QStringLiteral("acme_crm__account_name_key");
        unique.type = QStringLiteral("UNIQUE");
        unique.columns = {QStringLiteral("name")};
        s.constraints.push_back(unique);
        const ContractDiff d = ContractDiff::compare(accountContract(), s);
        QStringList seen;
        for (const ContractChange& c : d.changes())
            seen << changeKindName(c.kind) + QLatin1Char(':') + c.subject + QLatin1Char(':') +
                        severityName(c.severity);
        QCOMPARE(seen, QStringList({QStringLiteral("unique_changed:name:breaking"),
                                    QStringLiteral("column_removed:opened_at:breaking"),
                                    QStringLiteral("data_type_changed:balance:breaking"),
                                    QStringLiteral("backend_type_changed:balance:breaking"),
                                    QStringLiteral("nullable_changed:name:compatible"),
                                    QStringLiteral("column_added:legacy_code:compatible")}));
        QCOMPARE(d.changes()[2].newValue, Json("numeric"));
    }

    void integerContractOfSqlAlchemyIsNoDrift() {
        // SQLAlchemy Integer maps to int64 with backend type INTEGER (spec §3.2).
        TableContract t;
        t.physicalTableName = QStringLiteral("counter");
        t.columns = {col(QStringLiteral("n"), QStringLiteral("int64"), QStringLiteral("INTEGER"))};
        IntrospectionSnapshot s;
        s.columns = {snapCol(QStringLiteral("n"), QStringLiteral("integer"), true)};
        s.raw = Json::object({{"columns", Json::array()}});
        QVERIFY2(ContractDiff::compare(t, s).isEmpty(),
                 qPrintable(describe(ContractDiff::compare(t, s))));
        // Without a backend type in the contract, the tokens are compared.
        t.columns[0].backendType.reset();
        const ContractChange c = only(ContractDiff::compare(t, s));
        QCOMPARE(c.kind, Kind::DataTypeChanged);
        QCOMPARE(c.severity, Severity::Breaking);
    }

    void sparseSnapshotComparesOnlyWhatItSays() {
        // The shape of the SDK's own test: names and backend types only.
        IntrospectionSnapshot s;
        s.columns = {SnapshotColumn{QStringLiteral("uid"), QStringLiteral("uuid"), std::nullopt,
                                    std::nullopt, std::nullopt, std::nullopt}};
        s.raw = Json::parse(R"({"columns": [{"name": "uid", "backend_type": "uuid"}]})");
        TableContract t = accountContract();
        t.columns.resize(1);
        const ContractDiff d = ContractDiff::compare(t, s);
        QVERIFY2(d.isEmpty(), qPrintable(describe(d)));
        QVERIFY(d.notes().join(QLatin1Char(' ')).contains(QLatin1String("nullability")));
        QVERIFY(d.notes().join(QLatin1Char(' ')).contains(QLatin1String("the primary key")));
    }

    void emptySnapshotIsANoteNotADiff() {
        const ContractDiff d = ContractDiff::compare(accountContract(), IntrospectionSnapshot{});
        QVERIFY(d.isEmpty());
        QCOMPARE(d.notes().size(), 1);
    }

    void snapshotIndexesAgainstLegacyContract() {
        TableContract t = accountContract();
        Index byName;
        byName.columns = {QStringLiteral("name")};
        t.legacyIndexes = std::vector<Index>{byName};
        IntrospectionSnapshot s = accountSnapshot();
        Index physical;
        physical.name = QStringLiteral("ix_account_name");
        physical.columns = {QStringLiteral("name")};
        physical.method = QStringLiteral("btree");
        s.indexes.push_back(physical);
        // The pkey index and the unnamed-vs-named pair both match.
        const ContractDiff d = ContractDiff::compare(t, s);
        QVERIFY2(d.isEmpty(), qPrintable(describe(d)));
    }

    void markdownReport() {
        TableContract after = accountContract();
        column(after, "balance").nullable = false;
        column(after, "name").description = QStringLiteral("a | b");
        const QString md = ContractDiff::compare(accountContract(), after).toMarkdown();
        QVERIFY2(md.contains(QLatin1String("Changes: 1 breaking, 0 compatible, 1 cosmetic.")),
                 qPrintable(md));
        QVERIFY(md.contains(QLatin1String("| Severity | Change | Subject | Old | New | Reason |")));
        QVERIFY(md.contains(QStringLiteral(
            "| Breaking | nullable | balance | true | false | nullable → not null fails on "
            "existing NULL rows |")));
        QVERIFY(md.contains(QLatin1String("a \\| b")));
        QCOMPARE(ContractDiff::compare(accountContract(), accountContract()).toMarkdown(),
                 QStringLiteral("No changes.\n"));
    }

    void jsonReport() {
        TableContract after = accountContract();
        column(after, "balance").dataType = QStringLiteral("float32");
        const Json j = ContractDiff::compare(accountContract(), after).toJson();
        QCOMPARE(j["summary"]["breaking"], Json(1));
        QCOMPARE(j["summary"]["compatible"], Json(0));
        QCOMPARE(j["has_breaking"], Json(true));
        QCOMPARE(j["changes"].size(), size_t(1));
        const Json& c = j["changes"][0];
        QCOMPARE(c["kind"], Json("data_type_changed"));
        QCOMPARE(c["severity"], Json("breaking"));
        QCOMPARE(c["subject"], Json("balance"));
        QCOMPARE(c["field"], Json("data_type"));
        QCOMPARE(c["old"], Json("float64"));
        QCOMPARE(c["new"], Json("float32"));
        QCOMPARE(c["reason"], Json("type float64 → float32 can lose data"));
        QVERIFY(j["notes"].is_array());
    }

    void machineNames() {
        QCOMPARE(changeKindName(Kind::ColumnAdded), QStringLiteral("column_added"));
        QCOMPARE(changeKindName(Kind::ForeignKeyChanged), QStringLiteral("foreign_key_changed"));
        QCOMPARE(severityName(Severity::Cosmetic), QStringLiteral("cosmetic"));
    }
};

QTEST_APPLESS_MAIN(TestContractDiff)
#include "tst_contract_diff.moc"
