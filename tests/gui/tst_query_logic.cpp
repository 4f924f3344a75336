// The query console's logic without a server: refusals in words, completion context and
// candidates, write operations and their target, drafts as JSON, history bounds, aliases,
// highlighting styles, parameter checks and the write confirmation's text.
#include "ui/Settings.h"
#include "ui/query/ConsoleOperation.h"
#include "ui/query/ParameterForm.h"
#include "ui/query/QueryDraft.h"
#include "ui/query/QueryErrorText.h"
#include "ui/query/QueryHistory.h"
#include "ui/query/ScopePicker.h"
#include "ui/query/SqlCompletion.h"
#include "ui/query/SqlHighlighter.h"
#include "ui/query/WriteConfirmDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

namespace {

ApiError refusal(int status, const char* body) {
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.body.details = Json::parse(body);
    const Json& err = e.body.details["error"];
    e.body.code = QString::fromStdString(err.value("code", std::string()));
    if (err.contains("sqlstate") && err["sqlstate"].is_string())
        e.body.sqlstate = QString::fromStdString(err["sqlstate"].get<std::string>());
    if (err.contains("capability"))
        e.body.capability = QString::fromStdString(err["capability"].get<std::string>());
    e.body.message = QString::fromStdString(e.body.details.value("detail", std::string()));
    e.message = e.body.message;
    return e;
}

std::vector<ScopeEntry> scope() {
    ScopeEntry trades;
    trades.uid = QStringLiteral("u-trades");
    trades.displayName = QStringLiteral("markets.trades");
    trades.qualifiedName = QStringLiteral("markets.trades");
    trades.alias = QStringLiteral("t");
    trades.dataSourceUid = QStringLiteral("ds-1");
    trades.columns = {QStringLiteral("trade_id"), QStringLiteral("side"),
                      QStringLiteral("settlement_date")};
    ScopeEntry instruments;
    instruments.uid = QStringLiteral("u-instr");
    instruments.displayName = QStringLiteral("markets.instruments");
    instruments.qualifiedName = QStringLiteral("markets.instruments");
    instruments.alias = QStringLiteral("i");
    instruments.dataSourceUid = QStringLiteral("ds-1");
    instruments.columns = {QStringLiteral("instrument_id"), QStringLiteral("symbol")};
    return {trades, instruments};
}

} // namespace

class TestQueryLogic : public QObject {
    Q_OBJECT

private slots:
    void refusalsInWords_data();
    void refusalsInWords();
    void transportFailuresInWords();
    void completionContext();
    void completionAfterAliasOffersOnlyItsColumns();
    void completionWithoutQualifier();
    void selectOperation();
    void writesNeedTheProfileFlag();
    void writeTargetGetsWriteAccess();
    void writtenTableNames();
    void draftJsonRoundTrip();
    void historyIsBoundedAndDeduplicated();
    void aliasesAreShortUniqueAndNotKeywords();
    void highlighterStyles();
    void parameterFormChecksValues();
    void writeConfirmationLists();
};

