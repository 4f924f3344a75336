// The pieces of discovery that need no server: history, recent tables, incoming-FK
// resolution, the tab registry, the shortcut overlay's list.
#include "ui/AppActions.h"
#include "ui/Settings.h"
#include "ui/ShortcutOverlay.h"
#include "ui/nav/NavigationHistory.h"
#include "ui/nav/RecentTables.h"
#include "ui/table/ReferencedByTab.h"
#include "ui/table/SchemaTabs.h"
#include "ui/table/TableDocument.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

namespace {
ForeignKey incoming(const QString& name, const QStringList& src, const QStringList& dst) {
    ForeignKey fk;
    if (!name.isEmpty())
        fk.name = name;
    fk.sourceColumns = src;
    fk.targetColumns = dst;
    return fk;
}

GraphEdge edge(const QString& name, const QString& source, const QString& target,
               const QStringList& src, const QStringList& dst) {
    GraphEdge e;
    if (!name.isEmpty())
        e.name = name;
    e.sourceUid = source;
    e.targetUid = target;
    e.sourceColumns = src;
    e.targetColumns = dst;
    return e;
}

GraphNode node(const QString& uid, const QString& identifier, const QString& table) {
    GraphNode n;
    n.uid = uid;
    n.identifier = identifier;
    n.physicalSchema = QStringLiteral("public");
    n.physicalTableName = table;
    return n;
}
} // namespace

class TestDiscoveryNavigation : public QObject {
    Q_OBJECT

private slots:
    void historyMovesLikeABrowser();
    void historyDropsForwardEntriesOnANewVisit();
    void historyIsBounded();
    void recentTablesAreNewestFirstPerProfile();
    void recentTablesMatchText();
    void incomingSourcesPreferTheServersUid();
    void incomingSourcesFromGraphByNameThenColumns();
    void incomingSourcesUnresolvedWithoutGraph();
    void tabRegistryAcceptsNewTabs();
    void shortcutOverlayListsEveryMenuShortcut();
    void onDeleteIsSpelledOut();

private:
    QTemporaryDir m_dir;
};

void TestDiscoveryNavigation::historyMovesLikeABrowser() {
    NavigationHistory h;
    QVERIFY(!h.canGoBack());
    h.visit({QStringLiteral("a"), QStringLiteral("overview")});
    h.visit({QStringLiteral("a"), QStringLiteral("overview")}); // same place: no new step
    h.visit({QStringLiteral("a"), QStringLiteral("columns")});
    h.visit({QStringLiteral("b"), QStringLiteral("overview")});
    QCOMPARE(h.size(), std::size_t(3));
    QVERIFY(h.canGoBack());
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), (NavigationHistory::Entry{QStringLiteral("a"), QStringLiteral("columns")}));
    QCOMPARE(h.back(), (NavigationHistory::Entry{QStringLiteral("a"), QStringLiteral("overview")}));
    QVERIFY(!h.canGoBack());
    QCOMPARE(h.back(), (NavigationHistory::Entry{QStringLiteral("a"), QStringLiteral("overview")}));
    QCOMPARE(h.forward(),
             (NavigationHistory::Entry{QStringLiteral("a"), QStringLiteral("columns")}));
    QCOMPARE(h.forward(),
             (NavigationHistory::Entry{QStringLiteral("b"), QStringLiteral("overview")}));
    QVERIFY(!h.canGoForward());
    h.visit({QString(), QStringLiteral("x")}); // a table not loaded yet is not a place
    QCOMPARE(h.size(), std::size_t(3));
}

void TestDiscoveryNavigation::historyDropsForwardEntriesOnANewVisit() {
    NavigationHistory h;
    h.visit({QStringLiteral("a"), QStringLiteral("t")});
    h.visit({QStringLiteral("b"), QStringLiteral("t")});
    h.visit({QStringLiteral("c"), QStringLiteral("t")});
    h.back();
    h.back();
    h.visit({QStringLiteral("d"), QStringLiteral("t")});
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.size(), std::size_t(2));
    QCOMPARE(h.back().uid, QStringLiteral("a"));
}

void TestDiscoveryNavigation::historyIsBounded() {
    NavigationHistory h(5);
    for (int i = 0; i < 12; ++i)
        h.visit({QString::number(i), QStringLiteral("t")});
    QCOMPARE(h.size(), std::size_t(5));
    QCOMPARE(h.current()->uid, QStringLiteral("11"));
    while (h.canGoBack())
        h.back();
    QCOMPARE(h.current()->uid, QStringLiteral("7"));
}

