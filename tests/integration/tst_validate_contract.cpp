// validate-contract and introspect against a seeded tsm-refserver, through cc_net, with the
// verdicts judged by ContractDiff: an unchanged contract, compatible and breaking
// replacements, an invalid one, the seeded drift of crm.contacts, and introspect refusals.
#include "core/codec/ContractCodec.h"
#include "core/diff/ContractDiff.h"
#include "net/ApiClient.h"
#include "support/TestEnvironment.h"

#include <QtTest>

#include <memory>
#include <optional>

using namespace cc;

namespace {

const QString kValidated = QStringLiteral("markets.instruments");
const QString kDrifted = QStringLiteral("crm.contacts");
const QString kNoIntrospection = QStringLiteral("archive.revenue_monthly");

QString env(const char* key) {
    return test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

// Runs one asynchronous call to completion (the event loop spins meanwhile).
template <typename T, typename Start> std::optional<ApiResult<T>> await(Start start) {
    auto out = std::make_shared<std::optional<ApiResult<T>>>();
    start([out](ApiResult<T> r) { out->emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, 30000))
        return std::nullopt;
    return *out;
}

Json* columnNamed(Json& contract, const char* name) {
    for (Json& c : contract["columns"])
        if (c.value("name", std::string()) == name)
            return &c;
    return nullptr;
}

std::vector<ContractChange> changesOf(const ContractDiff& diff, const QString& subject) {
    std::vector<ContractChange> out;
    for (const ContractChange& c : diff.changes())
        if (c.subject == subject)
            out.push_back(c);
    return out;
}

} // namespace

class TestValidateContract : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedContract();
    void nullableColumnAddedIsCompatible();
    void columnRemovedIsBreaking();
    void notNullAddedIsBreaking();
    void typeNarrowedIsBreaking();
    void breakingChangesComeFirst();
    void invalidContractHasErrorsWithPaths();
    void seededDriftIsFound();
    void introspectRefusedWithoutCapability();
    void introspectRefusedForViewer();
    void introspectStoresSnapshot();

private:
    std::unique_ptr<ApiClient> client(const char* tokenKey);
    MetaTable table(const QString& identifier);
    // validate-contract with `contract`, as the viewer (the route is open to readers).
    ValidateReply validate(const QString& uid, const Json& contract);

    std::unique_ptr<ApiClient> m_viewer;
    std::unique_ptr<ApiClient> m_editor;
    MetaTable m_instruments;
    Json m_registered; // the instruments contract as the server encodes it
};

std::unique_ptr<ApiClient> TestValidateContract::client(const char* tokenKey) {
    ClientConfig config;
    config.baseUrl = QUrl(env("COMMAND_CENTER_URL"));
    config.accessToken = env(tokenKey);
    config.maxGetRetries = 0;
    return std::make_unique<ApiClient>(config);
}

MetaTable TestValidateContract::table(const QString& identifier) {
    const auto r = await<MetaTable>(
        [&](Callback<MetaTable> cb) { m_viewer->resolveTable(identifier, nullptr, cb); });
    if (!r || !r->ok())
        return MetaTable();
    return r->value();
}

ValidateReply TestValidateContract::validate(const QString& uid, const Json& contract) {
    const auto r = await<ValidateReply>([&](Callback<ValidateReply> cb) {
        m_viewer->validateContract(uid, contract, QString(), nullptr, cb);
    });
    if (!r) {
        qWarning("validate-contract did not answer");
        return ValidateReply();
    }
    if (!r->ok()) {
        qWarning("validate-contract failed: %s", qPrintable(r->error().message));
        return ValidateReply();
    }
    return r->value();
}

void TestValidateContract::initTestCase() {
    if (env("COMMAND_CENTER_URL").isEmpty())
        QSKIP("The refserver fixture did not run (no refserver.env).");
    m_viewer = client("TOKEN_VIEWER");
    m_editor = client("TOKEN_EDITOR");
    m_instruments = table(kValidated);
    QVERIFY2(!m_instruments.uid.isEmpty(), "markets.instruments is seeded");
    QVERIFY(m_instruments.tableContract.columns.size() >= 5);
    m_registered = encodeTableContract(m_instruments.tableContract);
}