void TestQueryLogic::refusalsInWords_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("out of scope")
        << 403
        << QByteArray(
               R"({"ok":false,"detail":"The statement uses markets.instruments, which is not in the operation's scope.","error":{"code":"scope_access_denied","relation":"markets.instruments","access":"read"}})")
        << QStringList{QStringLiteral("outside the query's scope"),
                       QStringLiteral("HTTP 403 · scope_access_denied"),
                       QStringLiteral("Add markets.instruments to the scope")};
    QTest::newRow("write without access")
        << 403
        << QByteArray(
               R"({"detail":"x","error":{"code":"scope_access_denied","relation":"markets.trades","access":"write"}})")
        << QStringList{QStringLiteral("writes markets.trades without write access"),
                       QStringLiteral("editor role")};
    QTest::newRow("capability")
        << 400
        << QByteArray(
               R"({"ok":false,"detail":"Data source 'archive-replica' does not support compiled update operations.","error":{"code":"capability_not_supported","capability":"supports_compiled_update"}})")
        << QStringList{QStringLiteral("does not support compiled update operations"),
                       QStringLiteral("capability_not_supported"),
                       QStringLiteral("archive-replica")};
    QTest::newRow("timeout")
        << 408
        << QByteArray(
               R"({"detail":"canceling statement due to statement timeout","error":{"code":"statement_timeout","sqlstate":"57014"}})")
        << QStringList{QStringLiteral("2.5 s statement timeout"), QStringLiteral("SQLSTATE 57014"),
                       QStringLiteral("Raise the timeout")};
    QTest::newRow("function")
        << 403
        << QByteArray(
               R"({"detail":"pg_sleep is volatile","error":{"code":"function_not_allowed","function":"pg_catalog.pg_sleep"}})")
        << QStringList{QStringLiteral("does not allow the function pg_catalog.pg_sleep"),
                       QStringLiteral("read-only functions")};
    QTest::newRow("undefined column")
        << 400
        << QByteArray(
               R"({"detail":"column t.x does not exist","error":{"code":"sql_error","sqlstate":"42703"}})")
        << QStringList{QStringLiteral("does not know a column"), QStringLiteral("SQLSTATE 42703"),
                       QStringLiteral("column t.x does not exist")};
}

void TestQueryLogic::refusalsInWords() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const QString text = describeQueryError(refusal(status, body.constData()), 2500).toPlainText();
    for (const QString& part : expected)
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral("\n--- missing: ") + part));
}

void TestQueryLogic::transportFailuresInWords() {
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = QStringLiteral("Connection refused");
    QueryErrorText t = describeQueryError(e);
    QVERIFY(t.title.contains(QStringLiteral("cannot be reached")));
    QVERIFY(t.facts.isEmpty());
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 502;
    t = describeQueryError(e);
    QCOMPARE(t.facts, QStringLiteral("HTTP 502"));
    QVERIFY(t.title.contains(QStringLiteral("failed")));
    e.kind = ApiError::Kind::Cancelled;
    QVERIFY(describeQueryError(e).title.contains(QStringLiteral("cancelled")));
}

void TestQueryLogic::completionContext() {
    const QString sql = QStringLiteral("SELECT t.tra FROM x");
    CompletionContext c = cc::ui::completionContext(sql, 12);
    QCOMPARE(c.prefix, QStringLiteral("tra"));
    QCOMPARE(c.qualifier, QStringLiteral("t"));
    QCOMPARE(c.prefixStart, 9);
    c = cc::ui::completionContext(QStringLiteral("SELECT sid"), 10);
    QCOMPARE(c.prefix, QStringLiteral("sid"));
    QVERIFY(c.qualifier.isEmpty());
    c = cc::ui::completionContext(QStringLiteral("SELECT \"My Table\".co"), 20);
    QCOMPARE(c.qualifier, QStringLiteral("My Table"));
    QCOMPARE(c.prefix, QStringLiteral("co"));
    QVERIFY(cc::ui::completionContext(QStringLiteral("SELECT 'abc t."), 14).inLiteral);
    QVERIFY(cc::ui::completionContext(QStringLiteral("SELECT 1 -- t."), 14).inLiteral);
    QVERIFY(!cc::ui::completionContext(QStringLiteral("SELECT '--' , t."), 16).inLiteral);
}

void TestQueryLogic::completionAfterAliasOffersOnlyItsColumns() {
    CompletionContext c = cc::ui::completionContext(QStringLiteral("SELECT i."), 9);
    QCOMPARE(completionCandidates(c, scope()),
             (QStringList{QStringLiteral("instrument_id"), QStringLiteral("symbol")}));
    c = cc::ui::completionContext(QStringLiteral("SELECT trades.s"), 15);
    QCOMPARE(completionCandidates(c, scope()),
             (QStringList{QStringLiteral("side"), QStringLiteral("settlement_date")}));
    c = cc::ui::completionContext(QStringLiteral("SELECT nope."), 12);
    QVERIFY(completionCandidates(c, scope()).isEmpty());
}