void TestDiscoveryNavigation::recentTablesAreNewestFirstPerProfile() {
    Settings settings(m_dir.filePath(QStringLiteral("recent.ini")));
    settings.setValue(QStringLiteral("history"), QStringLiteral("recentLimit"), 3);
    RecentTables recent(settings);
    recent.setProfile(QStringLiteral("p1"));
    for (int i = 0; i < 5; ++i)
        recent.add(
            {QStringLiteral("uid-%1").arg(i), QStringLiteral("t%1").arg(i), QString(), QString()});
    recent.add(
        {QStringLiteral("uid-3"), QStringLiteral("t3"), QString(), QString()}); // moves to the top
    recent.setProfile(QStringLiteral("p2"));
    recent.add({QStringLiteral("other"), QStringLiteral("o"), QString(), QString()});
    QCOMPARE(recent.entries().size(), std::size_t(1));
    recent.setProfile(QStringLiteral("p1"));
    const auto entries = recent.entries();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[0].uid, QStringLiteral("uid-3"));
    QCOMPARE(entries[1].uid, QStringLiteral("uid-4"));
    QCOMPARE(entries[2].uid, QStringLiteral("uid-2"));
}

void TestDiscoveryNavigation::recentTablesMatchText() {
    Settings settings(m_dir.filePath(QStringLiteral("match.ini")));
    RecentTables recent(settings);
    recent.setProfile(QStringLiteral("p"));
    recent.add({QStringLiteral("1"), QStringLiteral("crm.accounts"), QStringLiteral("crm.accounts"),
                QStringLiteral("crm")});
    recent.add({QStringLiteral("2"), QStringLiteral("finance.invoices"),
                QStringLiteral("fin.invoices"), QStringLiteral("finance")});
    QCOMPARE(recent.matching(QStringLiteral("ACC")).size(), std::size_t(1));
    QCOMPARE(recent.matching(QStringLiteral("fin")).front().uid, QStringLiteral("2"));
    QCOMPARE(recent.matching(QString()).size(), std::size_t(2));
    QVERIFY(recent.matching(QStringLiteral("nothing")).empty());
}

void TestDiscoveryNavigation::incomingSourcesPreferTheServersUid() {
    MetaTable t;
    t.uid = QStringLiteral("root");
    ForeignKey fk = incoming(QStringLiteral("orders_customer_fk"), {QStringLiteral("customer_uid")},
                             {QStringLiteral("uid")});
    fk.sourceTableUid = QStringLiteral("orders");
    t.incomingFks = {fk};
    SchemaGraph g;
    g.rootUid = QStringLiteral("root");
    g.nodes = {
        node(QStringLiteral("root"), QStringLiteral("crm.customers"), QStringLiteral("customers")),
        node(QStringLiteral("orders"), QStringLiteral("sales.orders"), QStringLiteral("orders"))};
    // A misleading edge with the same name from another table must not win over the uid.
    g.edges = {edge(QStringLiteral("orders_customer_fk"), QStringLiteral("decoy"),
                    QStringLiteral("root"), {QStringLiteral("customer_uid")},
                    {QStringLiteral("uid")})};
    auto out = resolveIncomingSources(t, &g);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].uid, QStringLiteral("orders"));
    QCOMPARE(out[0].title, QStringLiteral("sales.orders"));
    QCOMPARE(out[0].qualifiedName, QStringLiteral("public.orders"));
    out = resolveIncomingSources(t, nullptr);
    QCOMPARE(out[0].uid, QStringLiteral("orders")); // linkable even without the graph
    QVERIFY(out[0].title.isEmpty());
}

