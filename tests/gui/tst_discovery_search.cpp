// The catalog panel, quick open and history against the refserver: what the list shows is
// what the server says, filters and modes send the right requests, Ctrl+K jumps, Alt+Left /
// Alt+Right walk back and forth, and the UI thread never stalls.
#include "tst_discovery_live.h"

#include "ui/DocumentArea.h"
#include "ui/StateView.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/nav/QuickOpen.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRegularExpression>

#include <algorithm>

using namespace cc;
using namespace cc::ui;
using discovery::fetchJson;
using discovery::str;

namespace {
const QString kV1 = QStringLiteral("/api/v1/meta-tables/");

bool waitQuery(discovery::Window& w, const std::function<bool(const CatalogQuery&)>& matches) {
    return QTest::qWaitFor(
        [&] {
            const CatalogModel* m = w.catalog()->model();
            return matches(m->query()) && !m->isFetching() &&
                   (m->state() == CatalogModel::State::Loaded ||
                    m->state() == CatalogModel::State::Empty);
        },
        20000);
}

// Loads every page the list can show.
bool loadAll(discovery::Window& w) {
    CatalogModel* m = w.catalog()->model();
    while (m->canFetchMore(QModelIndex())) {
        m->fetchMore(QModelIndex());
        if (!QTest::qWaitFor([&] { return !m->isFetching(); }, 20000))
            return false;
    }
    return m->state() == CatalogModel::State::Loaded;
}

// Measures how late a 10 ms timer fires on the UI thread.
class LagProbe : public QObject {
public:
    LagProbe() {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            if (m_last >= 0)
                m_lags.push_back(now - m_last - 10);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 max() const {
        return m_lags.empty() ? 0 : *std::max_element(m_lags.begin(), m_lags.end());
    }
    qint64 percentile(double p) const {
        if (m_lags.empty())
            return 0;
        std::vector<qint64> s = m_lags;
        std::sort(s.begin(), s.end());
        return s[std::min(s.size() - 1, std::size_t(p * double(s.size())))];
    }
    std::size_t samples() const { return m_lags.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<qint64> m_lags;
};
} // namespace

class TestDiscoverySearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogListsWhatTheServerHas();
    void namespaceFilterMatchesTheServer();
    void managementModeAndLabelFilters();
    void descriptionAndColumnModes();
    void quickOpenJumpsToATable();
    void backAndForwardAcrossTablesAndTabs();
    void uiThreadNeverBlocks();

private:
    discovery::Fixture m_fx;
};

void TestDiscoverySearch::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

void TestDiscoverySearch::catalogListsWhatTheServerHas() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    const Json first = fetchJson(m_fx.url, kV1 + QStringLiteral("?limit=50&offset=0"), m_fx.token);
    QVERIFY(first.is_object());
    const qint64 total = first["count"].get<qint64>();
    QVERIFY2(total >= 40, "the demo catalog has at least 40 tables");
    QCOMPARE(w.catalog()->model()->totalCount().value_or(-1), total);
    QCOMPARE(w.catalog()->resultCountText(), QStringLiteral("%1 tables").arg(total));
    QVERIFY(loadAll(w));
    QCOMPARE(qint64(w.catalog()->model()->rowCount()), total);
    // Same order as the server's pages.
    for (std::size_t i = 0; i < first["results"].size(); ++i)
        QCOMPARE(w.catalog()->model()->table(int(i)).uid, str(first["results"][i], "uid"));
    QSet<QString> uids;
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        uids << w.catalog()->model()->table(i).uid;
    QCOMPARE(qint64(uids.size()), total); // no row twice
}

