// The "dependents" tab against the refserver's demo catalog: the verdict in plain words,
// the tree of dependents compared with the graph walked independently, exports, the
// server's own dry-run answer, navigation and the states around it.
#include "tst_explore_live.h"

#include "core/codec/JsonParse.h"
#include "ui/DocumentArea.h"
#include "ui/explore/DependentsModel.h"
#include "ui/explore/DependentsTab.h"
#include "ui/explore/DryRunPanel.h"
#include "ui/explore/ImpactBanner.h"
#include "ui/query/ErrorBanner.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>

#include <deque>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kCompanies = QStringLiteral("crm.companies");
const QString kClients = QStringLiteral("crm.clients");
const QString kContacts = QStringLiteral("crm.contacts");
const QString kLeaf = QStringLiteral("crm.activities");      // nothing references it
const QString kProtected = QStringLiteral("markets.trades"); // protect_from_deletion

QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every table that references `uid` directly or through others, walked over the raw
// schema-graph JSON (not through cc_net or DeletionImpact).
QSet<QString> transitiveDependents(const discovery::Fixture& fx, const QString& uid) {
    const Json graph = discovery::fetchJson(
        fx.url,
        QStringLiteral(
            "/orm/api/ts_manager/meta_table/%1/schema-graph/?depth=50&include_incoming=True")
            .arg(uid),
        fx.token);
    QSet<QString> found;
    if (!graph.is_object())
        return found;
    std::deque<QString> queue{uid};
    while (!queue.empty()) {
        const QString target = queue.front();
        queue.pop_front();
        for (const Json& e : graph.value("edges", Json::array())) {
            const QString source = discovery::str(e, "source_uid");
            if (discovery::str(e, "target_uid") == target && source != uid &&
                !found.contains(source)) {
                found.insert(source);
                queue.push_back(source);
            }
        }
    }
    return found;
}
} // namespace

class TestDependentsLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedDeleteNamesWhoReferencesIt();
    void treeHoldsTheWholeCascadeSet();
    void exportsAreWrittenAndParse();
    void serverDryRunAgrees();
    void unreferencedTableIsAllowed();
    void protectedTableIsRefusedByBoth();
    void viewerIsNotAllowedToAskTheServer();
    void enterOpensADependent();
    void filterNarrowsTheTree();
    void bigGraphsAreAnalysedOffTheUiThread();
    void copySummaryPutsTheVerdictOnTheClipboard();

private:
    DependentsTab* open(explore::Window& w, const QString& target);

    discovery::Fixture m_fx;
};

void TestDependentsLive::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

DependentsTab* TestDependentsLive::open(explore::Window& w, const QString& target) {
    TableDocument* doc = w.open(target, QStringLiteral("dependents"));
    if (!doc || !doc->isReady())
        return nullptr;
    return explore::tabOf<DependentsTab>(doc, "dependents");
}

void TestDependentsLive::refusedDeleteNamesWhoReferencesIt() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    QVERIFY(tab->hasImpact());
    const QString headline = tab->banner()->headline();
    QVERIFY2(headline.startsWith(
                 QStringLiteral("Deleting crm.companies is refused: 2 tables reference it")),
             qPrintable(headline));
    QVERIFY2(headline.contains(kClients) && headline.contains(kContacts), qPrintable(headline));
    QCOMPARE(tab->banner()->tone(), theme::Tone::Danger);
    // clients references it with restrict: deleting rows is blocked.
    QVERIFY2(tab->banner()->rowLine().startsWith(QStringLiteral("Deleting its rows is blocked")),
             qPrintable(tab->banner()->rowLine()));
    QVERIFY(tab->banner()->rowLine().contains(kClients));

    const QString clients = explore::uidOf(m_fx, kClients);
    QVERIFY(!clients.isEmpty());
    const QModelIndex row = tab->model()->indexOfUid(clients);
    QVERIFY(row.isValid());
    QVERIFY(row.data(DependentsModel::BlocksStrictDeleteRole).toBool());
    QCOMPARE(row.siblingAtColumn(DependentsModel::OnDelete).data().toString(),
             QStringLiteral("restrict"));
    QCOMPARE(row.siblingAtColumn(DependentsModel::RowDelete).data().toString(),
             QStringLiteral("blocks"));
    const QModelIndex contacts = tab->model()->indexOfUid(explore::uidOf(m_fx, kContacts));
    QCOMPARE(contacts.siblingAtColumn(DependentsModel::OnDelete).data().toString(),
             QStringLiteral("cascade"));
    QCOMPARE(contacts.siblingAtColumn(DependentsModel::RowDelete).data().toString(),
             QStringLiteral("cascades"));
}

