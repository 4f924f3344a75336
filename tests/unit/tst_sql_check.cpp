#include "core/sql/SqlLexer.h"
#include "core/sql/SqlStatementCheck.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cc::sql;

namespace {

int errorCount(const std::vector<SqlIssue>& issues) {
    int n = 0;
    for (const SqlIssue& issue : issues)
        n += issue.isError() ? 1 : 0;
    return n;
}

int warningCount(const std::vector<SqlIssue>& issues) {
    return int(issues.size()) - errorCount(issues);
}

const SqlIssue* firstError(const std::vector<SqlIssue>& issues) {
    for (const SqlIssue& issue : issues)
        if (issue.isError())
            return &issue;
    return nullptr;
}

QString describe(const std::vector<SqlIssue>& issues) {
    QStringList lines;
    for (const SqlIssue& issue : issues)
        lines << QStringLiteral("%1@%2: %3")
                     .arg(issue.isError() ? QStringLiteral("E") : QStringLiteral("W"))
                     .arg(issue.position)
                     .arg(issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSqlCheck : public QObject {
    Q_OBJECT

private slots:
    void cleanOrderedSelectHasNoIssues_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("plain") << QStringLiteral("SELECT a FROM t ORDER BY a");
        QTest::newRow("trailing semicolon") << QStringLiteral("SELECT a FROM t ORDER BY a;");
        QTest::newRow("trailing semicolons and comment")
            << QStringLiteral("SELECT a FROM t ORDER BY a; ; -- done");
        QTest::newRow("lowercase order by") << QStringLiteral("select a from t order   by a");
        QTest::newRow("order by on next line") << QStringLiteral("SELECT a FROM t\nORDER\n BY a");
        QTest::newRow("cte with top-level order")
            << QStringLiteral("WITH x AS (SELECT a FROM t) SELECT a FROM x ORDER BY a");
        QTest::newRow("recursive cte with column list")
            << QStringLiteral("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r "
                              "WHERE n < 5) SELECT n FROM r ORDER BY n");
        QTest::newRow("two ctes, materialized")
            << QStringLiteral("WITH a AS MATERIALIZED (SELECT 1 AS v), b AS NOT MATERIALIZED "
                              "(SELECT v FROM a) SELECT v FROM b ORDER BY v");
        QTest::newRow("quoted cte name") << QStringLiteral(
            "WITH \"My Cte\" AS (SELECT 1 AS v) SELECT v FROM \"My Cte\" ORDER BY 1");
        QTest::newRow("whole query in parentheses")
            << QStringLiteral("(SELECT a FROM t ORDER BY a)");
        QTest::newRow("parenthesised cte query")
            << QStringLiteral("(WITH x AS (SELECT 1 AS a) SELECT a FROM x ORDER BY a)");
        QTest::newRow("union ordered at top")
            << QStringLiteral("(SELECT a FROM t) UNION (SELECT a FROM u) ORDER BY a");
        QTest::newRow("semicolon in string")
            << QStringLiteral("SELECT 'a;b' AS x FROM t ORDER BY x");
        QTest::newRow("semicolon in doubled-quote string")
            << QStringLiteral("SELECT 'it''s; fine' AS x FROM t ORDER BY x");
        QTest::newRow("semicolon in E string with escaped quote")
            << QStringLiteral("SELECT E'a\\'; b' AS x FROM t ORDER BY x");
        QTest::newRow("semicolon in line comment")
            << QStringLiteral("SELECT a -- no; more\nFROM t ORDER BY a");
        QTest::newRow("semicolon in nested block comment")
            << QStringLiteral("SELECT a /* outer /* inner; */ still; */ FROM t ORDER BY a");
        QTest::newRow("semicolon in dollar quote")
            << QStringLiteral("SELECT $$a; b$$ AS x FROM t ORDER BY x");
        QTest::newRow("semicolon in tagged dollar quote")
            << QStringLiteral("SELECT $fn$ $$; $x$ $fn$ AS x FROM t ORDER BY x");
        QTest::newRow("semicolon in quoted identifier")
            << QStringLiteral("SELECT \"a;b\" FROM t ORDER BY 1");
        QTest::newRow("placeholders and modulo")
            << QStringLiteral("SELECT a % 2 FROM t WHERE b >= %(since)s ORDER BY a");
        QTest::newRow("select inside leading comment")
            << QStringLiteral("/* DELETE FROM t; */ SELECT a FROM t ORDER BY a");
        QTest::newRow("cte with search clause") << QStringLiteral(
            "WITH RECURSIVE s(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM s WHERE id < 3) "
            "SEARCH DEPTH FIRST BY id SET ordercol SELECT id FROM s ORDER BY ordercol");
    }

    void cleanOrderedSelectHasNoIssues() {
        QFETCH(QString, sql);
        const auto issues = checkSelect(sql);
        QVERIFY2(issues.empty(), qPrintable(describe(issues)));
        QCOMPARE(statementKind(sql), StatementKind::Select);
    }

    void missingTopLevelOrderByIsAWarning_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("no order") << QStringLiteral("SELECT a FROM t");
        QTest::newRow("order only in subquery")
            << QStringLiteral("SELECT a FROM (SELECT a FROM t ORDER BY a) s");
        QTest::newRow("order only in cte")
            << QStringLiteral("WITH x AS (SELECT a FROM t ORDER BY a) SELECT a FROM x");
        QTest::newRow("order only in window")
            << QStringLiteral("SELECT row_number() OVER (ORDER BY a) FROM t");
        QTest::newRow("order only in aggregate")
            << QStringLiteral("SELECT string_agg(a, ',' ORDER BY a) FROM t");
        QTest::newRow("order only in a union branch")
            << QStringLiteral("(SELECT a FROM t ORDER BY a) UNION (SELECT a FROM u)");
        QTest::newRow("order by in string") << QStringLiteral("SELECT 'ORDER BY a' FROM t");
        QTest::newRow("order by in comment") << QStringLiteral("SELECT a FROM t -- ORDER BY a");
        QTest::newRow("order by as quoted identifiers")
            << QStringLiteral("SELECT a FROM t \"ORDER\" BY");
    }

    void missingTopLevelOrderByIsAWarning() {
        QFETCH(QString, sql);
        const auto issues = checkSelect(sql);
        QCOMPARE(errorCount(issues), 0);
        QCOMPARE(warningCount(issues), 1);
        QVERIFY(issues.front().message.contains(QLatin1String("ORDER BY")));
    }

    void warningPointsAtTheMainQuery() {
        const QString sql = QStringLiteral("WITH x AS (SELECT 1) SELECT * FROM x");
        const auto issues = checkSelect(sql);
        QCOMPARE(issues.size(), size_t(1));
        QCOMPARE(issues.front().position, int(sql.indexOf(QLatin1String("SELECT *"))));
    }

    void emptyTextIsAnError_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \n\t ");
        QTest::newRow("comment only") << QStringLiteral("-- nothing\n/* here */");
        QTest::newRow("semicolons only") << QStringLiteral(";;");
    }