void TestValidateContract::unchangedContract() {
    const ValidateReply reply = validate(m_instruments.uid, m_registered);
    QVERIFY(reply.ok.has_value());
    QVERIFY(*reply.ok);
    QVERIFY(reply.errors.empty());
    QVERIFY(reply.tableContract.has_value());
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.toMarkdown()));
    // The server's own change list agrees.
    QVERIFY(reply.changes.is_array());
    QCOMPARE(reply.changes.size(), size_t(0));
}

void TestValidateContract::nullableColumnAddedIsCompatible() {
    Json proposed = m_registered;
    proposed["columns"].push_back(
        {{"name", "analyst_note"}, {"data_type", "string"}, {"nullable", true}});
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.ok.value_or(false));
    QVERIFY(reply.tableContract.has_value());
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    QVERIFY(!diff.hasBreaking());
    QCOMPARE(diff.count(ContractChange::Severity::Compatible), 1);
    const auto changes = changesOf(diff, QStringLiteral("analyst_note"));
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].kind, ContractChange::Kind::ColumnAdded);
    QCOMPARE(changes[0].severity, ContractChange::Severity::Compatible);
    QVERIFY(!changes[0].reason.isEmpty());
    QCOMPARE(reply.changes.size(), size_t(1));
}

void TestValidateContract::columnRemovedIsBreaking() {
    Json proposed = m_registered;
    Json& columns = proposed["columns"];
    const size_t before = columns.size();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if (it->value("name", std::string()) == "listed_on") {
            columns.erase(it);
            break;
        }
    QCOMPARE(columns.size(), before - 1);
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.ok.value_or(false)); // valid, but breaking
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    QVERIFY(diff.hasBreaking());
    const auto changes = changesOf(diff, QStringLiteral("listed_on"));
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].kind, ContractChange::Kind::ColumnRemoved);
    QCOMPARE(changes[0].severity, ContractChange::Severity::Breaking);
}

void TestValidateContract::notNullAddedIsBreaking() {
    Json proposed = m_registered;
    Json* mic = columnNamed(proposed, "primary_mic");
    QVERIFY(mic);
    QCOMPARE(mic->value("nullable", true), true);
    (*mic)["nullable"] = false;
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.ok.value_or(false));
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    const auto changes = changesOf(diff, QStringLiteral("primary_mic"));
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].kind, ContractChange::Kind::NullableChanged);
    QCOMPARE(changes[0].severity, ContractChange::Severity::Breaking);
    QCOMPARE(changes[0].newValue, Json(false));
}

void TestValidateContract::typeNarrowedIsBreaking() {
    Json proposed = m_registered;
    Json* issuer = columnNamed(proposed, "issuer_id");
    QVERIFY(issuer);
    QCOMPARE(issuer->value("data_type", std::string()), std::string("int64"));
    (*issuer)["data_type"] = "int32";
    (*issuer)["backend_type"] = "INTEGER";
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.ok.value_or(false));
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    bool narrowed = false;
    for (const ContractChange& c : changesOf(diff, QStringLiteral("issuer_id")))
        if (c.kind == ContractChange::Kind::DataTypeChanged) {
            narrowed = true;
            QCOMPARE(c.severity, ContractChange::Severity::Breaking);
            QCOMPARE(c.oldValue, Json("int64"));
            QCOMPARE(c.newValue, Json("int32"));
        }
    QVERIFY(narrowed);
}

void TestValidateContract::breakingChangesComeFirst() {
    Json proposed = m_registered;
    proposed["columns"].push_back(
        {{"name", "analyst_note"}, {"data_type", "string"}, {"nullable", true}});
    Json* mic = columnNamed(proposed, "primary_mic");
    QVERIFY(mic);
    (*mic)["nullable"] = false;
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.tableContract.has_value());
    const ContractDiff diff =
        ContractDiff::compare(m_instruments.tableContract, *reply.tableContract);
    QCOMPARE(diff.changes().size(), size_t(2));
    QCOMPARE(diff.changes()[0].severity, ContractChange::Severity::Breaking);
    QCOMPARE(diff.changes()[1].severity, ContractChange::Severity::Compatible);
}

