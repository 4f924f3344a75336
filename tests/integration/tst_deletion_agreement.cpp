// For every table of the demo catalog, the client's deletion-impact analysis and the
// server's own strict DELETE (run as a dry run, so the shared catalog is untouched) agree:
// refused exactly when the analysis says so, blocked by the same references.
#include "support/TestEnvironment.h"

#include "core/impact/DeletionImpact.h"
#include "net/ApiClient.h"

#include <QtTest>

#include <optional>
#include <set>

using namespace cc;

namespace {

template <typename T> std::optional<ApiResult<T>> await(std::function<void(Callback<T>)> start) {
    std::optional<ApiResult<T>> result;
    start([&result](ApiResult<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return result;
}

// The demo seed's physical schemas; other tests register tables in schemas of their own.
bool isDemoTable(const MetaTable& table) {
    static const QStringList demoSchemas = {
        QStringLiteral("archive"), QStringLiteral("crm"),       QStringLiteral("markets"),
        QStringLiteral("ops"),     QStringLiteral("reference"), QStringLiteral("warehouse")};
    return table.physicalSchema && demoSchemas.contains(*table.physicalSchema);
}

} // namespace

class TestDeletionAgreement : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        ClientConfig config;
        config.baseUrl = QUrl(test::fixtureValue(QStringLiteral("refserver.env"),
                                                 QStringLiteral("COMMAND_CENTER_URL")));
        config.accessToken =
            test::fixtureValue(QStringLiteral("refserver.env"), QStringLiteral("TOKEN_ADMIN"));
        QVERIFY2(config.baseUrl.isValid() && !config.accessToken.isEmpty(),
                 "refserver fixture values missing");
        m_client = new ApiClient(config, this);
    }

    void strictDeleteVerdictsAgreeForEveryDemoTable() {
        CatalogQuery query;
        query.limit = 500;
        const auto page = await<Page<MetaTable>>(
            [&](Callback<Page<MetaTable>> cb) { m_client->listTables(query, this, cb); });
        QVERIFY(page && page->ok());
        const std::vector<MetaTable>& tables = page->value().results;

        int refused = 0;
        int allowed = 0;
        int checked = 0;
        for (const MetaTable& table : tables) {
            // Other tests register and drop tables of their own meanwhile; judge the demo only.
            if (!isDemoTable(table))
                continue;
            ++checked;
            const auto graph = await<SchemaGraph>([&](Callback<SchemaGraph> cb) {
                m_client->schemaGraph(table.uid, 10, true, this, cb);
            });
            QVERIFY2(graph && graph->ok(), qPrintable(table.displayName()));
            const DeletionImpact impact = DeletionImpact::analyze(graph->value());

            const auto answer = await<Json>([&](Callback<Json> cb) {
                m_client->deleteTable(table.uid, DeleteFlags{}, true, this, cb);
            });
            QVERIFY(answer.has_value());
            const bool serverRefused = !answer->ok() && answer->error().httpStatus == 409;
            QVERIFY2(
                answer->ok() || serverRefused,
                qPrintable(table.displayName() + QStringLiteral(": ") + answer->error().message));
            QVERIFY2(serverRefused == !impact.strictDeleteAllowed(),
                     qPrintable(QStringLiteral("%1: server %2, analysis: %3")
                                    .arg(table.displayName(),
                                         serverRefused ? QStringLiteral("refused")
                                                       : QStringLiteral("allowed"),
                                         impact.summary())));
            serverRefused ? ++refused : ++allowed;

            // The references the server names are exactly the ones the analysis names.
            if (serverRefused &&
                answer->error().body.code == QLatin1String("incoming_foreign_keys")) {
                std::set<std::pair<QString, QString>> server;
                for (const Json& e :
                     answer->error().body.details.value("blocking_edges", Json::array()))
                    server.emplace(QString::fromStdString(e.value("source_uid", std::string())),
                                   QString::fromStdString(e.value("name", std::string())));
                std::set<std::pair<QString, QString>> client;
                for (const BlockingReference& b : impact.blockingReferences)
                    client.emplace(b.edge.sourceUid, b.edge.name);
                QVERIFY2(server == client, qPrintable(table.displayName()));
            }
        }
        // The demo catalog must exercise both outcomes.
        QVERIFY(refused > 0);
        QVERIFY(allowed > 0);
        QVERIFY2(checked >= 40, "the demo catalog has at least 40 tables");
        qInfo("%d tables: %d strict deletes refused, %d allowed", checked, refused, allowed);
    }

private:
    ApiClient* m_client = nullptr;
};

QTEST_GUILESS_MAIN(TestDeletionAgreement)
#include "tst_deletion_agreement.moc"
