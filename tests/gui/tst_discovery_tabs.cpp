// Search → open → every tab of a table document shows what the server returns, under both
// route namespaces (legacy has no source_table_uid: Referenced by resolves through the graph).
#include "tst_discovery_live.h"

#include "ui/DocumentArea.h"
#include "ui/StateView.h"
#include "ui/table/OverviewTab.h"
#include "ui/table/RawJsonTab.h"
#include "ui/table/ReferencedByTab.h"
#include "ui/table/SchemaTabs.h"
#include "ui/table/TableHeader.h"

#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace cc;
using namespace cc::ui;
using discovery::fetchJson;
using discovery::str;

namespace {
const QString kSubject = QStringLiteral("markets.instruments");
const QString kV1 = QStringLiteral("/api/v1/meta-tables/");
const QString kLegacy = QStringLiteral("/orm/api/ts_manager/meta_table/");

QString cellText(GridTab* tab, int row, int column) {
    return tab->proxy()->index(row, column).data(Qt::EditRole).toString();
}
QString cellLink(GridTab* tab, int row, int column) {
    return tab->proxy()->index(row, column).data(CellTableModel::LinkRole).toString();
}
bool cellMark(GridTab* tab, int row, int column) {
    return tab->proxy()->index(row, column).data(CellTableModel::MarkRole).toBool();
}
} // namespace

class TestDiscoveryTabs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchOpensTheTableWithEveryTab_data();
    void searchOpensTheTableWithEveryTab();
    void foreignKeyLinksOpenTheTarget();
    void reopeningFocusesTheExistingTab();
    void unknownTableSaysNotFound();

private:
    discovery::Fixture m_fx;
    Json m_detailV1;
    QString m_uid;
};

void TestDiscoveryTabs::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    const Json page =
        fetchJson(m_fx.url, kV1 + QStringLiteral("?identifier=") + kSubject, m_fx.token);
    QVERIFY(page.is_object() && page["results"].size() == 1);
    m_uid = str(page["results"][0], "uid");
    m_detailV1 = fetchJson(m_fx.url, kV1 + m_uid + QLatin1Char('/'), m_fx.token);
    QVERIFY(m_detailV1.is_object());
    // The subject must exercise every tab.
    QVERIFY(!m_detailV1["columns"].empty());
    QVERIFY(!m_detailV1["indexes_meta"].empty());
    QVERIFY(!m_detailV1["foreign_keys"].empty());
    QVERIFY(!m_detailV1["incoming_fks"].empty());
}

void TestDiscoveryTabs::searchOpensTheTableWithEveryTab_data() {
    QTest::addColumn<int>("apiNamespace");
    QTest::newRow("v1") << int(ApiNamespace::V1);
    QTest::newRow("legacy") << int(ApiNamespace::Legacy);
}