void TestValidateContract::invalidContractHasErrorsWithPaths() {
    Json proposed = m_registered;
    Json* name = columnNamed(proposed, "name");
    QVERIFY(name);
    name->erase("data_type");
    proposed["columns"].push_back({{"name", "symbol"}, {"data_type", "string"}});
    proposed["physical"]["table_name"] = "someone_else";
    const ValidateReply reply = validate(m_instruments.uid, proposed);
    QVERIFY(reply.ok.has_value());
    QVERIFY(!*reply.ok);
    QStringList paths;
    for (const ValidationIssue& issue : reply.errors) {
        QVERIFY(!issue.message.isEmpty());
        QVERIFY(!issue.code.isEmpty());
        paths << issue.path;
    }
    int nameIndex = -1;
    for (size_t i = 0; i < proposed["columns"].size(); ++i)
        if (proposed["columns"][i]["name"] == "name")
            nameIndex = int(i);
    QVERIFY(paths.contains(QStringLiteral("columns[%1].data_type").arg(nameIndex)));
    QVERIFY(paths.contains(QStringLiteral("columns[%1].name").arg(proposed["columns"].size() - 1)));
    QVERIFY(paths.contains(QStringLiteral("physical.table_name")));
}

void TestValidateContract::seededDriftIsFound() {
    const MetaTable contacts = table(kDrifted);
    QVERIFY(!contacts.uid.isEmpty());
    QVERIFY(!contacts.introspectionSnapshot.isEmpty());
    const ContractDiff drift =
        ContractDiff::compare(contacts.tableContract, contacts.introspectionSnapshot);
    // The seed added `preferred_channel` and made `email` NOT NULL after registration.
    const auto added = changesOf(drift, QStringLiteral("preferred_channel"));
    QCOMPARE(added.size(), size_t(1));
    QCOMPARE(added[0].kind, ContractChange::Kind::ColumnAdded);
    bool emailTightened = false;
    for (const ContractChange& c : changesOf(drift, QStringLiteral("email")))
        if (c.kind == ContractChange::Kind::NullableChanged) {
            emailTightened = true;
            QCOMPARE(c.severity, ContractChange::Severity::Breaking);
        }
    QVERIFY(emailTightened);
    QVERIFY(drift.hasBreaking());
    QCOMPARE(drift.changes().front().severity, ContractChange::Severity::Breaking);
    // Everything else matches: only those two columns drifted.
    for (const ContractChange& c : drift.changes())
        QVERIFY2(c.subject == QLatin1String("preferred_channel") ||
                     c.subject == QLatin1String("email"),
                 qPrintable(c.subject));
}

void TestValidateContract::introspectRefusedWithoutCapability() {
    const MetaTable legacy = table(kNoIntrospection);
    QVERIFY(!legacy.uid.isEmpty());
    QVERIFY(legacy.dataSource.has_value());
    QCOMPARE(legacy.dataSource->supports(QString::fromLatin1(capability::TableIntrospection)),
             std::optional<bool>(false));
    QVERIFY(legacy.introspectionSnapshot.isEmpty());
    const auto r = await<IntrospectReply>(
        [&](Callback<IntrospectReply> cb) { m_editor->introspect(legacy.uid, nullptr, cb); });
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    const ApiError& e = r->error();
    QVERIFY(e.isRefusal());
    QCOMPARE(e.body.code, QStringLiteral("capability_not_supported"));
    QCOMPARE(e.body.capability,
             std::optional<QString>(QStringLiteral("supports_table_introspection")));
    QVERIFY(!e.message.isEmpty());
}

void TestValidateContract::introspectRefusedForViewer() {
    const auto r = await<IntrospectReply>([&](Callback<IntrospectReply> cb) {
        m_viewer->introspect(m_instruments.uid, nullptr, cb);
    });
    QVERIFY(r.has_value());
    QVERIFY(!r->ok());
    QVERIFY(r->error().isPermission());
    QCOMPARE(r->error().httpStatus, 403);
}

void TestValidateContract::introspectStoresSnapshot() {
    const auto r = await<IntrospectReply>([&](Callback<IntrospectReply> cb) {
        m_editor->introspect(m_instruments.uid, nullptr, cb);
    });
    QVERIFY(r.has_value());
    QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
    const IntrospectReply& reply = r->value();
    QVERIFY(reply.ok);
    QCOMPARE(reply.metaTableUid, m_instruments.uid);
    QCOMPARE(reply.snapshot.columns.size(), m_instruments.tableContract.columns.size());
    QVERIFY(reply.snapshot.introspectedAt.has_value());
    // Stored on the table: the detail now carries it.
    const MetaTable after = table(kValidated);
    QCOMPARE(after.introspectionSnapshot.introspectedAt, reply.snapshot.introspectedAt);
    QVERIFY(ContractDiff::compare(after.tableContract, after.introspectionSnapshot).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidateContract)
#include "tst_validate_contract.moc"
