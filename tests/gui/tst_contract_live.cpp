// The contract tab against the refserver: the registered contract as grid and JSON, a
// replacement validated by the backend with the diff breaking-first, issues that select
// their JSON path in the editor, Ctrl+Enter, and a draft that survives closing the table
// and a fresh Settings instance on the same file.
#include "tst_contract_live.h"

#include "core/codec/JsonParse.h"
#include "ui/DocumentArea.h"
#include "ui/contract/ContractDiffView.h"
#include "ui/contract/ContractDraftStore.h"
#include "ui/contract/ContractEditor.h"
#include "ui/contract/ContractSideBySide.h"
#include "ui/contract/RegisteredContractView.h"
#include "ui/contract/ReplacementPanel.h"
#include "ui/contract/ValidationResultView.h"
#include "ui/table/CellTableModel.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kValidated = QStringLiteral("markets.instruments");
const QString kDrafted = QStringLiteral("crm.contacts");

QString pretty(const Json& json) {
    return QString::fromStdString(json.dump(2));
}

Json parse(const QString& text) {
    const auto parsed = parseJson(text.toUtf8());
    return parsed ? parsed.value() : Json();
}

void eraseColumn(Json& contract, const char* name) {
    Json& columns = contract["columns"];
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if (it->value("name", std::string()) == name) {
            columns.erase(it);
            return;
        }
}

Json* column(Json& contract, const char* name) {
    for (Json& c : contract["columns"])
        if (c.value("name", std::string()) == name)
            return &c;
    return nullptr;
}
} // namespace

class TestContractLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void registeredContractShown();
    void validateShowsBreakingFirst();
    void ctrlEnterValidates();
    void issuesSelectTheirPath();
    void draftSurvivesClosingTheTable();

private:
    ReplacementPanel* openReplacement(contract::Window& w, const QString& target);

    discovery::Fixture m_fx;
    QTemporaryDir m_dir;
};

void TestContractLive::initTestCase() {
    m_fx = discovery::Fixture::read();
    if (!m_fx.ok())
        QSKIP("The refserver fixture did not run (no refserver.env).");
}

ReplacementPanel* TestContractLive::openReplacement(contract::Window& w, const QString& target) {
    TableDocument* doc = w.open(target, QStringLiteral("contract"));
    auto* tab = contract::tabOf<ContractTab>(doc, "contract");
    if (!tab)
        return nullptr;
    tab->showSection(ContractTab::Replacement);
    return tab->replacementPanel();
}

void TestContractLive::registeredContractShown() {
    contract::Window w(m_fx.url, m_fx.token);
    TableDocument* doc = w.open(kValidated, QStringLiteral("contract"));
    QVERIFY(doc && doc->isReady());
    QCOMPARE(doc->currentTabId(), QStringLiteral("contract"));
    auto* tab = contract::tabOf<ContractTab>(doc, "contract");
    QVERIFY(tab);
    QCOMPARE(tab->currentSection(), ContractTab::Registered);
    const TableContract& contract = doc->snapshot()->table.tableContract;
    RegisteredContractView* view = tab->registeredView();
    QCOMPARE(view->columnsModel()->rowCount(), int(contract.columns.size()));
    for (int row = 0; row < int(contract.columns.size()); ++row) {
        const Column& c = contract.columns[size_t(row)];
        QCOMPARE(view->columnsModel()->cell(row, RegisteredContractView::Name)->text, c.name);
        QCOMPARE(view->columnsModel()->cell(row, RegisteredContractView::DataType)->text,
                 c.dataType);
        QCOMPARE(view->columnsModel()->cell(row, RegisteredContractView::Nullable)->mark,
                 c.nullable);
        QCOMPARE(view->columnsModel()->cell(row, RegisteredContractView::PrimaryKey)->mark,
                 c.primaryKey);
    }
    // The JSON is the detail's table_contract, pretty-printed, read-only.
    const Json detail = discovery::fetchJson(
        m_fx.url, QStringLiteral("/orm/api/ts_manager/meta_table/%1/").arg(doc->uid()), m_fx.token);
    QVERIFY(detail.is_object());
    QCOMPARE(parse(view->jsonView()->toPlainText()), detail["table_contract"]);
    QVERIFY(view->jsonView()->isReadOnly());
    QVERIFY(view->factsText().contains(QStringLiteral("relational-table.v1")));
    QVERIFY(view->factsText().contains(QStringLiteral("markets.instruments")));
}

