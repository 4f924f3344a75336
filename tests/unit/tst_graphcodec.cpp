// Schema graph replies, including the web frontend's aliases.
#include "core/codec/GraphCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

using namespace cc;
using namespace cc::test;

namespace {

const QString kAccount = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001");
const QString kPosition = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a002");

QString errorOf(const Json& json) {
    const DecodeResult<SchemaGraph> result = decodeSchemaGraph(json);
    return result ? QStringLiteral("<decoded>") : result.error().toString();
}

} // namespace

class TestGraphCodec : public QObject {
    Q_OBJECT

private slots:
    void decodesTheSpecGraph() {
        const Json fixture = fixtureJson(QStringLiteral("f06-schema-graph.json"));
        const DecodeResult<SchemaGraph> result = decodeSchemaGraph(fixture);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const SchemaGraph& g = result.value();
        QCOMPARE(g.rootUid, kAccount);
        QCOMPARE(g.depth, 1);
        QVERIFY(g.includeIncoming);
        QCOMPARE(g.nodes.size(), std::size_t(2));
        const GraphNode* root = g.node(kAccount);
        QVERIFY(root);
        QCOMPARE(root->displayName(), QStringLiteral("acme_crm.Account"));
        QCOMPARE(root->physicalSchema, std::optional<QString>(QStringLiteral("public")));
        QCOMPARE(root->timeIndexed, std::optional<bool>(false));
        QCOMPARE(root->columns.size(), std::size_t(1));
        QCOMPARE(root->columns[0].dataType, std::optional<QString>(QStringLiteral("uuid")));
        QCOMPARE(root->columns[0].nullable, std::optional<bool>(false));
        QVERIFY(root->columns[0].primaryKey);
        QVERIFY(!root->protectFromDeletion);
        QVERIFY(g.node(kPosition)->columns.empty());
        QCOMPARE(g.edges.size(), std::size_t(1));
        const GraphEdge& e = g.edges[0];
        QCOMPARE(e.sourceUid, kPosition);
        QCOMPARE(e.targetUid, kAccount);
        QCOMPARE(e.sourceColumns, QStringList{"account_uid"});
        QCOMPARE(e.onDelete, std::optional<QString>(QStringLiteral("restrict")));
        QCOMPARE(e.relationshipType,
                 std::optional<QString>(QStringLiteral("meta_table_to_meta_table")));
        QVERIFY(!g.maxDepth);
        QVERIFY(!g.truncated);
    }

    void specGraphRoundTrips() {
        const Json fixture = fixtureJson(QStringLiteral("f06-schema-graph.json"));
        const SchemaGraph g = decodeSchemaGraph(fixture).value();
        const Json encoded = encodeSchemaGraph(g);
        QCOMPARE(dump(withoutNulls(encoded)), dump(withoutNulls(fixture)));
        QVERIFY(decodeSchemaGraph(encoded).value() == g);
    }