void TestQueryLogic::completionWithoutQualifier() {
    const CompletionContext c = cc::ui::completionContext(QStringLiteral("SELECT s"), 8);
    const QStringList offered = completionCandidates(c, scope());
    QCOMPARE(offered.value(0), QStringLiteral("side"));
    QVERIFY(offered.contains(QStringLiteral("symbol")));
    QVERIFY(offered.contains(QStringLiteral("SELECT")));
    QVERIFY(offered.contains(QStringLiteral("settlement_date")));
    QVERIFY(!offered.contains(QStringLiteral("trade_id")));
    const QStringList all = completionCandidates(cc::ui::completionContext(QString(), 0), scope());
    QCOMPARE(all.mid(0, 2), (QStringList{QStringLiteral("t"), QStringLiteral("i")}));
    QVERIFY(!all.contains(QStringLiteral("SELECT"))); // no keywords for an empty prefix
}

void TestQueryLogic::selectOperation() {
    QueryDraft d;
    d.sql = QStringLiteral(
        "SELECT t.trade_id FROM markets.trades AS t WHERE t.settlement_date >= %(day)s ORDER BY 1");
    d.scope = {scope().front()};
    d.parameters = {ParameterEntry{QStringLiteral("day"), QStringLiteral("date"),
                                   QStringLiteral("2024-03-01"), false}};
    d.maxRows = 250;
    d.statementTimeoutMs = 9000;
    const ConsoleOperation op = buildConsoleOperation(d, false);
    QVERIFY(op.ok());
    QVERIFY(!op.isWrite);
    QCOMPARE(op.operation.operation, QStringLiteral("select"));
    QCOMPARE(op.operation.maxRows, qint64(250));
    QCOMPARE(op.operation.statementTimeoutMs, qint64(9000));
    QCOMPARE(op.operation.dataSourceUid.value_or(QString()), QStringLiteral("ds-1"));
    QCOMPARE(op.operation.tables.front().alias.value_or(QString()), QStringLiteral("t"));
    QCOMPARE(op.operation.tables.front().access, QStringLiteral("read"));
    QCOMPARE(op.operation.parameterTypes->at(QStringLiteral("day")), QStringLiteral("date"));
    // NULL parameters are JSON null; a missing one is an error naming it.
    d.parameters.front().isNull = true;
    QVERIFY(buildConsoleOperation(d, false).operation.parameters["day"].is_null());
    d.parameters.clear();
    const ConsoleOperation missing = buildConsoleOperation(d, false);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.front().parameter, QStringLiteral("day"));
}

void TestQueryLogic::writesNeedTheProfileFlag() {
    QueryDraft d;
    d.sql = QStringLiteral("UPDATE markets.trades SET side = 'buy' WHERE trade_id = 1");
    d.scope = {scope().front()};
    const ConsoleOperation op = buildConsoleOperation(d, false);
    QVERIFY(!op.ok());
    QVERIFY(!op.isWrite);
    QVERIFY(op.issues.front().message.contains(QStringLiteral("writes are turned off")));
}

void TestQueryLogic::writeTargetGetsWriteAccess() {
    QueryDraft d;
    d.sql = QStringLiteral("DELETE FROM markets.trades AS x WHERE x.trade_id IN (SELECT "
                           "i.instrument_id FROM markets.instruments i)");
    d.scope = scope();
    ConsoleOperation op = buildConsoleOperation(d, true);
    QVERIFY2(op.ok(), op.errors.empty() ? "" : qPrintable(op.errors.front().message));
    QVERIFY(op.isWrite);
    QCOMPARE(op.operation.operation, QStringLiteral("delete"));
    QCOMPARE(op.operation.tables[0].access, QStringLiteral("write"));
    QCOMPARE(op.operation.tables[1].access, QStringLiteral("read"));
    d.sql = QStringLiteral("INSERT INTO i (instrument_id) VALUES (1) ON CONFLICT DO NOTHING");
    op = buildConsoleOperation(d, true);
    QCOMPARE(op.operation.operation, QStringLiteral("insert"));
    QCOMPARE(op.operation.tables[1].access, QStringLiteral("write")); // by alias
    d.sql = QStringLiteral("UPDATE crm.accounts SET x = 1");
    op = buildConsoleOperation(d, true);
    QVERIFY(!op.ok());
    QVERIFY(op.errors.front().message.contains(QStringLiteral("crm.accounts")));
    d.sql = QStringLiteral("UPDATE markets.trades SET side = 'x'; DELETE FROM markets.trades");
    QVERIFY(!buildConsoleOperation(d, true).ok());
}