void TestContractLive::validateShowsBreakingFirst() {
    contract::Window w(m_fx.url, m_fx.token);
    ReplacementPanel* panel = openReplacement(w, kValidated);
    QVERIFY(panel);
    // Starts from the registered contract.
    Json proposed = parse(panel->editor()->toPlainText());
    QVERIFY(proposed.is_object());
    proposed["columns"].push_back(
        {{"name", "analyst_note"}, {"data_type", "string"}, {"nullable", true}});
    eraseColumn(proposed, "listed_on");
    Json* mic = column(proposed, "primary_mic");
    QVERIFY(mic);
    (*mic)["nullable"] = false;
    panel->editor()->replaceText(pretty(proposed));

    QSignalSpy validated(panel, &ReplacementPanel::validated);
    QTest::mouseClick(panel->validateButton(), Qt::LeftButton);
    QVERIFY(panel->isValidating());
    QVERIFY(validated.wait(20000));

    ValidationResultView* results = panel->results();
    const ContractDiff& diff = results->diff();
    QCOMPARE(diff.count(ContractChange::Severity::Breaking), 2);
    QCOMPARE(diff.count(ContractChange::Severity::Compatible), 1);
    ContractChangeModel* model = results->diffView()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->change(0)->severity, ContractChange::Severity::Breaking);
    QCOMPARE(model->change(1)->severity, ContractChange::Severity::Breaking);
    QCOMPARE(model->change(2)->severity, ContractChange::Severity::Compatible);
    QCOMPARE(model->change(2)->subject, QStringLiteral("analyst_note"));
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->index(row, ContractChangeModel::Reason).data().toString().isEmpty());
        QVERIFY(
            model->index(row, ContractChangeModel::Severity).data(Qt::BackgroundRole).isValid());
    }
    QVERIFY2(results->verdictText().contains(QStringLiteral("break")),
             qPrintable(results->verdictText()));

    // Side by side: the removed column only on the left, the added one only on the right.
    SideBySideModel* left = results->sideBySide()->beforeModel();
    SideBySideModel* right = results->sideBySide()->afterModel();
    bool removedSeen = false;
    bool addedSeen = false;
    for (int row = 0; row < left->rowCount(); ++row) {
        const QString l = left->index(row, SideBySideModel::Name).data().toString();
        const QString r = right->index(row, SideBySideModel::Name).data().toString();
        if (l == QLatin1String("listed_on")) {
            removedSeen = r.isEmpty();
            QCOMPARE(left->cellSeverity(row, SideBySideModel::Name),
                     std::optional<ContractChange::Severity>(ContractChange::Severity::Breaking));
        }
        if (r == QLatin1String("analyst_note"))
            addedSeen = l.isEmpty();
    }
    QVERIFY(removedSeen);
    QVERIFY(addedSeen);
    // The normalized contract as the backend returned it.
    const Json normalized = parse(results->normalizedText()->toPlainText());
    QVERIFY(normalized.is_object());
    QVERIFY(normalized.contains("columns"));
}

void TestContractLive::ctrlEnterValidates() {
    contract::Window w(m_fx.url, m_fx.token);
    ReplacementPanel* panel = openReplacement(w, kValidated);
    QVERIFY(panel);
    QVERIFY(QTest::qWaitForWindowActive(w.main->window.get()));
    panel->editor()->setFocus();
    const QString before = panel->editor()->toPlainText();
    QSignalSpy validated(panel, &ReplacementPanel::validated);
    QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(panel->editor()->toPlainText(), before); // a shortcut, not a line break
    QVERIFY(validated.wait(20000));
    // Unchanged: accepted, nothing to report.
    QVERIFY(panel->results()->diff().isEmpty());
    QVERIFY(panel->results()->diffView()->isShowingEmptyState());
    QVERIFY2(panel->results()->verdictText().contains(QStringLiteral("No change")),
             qPrintable(panel->results()->verdictText()));
}