void TestDiscoveryNavigation::incomingSourcesFromGraphByNameThenColumns() {
    MetaTable t;
    t.uid = QStringLiteral("root");
    t.incomingFks = {
        incoming(QStringLiteral("b_fk"), {QStringLiteral("x")}, {QStringLiteral("uid")}),
        incoming(QString(), {QStringLiteral("owner")}, {QStringLiteral("uid")}),
        incoming(QString(), {QStringLiteral("owner")}, {QStringLiteral("uid")})};
    SchemaGraph g;
    g.rootUid = QStringLiteral("root");
    g.nodes = {node(QStringLiteral("root"), QStringLiteral("r"), QStringLiteral("r")),
               node(QStringLiteral("A"), QStringLiteral("ns.a"), QStringLiteral("a")),
               node(QStringLiteral("B"), QStringLiteral("ns.b"), QStringLiteral("b")),
               node(QStringLiteral("C"), QStringLiteral("ns.c"), QStringLiteral("c"))};
    g.edges = {edge(QString(), QStringLiteral("A"), QStringLiteral("root"),
                    {QStringLiteral("owner")}, {QStringLiteral("uid")}),
               edge(QStringLiteral("b_fk"), QStringLiteral("B"), QStringLiteral("root"),
                    {QStringLiteral("x")}, {QStringLiteral("uid")}),
               edge(QString(), QStringLiteral("C"), QStringLiteral("root"),
                    {QStringLiteral("owner")}, {QStringLiteral("uid")}),
               // An outgoing edge of the root is never a "referenced by" source.
               edge(QString(), QStringLiteral("root"), QStringLiteral("A"),
                    {QStringLiteral("owner")}, {QStringLiteral("uid")})};
    const auto out = resolveIncomingSources(t, &g);
    QCOMPARE(out.size(), std::size_t(3));
    QCOMPARE(out[0].uid, QStringLiteral("B"));
    QCOMPARE(out[1].uid, QStringLiteral("A")); // same columns: each edge used once, in order
    QCOMPARE(out[2].uid, QStringLiteral("C"));
    QCOMPARE(out[2].title, QStringLiteral("ns.c"));
}

void TestDiscoveryNavigation::incomingSourcesUnresolvedWithoutGraph() {
    MetaTable t;
    t.uid = QStringLiteral("root");
    t.incomingFks = {incoming(QStringLiteral("x"), {QStringLiteral("a")}, {QStringLiteral("b")})};
    const auto out = resolveIncomingSources(t, nullptr);
    QCOMPARE(out.size(), std::size_t(1));
    QVERIFY(out[0].uid.isEmpty());
}

void TestDiscoveryNavigation::tabRegistryAcceptsNewTabs() {
    const QStringList builtin{QStringLiteral("overview"),      QStringLiteral("columns"),
                              QStringLiteral("indexes"),       QStringLiteral("foreign-keys"),
                              QStringLiteral("referenced-by"), QStringLiteral("raw")};
    QCOMPARE(TableDocument::tabIds().mid(0, 6), builtin);
    TableDocument::registerTab(QStringLiteral("extra"), QStringLiteral("Extra"),
                               QStringLiteral("info"),
                               [](QWidget*) -> TableTab* { return nullptr; });
    QCOMPARE(TableDocument::tabIds().last(), QStringLiteral("extra"));
    const int n = TableDocument::tabIds().size();
    TableDocument::registerTab(QStringLiteral("extra"), QStringLiteral("Extra 2"),
                               QStringLiteral("info"),
                               [](QWidget*) -> TableTab* { return nullptr; });
    QCOMPARE(TableDocument::tabIds().size(), n); // replaced, not added
    QCOMPARE(TableDocument::registeredTabs().back().title, QStringLiteral("Extra 2"));
}

void TestDiscoveryNavigation::shortcutOverlayListsEveryMenuShortcut() {
    QMainWindow window;
    AppActions actions;
    actions.create(&window);
    const auto entries = ShortcutOverlay::collect(window.menuBar());
    QStringList listed;
    for (const auto& e : entries)
        for (const QKeySequence& k : e.keys)
            listed << k.toString();
    // Every action of the window that has a shortcut appears, with all its keys.
    for (QAction* a : window.actions()) {
        for (const QKeySequence& k : a->shortcuts())
            QVERIFY2(listed.contains(k.toString()),
                     qPrintable(a->text() + QStringLiteral(": ") + k.toString()));
    }
    for (const char* key : {"Ctrl+K", "Ctrl+L", "Alt+Left", "Alt+Right", "F5", "F1", "?"})
        QVERIFY2(listed.contains(QString::fromLatin1(key)), key);
    bool sawQuickOpen = false;
    for (const auto& e : entries)
        if (e.text == QStringLiteral("Quick Open") && e.section == QStringLiteral("Go"))
            sawQuickOpen = true;
    QVERIFY(sawQuickOpen);
}

void TestDiscoveryNavigation::onDeleteIsSpelledOut() {
    QCOMPARE(onDeleteText(std::nullopt), QStringLiteral("NO ACTION"));
    QCOMPARE(onDeleteText(QStringLiteral("cascade")), QStringLiteral("CASCADE"));
    QCOMPARE(onDeleteText(QStringLiteral("set_null")), QStringLiteral("SET NULL"));
}

QTEST_MAIN(TestDiscoveryNavigation)
#include "tst_discovery_navigation.moc"
