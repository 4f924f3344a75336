#include "core/impact/DeletionImpact.h"

#include <QtTest>

using namespace cc;
using Effect = RowOutcome::Effect;
using RowVerdict = DeletionImpact::RowVerdict;

namespace {

// A graph built table by table: `add("B")` makes a node with uid "uid-B" and identifier "B"
// in namespace "acme"; `ref("B", "A", "cascade")` makes B reference A.
class GraphBuilder {
public:
    explicit GraphBuilder(int depth = 5) {
        m_graph.rootUid = QStringLiteral("uid-A");
        m_graph.depth = depth;
        m_graph.includeIncoming = true;
        m_graph.truncated = false;
    }

    GraphBuilder& add(const char* name, std::optional<bool> isProtected = false,
                      std::optional<QString> mode = QStringLiteral("external_registered")) {
        GraphNode n;
        n.uid = uid(name);
        n.identifier = QString::fromLatin1(name);
        n.namespaceName = QStringLiteral("acme");
        n.protectFromDeletion = isProtected;
        n.managementMode = std::move(mode);
        GraphColumn id;
        id.name = QStringLiteral("id");
        id.nullable = false;
        id.primaryKey = true;
        n.columns.push_back(id);
        m_graph.nodes.push_back(n);
        return *this;
    }

    // `column` is the referencing column of the source; it is added to the source node,
    // NOT NULL when `notNull`.
    GraphBuilder& ref(const char* source, const char* target, std::optional<QString> onDelete,
                      const char* column = nullptr, bool notNull = false) {
        GraphEdge e;
        const QString col = column ? QString::fromLatin1(column)
                                   : QString::fromLatin1(target).toLower() + QStringLiteral("_id");
        e.name =
            QString::fromLatin1(source).toLower() + QLatin1Char('_') + col + QStringLiteral("_fk");
        e.sourceUid = uid(source);
        e.targetUid = uid(target);
        e.sourceColumns = {col};
        e.targetColumns = {QStringLiteral("id")};
        e.onDelete = std::move(onDelete);
        m_graph.edges.push_back(e);
        for (GraphNode& n : m_graph.nodes) {
            if (n.uid == e.sourceUid) {
                GraphColumn c;
                c.name = col;
                c.nullable = !notNull;
                n.columns.push_back(c);
            }
        }
        return *this;
    }

    SchemaGraph& graph() { return m_graph; }
    static QString uid(const char* name) {
        return QStringLiteral("uid-") + QString::fromLatin1(name);
    }

private:
    SchemaGraph m_graph;
};

const QString cascade = QStringLiteral("cascade");
const QString restrict_ = QStringLiteral("restrict");
const QString setNull = QStringLiteral("set null");

QStringList dependentNames(const DeletionImpact& impact) {
    QStringList names;
    for (const DependentTable& d : impact.dependents)
        names << d.name + QLatin1Char('@') + QString::number(d.depth);
    return names;
}

QStringList effects(const DependentTable* d) {
    QStringList words;
    if (!d)
        return {QStringLiteral("<missing>")};
    for (const RowOutcome& o : d->rowOutcomes)
        words << rowEffectName(o.effect);
    return words;
}

} // namespace

class TestDeletionImpact : public QObject {
    Q_OBJECT

private slots:
    void parsesOnDelete() {
        QCOMPARE(parseOnDelete(QStringLiteral("RESTRICT")), OnDelete::Restrict);
        QCOMPARE(parseOnDelete(QStringLiteral("no_action")), OnDelete::NoAction);
        QCOMPARE(parseOnDelete(QStringLiteral(" Set  Null ")), OnDelete::SetNull);
        QCOMPARE(parseOnDelete(QStringLiteral("SET_DEFAULT")), OnDelete::SetDefault);
        QCOMPARE(parseOnDelete(QStringLiteral("Cascade")), OnDelete::Cascade);
        QCOMPARE(parseOnDelete(QStringLiteral("explode")), OnDelete::Unspecified);
        QCOMPARE(parseOnDelete(std::nullopt), OnDelete::Unspecified);
        QCOMPARE(onDeleteSqlName(OnDelete::SetNull), QStringLiteral("set null"));
    }