    void webAliases() {
        const DecodeResult<SchemaGraph> result =
            decodeSchemaGraph(fixtureJson(QStringLiteral("graph-web-aliases.json")));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const SchemaGraph& g = result.value();
        QCOMPARE(g.depth, 2);
        QVERIFY(!g.includeIncoming);
        QCOMPARE(g.maxDepth, std::optional<int>(5));
        QCOMPARE(g.truncated, std::optional<bool>(true));
        const GraphNode* position = g.node(kPosition);
        QVERIFY(position);
        QCOMPARE(position->columns.size(), std::size_t(2));
        const GraphColumn& uid = position->columns[0];
        QCOMPARE(uid.name, QStringLiteral("uid"));
        QCOMPARE(uid.logicalName, std::optional<QString>(QStringLiteral("uid")));
        QVERIFY(!uid.dataType);
        QCOMPARE(uid.backendType, std::optional<QString>(QStringLiteral("uuid")));
        QVERIFY(uid.primaryKey);
        QVERIFY(uid.unique);
        QCOMPARE(uid.nullable, std::optional<bool>(false));
        const GraphColumn& account = position->columns[1];
        QVERIFY(!account.primaryKey);
        QVERIFY(!account.nullable); // unknown, not defaulted
        const GraphNode* accountNode = g.node(kAccount);
        QCOMPARE(accountNode->protectFromDeletion, std::optional<bool>(true));
        QCOMPARE(accountNode->managementMode,
                 std::optional<QString>(QStringLiteral("external_registered")));
        QCOMPARE(accountNode->columns[0].label, std::optional<QString>(QStringLiteral("UID")));

        QCOMPARE(g.edges.size(), std::size_t(2));
        const GraphEdge& fk = g.edges[0];
        QCOMPARE(fk.sourceUid, kPosition);
        QCOMPARE(fk.targetUid, kAccount);
        QCOMPARE(fk.sourceColumns, QStringList{"account_uid"});
        QCOMPARE(fk.targetColumns, QStringList{"uid"});
        QCOMPARE(fk.onDelete, std::optional<QString>(QStringLiteral("cascade")));
        // An edge to a node beyond the depth cut-off is kept.
        QCOMPARE(g.edges[1].targetUid, QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a0ee"));
        QVERIFY(!g.node(g.edges[1].targetUid));

        const Json encoded = encodeSchemaGraph(g);
        QCOMPARE(encoded["edges"][0]["source_uid"], Json(kPosition.toStdString()));
        QCOMPARE(encoded["nodes"][0]["columns"][0]["backend_type"], Json("uuid"));
        QCOMPARE(encoded["max_depth"], Json(5));
        QVERIFY(decodeSchemaGraph(encoded).value() == g);
    }

    void rootMustBeANode() {
        QCOMPARE(errorOf(fixtureJson(QStringLiteral("malformed-graph-root-missing.json"))),
                 QStringLiteral("root_uid: not among the nodes"));
        Json empty{{"root_uid", "x"}, {"nodes", Json::array()}, {"edges", Json::array()}};
        QCOMPARE(errorOf(empty), QStringLiteral("root_uid: not among the nodes"));
    }

    void errorsNameThePath() {
        QCOMPARE(errorOf(fixtureJson(QStringLiteral("malformed-graph-edge-columns-string.json"))),
                 QStringLiteral("edges[0].source_columns: expected array"));
        const Json good = fixtureJson(QStringLiteral("f06-schema-graph.json"));
        const auto without = [&](const char* parent, const char* key) {
            Json copy = good;
            copy[Json::json_pointer(parent)].erase(key);
            return errorOf(copy);
        };
        const auto with = [&](const char* pointer, const Json& value) {
            Json copy = good;
            copy[Json::json_pointer(pointer)] = value;
            return errorOf(copy);
        };
        QCOMPARE(without("", "nodes"), QStringLiteral("nodes: required key missing"));
        QCOMPARE(without("", "edges"), QStringLiteral("edges: required key missing"));
        QCOMPARE(without("", "root_uid"), QStringLiteral("root_uid: required key missing"));
        QCOMPARE(without("/nodes/1", "uid"), QStringLiteral("nodes[1].uid: required key missing"));
        QCOMPARE(without("/edges/0", "target_uid"),
                 QStringLiteral("edges[0].target_uid: required key missing"));
        QCOMPARE(without("/nodes/0/columns/0", "name"),
                 QStringLiteral("nodes[0].columns[0].name: required key missing"));
        QCOMPARE(with("/depth", "2"), QStringLiteral("depth: expected integer"));
        QCOMPARE(with("/include_incoming", "True"),
                 QStringLiteral("include_incoming: expected boolean"));
        QCOMPARE(with("/nodes/0/columns/0/nullable", "false"),
                 QStringLiteral("nodes[0].columns[0].nullable: expected boolean"));
        QCOMPARE(with("/nodes/1/time_indexed", 0),
                 QStringLiteral("nodes[1].time_indexed: expected boolean"));
        QCOMPARE(with("/nodes", Json::object()), QStringLiteral("nodes: expected array"));
        QCOMPARE(with("/edges/0", Json::array()), QStringLiteral("edges[0]: expected object"));
        QCOMPARE(errorOf(Json::array()), QStringLiteral("expected object"));
    }
};

QTEST_APPLESS_MAIN(TestGraphCodec)
#include "tst_graphcodec.moc"