void TestDiscoveryTabs::searchOpensTheTableWithEveryTab() {
    QFETCH(int, apiNamespace);
    const bool legacy = ApiNamespace(apiNamespace) == ApiNamespace::Legacy;
    discovery::Window w(m_fx.url, m_fx.token, ApiNamespace(apiNamespace));
    QVERIFY(w.waitCatalog());

    // Search as a user does: type, wait for the answer, Down into the list, Enter.
    w.catalog()->focusSearch();
    QTest::keyClicks(w.catalog()->searchEdit(), QStringLiteral("instruments"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return w.catalog()->model()->query().text == QStringLiteral("instruments") &&
                   w.catalog()->model()->state() == CatalogModel::State::Loaded;
        },
        20000));
    int row = -1;
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        if (w.catalog()->model()->table(i).uid == m_uid)
            row = i;
    QVERIFY2(row >= 0, "the subject is among the search results");
    QTest::keyClick(w.catalog()->searchEdit(), Qt::Key_Down);
    w.catalog()->listView()->setCurrentIndex(w.catalog()->model()->index(row, 0));
    QTest::keyClick(w.catalog()->listView(), Qt::Key_Return);
    TableDocument* doc = w.window->documents()->current();
    QVERIFY(doc);
    QVERIFY(discovery::waitReady(doc));
    QCOMPARE(doc->uid(), m_uid);

    const Json detail =
        legacy ? fetchJson(m_fx.url, kLegacy + m_uid + QLatin1Char('/'), m_fx.token) : m_detailV1;
    QVERIFY(detail.is_object());

    // Header.
    QCOMPARE(doc->header()->titleText(), kSubject);
    QVERIFY(doc->header()->subtitleText().contains(m_uid));
    QVERIFY(doc->header()->subtitleText().contains(
        str(detail, "physical_schema") + QLatin1Char('.') + str(detail, "physical_table_name")));
    QVERIFY(doc->header()->chipTexts().contains(str(detail, "namespace")));
    for (const auto& label : detail["labels"])
        QVERIFY(
            doc->header()->chipTexts().contains(QString::fromStdString(label.get<std::string>())));
    QVERIFY(doc->header()->detailText().contains(str(detail["data_source"], "display_name")));

    // Overview.
    QVERIFY(doc->showTab(QStringLiteral("overview")));
    QVERIFY(discovery::waitReady(doc));
    auto* overview = qobject_cast<OverviewTab*>(doc->tab(QStringLiteral("overview")));
    QVERIFY(overview);
    QMap<QString, QString> facts;
    for (const auto& [k, v] : overview->facts())
        facts[k] = v;
    QCOMPARE(facts.value(QStringLiteral("Identifier")), kSubject);
    QCOMPARE(facts.value(QStringLiteral("Namespace")), str(detail, "namespace"));
    QCOMPARE(facts.value(QStringLiteral("UID")), m_uid);
    QCOMPARE(facts.value(QStringLiteral("Management mode")), str(detail, "management_mode"));
    QCOMPARE(facts.value(QStringLiteral("Contract version")), str(detail, "contract_version"));
    if (!str(detail, "description").isEmpty())
        QCOMPARE(overview->descriptionText(), str(detail, "description").trimmed());

    // Columns, in ordinal order, every attribute.
    QVERIFY(doc->showTab(QStringLiteral("columns")));
    QVERIFY(discovery::waitReady(doc));
    auto* columns = qobject_cast<ColumnsTab*>(doc->tab(QStringLiteral("columns")));
    QVERIFY(columns);
    std::vector<Json> expected(detail["columns"].begin(), detail["columns"].end());
    std::stable_sort(expected.begin(), expected.end(), [](const Json& a, const Json& b) {
        return a.value("ordinal_position", 0) < b.value("ordinal_position", 0);
    });
    QCOMPARE(columns->proxy()->rowCount(), int(expected.size()));
    for (int i = 0; i < int(expected.size()); ++i) {
        const Json& c = expected[std::size_t(i)];
        QCOMPARE(cellText(columns, i, ColumnsTab::Name), str(c, "name"));
        QCOMPARE(cellText(columns, i, ColumnsTab::DataType), str(c, "data_type"));
        QCOMPARE(cellText(columns, i, ColumnsTab::BackendType), str(c, "backend_type"));
        QCOMPARE(cellMark(columns, i, ColumnsTab::Nullable), c.value("nullable", true));
        QCOMPARE(cellMark(columns, i, ColumnsTab::PrimaryKey), c.value("primary_key", false));
        QCOMPARE(cellMark(columns, i, ColumnsTab::Unique), c.value("unique", false));
        QCOMPARE(cellText(columns, i, ColumnsTab::Ordinal).toInt(),
                 c.value("ordinal_position", 0) + 1);
    }
    // Filter narrows; sorting by name is alphabetical.
    const QString firstName = str(expected.back(), "name");
    columns->filterEdit()->setText(firstName);
    QVERIFY(columns->proxy()->rowCount() >= 1);
    QVERIFY(columns->proxy()->rowCount() < int(expected.size()) || expected.size() == 1);
    columns->filterEdit()->clear();
    columns->view()->sortByColumn(ColumnsTab::Name, Qt::AscendingOrder);
    for (int i = 1; i < columns->proxy()->rowCount(); ++i)
        QVERIFY(cellText(columns, i - 1, ColumnsTab::Name).toLower() <=
                cellText(columns, i, ColumnsTab::Name).toLower());

    // Indexes.
    QVERIFY(doc->showTab(QStringLiteral("indexes")));
    QVERIFY(discovery::waitReady(doc));
    auto* indexes = qobject_cast<IndexesTab*>(doc->tab(QStringLiteral("indexes")));
    QVERIFY(indexes);
    QSet<QString> expectedIndexes, shownIndexes;
    for (const auto& ix : detail["indexes_meta"])
        expectedIndexes << str(ix, "name");
    for (int i = 0; i < indexes->proxy()->rowCount(); ++i)
        shownIndexes << cellText(indexes, i, 0);
    QCOMPARE(shownIndexes, expectedIndexes);

    // Foreign keys: each target is a link to the target's uid.
    QVERIFY(doc->showTab(QStringLiteral("foreign-keys")));
    QVERIFY(discovery::waitReady(doc));
    auto* fks = qobject_cast<ForeignKeysTab*>(doc->tab(QStringLiteral("foreign-keys")));
    QVERIFY(fks);
    QCOMPARE(fks->proxy()->rowCount(), int(detail["foreign_keys"].size()));
    QMap<QString, QString> targetByName;
    for (const auto& fk : detail["foreign_keys"])
        targetByName[str(fk, "name")] = str(fk, "target_table_uid");
    for (int i = 0; i < fks->proxy()->rowCount(); ++i) {
        const QString name = cellText(fks, i, ForeignKeysTab::Constraint);
        QVERIFY2(targetByName.contains(name), qPrintable(name));
        QCOMPARE(cellLink(fks, i, ForeignKeysTab::Target), targetByName.value(name));
    }

    // Referenced by: every referencing table linked, legacy included (resolved via the graph).
    QVERIFY(doc->showTab(QStringLiteral("referenced-by")));
    QVERIFY(discovery::waitReady(doc));
    auto* incoming = qobject_cast<ReferencedByTab*>(doc->tab(QStringLiteral("referenced-by")));
    QVERIFY(incoming);
    QCOMPARE(incoming->proxy()->rowCount(), int(m_detailV1["incoming_fks"].size()));
    QMultiMap<QString, QString> sourceByName; // from the v1 reply, which names the source
    for (const auto& fk : m_detailV1["incoming_fks"])
        sourceByName.insert(str(fk, "name"), str(fk, "source_table_uid"));
    for (int i = 0; i < incoming->proxy()->rowCount(); ++i) {
        const QString name = cellText(incoming, i, ReferencedByTab::Constraint);
        const QString link = cellLink(incoming, i, ReferencedByTab::Source);
        QVERIFY2(!link.isEmpty(), qPrintable(name));
        QVERIFY2(sourceByName.values(name).contains(link),
                 qPrintable(name + QStringLiteral(" → ") + link));
        QVERIFY(!cellText(incoming, i, ReferencedByTab::Source).isEmpty());
    }

    // Raw JSON: the reply as received.
    QVERIFY(doc->showTab(QStringLiteral("raw")));
    QVERIFY(discovery::waitReady(doc));
    auto* raw = qobject_cast<RawJsonTab*>(doc->tab(QStringLiteral("raw")));
    QVERIFY(raw);
    const Json shown = Json::parse(raw->editor()->toPlainText().toStdString(), nullptr, false);
    QCOMPARE(QString::fromStdString(shown.dump()), QString::fromStdString(detail.dump()));
    raw->findEdit()->setText(m_uid);
    QVERIFY(raw->matchCount() >= 1);
    QCOMPARE(legacy, !raw->editor()->toPlainText().contains(QStringLiteral("source_table_uid")));
}