    void chain() {
        GraphBuilder b;
        b.add("A").add("B").add("C").ref("B", "A", restrict_).ref("C", "B", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.rootName, QStringLiteral("acme.A"));
        QVERIFY(!impact.strictDeleteAllowed());
        QCOMPARE(impact.blockingReferences.size(), size_t(1));
        QCOMPARE(impact.blockingReferences[0].sourceName, QStringLiteral("acme.B"));
        QCOMPARE(dependentNames(impact), QStringList({"acme.B@1", "acme.C@2"}));
        const DependentTable* c = impact.dependent(GraphBuilder::uid("C"));
        QVERIFY(c);
        QCOMPARE(c->path, QStringList({"acme.A", "acme.B", "acme.C"}));
        QCOMPARE(c->parentUid, GraphBuilder::uid("B"));
        QCOMPARE(c->via.name, QStringLiteral("c_b_id_fk"));
        // B refuses the row delete, so C's rows are never reached.
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        QCOMPARE(effects(impact.dependent(GraphBuilder::uid("B"))), QStringList({"blocks"}));
        QVERIFY(c->rowOutcomes.empty());
        QVERIFY(!impact.possiblyIncomplete);
        QCOMPARE(impact.summary(),
                 QStringLiteral("Deleting acme.A is refused: 1 table references it (acme.B via "
                                "b_a_id_fk). A cascade would delete 2 tables. Deleting its rows "
                                "is blocked while referencing rows exist in acme.B."));
    }

    void unreferencedTableMayBeDeleted() {
        GraphBuilder b;
        b.add("A").add("Z").ref("A", "Z", restrict_); // A references Z: not a dependent
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QVERIFY(impact.strictDeleteAllowed());
        QVERIFY(impact.dependents.empty());
        QCOMPARE(impact.rowDelete, RowVerdict::Allowed);
        QCOMPARE(impact.summary(), QStringLiteral("Deleting acme.A is allowed: no other table "
                                                  "references it. Deleting its rows affects no "
                                                  "other table."));
    }

    void diamond() {
        GraphBuilder b;
        b.add("A").add("B").add("C").add("D");
        b.ref("B", "A", cascade).ref("C", "A", cascade);
        b.ref("D", "B", cascade).ref("D", "C", setNull);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(dependentNames(impact), QStringList({"acme.B@1", "acme.C@1", "acme.D@2"}));
        QCOMPARE(impact.blockingReferences.size(), size_t(2));
        // D is reached through both paths and gets both outcomes.
        QStringList dEffects = effects(impact.dependent(GraphBuilder::uid("D")));
        dEffects.sort();
        QCOMPARE(dEffects, QStringList({"cascades", "sets null"}));
        QCOMPARE(impact.rowDelete, RowVerdict::Cascades);
        QCOMPARE(impact.rowCascadeTables(), QStringList({"acme.B", "acme.C", "acme.D"}));
        QVERIFY(impact.summary().contains(QLatin1String("2 tables reference it")));
    }

    void cycleThroughTheRoot() {
        GraphBuilder b;
        b.add("A").add("B").add("C");
        b.ref("B", "A", cascade).ref("C", "B", cascade).ref("A", "C", restrict_);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(dependentNames(impact), QStringList({"acme.B@1", "acme.C@2"}));
        // A's own rows reference the C rows the cascade deletes.
        QCOMPARE(impact.rootRowOutcomes.size(), size_t(1));
        QCOMPARE(impact.rootRowOutcomes[0].effect, Effect::Blocks);
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        QCOMPARE(impact.rowBlockingTables(), QStringList({"acme.A"}));
    }

