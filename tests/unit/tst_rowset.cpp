#include "core/RowSet.h"

#include <QtTest>

using cc::RowSet;
using Kind = cc::RowSet::CellKind;

class TestRowSet : public QObject {
    Q_OBJECT

private slots:
    void keepsColumnOrderAndCells()
    {
        RowSet rows({QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("balance")});
        rows.beginRow();
        rows.setCell(0, Kind::String, "a1");
        rows.setCell(1, Kind::String, "");
        rows.setCell(2, Kind::Number, "12.5");
        rows.endRow();
        rows.beginRow();
        rows.setCell(0, Kind::String, "a2");
        rows.endRow();

        QCOMPARE(rows.rowCount(), 2);
        QCOMPARE(rows.columns(),
                 QStringList({QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("balance")}));
        QCOMPARE(rows.displayText(0, 2), QStringLiteral("12.5"));
        QCOMPARE(rows.kind(0, 2), Kind::Number);
        // Empty text and NULL stay different.
        QCOMPARE(rows.kind(0, 1), Kind::String);
        QVERIFY(!rows.isNull(0, 1));
        QVERIFY(rows.isNull(1, 1));
        QVERIFY(rows.isNull(1, 2));
    }

    void outOfRangeIsNull()
    {
        RowSet rows({QStringLiteral("a")});
        QVERIFY(rows.isNull(0, 0));
        QVERIFY(rows.text(5, 9).empty());
    }

    void addColumnRestridesExistingRows()
    {
        RowSet rows({QStringLiteral("a")});
        rows.beginRow();
        rows.setCell(0, Kind::Number, "1");
        rows.endRow();
        const int b = rows.addColumn(QStringLiteral("b"));
        QCOMPARE(b, 1);
        rows.beginRow();
        rows.setCell(0, Kind::Number, "2");
        rows.setCell(1, Kind::Bool, "true");
        rows.endRow();
        QCOMPARE(rows.displayText(0, 0), QStringLiteral("1"));
        QVERIFY(rows.isNull(0, 1));
        QCOMPARE(rows.displayText(1, 1), QStringLiteral("true"));
    }

    void appendMatchesColumnsByName()
    {
        RowSet first({QStringLiteral("a"), QStringLiteral("b")});
        first.beginRow();
        first.setCell(0, Kind::String, "x");
        first.setCell(1, Kind::String, "y");
        first.endRow();
        RowSet second({QStringLiteral("b"), QStringLiteral("c")});
        second.beginRow();
        second.setCell(0, Kind::String, "y2");
        second.setCell(1, Kind::Json, "{\"k\":1}");
        second.endRow();

        first.append(second);
        QCOMPARE(first.columns(),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(first.rowCount(), 2);
        QVERIFY(first.isNull(1, 0));
        QCOMPARE(first.displayText(1, 1), QStringLiteral("y2"));
        QCOMPARE(first.kind(1, 2), Kind::Json);
        QVERIFY(first.memoryBytes() > 0);
    }
};

QTEST_APPLESS_MAIN(TestRowSet)
#include "tst_rowset.moc"