void TestContractLive::issuesSelectTheirPath() {
    contract::Window w(m_fx.url, m_fx.token);
    ReplacementPanel* panel = openReplacement(w, kValidated);
    QVERIFY(panel);
    Json proposed = parse(panel->editor()->toPlainText());
    proposed["physical"]["table_name"] = "someone_else";
    Json* symbol = column(proposed, "symbol");
    QVERIFY(symbol);
    symbol->erase("data_type");
    panel->editor()->replaceText(pretty(proposed));
    QSignalSpy validated(panel, &ReplacementPanel::validated);
    QVERIFY(panel->validate());
    QVERIFY(validated.wait(20000));

    ValidationResultView* results = panel->results();
    QVERIFY2(results->verdictText().startsWith(QStringLiteral("Refused")),
             qPrintable(results->verdictText()));
    const QStringList paths = results->issuePaths();
    QVERIFY2(paths.contains(QStringLiteral("physical.table_name")), qPrintable(paths.join(',')));
    int symbolIndex = -1;
    for (size_t i = 0; i < proposed["columns"].size(); ++i)
        if (proposed["columns"][i]["name"] == "symbol")
            symbolIndex = int(i);
    const QString symbolPath = QStringLiteral("columns[%1].data_type").arg(symbolIndex);
    QVERIFY2(paths.contains(symbolPath), qPrintable(paths.join(',')));

    // Clicking an issue selects its place in the editor.
    QTreeWidget* list = results->issueList();
    QVERIFY(list->isVisible());
    auto click = [&](const QString& path) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            if (item->data(0, Qt::UserRole + 1).toString() == path) {
                list->scrollToItem(item);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(item).center());
                return true;
            }
        }
        return false;
    };
    QVERIFY(click(QStringLiteral("physical.table_name")));
    QCOMPARE(panel->editor()->textCursor().selectedText(),
             QStringLiteral("\"table_name\": \"someone_else\""));
    // A missing key: the column object that lacks it is selected.
    QVERIFY(click(symbolPath));
    const QString selected = panel->editor()->textCursor().selectedText();
    QVERIFY2(selected.startsWith(QLatin1Char('{')) &&
                 selected.contains(QStringLiteral("\"symbol\"")),
             qPrintable(selected));
}

void TestContractLive::draftSurvivesClosingTheTable() {
    QString typed;
    QString uid;
    QString settingsFile;
    {
        contract::Window w(m_fx.url, m_fx.token);
        settingsFile = m_dir.filePath(QStringLiteral("after-restart.ini"));
        ReplacementPanel* panel = openReplacement(w, kDrafted);
        QVERIFY(panel);
        TableDocument* doc = w.main->window->documents()->current();
        uid = doc->uid();
        const QString registered = panel->editor()->toPlainText();
        // Type into the editor: a new column at the start of the columns array.
        const int columnsAt = registered.indexOf(QStringLiteral("\"columns\": ["));
        QVERIFY2(columnsAt >= 0, qPrintable(registered.left(300)));
        const int at = columnsAt + int(QStringLiteral("\"columns\": [").size());
        QTextCursor cursor(panel->editor()->document());
        cursor.setPosition(at);
        panel->editor()->setTextCursor(cursor);
        panel->editor()->setFocus();
        QTest::keyClicks(panel->editor(),
                         QStringLiteral("{\"name\": \"nickname\", \"data_type\": \"string\"}, "));
        typed = panel->editor()->toPlainText();
        QVERIFY(typed != registered);
        QVERIFY(!panel->editor()->syntaxError());

        // Close the table and open it again.
        QPointer<TableDocument> closing = doc;
        w.main->window->documents()->closeCurrent();
        QVERIFY(QTest::qWaitFor([&] { return closing.isNull(); }, 5000));
        ReplacementPanel* reopened = openReplacement(w, kDrafted);
        QVERIFY(reopened);
        QCOMPARE(reopened->editor()->toPlainText(), typed);
        QVERIFY2(reopened->draftStatusText().startsWith(QStringLiteral("Draft restored")),
                 qPrintable(reopened->draftStatusText()));
        // The window's settings live in a temporary folder that goes with it: keep the file
        // as the draft left it on disk.
        QFile::remove(settingsFile);
        QVERIFY(QFile::copy(w.main->settings->fileName(), settingsFile));
    }
    // A fresh Settings instance on the same file, as after restarting the app.
    Settings fresh(settingsFile);
    ContractDraftStore store(fresh);
    const auto draft = store.load(uid);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->text, typed);
    {
        contract::registerTabs();
        discovery::Window again(m_fx.url, m_fx.token);
        contract::DraftScope scope(&fresh);
        ReplacementPanel* restored = nullptr;
        TableDocument* doc = again.openAndWait(kDrafted, QStringLiteral("contract"));
        auto* tab = contract::tabOf<ContractTab>(doc, "contract");
        QVERIFY(tab);
        restored = tab->replacementPanel();
        QCOMPARE(restored->editor()->toPlainText(), typed);
        // Discarding puts the registered contract back and forgets the draft.
        restored->discardDraft();
        QVERIFY(restored->editor()->toPlainText() != typed);
        QVERIFY(!store.load(uid).has_value());
        again.window.reset();
    }
    Settings afterDiscard(settingsFile);
    QVERIFY(!ContractDraftStore(afterDiscard).load(uid).has_value());
}

QTEST_MAIN(TestContractLive)
#include "tst_contract_live.moc"