    void cycleWithoutTheRootTerminates() {
        GraphBuilder b;
        b.add("A").add("B").add("C");
        b.ref("B", "A", cascade).ref("C", "B", cascade).ref("B", "C", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(dependentNames(impact), QStringList({"acme.B@1", "acme.C@2"}));
        QStringList bEffects = effects(impact.dependent(GraphBuilder::uid("B")));
        QCOMPARE(bEffects, QStringList({"cascades", "cascades"}));
        QCOMPARE(impact.rowDelete, RowVerdict::Cascades);
    }

    void selfReferences() {
        GraphBuilder b;
        b.add("A").add("B");
        b.ref("A", "A", cascade, "parent_id")
            .ref("B", "A", cascade)
            .ref("B", "B", restrict_, "parent_id");
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        // A self-reference does not block a strict delete; B does.
        QCOMPARE(impact.blockingReferences.size(), size_t(1));
        QCOMPARE(impact.rootRowOutcomes.size(), size_t(1));
        QVERIFY(impact.rootRowOutcomes[0].selfReference);
        QCOMPARE(impact.rootRowOutcomes[0].effect, Effect::Cascades);
        const DependentTable* dep = impact.dependent(GraphBuilder::uid("B"));
        QVERIFY(dep);
        QCOMPARE(effects(dep), QStringList({"cascades", "blocks"}));
        QVERIFY(dep->rowOutcomes[1].selfReference);
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        QVERIFY(impact.notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("acme.A references "
                                            "itself")));

        GraphBuilder alone;
        alone.add("A").ref("A", "A", cascade, "parent_id");
        const DeletionImpact self = DeletionImpact::analyze(alone.graph());
        QVERIFY(self.strictDeleteAllowed());
        QVERIFY(self.dependents.empty());
        QCOMPARE(self.rowDelete, RowVerdict::Cascades);
        QVERIFY(self.summary().contains(QLatin1String("rows of it that reference them")));
    }

    void depthCutOff() {
        GraphBuilder b(2);
        b.add("A").add("B").add("C").ref("B", "A", cascade).ref("C", "B", cascade);
        b.graph().truncated.reset();
        DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QVERIFY(impact.possiblyIncomplete);
        QVERIFY(impact.summary().contains(QLatin1String("may be incomplete")));

        b.graph().depth = 3;
        QVERIFY(!DeletionImpact::analyze(b.graph()).possiblyIncomplete);

        b.graph().truncated = true;
        QVERIFY(DeletionImpact::analyze(b.graph()).possiblyIncomplete);
        b.graph().depth = 2;
        b.graph().truncated = false; // the server says nothing was cut
        QVERIFY(!DeletionImpact::analyze(b.graph()).possiblyIncomplete);

        b.graph().includeIncoming = false;
        impact = DeletionImpact::analyze(b.graph());
        QVERIFY(impact.possiblyIncomplete);
        QVERIFY(impact.notes.front().contains(QLatin1String("without incoming references")));
    }

    void edgeFromATableOutsideTheGraph() {
        GraphBuilder b;
        b.add("A").ref("Ghost", "A", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.dependents.size(), size_t(1));
        QVERIFY(!impact.dependents[0].inGraph);
        QCOMPARE(impact.dependents[0].name, GraphBuilder::uid("Ghost"));
        QVERIFY(!impact.dependents[0].isProtected);
        QVERIFY(impact.possiblyIncomplete);
        QCOMPARE(impact.unknownDependents().size(), size_t(1));
    }

