// Screenshots of the contract and introspection tabs against the refserver, saved under the
// build's screenshots/ folder: the registered contract, a validated replacement (changes,
// side by side, issues), the editor with a syntax error, the stored snapshot, the drift
// view, a table that was never introspected, and a refused introspection.
#include "Screenshots.h"
#include "tst_contract_live.h"

#include "core/codec/JsonParse.h"
#include "ui/contract/ContractEditor.h"
#include "ui/contract/ReplacementPanel.h"
#include "ui/contract/ValidationResultView.h"

#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QTabWidget>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kValidated = QStringLiteral("markets.instruments");
const QString kDrifted = QStringLiteral("crm.contacts");
const QString kNoIntrospection = QStringLiteral("archive.revenue_monthly");

Json parse(const QString& text) {
    const auto parsed = parseJson(text.toUtf8());
    return parsed ? parsed.value() : Json();
}
} // namespace

class TestContractScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void registeredContract();
    void validatedReplacement();
    void refusedReplacement();
    void syntaxError();
    void snapshot();
    void drift();
    void neverIntrospected();
    void permissionRefused();

private:
    ReplacementPanel* replacement(contract::Window& w, const QString& target);
    bool validate(ReplacementPanel* panel, const Json& proposed);

    discovery::Fixture m_fx;
};

void TestContractScreenshots::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

ReplacementPanel* TestContractScreenshots::replacement(contract::Window& w, const QString& target) {
    auto* tab =
        contract::tabOf<ContractTab>(w.open(target, QStringLiteral("contract")), "contract");
    if (!tab)
        return nullptr;
    tab->showSection(ContractTab::Replacement);
    return tab->replacementPanel();
}

bool TestContractScreenshots::validate(ReplacementPanel* panel, const Json& proposed) {
    panel->editor()->replaceText(QString::fromStdString(proposed.dump(2)));
    QSignalSpy validated(panel, &ReplacementPanel::validated);
    return panel->validate() && validated.wait(20000);
}

void TestContractScreenshots::registeredContract() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    TableDocument* doc = w.open(kValidated, QStringLiteral("contract"));
    QVERIFY(doc && doc->isReady());
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-01-registered"));
}

void TestContractScreenshots::validatedReplacement() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    ReplacementPanel* panel = replacement(w, kValidated);
    QVERIFY(panel);
    Json proposed = parse(panel->editor()->toPlainText());
    Json& columns = proposed["columns"];
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if ((*it)["name"] == "listed_on") {
            columns.erase(it);
            break;
        }
    for (Json& c : columns) {
        if (c["name"] == "primary_mic")
            c["nullable"] = false;
        if (c["name"] == "issuer_id") {
            c["data_type"] = "int32";
            c["backend_type"] = "INTEGER";
        }
        if (c["name"] == "name")
            c["description"] = "Issuer's name for the instrument";
    }
    columns.push_back({{"name", "analyst_note"},
                       {"data_type", "string"},
                       {"backend_type", "TEXT"},
                       {"nullable", true}});
    QVERIFY(validate(panel, proposed));
    QVERIFY(panel->results()->diff().hasBreaking());
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-02-validated-changes"));
    panel->results()->detailTabs()->setCurrentIndex(1);
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-03-side-by-side"));
    panel->results()->detailTabs()->setCurrentIndex(2);
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-04-normalized"));
}

void TestContractScreenshots::refusedReplacement() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    ReplacementPanel* panel = replacement(w, kValidated);
    QVERIFY(panel);
    Json proposed = parse(panel->editor()->toPlainText());
    proposed["physical"]["table_name"] = "instrument";
    for (Json& c : proposed["columns"])
        if (c["name"] == "symbol")
            c.erase("data_type");
    proposed["columns"].push_back({{"name", "isin"}, {"data_type", "string"}});
    QVERIFY(validate(panel, proposed));
    QVERIFY(!panel->results()->issuePaths().isEmpty());
    QVERIFY(panel->selectPath(panel->results()->issuePaths().first()));
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-05-refused-issues"));
}

void TestContractScreenshots::syntaxError() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    ReplacementPanel* panel = replacement(w, kValidated);
    QVERIFY(panel);
    // Drop the comma after the symbol column's name, as a slip of the keyboard would.
    QString text = panel->editor()->toPlainText();
    const int at = text.indexOf(QStringLiteral("\"symbol\","));
    QVERIFY(at > 0);
    text.remove(at + int(QStringLiteral("\"symbol\"").size()), 1);
    panel->editor()->replaceText(text);
    panel->editor()->checkNow();
    QVERIFY(panel->editor()->syntaxError().has_value());
    panel->editor()->goToError();
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("contract-06-syntax-error"));
}

void TestContractScreenshots::snapshot() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    TableDocument* doc = w.open(kDrifted, QStringLiteral("introspection"));
    QVERIFY(doc && doc->isReady());
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("introspection-01-snapshot"));
}

void TestContractScreenshots::drift() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    auto* tab = contract::tabOf<IntrospectionTab>(w.open(kDrifted, QStringLiteral("introspection")),
                                                  "introspection");
    QVERIFY(tab);
    tab->showSection(IntrospectionTab::Drift);
    QVERIFY(tab->drift().hasBreaking());
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("introspection-02-drift"));
}

void TestContractScreenshots::neverIntrospected() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    auto* tab = contract::tabOf<IntrospectionTab>(
        w.open(kNoIntrospection, QStringLiteral("introspection")), "introspection");
    QVERIFY(tab);
    QVERIFY(tab->showsNeverIntrospected());
    guitest::saveScreenshot(w.main->window.get(), QStringLiteral("introspection-03-never"));
}

void TestContractScreenshots::permissionRefused() {
    contract::Window w(m_fx.url, m_fx.token);
    QVERIFY(w.main->waitCatalog());
    auto* tab = contract::tabOf<IntrospectionTab>(
        w.open(QStringLiteral("markets.trades"), QStringLiteral("introspection")), "introspection");
    QVERIFY(tab);
    QSignalSpy finished(tab, &IntrospectionTab::introspectionFinished);
    QVERIFY(tab->introspectNow());
    QVERIFY(finished.wait(20000));
    QVERIFY(tab->lastError().isPermission());
    guitest::saveScreenshot(w.main->window.get(),
                            QStringLiteral("introspection-04-permission-refused"));
}

QTEST_MAIN(TestContractScreenshots)
#include "tst_contract_screenshots.moc"