void TestDiscoveryTabs::foreignKeyLinksOpenTheTarget() {
    discovery::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.openAndWait(kSubject, QStringLiteral("foreign-keys"));
    QVERIFY(doc && doc->isReady());
    auto* fks = qobject_cast<ForeignKeysTab*>(doc->tab(QStringLiteral("foreign-keys")));
    QVERIFY(fks && fks->proxy()->rowCount() > 0);
    const QString target = cellLink(fks, 0, ForeignKeysTab::Target);
    fks->view()->setFocus();
    fks->view()->setCurrentIndex(fks->proxy()->index(0, ForeignKeysTab::Target));
    QTest::keyClick(fks->view(), Qt::Key_Return);
    TableDocument* opened = w.window->documents()->current();
    QVERIFY(opened && opened != doc);
    QVERIFY(discovery::waitReady(opened));
    QCOMPARE(opened->uid(), target);
    QCOMPARE(w.window->documents()->count(), 2);
}

void TestDiscoveryTabs::reopeningFocusesTheExistingTab() {
    discovery::Window w(m_fx.url, m_fx.token);
    TableDocument* a = w.openAndWait(kSubject);
    TableDocument* b = w.openAndWait(QStringLiteral("crm.clients"));
    QVERIFY(a && b && a != b);
    QCOMPARE(w.window->documents()->current(), b);
    // By identifier, by uid, from the catalog: always the same tab.
    QCOMPARE(w.window->openTable(kSubject), a);
    QCOMPARE(w.window->documents()->current(), a);
    QCOMPARE(w.window->openTable(b->uid()), b);
    QCOMPARE(w.window->documents()->count(), 2);
    // In the background: the tab opens but does not take the focus.
    TableDocument* c =
        w.window->openTable(QStringLiteral("crm.contacts"), QString(), QString(), true);
    QVERIFY(c);
    QCOMPARE(w.window->documents()->current(), b);
    QCOMPARE(w.window->documents()->count(), 3);
}

void TestDiscoveryTabs::unknownTableSaysNotFound() {
    discovery::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.window->openTable(QStringLiteral("no.such_table"));
    QVERIFY(doc);
    QVERIFY(QTest::qWaitFor([&] { return doc->hasFailed(); }, 20000));
    QVERIFY(doc->lastError().isNotFound());
    QVERIFY(doc->stateView()->title().contains(QStringLiteral("not found")));
}

QTEST_MAIN(TestDiscoveryTabs)
#include "tst_discovery_tabs.moc"