    void emptyTextIsAnError() {
        QFETCH(QString, sql);
        const auto issues = checkSelect(sql);
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(issues.front().isError());
        QCOMPARE(issues.front().position, 0);
        QCOMPARE(statementKind(sql), StatementKind::Other);
    }

    void secondStatementIsAnError() {
        const QString sql = QStringLiteral("SELECT 1 ORDER BY 1; DROP TABLE t");
        const auto issues = checkSelect(sql);
        const SqlIssue* error = firstError(issues);
        QVERIFY(error);
        QCOMPARE(error->position, int(sql.indexOf(QLatin1String("DROP"))));
        QCOMPARE(errorCount(issues), 1);
    }

    void firstKeywordMustBeSelectOrWith_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM t") << int(StatementKind::Delete);
        QTest::newRow("insert") << QStringLiteral("insert into t values (1)")
                                << int(StatementKind::Insert);
        QTest::newRow("update") << QStringLiteral("UPDATE t SET a = 1")
                                << int(StatementKind::Update);
        QTest::newRow("values") << QStringLiteral("VALUES (1)") << int(StatementKind::Select);
        QTest::newRow("explain") << QStringLiteral("EXPLAIN SELECT 1") << int(StatementKind::Other);
        QTest::newRow("number") << QStringLiteral("1") << int(StatementKind::Other);
    }

    void firstKeywordMustBeSelectOrWith() {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        const auto issues = checkSelect(sql);
        QCOMPARE(issues.size(), size_t(1));
        QVERIFY(issues.front().isError());
        QCOMPARE(issues.front().position, 0);
        QCOMPARE(int(statementKind(sql)), kind);
    }

    void withWhoseMainStatementWritesIsAnError_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("kind");
        QTest::newRow("delete") << QStringLiteral("WITH x AS (SELECT 1) DELETE FROM t")
                                << QStringLiteral("DELETE") << int(StatementKind::Delete);
        QTest::newRow("cte named update")
            << QStringLiteral("WITH update AS (SELECT 1) UPDATE t SET a = 1")
            << QStringLiteral("UPDATE t") << int(StatementKind::Update);
        QTest::newRow("two ctes then insert")
            << QStringLiteral("WITH a AS (SELECT 1), b(c) AS (SELECT 2) INSERT INTO t SELECT 1")
            << QStringLiteral("INSERT") << int(StatementKind::Insert);
    }

    void withWhoseMainStatementWritesIsAnError() {
        QFETCH(QString, sql);
        QFETCH(QString, at);
        QFETCH(int, kind);
        const auto issues = checkSelect(sql);
        QCOMPARE(errorCount(issues), 1);
        QCOMPARE(firstError(issues)->position, int(sql.indexOf(at)));
        QCOMPARE(int(statementKind(sql)), kind);
    }

    void dataModifyingCteIsAnError() {
        const QString sql = QStringLiteral(
            "WITH gone AS (DELETE FROM t RETURNING *) SELECT * FROM gone ORDER BY 1");
        const auto issues = checkSelect(sql);
        QCOMPARE(errorCount(issues), 1);
        QCOMPARE(firstError(issues)->position, int(sql.indexOf(QLatin1String("DELETE"))));
        QCOMPARE(statementKind(sql), StatementKind::Select);
    }

    void withWithoutMainStatementIsAnError() {
        const auto issues = checkSelect(QStringLiteral("WITH x AS (SELECT 1)"));
        QCOMPARE(errorCount(issues), 1);
        QCOMPARE(firstError(issues)->position, 0);
    }

    void unbalancedParenthesesAreErrors() {
        const QString open = QStringLiteral("SELECT (a FROM t ORDER BY a");
        auto issues = checkSelect(open);
        QCOMPARE(errorCount(issues), 1);
        QCOMPARE(firstError(issues)->position, 7);

        const QString close = QStringLiteral("SELECT a) FROM t ORDER BY a");
        issues = checkSelect(close);
        QCOMPARE(errorCount(issues), 1);
        QCOMPARE(firstError(issues)->position, 8);
    }

    void unterminatedConstructsAreErrors_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("position");
        QTest::newRow("string") << QStringLiteral("SELECT 'abc FROM t") << 7;
        QTest::newRow("string ending in doubled quote") << QStringLiteral("SELECT 'a''") << 7;
        QTest::newRow("E string ending in escaped quote") << QStringLiteral("SELECT E'a\\'") << 7;
        QTest::newRow("quoted identifier") << QStringLiteral("SELECT \"abc FROM t") << 7;
        QTest::newRow("block comment") << QStringLiteral("SELECT 1 /* a /* b */ ORDER BY 1") << 9;
        QTest::newRow("dollar quote") << QStringLiteral("SELECT $tag$ abc $ta$ ORDER BY 1") << 7;
        QTest::newRow("at the very start") << QStringLiteral("'") << 0;
    }

    void unterminatedConstructsAreErrors() {
        QFETCH(QString, sql);
        QFETCH(int, position);
        const auto issues = checkSelect(sql);
        const SqlIssue* error = firstError(issues);
        QVERIFY(error);
        QCOMPARE(error->position, position);
        QCOMPARE(errorCount(issues), 1);
        // Nothing after the unterminated construct is judged, so no ORDER BY warning.
        QCOMPARE(warningCount(issues), 0);
    }

    void plainStringsDoNotTreatBackslashAsEscape() {
        // 'a\' is a complete string with standard_conforming_strings.
        const auto issues = checkSelect(QStringLiteral("SELECT 'a\\' AS x ORDER BY x"));
        QVERIFY2(issues.empty(), qPrintable(describe(issues)));
    }

    void placeholdersAreOrderedAndDistinct() {
        const QString sql = QStringLiteral(
            "SELECT * FROM t WHERE a = %(b)s AND c = %(a)s -- %(commented)s\n"
            "AND d = '%(in_string)s' AND e = $$%(in_dollar)s$$ AND \"%(quoted)s\" = %(b)s "
            "/* %(block)s */ AND f LIKE 'x%%' AND g = %(p_1_1)s AND h = %%(not_one)s "
            "AND i = %(bad name)s AND j = %(x)d");
        QCOMPARE(placeholders(sql),
                 QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("p_1_1")}));
    }

    void placeholdersOfEmptyText() { QVERIFY(placeholders(QString()).isEmpty()); }

    void statementKindNames() {
        QCOMPARE(statementKindName(StatementKind::Select), QStringLiteral("select"));
        QCOMPARE(statementKindName(StatementKind::Insert), QStringLiteral("insert"));
        QCOMPARE(statementKindName(StatementKind::Update), QStringLiteral("update"));
        QCOMPARE(statementKindName(StatementKind::Delete), QStringLiteral("delete"));
        QCOMPARE(statementKindName(StatementKind::Other), QStringLiteral("other"));
        QCOMPARE(statementKind(QStringLiteral("-- x\n(( SELECT 1 ))")), StatementKind::Select);
        QCOMPARE(statementKind(QStringLiteral("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING")),
                 StatementKind::Insert);
    }

    void lexerTokens() {
        const QString sql = QStringLiteral("SELECT U&'x' , e'\\n' $1 a$b 1.5e-3 %% x");
        const SqlLexResult lexed = lexSql(sql);
        QCOMPARE(lexed.unterminated, SqlLexResult::Unterminated::None);
        using K = SqlToken::Kind;
        QList<int> kinds;
        QStringList texts;
        for (const SqlToken& t : lexed.tokens) {
            kinds << int(t.kind);
            texts << t.text(sql).toString();
        }
        QCOMPARE(texts,
                 QStringList({"SELECT", "U&'x'", ",", "e'\\n'", "$1", "a$b", "1.5e-3", "%%", "x"}));
        const QList<K> expected = {
            K::Word, K::String, K::Punctuation, K::String, K::PositionalParameter,
            K::Word, K::Number, K::Operator,    K::Word};
        QList<int> expectedKinds;
        for (K k : expected)
            expectedKinds << int(k);
        QCOMPARE(kinds, expectedKinds);
    }

    void nonAsciiIdentifiers() {
        const auto issues = checkSelect(QStringLiteral("SELECT größe FROM maße ORDER BY größe"));
        QVERIFY2(issues.empty(), qPrintable(describe(issues)));
    }

    // Hostile shapes that a naive implementation would recurse on or rescan.
    void deepNestingAndLongRunsFinish() {
        const int n = 200000;
        QString nested = QStringLiteral("SELECT ") + QString(n, QLatin1Char('(')) +
                         QStringLiteral("1") + QString(n, QLatin1Char(')')) +
                         QStringLiteral(" ORDER BY 1");
        QVERIFY(checkSelect(nested).empty());

        QString parens = QString(n, QLatin1Char('(')) + QStringLiteral("SELECT 1 ORDER BY 1") +
                         QString(n, QLatin1Char(')'));
        QVERIFY(checkSelect(parens).empty());

        QString withs;
        for (int i = 0; i < n / 20; ++i)
            withs += QStringLiteral("WITH a AS (");
        QVERIFY(errorCount(checkSelect(withs)) >= 1);
        QCOMPARE(statementKind(withs), StatementKind::Other);

        QString percents;
        for (int i = 0; i < n; ++i)
            percents += QStringLiteral("%(a");
        QVERIFY(placeholders(percents).isEmpty());

        const QString dollars = QStringLiteral("SELECT $a$") + QString(n, QLatin1Char('a'));
        QCOMPARE(errorCount(checkSelect(dollars)), 1);
    }

    // Random text must never crash or hang; each result is checked for plausibility.
    void randomInputIsSafe() {
        const QString alphabet = QStringLiteral("SELECTWITHORDERBYas ()'\";$%-/*\\\nEe,.1_xé");
        QRandomGenerator rng(20260807);
        for (int round = 0; round < 3000; ++round) {
            const int len = int(rng.bounded(60));
            QString sql;
            for (int i = 0; i < len; ++i)
                sql += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            const auto issues = checkSelect(sql);
            for (const SqlIssue& issue : issues) {
                QVERIFY(issue.position >= 0);
                QVERIFY(issue.position <= sql.size());
                QVERIFY(!issue.message.isEmpty());
            }
            const QStringList names = placeholders(sql);
            for (const QString& name : names)
                QVERIFY(sql.contains(QStringLiteral("%(") + name + QStringLiteral(")s")));
            statementKind(sql);
        }
    }
};

QTEST_APPLESS_MAIN(TestSqlCheck)
#include "tst_sql_check.moc"
