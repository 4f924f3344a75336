// The Dependents tab's pieces that need no server: reading the server's dry-run answer,
// holding it against the analysis, the verdict sentences, and the tree of dependents.
#include "ui/explore/DependentDetails.h"
#include "ui/explore/DependentsModel.h"
#include "ui/explore/DryRunAnswer.h"
#include "ui/explore/DryRunPanel.h"
#include "ui/explore/ImpactBanner.h"

#include <QPushButton>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

namespace {

const QString kRoot = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kA = QStringLiteral("00000000-0000-4000-8000-00000000000a"); // restrict -> root
const QString kB = QStringLiteral("00000000-0000-4000-8000-00000000000b"); // cascade -> root
const QString kC = QStringLiteral("00000000-0000-4000-8000-00000000000c"); // cascade -> B
const QString kD = QStringLiteral("00000000-0000-4000-8000-00000000000d"); // set null -> C

GraphNode node(const QString& uid, const QString& name, bool isProtected, const char* mode) {
    GraphNode n;
    n.uid = uid;
    n.identifier = name;
    n.namespaceName = QStringLiteral("demo");
    n.protectFromDeletion = isProtected;
    n.managementMode = QString::fromLatin1(mode);
    GraphColumn id;
    id.name = QStringLiteral("id");
    id.primaryKey = true;
    id.nullable = false;
    GraphColumn ref;
    ref.name = QStringLiteral("ref_id");
    ref.nullable = true;
    n.columns = {id, ref};
    return n;
}

GraphEdge edge(const QString& name, const QString& source, const QString& target,
               const char* onDelete) {
    GraphEdge e;
    e.name = name;
    e.sourceUid = source;
    e.targetUid = target;
    e.sourceColumns = {QStringLiteral("ref_id")};
    e.targetColumns = {QStringLiteral("id")};
    e.onDelete = QString::fromLatin1(onDelete);
    return e;
}

// root <- A (restrict), root <- B (cascade) <- C (cascade, protected) <- D (set null).
SchemaGraph sampleGraph() {
    SchemaGraph g;
    g.rootUid = kRoot;
    g.depth = 5;
    g.includeIncoming = true;
    g.maxDepth = 5;
    g.truncated = false;
    g.nodes = {node(kRoot, QStringLiteral("orders"), false, "external"),
               node(kA, QStringLiteral("invoices"), false, "external"),
               node(kB, QStringLiteral("lines"), false, "platform_managed"),
               node(kC, QStringLiteral("line_notes"), true, "external"),
               node(kD, QStringLiteral("note_tags"), false, "external")};
    g.edges = {edge(QStringLiteral("invoices_order_fk"), kA, kRoot, "restrict"),
               edge(QStringLiteral("lines_order_fk"), kB, kRoot, "cascade"),
               edge(QStringLiteral("notes_line_fk"), kC, kB, "cascade"),
               edge(QStringLiteral("tags_note_fk"), kD, kC, "set null")};
    return g;
}

ApiResult<Json> httpError(int status, const Json& body) {
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.message = QStringLiteral("HTTP %1").arg(status);
    e.body.details = body;
    if (body.is_object()) {
        if (body.contains("detail"))
            e.body.message = QString::fromStdString(body["detail"].get<std::string>());
        if (body.contains("error"))
            e.body.code = QString::fromStdString(body["error"]["code"].get<std::string>());
    }
    return ApiResult<Json>(e);
}

Json blockingEdge(const QString& source, const char* name) {
    return {{"name", name},
            {"source_uid", source.toStdString()},
            {"target_uid", kRoot.toStdString()},
            {"source_columns", {"ref_id"}},
            {"target_columns", {"id"}},
            {"on_delete", "restrict"}};
}

Json refusalBody(const Json& edges) {
    return {{"detail", "MetaTable 'demo.orders' is referenced by foreign keys."},
            {"error", {{"code", "incoming_foreign_keys"}}},
            {"blocking_edges", edges}};
}

} // namespace