void TestDependentsLive::treeHoldsTheWholeCascadeSet() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    const QString root = tab->impact().rootUid;
    const QSet<QString> expected = transitiveDependents(m_fx, root);
    QVERIFY2(expected.size() >= 10, qPrintable(QString::number(expected.size())));
    QVERIFY(expected.contains(explore::uidOf(m_fx, QStringLiteral("ops.trading_accounts"))));
    QVERIFY(expected.contains(explore::uidOf(m_fx, kProtected)));

    QStringList shown = tab->model()->uids();
    QCOMPARE(shown.takeFirst(), root);
    const QSet<QString> shownSet(shown.begin(), shown.end());
    QCOMPARE(shown.size(), shownSet.size()); // each table once
    QCOMPARE(shownSet, expected);
    QCOMPARE(tab->model()->dependentCount(), int(expected.size()));
    // The protected dependent is marked.
    const QModelIndex trades = tab->model()->indexOfUid(explore::uidOf(m_fx, kProtected));
    QCOMPARE(trades.siblingAtColumn(DependentsModel::Protected).data().toString(),
             QStringLiteral("protected"));
    QVERIFY(trades.parent().isValid());
    // The banner counts them.
    QVERIFY2(tab->banner()->cascadeLine().contains(
                 QStringLiteral("would also remove %1 tables").arg(expected.size())),
             qPrintable(tab->banner()->cascadeLine()));
    QCOMPARE(tab->incompleteNotice()->isVisible(), tab->impact().possiblyIncomplete);
}

void TestDependentsLive::exportsAreWrittenAndParse() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    QTemporaryDir dir;
    const int dependents = int(tab->impact().dependents.size());
    QVERIFY(dependents > 0);

    const QString md = dir.filePath(QStringLiteral("impact.md"));
    QVERIFY(tab->exportReport(md, DependentsTab::ReportFormat::Markdown));
    const QString mdText = readFile(md);
    QVERIFY(mdText.startsWith(QStringLiteral("## Deletion impact: crm.companies")));
    QVERIFY(mdText.contains(QStringLiteral("| ") + kClients));
    QVERIFY(mdText.contains(QStringLiteral("Strict delete: refused")));

    const QString csv = dir.filePath(QStringLiteral("impact.csv"));
    QVERIFY(tab->exportReport(csv, DependentsTab::ReportFormat::Csv));
    const QStringList lines = readFile(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), dependents + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("table,uid,depth,via_edge,on_delete")));
    for (const QString& line : lines.mid(1))
        QVERIFY2(line.count(QLatin1Char(',')) >= 7, qPrintable(line));

    const QString json = dir.filePath(QStringLiteral("impact.json"));
    QVERIFY(tab->exportReport(json, DependentsTab::ReportFormat::Json));
    const auto parsed = parseJson(readFile(json).toUtf8());
    QVERIFY(parsed.ok());
    const Json& report = parsed.value();
    QCOMPARE(report["root"]["name"].get<std::string>(), std::string("crm.companies"));
    QCOMPARE(report["strict_delete"]["allowed"].get<bool>(), false);
    QCOMPARE(int(report["cascade"]["tables"].size()), dependents);
    QCOMPARE(report["row_delete"]["verdict"].get<std::string>(), std::string("blocked"));

    // A folder that does not exist is an error, not a crash.
    QString error;
    QVERIFY(!tab->exportReport(dir.filePath(QStringLiteral("missing/impact.md")),
                               DependentsTab::ReportFormat::Markdown, &error));
    QVERIFY(!error.isEmpty());
}

void TestDependentsLive::serverDryRunAgrees() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    const DryRunAnswer& answer = tab->dryRunPanel()->answer();
    QCOMPARE(answer.outcome, DryRunAnswer::Outcome::Refused);
    QCOMPARE(answer.httpStatus, 409);
    QCOMPARE(answer.code, QStringLiteral("incoming_foreign_keys"));
    QSet<QString> sources;
    for (const DryRunAnswer::Edge& e : answer.blockingEdges)
        sources.insert(e.sourceUid);
    QCOMPARE(sources,
             (QSet<QString>{explore::uidOf(m_fx, kClients), explore::uidOf(m_fx, kContacts)}));
    QVERIFY(tab->dryRunPanel()->comparison().comparable);
    QVERIFY2(tab->dryRunPanel()->comparison().agrees,
             qPrintable(tab->dryRunPanel()->agreementText()));
    QCOMPARE(tab->dryRunPanel()->agreementText(),
             QStringLiteral("The server agrees with the analysis."));

    // Asking again gives the same answer and nothing was deleted.
    QSignalSpy answered(tab, &DependentsTab::dryRunAnswered);
    QVERIFY(tab->askServer());
    QVERIFY(answered.wait(20000));
    QCOMPARE(tab->dryRunPanel()->answer().outcome, DryRunAnswer::Outcome::Refused);
    QVERIFY(!explore::uidOf(m_fx, kCompanies).isEmpty());
}

