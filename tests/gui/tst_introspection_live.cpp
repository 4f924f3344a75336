// The introspection tab against the refserver: the stored snapshot in its grids with its
// time, the seeded drift of crm.contacts breaking-first, a table that was never introspected
// and cannot be, the capability and permission refusals explained, and "Introspect now"
// replacing the view with the new snapshot.
#include "tst_contract_live.h"

#include "core/codec/IntrospectionCodec.h"
#include "ui/contract/ContractDiffView.h"
#include "ui/contract/SectionSwitcher.h"
#include "ui/introspection/RelativeTime.h"
#include "ui/introspection/SnapshotView.h"
#include "ui/table/CellTableModel.h"

#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kDrifted = QStringLiteral("crm.contacts");
const QString kNoIntrospection = QStringLiteral("archive.revenue_monthly");
const QString kPlain = QStringLiteral("reference.currencies");

QStringList subjects(const ContractDiff& diff) {
    QStringList out;
    for (const ContractChange& c : diff.changes())
        out << c.subject;
    return out;
}
} // namespace

class TestIntrospectionLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storedSnapshotShown();
    void driftOfTheSeededTable();
    void neverIntrospectedExplained();
    void capabilityRefusalExplained();
    void viewerPermissionRefusalExplained();
    void introspectNowUpdatesTheView();

private:
    discovery::Fixture m_fx;
    QString m_editorToken;
};

void TestIntrospectionLive::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    m_editorToken = contract::fixtureValue("TOKEN_EDITOR");
    QVERIFY(!m_editorToken.isEmpty());
}