void TestDiscoverySearch::namespaceFilterMatchesTheServer() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QVERIFY(QTest::qWaitFor([&] { return w.catalog()->namespacesLoaded(); }, 20000));
    const Json namespaces = fetchJson(m_fx.url, kV1 + QStringLiteral("namespaces/"), m_fx.token);
    QVERIFY(namespaces.is_array() || namespaces.is_object());
    const Json list = namespaces.is_array() ? namespaces : namespaces["results"];
    QVERIFY(list.size() >= 4);
    QCOMPARE(w.catalog()->namespaceCombo()->count(), int(list.size()) + 1);

    w.catalog()->setNamespaceFilter(QStringLiteral("crm"));
    // The option's `filters` go out as given (the refserver sends {"namespace": "crm"}).
    QVERIFY(waitQuery(w, [](const CatalogQuery& q) {
        auto it = q.extraFilters.find(QStringLiteral("namespace"));
        return q.namespaces == QStringList{QStringLiteral("crm")} ||
               (it != q.extraFilters.end() && it->second == QStringLiteral("crm"));
    }));
    QVERIFY(loadAll(w));
    const Json expected =
        fetchJson(m_fx.url, kV1 + QStringLiteral("?namespace=crm&limit=500"), m_fx.token);
    QCOMPARE(qint64(w.catalog()->model()->rowCount()), expected["count"].get<qint64>());
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        QCOMPARE(w.catalog()->model()->table(i).namespaceName.value_or(QString()),
                 QStringLiteral("crm"));
    // The combo shows the server's table count next to the name.
    QVERIFY(w.catalog()->namespaceCombo()->currentText().contains(
        QStringLiteral("(%1)").arg(expected["count"].get<qint64>())));

    w.catalog()->setSearchText(QStringLiteral("zzzz-nothing"));
    QVERIFY(waitQuery(
        w, [](const CatalogQuery& q) { return q.text == QStringLiteral("zzzz-nothing"); }));
    QCOMPARE(w.catalog()->model()->state(), CatalogModel::State::Empty);
    QCOMPARE(w.catalog()->stateView()->title(),
             QStringLiteral("No tables match “zzzz-nothing” in namespace crm."));
}

void TestDiscoverySearch::managementModeAndLabelFilters() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    w.catalog()->setManagementModeFilter(QStringLiteral("platform_managed"));
    QVERIFY(waitQuery(w, [](const CatalogQuery& q) {
        return q.managementMode == QStringLiteral("platform_managed");
    }));
    QVERIFY(loadAll(w));
    const Json managed = fetchJson(
        m_fx.url, kV1 + QStringLiteral("?management_mode=platform_managed&limit=1"), m_fx.token);
    QCOMPARE(qint64(w.catalog()->model()->rowCount()), managed["count"].get<qint64>());
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        QVERIFY(w.catalog()->model()->table(i).isPlatformManaged());

    w.catalog()->setManagementModeFilter(QString());
    w.catalog()->setLabelFilter({QStringLiteral("pii")});
    QVERIFY(waitQuery(
        w, [](const CatalogQuery& q) { return q.labels == QStringList{QStringLiteral("pii")}; }));
    QVERIFY(loadAll(w));
    QVERIFY(w.catalog()->model()->rowCount() > 0);
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        QVERIFY(w.catalog()->model()->table(i).labels.contains(QStringLiteral("pii")));
}

void TestDiscoverySearch::descriptionAndColumnModes() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QStringList paths;
    connect(w.window->session(), &ConnectionSession::requestFinished, this,
            [&](const QString&, const QUrl& url, int, qint64) { paths << url.path(); });

    // A column every instrument row has, looked up by column name.
    const Json instruments =
        fetchJson(m_fx.url, kV1 + QStringLiteral("?identifier=markets.instruments"), m_fx.token);
    const Json table = instruments["results"][0];
    QString column;
    for (const auto& c : table["columns"])
        if (!c.value("primary_key", false))
            column = str(c, "name");
    QVERIFY(!column.isEmpty());
    w.catalog()->setMode(CatalogQuery::Mode::Column);
    w.catalog()->setSearchText(column);
    QVERIFY(waitQuery(w, [&](const CatalogQuery& q) {
        return q.mode == CatalogQuery::Mode::Column && q.text == column;
    }));
    QVERIFY(paths.contains(kV1 + QStringLiteral("column-search/")));
    bool found = false;
    for (int i = 0; i < w.catalog()->model()->rowCount(); ++i)
        found = found || w.catalog()->model()->table(i).uid == str(table, "uid");
    QVERIFY2(found, qPrintable(column));

    // A word of a description, by description search.
    const QString description = str(table, "description");
    QVERIFY(!description.isEmpty());
    QString word;
    for (const QString& candidate : description.split(QLatin1Char(' ')))
        if (candidate.size() > word.size())
            word = candidate;
    word.remove(QRegularExpression(QStringLiteral("[^A-Za-z]")));
    w.catalog()->setMode(CatalogQuery::Mode::Description);
    w.catalog()->setSearchText(word);
    QVERIFY(waitQuery(w, [&](const CatalogQuery& q) {
        return q.mode == CatalogQuery::Mode::Description && q.text == word;
    }));
    QVERIFY(paths.contains(kV1 + QStringLiteral("description-search/")));
    QVERIFY2(w.catalog()->model()->rowCount() > 0, qPrintable(word));
}