class TestDependentsLogic : public QObject {
    Q_OBJECT

private slots:
    void analysisOfTheSample();
    void allowedAnswerIsRead();
    void refusalNamesBlockingEdges();
    void permissionAndFailuresAreToldApart();
    void agreementWhenBothRefuseForTheSameKeys();
    void disagreementOnTheVerdict();
    void disagreementOnTheKeys();
    void onlyServersWithTheExtensionAreAsked();
    void bannerSaysTheVerdictFirst();
    void bannerForAnUnreferencedTable();
    void treeFollowsShortestPaths();
    void treeMarksBlockersProtectedAndDrops();
    void detailsExplainADependent();
    void panelShowsAgreement();
};

void TestDependentsLogic::analysisOfTheSample() {
    // The assumptions the other cases rest on.
    const DeletionImpact impact = DeletionImpact::analyze(sampleGraph());
    QVERIFY(!impact.strictDeleteAllowed());
    QCOMPARE(impact.blockingReferences.size(), size_t(2));
    QCOMPARE(impact.dependents.size(), size_t(4));
    QCOMPARE(impact.rowDelete, DeletionImpact::RowVerdict::Blocked);
    QVERIFY(!impact.possiblyIncomplete);
}

void TestDependentsLogic::allowedAnswerIsRead() {
    const Json body = {
        {"ok", true},
        {"dry_run", true},
        {"deleted_meta_tables", {{{"uid", kRoot.toStdString()}, {"identifier", "orders"}}}},
        {"dropped_physical_tables", Json::array()}};
    const DryRunAnswer a = DryRunAnswer::fromResult(ApiResult<Json>(body, 200, QByteArray()));
    QCOMPARE(a.outcome, DryRunAnswer::Outcome::Allowed);
    QCOMPARE(a.deletedUids, QStringList{kRoot});
    QVERIFY(a.isSettled());
    QVERIFY(a.hasVerdict());
}

void TestDependentsLogic::refusalNamesBlockingEdges() {
    const DryRunAnswer a =
        DryRunAnswer::fromResult(httpError(409, refusalBody({blockingEdge(kA, "invoices_order_fk"),
                                                             blockingEdge(kB, "lines_order_fk")})));
    QCOMPARE(a.outcome, DryRunAnswer::Outcome::Refused);
    QCOMPARE(a.httpStatus, 409);
    QCOMPARE(a.code, QStringLiteral("incoming_foreign_keys"));
    QCOMPARE(a.blockingEdges.size(), size_t(2));
    QCOMPARE(a.blockingEdges[0].sourceUid, kA);
    QCOMPARE(a.blockingEdges[0].name, QStringLiteral("invoices_order_fk"));
    QCOMPARE(a.blockingEdges[1].sourceColumns, QStringList{QStringLiteral("ref_id")});
    QVERIFY(a.message.contains(QStringLiteral("referenced")));

    const DeletionImpact impact = DeletionImpact::analyze(sampleGraph());
    const QString sentence = dryRunSentence(a, impact);
    QVERIFY2(sentence.contains(QStringLiteral("409 incoming_foreign_keys")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("demo.invoices via invoices_order_fk")),
             qPrintable(sentence));
}

void TestDependentsLogic::permissionAndFailuresAreToldApart() {
    QCOMPARE(DryRunAnswer::fromResult(httpError(403, Json::object())).outcome,
             DryRunAnswer::Outcome::NotPermitted);
    QCOMPARE(DryRunAnswer::fromResult(httpError(401, Json::object())).outcome,
             DryRunAnswer::Outcome::NotPermitted);
    const DryRunAnswer failed = DryRunAnswer::fromResult(httpError(500, Json::object()));
    QCOMPARE(failed.outcome, DryRunAnswer::Outcome::Failed);
    QVERIFY(failed.isSettled());
    QVERIFY(!failed.hasVerdict());
    // No verdict: nothing to compare.
    const DryRunComparison c = compareWithAnalysis(failed, DeletionImpact::analyze(sampleGraph()));
    QVERIFY(!c.comparable);
    QVERIFY(!c.agrees);
}

void TestDependentsLogic::agreementWhenBothRefuseForTheSameKeys() {
    // Names may be missing on the server's side: the same source and columns are the same key.
    const DryRunAnswer a = DryRunAnswer::fromResult(
        httpError(409, refusalBody({blockingEdge(kB, ""), blockingEdge(kA, "invoices_order_fk")})));
    const DryRunComparison c = compareWithAnalysis(a, DeletionImpact::analyze(sampleGraph()));
    QVERIFY(c.comparable);
    QVERIFY2(c.agrees, qPrintable(c.differences.join(QLatin1Char('\n'))));
    QVERIFY(c.differences.isEmpty());
}