void TestQueryLogic::writtenTableNames() {
    QCOMPARE(
        writtenTableName(QStringLiteral("insert into Markets.\"Odd \"\"Name\" (a) values (1)")),
        QStringLiteral("markets.Odd \"Name"));
    QCOMPARE(writtenTableName(QStringLiteral("UPDATE ONLY t SET a = 1")), QStringLiteral("t"));
    QCOMPARE(writtenTableName(QStringLiteral("WITH x AS (SELECT 1) DELETE FROM ONLY s.t")),
             QStringLiteral("s.t"));
    QCOMPARE(writtenTableName(QStringLiteral("SELECT 1")), QString());
}

void TestQueryLogic::draftJsonRoundTrip() {
    QueryDraft d;
    d.sql = QStringLiteral("SELECT 1\n-- ünïcode");
    d.scope = scope();
    d.scope[1].access = QStringLiteral("write");
    d.parameters = {
        ParameterEntry{QStringLiteral("a"), QStringLiteral("int64"), QStringLiteral("5"), false},
        ParameterEntry{QStringLiteral("b"), QString(), QString(), true}};
    d.maxRows = 12345678;
    d.statementTimeoutMs = 30000;
    QCOMPARE(QueryDraft::fromJson(d.toJson()), d);
    QCOMPARE(d.summary(), QStringLiteral("SELECT 1"));
    const QueryDraft junk = QueryDraft::fromJson(
        QJsonObject{{QStringLiteral("maxRows"), -4}, {QStringLiteral("scope"), 3}});
    QCOMPARE(junk.maxRows, qint64(1000));
    QVERIFY(junk.scope.empty());
}

void TestQueryLogic::historyIsBoundedAndDeduplicated() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("h.ini")));
    settings.setValue(QStringLiteral("query"), QStringLiteral("historyLimit"), 3);
    QueryHistory history(settings, QStringLiteral("profile-1"));
    for (int i = 0; i < 5; ++i) {
        QueryDraft d;
        d.sql = QStringLiteral("SELECT %1").arg(i);
        history.add(d);
    }
    auto entries = history.entries();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries.front().draft.sql, QStringLiteral("SELECT 4"));
    QueryDraft again;
    again.sql = QStringLiteral("SELECT 2");
    history.add(again);
    entries = history.entries();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries.front().draft.sql, QStringLiteral("SELECT 2"));
    QCOMPARE(entries.at(1).draft.sql, QStringLiteral("SELECT 4"));
    // Per profile, and kept on disk.
    QVERIFY(QueryHistory(settings, QStringLiteral("profile-2")).entries().empty());
    settings.sync();
    Settings reopened(dir.filePath(QStringLiteral("h.ini")));
    QCOMPARE(QueryHistory(reopened, QStringLiteral("profile-1")).entries().size(), std::size_t(3));
}

void TestQueryLogic::aliasesAreShortUniqueAndNotKeywords() {
    QCOMPARE(ScopePicker::aliasFor(QStringLiteral("trades"), {}), QStringLiteral("t"));
    QCOMPARE(ScopePicker::aliasFor(QStringLiteral("trade_executions"), {}), QStringLiteral("te"));
    QCOMPARE(ScopePicker::aliasFor(QStringLiteral("trades_2019"), {QStringLiteral("t")}),
             QStringLiteral("t2"));
    QCOMPARE(ScopePicker::aliasFor(QStringLiteral("account_settings"), {}), QStringLiteral("as1"));
    QCOMPARE(ScopePicker::aliasFor(QStringLiteral("_9"), {}), QStringLiteral("t"));
}

