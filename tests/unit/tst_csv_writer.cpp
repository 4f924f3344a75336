#include "core/export/CsvWriter.h"

#include <QtTest>

using cc::CsvWriter;
using cc::RowSet;
using Kind = cc::RowSet::CellKind;

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded()
    {
        std::string out;
        CsvWriter::appendField(out, "plain");
        QCOMPARE(QString::fromStdString(out), QStringLiteral("plain"));
        out.clear();
        CsvWriter::appendField(out, "a,b");
        QCOMPARE(QString::fromStdString(out), QStringLiteral("\"a,b\""));
        out.clear();
        CsvWriter::appendField(out, "say \"hi\"\nbye");
        QCOMPARE(QString::fromStdString(out), QStringLiteral("\"say \"\"hi\"\"\nbye\""));
    }

    void headerAndRowsKeepOrderAndNullVsEmpty()
    {
        RowSet rows({QStringLiteral("z"), QStringLiteral("a,b"), QStringLiteral("n")});
        rows.beginRow();
        rows.setCell(0, Kind::Number, "1");
        rows.setCell(1, Kind::String, "");
        rows.endRow();
        rows.beginRow();
        rows.setCell(0, Kind::Number, "2");
        rows.setCell(1, Kind::String, "x");
        rows.setCell(2, Kind::Bool, "true");
        rows.endRow();

        std::string out = CsvWriter::headerLine(rows.columns());
        CsvWriter::appendRows(out, rows);
        QCOMPARE(QString::fromStdString(out),
                 QStringLiteral("z,\"a,b\",n\r\n1,\"\",\r\n2,x,true\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