void TestDependentsLogic::disagreementOnTheVerdict() {
    const Json body = {{"ok", true}, {"dry_run", true}, {"deleted_meta_tables", Json::array()}};
    const DryRunAnswer a = DryRunAnswer::fromResult(ApiResult<Json>(body, 200, QByteArray()));
    const DryRunComparison c = compareWithAnalysis(a, DeletionImpact::analyze(sampleGraph()));
    QVERIFY(c.comparable);
    QVERIFY(!c.agrees);
    QCOMPARE(c.differences.size(), 1);
    QVERIFY(c.differences.first().contains(QStringLiteral("allow")));
}

void TestDependentsLogic::disagreementOnTheKeys() {
    const QString stranger = QStringLiteral("00000000-0000-4000-8000-0000000000ee");
    const DryRunAnswer a = DryRunAnswer::fromResult(httpError(
        409, refusalBody({blockingEdge(kA, "invoices_order_fk"), blockingEdge(stranger, "x_fk")})));
    const DryRunComparison c = compareWithAnalysis(a, DeletionImpact::analyze(sampleGraph()));
    QVERIFY(c.comparable);
    QVERIFY(!c.agrees);
    const QString all = c.differences.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Only the server names")) && all.contains(stranger),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Only the analysis names demo.lines via lines_order_fk")),
             qPrintable(all));
}

void TestDependentsLogic::onlyServersWithTheExtensionAreAsked() {
    SchemaGraph g = sampleGraph();
    QVERIFY(serverOffersDryRun(g));
    g.maxDepth.reset();
    QVERIFY(!serverOffersDryRun(g));
}

void TestDependentsLogic::bannerSaysTheVerdictFirst() {
    ImpactBanner banner;
    banner.setImpact(DeletionImpact::analyze(sampleGraph()));
    QCOMPARE(banner.tone(), theme::Tone::Danger);
    QCOMPARE(banner.headline(),
             QStringLiteral("Deleting demo.orders is refused: 2 tables reference it "
                            "(demo.invoices, demo.lines)."));
    QVERIFY2(banner.rowLine().startsWith(QStringLiteral("Deleting its rows is blocked")),
             qPrintable(banner.rowLine()));
    QVERIFY(banner.rowLine().contains(QStringLiteral("demo.invoices")));
    QVERIFY2(banner.cascadeLine().contains(QStringLiteral("remove 4 tables: 1 protected, 1 "
                                                          "physical table dropped")),
             qPrintable(banner.cascadeLine()));
}

void TestDependentsLogic::bannerForAnUnreferencedTable() {
    SchemaGraph g = sampleGraph();
    g.rootUid = kD; // nothing references note_tags
    ImpactBanner banner;
    banner.setImpact(DeletionImpact::analyze(g));
    QCOMPARE(banner.tone(), theme::Tone::Success);
    QCOMPARE(banner.headline(),
             QStringLiteral("Deleting demo.note_tags is allowed: no other table references it."));
    QCOMPARE(banner.rowLine(), QStringLiteral("Deleting its rows affects no other table."));
    QVERIFY(banner.cascadeLine().contains(QStringLiteral("removes no other table")));
}

void TestDependentsLogic::treeFollowsShortestPaths() {
    DependentsModel model;
    model.setImpact(DeletionImpact::analyze(sampleGraph()));
    QCOMPARE(model.rowCount(), 1); // the table to delete
    const QModelIndex root = model.index(0, DependentsModel::Table);
    QCOMPARE(root.data(DependentsModel::UidRole).toString(), kRoot);
    QVERIFY(root.data(DependentsModel::IsRootRole).toBool());
    QCOMPARE(model.rowCount(root), 2); // invoices, lines
    const QModelIndex lines = model.indexOfUid(kB);
    QCOMPARE(lines.parent(), root);
    const QModelIndex notes = model.indexOfUid(kC);
    QCOMPARE(notes.parent(), lines);
    const QModelIndex tags = model.indexOfUid(kD);
    QCOMPARE(tags.parent(), notes);
    QCOMPARE(tags.siblingAtColumn(DependentsModel::Depth).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.uids(), (QStringList{kRoot, kA, kB, kC, kD}));
    QCOMPARE(model.dependentCount(), 4);
    model.clearImpact();
    QCOMPARE(model.rowCount(), 0);
}