    void protectedTables() {
        GraphBuilder b;
        b.add("A", true).add("B", true).add("C", false).add("D", std::nullopt);
        b.ref("B", "A", cascade).ref("C", "A", cascade).ref("D", "C", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QVERIFY(!impact.strictDeleteAllowed());
        QCOMPARE(impact.protectedDependents().size(), size_t(1));
        QCOMPARE(impact.protectedDependents()[0]->name, QStringLiteral("acme.B"));
        QCOMPARE(impact.unknownDependents().size(), size_t(1));
        QCOMPARE(impact.unknownDependents()[0]->name, QStringLiteral("acme.D"));
        const QString summary = impact.summary();
        QVERIFY2(summary.contains(QLatin1String("it is protected from deletion")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("A cascade would delete 3 tables, 1 of them "
                                                "protected.")),
                 qPrintable(summary));

        GraphBuilder lone;
        lone.add("A", true);
        const DeletionImpact onlyProtected = DeletionImpact::analyze(lone.graph());
        QVERIFY(!onlyProtected.strictDeleteAllowed());
        QVERIFY(onlyProtected.summary().startsWith(
            QLatin1String("Deleting acme.A is refused: it is protected from deletion.")));
    }

    void mixedOnDeleteChains() {
        GraphBuilder b;
        b.add("A").add("B").add("C").add("D").add("E").add("F");
        b.ref("B", "A", cascade).ref("C", "B", restrict_); // cascade then restrict: blocks
        b.ref("D", "A", setNull).ref("E", "D", cascade);   // set null stops there
        b.ref("F", "A", QStringLiteral("set default"));
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        QCOMPARE(impact.rowBlockingTables(), QStringList({"acme.C"}));
        QCOMPARE(effects(impact.dependent(GraphBuilder::uid("B"))), QStringList({"cascades"}));
        QCOMPARE(effects(impact.dependent(GraphBuilder::uid("C"))), QStringList({"blocks"}));
        QCOMPARE(effects(impact.dependent(GraphBuilder::uid("D"))), QStringList({"sets null"}));
        QCOMPARE(effects(impact.dependent(GraphBuilder::uid("F"))), QStringList({"sets default"}));
        QVERIFY(impact.dependent(GraphBuilder::uid("E"))->rowOutcomes.empty());
        // The table-level cascade still removes every dependent.
        QCOMPARE(impact.dependents.size(), size_t(5));
    }

    void setNullOnNotNullColumnBlocks() {
        GraphBuilder b;
        b.add("A").add("B").ref("B", "A", setNull, "a_id", true);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        const RowOutcome& o = impact.dependents[0].rowOutcomes[0];
        QCOMPARE(o.effect, Effect::Blocks);
        QVERIFY2(o.reason.contains(QLatin1String("NOT NULL column a_id")), qPrintable(o.reason));
    }

    void unknownOnDeleteIsNoActionAndSaysSo() {
        GraphBuilder b;
        b.add("A").add("B").ref("B", "A", std::nullopt);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.rowDelete, RowVerdict::Blocked);
        QCOMPARE(impact.dependents[0].via.action, OnDelete::Unspecified);
        QVERIFY(impact.dependents[0].rowOutcomes[0].reason.contains(
            QLatin1String("treated as no action")));
        QVERIFY(impact.notes.join(QLatin1Char(' ')).contains(QLatin1String("b_a_id_fk")));
    }

    void platformManagedDropList() {
        const QString managed = QStringLiteral("platform_managed");
        GraphBuilder b;
        b.add("A", false, managed).add("B", false, managed).add("C").add("D", false, std::nullopt);
        b.ref("B", "A", cascade).ref("C", "A", cascade).ref("D", "B", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.rootPlatformManaged, std::optional<bool>(true));
        QCOMPARE(impact.platformManagedDependents().size(), size_t(1));
        QCOMPARE(impact.platformManagedDependents()[0]->uid, GraphBuilder::uid("B"));
        QCOMPARE(impact.unknownDependents().size(), size_t(1));
        const QString summary = impact.summary();
        QVERIFY2(summary.contains(QLatin1String("its physical table is dropped")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 of them platform-managed")),
                 qPrintable(summary));
    }

    void analyzeAnotherTableOfTheGraph() {
        GraphBuilder b;
        b.add("A").add("B").add("C").ref("B", "A", cascade).ref("C", "B", cascade);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph(), GraphBuilder::uid("B"));
        QCOMPARE(impact.rootName, QStringLiteral("acme.B"));
        QCOMPARE(dependentNames(impact), QStringList({"acme.C@1"}));
        QVERIFY(!impact.possiblyIncomplete); // truncated == false: the server cut nothing
    }

    void manyReferencesFromOneTable() {
        GraphBuilder b;
        b.add("A").add("B").ref("B", "A", restrict_, "from_id").ref("B", "A", restrict_, "to_id");
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        QCOMPARE(impact.blockingReferences.size(), size_t(2));
        QVERIFY(impact.summary().contains(QLatin1String(
            "1 table references it (acme.B via b_from_id_fk, acme.B via b_to_id_fk)")));
    }