void TestDependentsLive::unreferencedTableIsAllowed() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kLeaf);
    QVERIFY(tab);
    QCOMPARE(tab->banner()->tone(), theme::Tone::Success);
    QVERIFY2(
        tab->banner()->headline().startsWith(QStringLiteral("Deleting crm.activities is allowed")),
        qPrintable(tab->banner()->headline()));
    QCOMPARE(tab->banner()->rowLine(), QStringLiteral("Deleting its rows affects no other table."));
    QCOMPARE(tab->model()->dependentCount(), 0);
    QVERIFY(!tab->tree()->isVisible()); // the empty state replaces it
    QCOMPARE(tab->dryRunPanel()->answer().outcome, DryRunAnswer::Outcome::Allowed);
    QCOMPARE(tab->dryRunPanel()->answer().deletedUids, QStringList{tab->impact().rootUid});
    QVERIFY(tab->dryRunPanel()->comparison().agrees);
    // A dry run: the table is still there.
    QVERIFY(!explore::uidOf(m_fx, kLeaf).isEmpty());
}

void TestDependentsLive::protectedTableIsRefusedByBoth() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kProtected);
    QVERIFY(tab);
    QVERIFY(!tab->impact().strictDeleteAllowed());
    QCOMPARE(tab->impact().rootProtected, std::optional<bool>(true));
    QVERIFY2(tab->banner()->headline().contains(QStringLiteral("protected from deletion")),
             qPrintable(tab->banner()->headline()));
    QCOMPARE(tab->dryRunPanel()->answer().outcome, DryRunAnswer::Outcome::Refused);
    QVERIFY(tab->dryRunPanel()->comparison().agrees);
}

void TestDependentsLive::viewerIsNotAllowedToAskTheServer() {
    explore::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    QVERIFY(tab->isReady());
    QVERIFY(tab->hasImpact());
    QCOMPARE(tab->dryRunPanel()->answer().outcome, DryRunAnswer::Outcome::NotPermitted);
    QVERIFY(!tab->dryRunPanel()->comparison().comparable);
    QVERIFY(tab->dryRunPanel()->answerText().contains(QStringLiteral("may not delete")));
}

void TestDependentsLive::enterOpensADependent() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    const QString clients = explore::uidOf(m_fx, kClients);
    const QModelIndex row = tab->proxy()->mapFromSource(tab->model()->indexOfUid(clients));
    QVERIFY(row.isValid());
    tab->tree()->setFocus();
    tab->tree()->setCurrentIndex(row);
    // The details pane follows the selection.
    QVERIFY(tab->details()->toPlainText().contains(QStringLiteral("crm.companies ← crm.clients")));
    QTest::keyClick(tab->tree(), Qt::Key_Return);
    DocumentArea* docs = w.window()->documents();
    QVERIFY(QTest::qWaitFor([&] { return docs->current() && docs->current()->uid() == clients; },
                            20000));
}

void TestDependentsLive::filterNarrowsTheTree() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    tab->focusFilter();
    QVERIFY(tab->filterEdit()->hasFocus());
    QTest::keyClicks(tab->filterEdit(), QStringLiteral("trades"));
    // Only the matching table and the tables on its way to the root stay.
    QStringList visible;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < tab->proxy()->rowCount(parent); ++r) {
            const QModelIndex i = tab->proxy()->index(r, 0, parent);
            visible << i.data(DependentsModel::NameRole).toString();
            walk(i);
        }
    };
    walk(QModelIndex());
    QVERIFY2(visible.contains(kProtected), qPrintable(visible.join(QLatin1Char(','))));
    QVERIFY(visible.contains(kCompanies));
    QVERIFY(!visible.contains(kContacts));
    QVERIFY(visible.size() < tab->model()->dependentCount());
    tab->filterEdit()->clear();
}

void TestDependentsLive::bigGraphsAreAnalysedOffTheUiThread() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    QVERIFY(!tab->lastAnalysisOffThread());
    const QStringList before = tab->model()->uids();
    const QString summary = tab->impact().summary();
    tab->setOffThreadThreshold(0);
    QSignalSpy shown(tab, &DependentsTab::analysisShown);
    tab->reload();
    QVERIFY(!tab->isReady());
    QVERIFY(shown.wait(20000));
    QVERIFY(tab->lastAnalysisOffThread());
    QCOMPARE(tab->model()->uids(), before);
    QCOMPARE(tab->impact().summary(), summary);
    QVERIFY(QTest::qWaitFor([&] { return tab->isReady(); }, 20000));
}

void TestDependentsLive::copySummaryPutsTheVerdictOnTheClipboard() {
    explore::Window w(m_fx.url, m_fx.tokenAdmin);
    QVERIFY(w.main->waitCatalog());
    DependentsTab* tab = open(w, kCompanies);
    QVERIFY(tab);
    QGuiApplication::clipboard()->clear();
    tab->copySummary();
    QCOMPARE(QGuiApplication::clipboard()->text(), tab->impact().summary());
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Deleting crm.companies is refused")));
}

QTEST_MAIN(TestDependentsLive)
#include "tst_dependents_live.moc"