void TestDependentsLogic::treeMarksBlockersProtectedAndDrops() {
    DependentsModel model;
    model.setImpact(DeletionImpact::analyze(sampleGraph()));
    const QModelIndex invoices = model.indexOfUid(kA);
    QVERIFY(invoices.data(DependentsModel::BlocksStrictDeleteRole).toBool());
    QVERIFY(invoices.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Blocks a strict delete")));
    QCOMPARE(invoices.siblingAtColumn(DependentsModel::RowDelete).data().toString(),
             QStringLiteral("blocks"));
    QCOMPARE(invoices.siblingAtColumn(DependentsModel::OnDelete).data().toString(),
             QStringLiteral("restrict"));

    const QModelIndex lines = model.indexOfUid(kB);
    QVERIFY(lines.data(DependentsModel::BlocksStrictDeleteRole).toBool()); // any direct reference
    QCOMPARE(lines.siblingAtColumn(DependentsModel::RowDelete).data().toString(),
             QStringLiteral("cascades"));
    QCOMPARE(lines.siblingAtColumn(DependentsModel::PlatformManaged).data().toString(),
             QStringLiteral("drops table"));

    const QModelIndex notes = model.indexOfUid(kC);
    QVERIFY(!notes.data(DependentsModel::BlocksStrictDeleteRole).toBool());
    QCOMPARE(notes.siblingAtColumn(DependentsModel::Protected).data().toString(),
             QStringLiteral("protected"));
    const QModelIndex tags = model.indexOfUid(kD);
    QCOMPARE(tags.siblingAtColumn(DependentsModel::RowDelete).data().toString(),
             QStringLiteral("sets null"));
    QVERIFY(tags.siblingAtColumn(DependentsModel::RowDelete)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("set to NULL")));
}

void TestDependentsLogic::detailsExplainADependent() {
    const DeletionImpact impact = DeletionImpact::analyze(sampleGraph());
    const QString notes = dependentDetailsHtml(impact, kC);
    QVERIFY(notes.contains(QStringLiteral("demo.orders ← demo.lines ← demo.line_notes")));
    QVERIFY(notes.contains(QStringLiteral("notes_line_fk")));
    QVERIFY(notes.contains(QStringLiteral("It is protected")));
    QVERIFY(notes.contains(QStringLiteral("open:") + kC));
    const QString root = dependentDetailsHtml(impact, kRoot);
    QVERIFY(root.contains(QStringLiteral("References that refuse a strict delete")));
    QVERIFY(root.contains(QStringLiteral("invoices_order_fk")));
    // An unknown uid falls back to the overview, which carries the summary.
    QVERIFY(dependentDetailsHtml(impact, QStringLiteral("nope"))
                .contains(QStringLiteral("is refused")));
}

void TestDependentsLogic::panelShowsAgreement() {
    const DeletionImpact impact = DeletionImpact::analyze(sampleGraph());
    DryRunPanel panel;
    QVERIFY(panel.agreementText().isEmpty());
    panel.setAnswer(
        DryRunAnswer::fromResult(httpError(409, refusalBody({blockingEdge(kA, "invoices_order_fk"),
                                                             blockingEdge(kB, "lines_order_fk")}))),
        impact);
    QCOMPARE(panel.statusText(), QStringLiteral("REFUSED"));
    QCOMPARE(panel.agreementText(), QStringLiteral("The server agrees with the analysis."));
    QVERIFY(panel.askButton()->isEnabled());

    DryRunAnswer unsupported;
    unsupported.outcome = DryRunAnswer::Outcome::Unsupported;
    panel.setAnswer(unsupported, impact);
    QCOMPARE(panel.statusText(), QStringLiteral("NOT ASKED"));
    QVERIFY(panel.askButton()->isHidden());
    QVERIFY(panel.answerText().contains(QStringLiteral("would really delete")));
}

QTEST_MAIN(TestDependentsLogic)
#include "tst_dependents_logic.moc"