void TestQueryLogic::highlighterStyles() {
    QTextDocument doc;
    // As in the editor: a document emits its changes only once it has a layout.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    auto* h = new SqlHighlighter(&doc);
    const QString sql =
        QStringLiteral("SELECT 'it''s', 42, \"Col\", %(p)s -- note\nFROM t /* a\nb */ WHERE x");
    doc.setPlainText(sql);
    h->rehighlight();
    using S = SqlHighlighter::Style;
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("SELECT")))), S::Keyword);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("it''s")))), S::String);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("42")))), S::Number);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("Col")))), S::Identifier);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("%(p)s")))), S::Placeholder);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("note")))), S::Comment);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("b */")))), S::Comment);
    QCOMPARE(h->styleAt(int(sql.indexOf(QStringLiteral("WHERE")))), S::Keyword);
    QCOMPARE(h->styleAt(int(sql.lastIndexOf(QStringLiteral("x")))), S::Plain);
    // Opening a dollar quote on the first line colours what follows as a string.
    QTextCursor cursor(&doc);
    cursor.setPosition(7);
    cursor.insertText(QStringLiteral("$$"));
    QCOMPARE(h->styleAt(int(doc.toPlainText().indexOf(QStringLiteral("FROM")))), S::String);
    const QTextBlock second = doc.findBlockByNumber(1);
    bool stringFormat = false;
    for (const QTextLayout::FormatRange& r : second.layout()->formats())
        if (r.start == 0 && r.format.foreground().color() != QColor())
            stringFormat = true;
    QVERIFY(stringFormat);
}

void TestQueryLogic::parameterFormChecksValues() {
    ParameterForm form;
    form.setNames({QStringLiteral("day"), QStringLiteral("n")});
    QComboBox* type = form.typeCombo(QStringLiteral("day"));
    type->setCurrentIndex(type->findData(QStringLiteral("date")));
    form.valueEdit(QStringLiteral("day"))->setText(QStringLiteral("2024-02-30"));
    QVERIFY(!form.validate());
    QCOMPARE(form.problems().size(), 1);
    QVERIFY(form.problems().front().startsWith(QStringLiteral("day:")));
    form.valueEdit(QStringLiteral("day"))->setText(QStringLiteral("2024-02-29"));
    QVERIFY(form.validate());
    // Values survive the name leaving the SQL and coming back.
    form.setNames({QStringLiteral("n")});
    QVERIFY(!form.valueEdit(QStringLiteral("day")));
    form.setNames({QStringLiteral("n"), QStringLiteral("day")});
    QCOMPARE(form.valueEdit(QStringLiteral("day"))->text(), QStringLiteral("2024-02-29"));
    QCOMPARE(form.entries().at(1).dataType, QStringLiteral("date"));
    QCOMPARE(form.entries().at(0).name, QStringLiteral("n"));
    QVERIFY(ParameterForm::typeTokens().contains(QStringLiteral("timestamp with time zone")));
}

void TestQueryLogic::writeConfirmationLists() {
    QueryDraft d;
    d.sql = QStringLiteral("UPDATE markets.trades AS t SET side = %(side)s WHERE t.trade_id = -1");
    d.scope = scope();
    d.parameters = {ParameterEntry{QStringLiteral("side"), QStringLiteral("string"),
                                   QStringLiteral("buy"), false}};
    const ConsoleOperation op = buildConsoleOperation(d, true);
    QVERIFY(op.ok());
    const QString scopeText = WriteConfirmDialog::scopeText(op.operation, d.scope);
    QVERIFY(scopeText.contains(QStringLiteral("markets.trades AS t — write")));
    QVERIFY(scopeText.contains(QStringLiteral("markets.instruments AS i — read")));
    QCOMPARE(WriteConfirmDialog::parametersText(op.operation),
             QStringLiteral("side = \"buy\"  (string)"));
    WriteConfirmDialog dialog(op.operation, d.scope);
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("UPDATE")));
    QVERIFY(!dialog.runButton()->isDefault());
}

QTEST_MAIN(TestQueryLogic)
#include "tst_query_logic.moc"