void TestDiscoverySearch::quickOpenJumpsToATable() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.waitCatalog());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier);
    QuickOpen* quick = w.window->quickOpen();
    QVERIFY(quick->isVisible());
    QSignalSpy updated(quick, &QuickOpen::resultsUpdated);
    QTest::keyClicks(quick->input(), QStringLiteral("clients"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return quick->input()->text() == QStringLiteral("clients") && !quick->isSearching() &&
                   !updated.isEmpty();
        },
        20000));
    const Json expected =
        fetchJson(m_fx.url, kV1 + QStringLiteral("?identifier=crm.clients"), m_fx.token);
    const QString uid = str(expected["results"][0], "uid");
    QVERIFY(quick->resultUids().contains(uid));
    while (quick->list()->currentItem()->data(Qt::UserRole).toString() != uid)
        QTest::keyClick(quick->input(), Qt::Key_Down);
    QTest::keyClick(quick->input(), Qt::Key_Return);
    QVERIFY(!quick->isVisible());
    TableDocument* doc = w.window->documents()->current();
    QVERIFY(doc && discovery::waitReady(doc));
    QCOMPARE(doc->uid(), uid);
    // Next time it is listed first, as a recent table, before any server answer.
    QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(quick->isVisible());
    QCOMPARE(quick->resultUids().value(0), uid);
    QTest::keyClick(quick->input(), Qt::Key_Escape);
    QVERIFY(!quick->isVisible());
}

void TestDiscoverySearch::backAndForwardAcrossTablesAndTabs() {
    discovery::Window w(m_fx.url, m_fx.token);
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    TableDocument* a = w.openAndWait(QStringLiteral("markets.instruments"));
    QVERIFY(a);
    a->showTab(QStringLiteral("columns"));
    TableDocument* b = w.openAndWait(QStringLiteral("crm.clients"));
    QVERIFY(b);
    b->showTab(QStringLiteral("indexes"));
    auto where = [&] {
        TableDocument* d = w.window->documents()->current();
        return d ? d->title() + QLatin1Char('/') + d->currentTabId() : QString();
    };
    QCOMPARE(where(), QStringLiteral("crm.clients/indexes"));
    auto key = [&](Qt::Key k) { QTest::keyClick(w.window.get(), k, Qt::AltModifier); };
    key(Qt::Key_Left);
    QCOMPARE(where(), QStringLiteral("crm.clients/overview"));
    key(Qt::Key_Left);
    QCOMPARE(where(), QStringLiteral("markets.instruments/columns"));
    key(Qt::Key_Left);
    QCOMPARE(where(), QStringLiteral("markets.instruments/overview"));
    QVERIFY(!w.window->actions().back->isEnabled());
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    QCOMPARE(where(), QStringLiteral("crm.clients/overview"));
    // Going back into a closed table opens it again.
    w.window->documents()->setCurrent(a);
    w.window->documents()->closeCurrent();
    QCOMPARE(w.window->documents()->count(), 1);
    key(Qt::Key_Left);
    QCOMPARE(w.window->documents()->count(), 2);
    QVERIFY(discovery::waitReady(w.window->documents()->current()));
    QCOMPARE(where(), QStringLiteral("markets.instruments/columns"));
}

void TestDiscoverySearch::uiThreadNeverBlocks() {
    discovery::Window w(m_fx.url, m_fx.token);
    LagProbe probe;
    QVERIFY(w.waitCatalog());
    w.catalog()->focusSearch();
    for (const QString& text :
         {QStringLiteral("mar"), QStringLiteral("markets"), QStringLiteral("trade")}) {
        w.catalog()->searchEdit()->clear();
        QTest::keyClicks(w.catalog()->searchEdit(), text, Qt::NoModifier, 20);
        QVERIFY(waitQuery(w, [&](const CatalogQuery& q) { return q.text == text; }));
    }
    for (const QString& target :
         {QStringLiteral("markets.trades"), QStringLiteral("markets.instruments")}) {
        TableDocument* doc = w.openAndWait(target);
        QVERIFY(doc);
        for (const QString& tab : TableDocument::tabIds()) {
            doc->showTab(tab);
            QVERIFY(discovery::waitReady(doc));
        }
    }
    const qint64 worst = probe.max();
    qInfo("UI-thread lag over %zu samples: p50 %lld ms, p99 %lld ms, max %lld ms", probe.samples(),
          probe.percentile(0.5), probe.percentile(0.99), worst);
    // The machine is shared; only a stall of many seconds (a blocking call) is a finding.
    QVERIFY2(worst < 5000, qPrintable(QStringLiteral("max lag %1 ms").arg(worst)));
}

QTEST_MAIN(TestDiscoverySearch)
#include "tst_discovery_search.moc"