    void csvExport() {
        GraphBuilder b;
        b.add("A").add("B", true).add("C", std::nullopt, std::nullopt);
        b.graph().nodes[2].identifier = QStringLiteral("C, \"quoted\"");
        b.ref("B", "A", cascade).ref("C", "B", restrict_);
        const DeletionImpact impact = DeletionImpact::analyze(b.graph());
        const QString csv = impact.toCsv();
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, two rows, empty after the last CRLF
        QCOMPARE(lines[0], QStringLiteral("table,uid,depth,via_edge,on_delete,row_delete_effect,"
                                          "protected,platform_managed"));
        QCOMPARE(lines[1], QStringLiteral("acme.B,uid-B,1,b_a_id_fk,cascade,cascades,yes,no"));
        QCOMPARE(lines[2], QStringLiteral("\"acme.C, \"\"quoted\"\"\",uid-C,2,c_b_id_fk,restrict,"
                                          "blocks,unknown,unknown"));
        QVERIFY(lines[3].isEmpty());
    }

    void markdownExport() {
        GraphBuilder b;
        b.add("A").add("B").ref("B", "A", restrict_);
        const QString md = DeletionImpact::analyze(b.graph()).toMarkdown();
        QVERIFY(md.startsWith(QLatin1String("## Deletion impact: acme.A\n")));
        QVERIFY(md.contains(QLatin1String("- Strict delete: refused")));
        QVERIFY(md.contains(
            QLatin1String("| Referencing table | Foreign key | Columns | On delete |")));
        QVERIFY(md.contains(QLatin1String("| acme.B | b_a_id_fk | a_id | restrict |")));
        QVERIFY(
            md.contains(QLatin1String("| 1 | acme.B | uid-B | b_a_id_fk | restrict | blocks |")));
        QVERIFY(md.contains(QLatin1String("- Verdict: blocked")));
    }

    void jsonExport() {
        GraphBuilder b;
        b.add("A").add("B").add("C").ref("B", "A", cascade).ref("C", "B", setNull);
        const Json j = DeletionImpact::analyze(b.graph()).toJson();
        QCOMPARE(j["root"]["uid"], Json("uid-A"));
        QCOMPARE(j["root"]["protected"], Json(false));
        QCOMPARE(j["strict_delete"]["allowed"], Json(false));
        QCOMPARE(j["strict_delete"]["blocking_references"].size(), size_t(1));
        QCOMPARE(j["cascade"]["tables"].size(), size_t(2));
        const Json& c = j["cascade"]["tables"][1];
        QCOMPARE(c["uid"], Json("uid-C"));
        QCOMPARE(c["depth"], Json(2));
        QCOMPARE(c["path"], Json({"acme.A", "acme.B", "acme.C"}));
        QCOMPARE(c["via"]["on_delete"], Json("set null"));
        QCOMPARE(c["row_outcomes"][0]["effect"], Json("sets null"));
        QCOMPARE(j["row_delete"]["verdict"], Json("cascades"));
        QCOMPARE(j["row_delete"]["cascade_tables"], Json({"acme.B"}));
        QCOMPARE(j["possibly_incomplete"], Json(false));
        QVERIFY(j["summary"].is_string());
    }

    void rootMissingFromTheGraphDoesNotFail() {
        SchemaGraph graph;
        graph.rootUid = QStringLiteral("nowhere");
        graph.includeIncoming = true;
        const DeletionImpact impact = DeletionImpact::analyze(graph);
        QCOMPARE(impact.rootName, QStringLiteral("nowhere"));
        QVERIFY(impact.strictDeleteAllowed());
        QVERIFY(!impact.rootProtected);
        QVERIFY(!impact.summary().isEmpty());
    }

    void largeGraphStaysLinear() {
        // A long chain and a wide fan: every table reached once, paths stay shortest.
        GraphBuilder b(100000);
        b.add("A");
        SchemaGraph& g = b.graph();
        const int n = 3000;
        QString previous = QStringLiteral("uid-A");
        for (int i = 0; i < n; ++i) {
            GraphNode node;
            node.uid = QStringLiteral("t%1").arg(i);
            g.nodes.push_back(node);
            GraphEdge e;
            e.sourceUid = node.uid;
            e.targetUid = i % 2 ? previous : QStringLiteral("uid-A");
            e.onDelete = cascade;
            g.edges.push_back(e);
            previous = node.uid;
        }
        const DeletionImpact impact = DeletionImpact::analyze(g);
        QCOMPARE(int(impact.dependents.size()), n);
        QCOMPARE(impact.dependents.back().depth, 2);
    }
};

QTEST_APPLESS_MAIN(TestDeletionImpact)
#include "tst_deletion_impact.moc"
