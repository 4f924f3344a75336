// ContractDiff beyond columns: legacy index and foreign-key shapes, drift against an
// introspection snapshot, and the Markdown and JSON reports.
#include "tst_contract_diff_fixtures.h"

using namespace contractdiff;

class TestContractDrift : public QObject {
    Q_OBJECT

private slots:
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

QTEST_APPLESS_MAIN(TestContractDrift)
#include "tst_contract_drift.moc"