void TestIntrospectionLive::storedSnapshotShown() {
    contract::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.open(kDrifted, QStringLiteral("introspection"));
    QVERIFY(doc && doc->isReady());
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    QVERIFY(!tab->showsNeverIntrospected());
    // Compared with the detail as the server sends it, outside of cc_net.
    const Json detail = discovery::fetchJson(
        m_fx.url, QStringLiteral("/orm/api/ts_manager/meta_table/%1/").arg(doc->uid()), m_fx.token);
    const Json& stored = detail["introspection_snapshot"];
    QVERIFY(stored.is_object());
    SnapshotView* view = tab->snapshotView();
    QCOMPARE(view->model(SnapshotView::Columns)->rowCount(), int(stored["columns"].size()));
    QCOMPARE(view->model(SnapshotView::Indexes)->rowCount(), int(stored["indexes"].size()));
    QCOMPARE(view->model(SnapshotView::Constraints)->rowCount(), int(stored["constraints"].size()));
    QCOMPARE(view->model(SnapshotView::ForeignKeys)->rowCount(),
             int(stored["foreign_keys"].size()));
    QVERIFY(view->model(SnapshotView::ForeignKeys)->rowCount() >= 1); // contacts → companies
    for (int row = 0; row < int(stored["columns"].size()); ++row)
        QCOMPARE(view->model(SnapshotView::Columns)->cell(row, 1)->text,
                 QString::fromStdString(stored["columns"][size_t(row)]["name"].get<std::string>()));
    // "… ago" with the exact time in the tooltip.
    const QDateTime at =
        parseTimestamp(QString::fromStdString(stored["introspected_at"].get<std::string>()));
    QVERIFY(at.isValid());
    QVERIFY2(tab->timeText().contains(QStringLiteral("introspected")), qPrintable(tab->timeText()));
    QVERIFY(tab->timeText().contains(relativeTime(at, QDateTime::currentDateTimeUtc())));
    QVERIFY(
        tab->timeToolTip().contains(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QVERIFY(tab->introspectButton()->isEnabled());
}

void TestIntrospectionLive::driftOfTheSeededTable() {
    contract::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.open(kDrifted, QStringLiteral("introspection"));
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    tab->showSection(IntrospectionTab::Drift);
    QCOMPARE(tab->currentSection(), IntrospectionTab::Drift);
    const ContractDiff& drift = tab->drift();
    QVERIFY(drift.hasBreaking());
    QVERIFY(subjects(drift).contains(QStringLiteral("email")));
    QVERIFY(subjects(drift).contains(QStringLiteral("preferred_channel")));
    ContractChangeModel* model = tab->driftView()->model();
    QCOMPARE(model->rowCount(), int(drift.changes().size()));
    QCOMPARE(model->change(0)->severity, ContractChange::Severity::Breaking);
    QCOMPARE(model->change(0)->subject, QStringLiteral("email"));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(int(model->change(row - 1)->severity) <= int(model->change(row)->severity));
    QVERIFY(!model->index(0, ContractChangeModel::Reason).data().toString().isEmpty());
    QVERIFY(tab->sections()
                ->button(IntrospectionTab::Drift)
                ->text()
                .contains(QStringLiteral("1 breaking")));
    // The same diff the CLI and the core compute from the same detail.
    const ContractDiff expected = ContractDiff::compare(
        doc->snapshot()->table.tableContract, doc->snapshot()->table.introspectionSnapshot);
    QCOMPARE(drift.changes(), expected.changes());
    QCOMPARE(tab->driftView()->notesText(), expected.notes().join(QLatin1Char('\n')));
}

void TestIntrospectionLive::neverIntrospectedExplained() {
    contract::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.open(kNoIntrospection, QStringLiteral("introspection"));
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    QVERIFY(tab->introspection().isEmpty());
    QVERIFY(tab->showsNeverIntrospected());
    QCOMPARE(tab->timeText(), QStringLiteral("Never introspected"));
    // The data source says it cannot: the action is greyed out and the notice says why.
    QVERIFY(!tab->introspectButton()->isEnabled());
    QVERIFY2(tab->noticeText().contains(QStringLiteral("does not support table introspection")),
             qPrintable(tab->noticeText()));
    QVERIFY(tab->noticeText().contains(QStringLiteral("legacy-warehouse")));
    QVERIFY(tab->introspectButton()->toolTip().contains(
        QStringLiteral("supports_table_introspection")));
}

void TestIntrospectionLive::capabilityRefusalExplained() {
    // A server that does not advertise capabilities would let the click through: the
    // backend's refusal must read as well.
    contract::Window w(m_fx.url, m_editorToken);
    TableDocument* doc = w.open(kNoIntrospection, QStringLiteral("introspection"));
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    QSignalSpy finished(tab, &IntrospectionTab::introspectionFinished);
    QVERIFY(tab->introspectNow());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(tab->lastAttemptFailed());
    QCOMPARE(tab->lastError().body.code, QStringLiteral("capability_not_supported"));
    const QString notice = tab->noticeText();
    QVERIFY2(notice.contains(QStringLiteral("cannot introspect tables")), qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("supports_table_introspection")));
    QVERIFY(notice.contains(QStringLiteral("Ask an administrator")));
    QVERIFY(tab->showsNeverIntrospected()); // nothing replaced
}

void TestIntrospectionLive::viewerPermissionRefusalExplained() {
    contract::Window w(m_fx.url, m_fx.token); // the viewer token
    TableDocument* doc = w.open(kPlain, QStringLiteral("introspection"));
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    const IntrospectionSnapshot before = tab->introspection();
    QVERIFY(!before.isEmpty());
    QVERIFY(tab->introspectButton()->isEnabled());
    QSignalSpy finished(tab, &IntrospectionTab::introspectionFinished);
    QTest::mouseClick(tab->introspectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(tab->lastError().httpStatus, 403);
    const QString notice = tab->noticeText();
    QVERIFY2(notice.contains(QStringLiteral("Your token may not introspect this table")),
             qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("editor")));
    QCOMPARE(tab->introspection(), before); // the stored snapshot stays
    QVERIFY(tab->introspectButton()->isEnabled());
}

void TestIntrospectionLive::introspectNowUpdatesTheView() {
    contract::Window w(m_fx.url, m_editorToken);
    TableDocument* doc = w.open(kDrifted, QStringLiteral("introspection"));
    auto* tab = contract::tabOf<IntrospectionTab>(doc, "introspection");
    QVERIFY(tab);
    const QString before = tab->introspection().introspectedAt.value_or(QString());
    QVERIFY(!before.isEmpty());
    // Snapshots carry whole seconds: let the clock pass the stored one.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return QDateTime::currentDateTimeUtc().toString(
                       QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) > before;
        },
        3000));
    QSignalSpy finished(tab, &IntrospectionTab::introspectionFinished);
    QTest::mouseClick(tab->introspectButton(), Qt::LeftButton);
    QVERIFY(tab->isIntrospecting());
    QVERIFY(!tab->introspectButton()->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString after = tab->introspection().introspectedAt.value_or(QString());
    QVERIFY2(after > before, qPrintable(before + QStringLiteral(" → ") + after));
    QVERIFY2(tab->timeText().contains(QStringLiteral("just now")), qPrintable(tab->timeText()));
    QVERIFY(tab->noticeText().startsWith(QStringLiteral("Introspected just now")));
    QVERIFY(tab->noticeText().contains(QStringLiteral("drifted")));
    QVERIFY(tab->introspectButton()->isEnabled());
    // The grids show the new snapshot, which the server stored on the table.
    const Json detail = discovery::fetchJson(
        m_fx.url, QStringLiteral("/orm/api/ts_manager/meta_table/%1/").arg(doc->uid()), m_fx.token);
    const auto stored = decodeIntrospectionSnapshot(detail["introspection_snapshot"]);
    QVERIFY(stored);
    QCOMPARE(stored.value().introspectedAt, tab->introspection().introspectedAt);
    QCOMPARE(tab->snapshotView()->model(SnapshotView::Columns)->rowCount(),
             int(stored.value().columns.size()));
    QVERIFY(tab->drift().hasBreaking());
}

QTEST_MAIN(TestIntrospectionLive)
#include "tst_introspection_live.moc"
