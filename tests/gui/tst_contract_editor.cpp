// The contract and introspection widgets without a server: the live JSON check in the
// editor, JSON paths located in text, drafts kept per table across panels and Settings
// instances, broken files, the side-by-side alignment, the diff view, snapshot pages and
// relative times.
#include "core/codec/ContractCodec.h"
#include "core/codec/IntrospectionCodec.h"
#include "core/codec/JsonParse.h"
#include "ui/Settings.h"
#include "ui/contract/ContractDiffView.h"
#include "ui/contract/ContractDraftStore.h"
#include "ui/contract/ContractEditor.h"
#include "ui/contract/ContractSideBySide.h"
#include "ui/contract/JsonPathLocator.h"
#include "ui/contract/ReplacementPanel.h"
#include "ui/contract/ValidationResultView.h"
#include "ui/introspection/RelativeTime.h"
#include "ui/introspection/SnapshotView.h"
#include "ui/table/CellTableModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

namespace {
const QString kUid = QStringLiteral("0b6f3c1e-7d2a-4f4b-9c1d-2e3f4a5b6c7d");

const char* kContract = R"({
  "version": "relational-table.v1",
  "physical": {"schema": "crm", "table_name": "contacts"},
  "columns": [
    {"name": "contact_id", "data_type": "int64", "backend_type": "BIGINT", "nullable": false, "primary_key": true},
    {"name": "email", "data_type": "string", "backend_type": "TEXT", "nullable": true},
    {"name": "phone", "data_type": "string", "backend_type": "TEXT", "nullable": true}
  ],
  "constraints": []
})";

TableContract contractFrom(const QByteArray& text) {
    const auto parsed = parseJson(text);
    if (!parsed)
        return TableContract();
    const auto decoded = decodeTableContract(parsed.value());
    return decoded ? decoded.value() : TableContract();
}

QString textOfSpan(const QByteArray& text, const JsonTextSpan& span) {
    return QString::fromUtf8(text.mid(span.start, span.end - span.start));
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestContractEditor : public QObject {
    Q_OBJECT

private slots:
    void syntaxErrorMarkedAtLineAndColumn();
    void fixingTheErrorClearsTheMark();
    void unexpectedTokenMarkedWhole();
    void validateRefusesBrokenJsonAndKeepsIt();
    void locatorFindsBackendPaths();
    void locatorFallsBackToEnclosingValue();
    void issuePathSelectsTextInEditor();
    void draftSurvivesPanelAndSettingsInstances();
    void discardDraftRestoresRegistered();
    void brokenFileLeavesEditorAlone();
    void goodFileLoadsUndoably();
    void sideBySideAlignsAndTints();
    void diffViewOrdersAndExports();
    void snapshotViewShowsUnknownKeys();
    void relativeTimes();

private:
    QTemporaryDir m_dir;
};

void TestContractEditor::syntaxErrorMarkedAtLineAndColumn() {
    ReplacementPanel panel;
    panel.resize(1200, 700);
    panel.show();
    panel.setTable(kUid, QStringLiteral("crm.contacts"), contractFrom(kContract),
                   QString::fromUtf8(kContract), nullptr);
    ContractEditor* editor = panel.editor();
    QVERIFY(!editor->syntaxError());

    // Type a trailing comma after the email column's last value, as a user would.
    const QString original = editor->toPlainText();
    const int at = original.indexOf(QStringLiteral("\"nullable\": true}")) +
                   int(QStringLiteral("\"nullable\": true").size());
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QSignalSpy changed(editor, &ContractEditor::syntaxChanged);
    QTest::keyClicks(editor, QStringLiteral(","));
    QVERIFY(changed.wait(3000));

    const auto& error = editor->syntaxError();
    QVERIFY(error.has_value());
    QCOMPARE(error->line, 6); // the email column's line
    const QString line6 = editor->toPlainText().split(QLatin1Char('\n')).at(5);
    QCOMPARE(error->column, int(line6.indexOf(QStringLiteral(",}"))) + 2); // at the '}'
    QVERIFY2(
        panel.syntaxStatusText().contains(QStringLiteral("Line 6, column %1").arg(error->column)),
        qPrintable(panel.syntaxStatusText()));
    // The text is exactly what was typed.
    QCOMPARE(editor->toPlainText(), original.left(at) + QLatin1Char(',') + original.mid(at));

    // The spot is marked: a wavy underline on the character the parser stopped at.
    bool marked = false;
    for (const QTextEdit::ExtraSelection& s : editor->extraSelections())
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            marked = true;
            QCOMPARE(s.cursor.selectionStart(), editor->positionOfByte(error->offset));
            QCOMPARE(s.cursor.selectedText(), QStringLiteral("}"));
            QCOMPARE(s.cursor.blockNumber(), 5);
        }
    QVERIFY(marked);

    QVERIFY(editor->goToError());
    QCOMPARE(editor->textCursor().blockNumber() + 1, error->line);
    QCOMPARE(editor->textCursor().positionInBlock() + 1, error->column);
}

void TestContractEditor::fixingTheErrorClearsTheMark() {
    ContractEditor editor;
    editor.show();
    editor.setPlainText(QStringLiteral("{\"a\": [1, 2,]}"));
    editor.checkNow();
    QVERIFY(editor.syntaxError().has_value());
    QCOMPARE(editor.syntaxError()->column, 13);
    QTextCursor c(editor.document());
    c.setPosition(12); // after the comma
    editor.setTextCursor(c);
    QSignalSpy changed(&editor, &ContractEditor::syntaxChanged);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QVERIFY(changed.wait(3000));
    QVERIFY(!editor.syntaxError().has_value());
    QVERIFY(editor.extraSelections().isEmpty());
    QCOMPARE(editor.toPlainText(), QStringLiteral("{\"a\": [1, 2]}"));
}

void TestContractEditor::unexpectedTokenMarkedWhole() {
    ContractEditor editor;
    editor.setPlainText(QStringLiteral("{\"a\": 1 \"bee\": 2}"));
    editor.checkNow();
    QVERIFY(editor.syntaxError().has_value());
    // The parser stops at the end of the unexpected string; the mark covers all of it.
    QCOMPARE(editor.syntaxError()->column, 13);
    QString marked;
    for (const QTextEdit::ExtraSelection& s : editor.extraSelections())
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            marked = s.cursor.selectedText();
    QCOMPARE(marked, QStringLiteral("\"bee\""));

    editor.setPlainText(QStringLiteral("{\"a\": tru}"));
    editor.checkNow();
    QVERIFY(editor.syntaxError().has_value());
    for (const QTextEdit::ExtraSelection& s : editor.extraSelections())
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            marked = s.cursor.selectedText();
    QVERIFY2(marked.startsWith(QStringLiteral("tr")), qPrintable(marked));
}

void TestContractEditor::validateRefusesBrokenJsonAndKeepsIt() {
    ReplacementPanel panel;
    panel.setTable(kUid, QStringLiteral("t"), contractFrom(kContract), QString::fromUtf8(kContract),
                   nullptr);
    const QString broken = QStringLiteral("{\n  \"columns\": [\n    {\"name\": \"uid\",}\n  ]\n}");
    panel.editor()->replaceText(broken);
    QVERIFY(!panel.validate());
    QVERIFY(!panel.isValidating());
    QCOMPARE(panel.editor()->toPlainText(), broken);
    QCOMPARE(panel.editor()->textCursor().blockNumber(), 2); // moved to the error
    QVERIFY(panel.results()->verdictText().contains(QStringLiteral("line 3, column 20")));
}

void TestContractEditor::locatorFindsBackendPaths() {
    const QByteArray text(kContract);
    auto span = locateJsonPath(text, QStringLiteral("columns[1].data_type"));
    QVERIFY(span && span->exact);
    QCOMPARE(textOfSpan(text, *span), QStringLiteral("\"data_type\": \"string\""));
    span = locateJsonPath(text, QStringLiteral("physical.table_name"));
    QVERIFY(span && span->exact);
    QCOMPARE(textOfSpan(text, *span), QStringLiteral("\"table_name\": \"contacts\""));
    span = locateJsonPath(text, QStringLiteral("columns[2]"));
    QVERIFY(span && span->exact);
    QVERIFY(textOfSpan(text, *span).startsWith(QStringLiteral("{\"name\": \"phone\"")));
    QVERIFY(textOfSpan(text, *span).endsWith(QLatin1Char('}')));
    span = locateJsonPath(text, QStringLiteral("columns.0.nullable")); // DRF spelling
    QVERIFY(span && span->exact);
    QCOMPARE(textOfSpan(text, *span), QStringLiteral("\"nullable\": false"));
    span = locateJsonPath(text, QString());
    QVERIFY(span && span->exact);
    QCOMPARE(span->start, text.indexOf('{'));
    QCOMPARE(span->end, text.lastIndexOf('}') + 1);
    // Escapes and non-ASCII keys.
    const QByteArray odd =
        QStringLiteral("{\"a\\\"b\": 1, \"\u00e9t\u00e9\": [true, {\"x\": null}]}").toUtf8();
    span = locateJsonPath(odd, QStringLiteral("\u00e9t\u00e9[1].x"));
    QVERIFY(span && span->exact);
    QCOMPARE(textOfSpan(odd, *span), QStringLiteral("\"x\": null"));
}

void TestContractEditor::locatorFallsBackToEnclosingValue() {
    const QByteArray text(kContract);
    // A missing member: the column object that lacks it.
    auto span = locateJsonPath(text, QStringLiteral("columns[1].server_default"));
    QVERIFY(span);
    QVERIFY(!span->exact);
    QVERIFY(textOfSpan(text, *span).startsWith(QStringLiteral("{\"name\": \"email\"")));
    // An index past the end: the array.
    span = locateJsonPath(text, QStringLiteral("columns[7].name"));
    QVERIFY(span && !span->exact);
    QVERIFY(textOfSpan(text, *span).startsWith(QLatin1Char('[')));
    // Text that stops being JSON before the path: the start of what could be read.
    span = locateJsonPath("{\"columns\": [ {\"name\": ", QStringLiteral("columns[0].name"));
    QVERIFY(span && !span->exact);
    QVERIFY(!locateJsonPath("   ", QStringLiteral("columns")));
}

void TestContractEditor::issuePathSelectsTextInEditor() {
    ReplacementPanel panel;
    panel.show();
    panel.setTable(kUid, QStringLiteral("t"), contractFrom(kContract), QString::fromUtf8(kContract),
                   nullptr);
    QVERIFY(panel.selectPath(QStringLiteral("columns[2].backend_type")));
    QCOMPARE(panel.editor()->textCursor().selectedText(),
             QStringLiteral("\"backend_type\": \"TEXT\""));
    QCOMPARE(panel.editor()->textCursor().blockNumber(), 6);
    // Non-ASCII text before the spot: character positions, not bytes.
    panel.editor()->replaceText(QStringLiteral("{\"d\": \"\u00e9\u00e9\u00e9\", \"version\": 2}"));
    QVERIFY(panel.selectPath(QStringLiteral("version")));
    QCOMPARE(panel.editor()->textCursor().selectedText(), QStringLiteral("\"version\": 2"));
}

void TestContractEditor::draftSurvivesPanelAndSettingsInstances() {
    const QString ini = m_dir.filePath(QStringLiteral("drafts.ini"));
    const TableContract registered = contractFrom(kContract);
    const QString registeredText = QString::fromUtf8(kContract);
    QString typed;
    {
        Settings settings(ini);
        ContractDraftStore store(settings);
        {
            ReplacementPanel panel;
            panel.setDraftStore(&store);
            panel.show();
            panel.setTable(kUid, QStringLiteral("t"), registered, registeredText, nullptr);
            QCOMPARE(panel.editor()->toPlainText(), registeredText);
            QVERIFY(!store.load(kUid));
            QTextCursor c(panel.editor()->document());
            c.movePosition(QTextCursor::End);
            panel.editor()->setTextCursor(c);
            panel.editor()->setFocus();
            QTest::keyClicks(panel.editor(), QStringLiteral(" // half-typed"));
            typed = panel.editor()->toPlainText();
            QVERIFY(typed.endsWith(QStringLiteral("// half-typed")));
        } // closing the panel writes the pending draft
        QVERIFY(store.load(kUid).has_value());
        QCOMPARE(store.load(kUid)->text, typed);

        ReplacementPanel reopened;
        reopened.setDraftStore(&store);
        reopened.setTable(kUid, QStringLiteral("t"), registered, registeredText, nullptr);
        QCOMPARE(reopened.editor()->toPlainText(), typed);
        QVERIFY(reopened.draftStatusText().startsWith(QStringLiteral("Draft restored")));
        // Not JSON, and kept anyway.
        QVERIFY(reopened.editor()->syntaxError().has_value());
    }
    // A new Settings instance on the same file, as after a restart.
    Settings fresh(ini);
    ContractDraftStore store(fresh);
    QVERIFY(store.load(kUid).has_value());
    QCOMPARE(store.load(kUid)->text, typed);
    QVERIFY(store.load(kUid)->savedAt.isValid());
    QVERIFY(!store.load(QStringLiteral("another-table")));
    ReplacementPanel panel;
    panel.setDraftStore(&store);
    panel.setTable(kUid.toUpper(), QStringLiteral("t"), registered, registeredText, nullptr);
    QCOMPARE(panel.editor()->toPlainText(), typed);
}

void TestContractEditor::discardDraftRestoresRegistered() {
    const QString ini = m_dir.filePath(QStringLiteral("discard.ini"));
    const QString registeredText = QString::fromUtf8(kContract);
    {
        Settings settings(ini);
        ContractDraftStore store(settings);
        store.save(kUid, QStringLiteral("{\"draft\": true}"));
        ReplacementPanel panel;
        panel.setDraftStore(&store);
        panel.setTable(kUid, QStringLiteral("t"), contractFrom(kContract), registeredText, nullptr);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"draft\": true}"));
        panel.discardDraft();
        QCOMPARE(panel.editor()->toPlainText(), registeredText);
        QVERIFY(!store.load(kUid));
        // Undo brings the text back, and it is a draft again.
        panel.editor()->undo();
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"draft\": true}"));
        panel.flushDraft();
        QVERIFY(store.load(kUid));
        panel.discardDraft();
    }
    Settings fresh(ini);
    QVERIFY(!ContractDraftStore(fresh).load(kUid));
}

void TestContractEditor::brokenFileLeavesEditorAlone() {
    ReplacementPanel panel;
    panel.setTable(kUid, QStringLiteral("t"), contractFrom(kContract), QString::fromUtf8(kContract),
                   nullptr);
    panel.editor()->replaceText(QStringLiteral("{\"mine\": \"typed by hand\"}"));
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"version\": \"relational-table.v1\"\n  \"columns\": []\n}\n");
    f.close();
    QVERIFY(!panel.openFile(path));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"mine\": \"typed by hand\"}"));
    QVERIFY2(panel.loadErrorText().contains(QStringLiteral("broken.json is not valid JSON (line 3, "
                                                           "column 11")),
             qPrintable(panel.loadErrorText()));
    QVERIFY(panel.loadErrorText().contains(QStringLiteral("still holds your text")));

    QVERIFY(!panel.openFile(m_dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(panel.loadErrorText().contains(QStringLiteral("could not be opened")));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"mine\": \"typed by hand\"}"));

    const QString array = m_dir.filePath(QStringLiteral("array.json"));
    QFile a(array);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("[1, 2]");
    a.close();
    QVERIFY(!panel.openFile(array));
    QVERIFY(panel.loadErrorText().contains(QStringLiteral("not a contract object")));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"mine\": \"typed by hand\"}"));
}

void TestContractEditor::goodFileLoadsUndoably() {
    ReplacementPanel panel;
    panel.setTable(kUid, QStringLiteral("t"), contractFrom(kContract), QString::fromUtf8(kContract),
                   nullptr);
    panel.editor()->replaceText(QStringLiteral("{\"mine\": 1}"));
    const QString path = QStringLiteral(CC_FIXTURE_DIR "/contract-example.json");
    QVERIFY(panel.openFile(path));
    QCOMPARE(panel.editor()->toPlainText().toUtf8(), readFile(path));
    QVERIFY(panel.loadErrorText().isEmpty());
    panel.editor()->undo();
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("{\"mine\": 1}"));
}

void TestContractEditor::sideBySideAlignsAndTints() {
    const TableContract before = contractFrom(kContract);
    TableContract after = before;
    after.columns.erase(after.columns.begin() + 2); // phone removed
    after.columns[1].nullable = false;              // email NOT NULL
    Column channel;
    channel.name = QStringLiteral("channel");
    channel.dataType = QStringLiteral("string");
    after.columns.insert(after.columns.begin() + 1, channel); // added after contact_id
    const ContractDiff diff = ContractDiff::compare(before, after);

    ContractSideBySide view;
    view.setContracts(before, after, diff, QStringLiteral("Registered"),
                      QStringLiteral("Proposed"));
    const auto& rows = view.beforeModel()->rows();
    QCOMPARE(rows.size(), size_t(4));
    // contact_id, channel (only right), email, phone (only left)
    QCOMPARE(rows[0].before, 0);
    QCOMPARE(rows[0].after, 0);
    QCOMPARE(rows[1].before, -1);
    QCOMPARE(rows[1].after, 1);
    QCOMPARE(rows[2].before, 1);
    QCOMPARE(rows[2].after, 2);
    QCOMPARE(rows[3].before, 2);
    QCOMPARE(rows[3].after, -1);
    SideBySideModel* left = view.beforeModel();
    SideBySideModel* right = view.afterModel();
    QCOMPARE(right->index(1, SideBySideModel::Name).data().toString(), QStringLiteral("channel"));
    QVERIFY(left->index(1, SideBySideModel::Name).data().toString().isEmpty());
    QCOMPARE(left->cellSeverity(3, SideBySideModel::Name),
             std::optional<ContractChange::Severity>(ContractChange::Severity::Breaking));
    QCOMPARE(right->cellSeverity(2, SideBySideModel::Nullable),
             std::optional<ContractChange::Severity>(ContractChange::Severity::Breaking));
    QCOMPARE(right->cellSeverity(2, SideBySideModel::DataType), std::nullopt);
    QCOMPARE(right->cellSeverity(1, SideBySideModel::DataType),
             std::optional<ContractChange::Severity>(ContractChange::Severity::Compatible));
    QVERIFY(right->index(2, SideBySideModel::Nullable)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Breaking")));
    QVERIFY(!right->index(0, SideBySideModel::Name).data(Qt::BackgroundRole).isValid());
    QVERIFY(right->index(2, SideBySideModel::Nullable).data(Qt::BackgroundRole).isValid());
    QVERIFY(right->index(0, SideBySideModel::PrimaryKey).data(CellTableModel::MarkRole).toBool());
}

void TestContractEditor::diffViewOrdersAndExports() {
    const TableContract before = contractFrom(kContract);
    TableContract after = before;
    Column note;
    note.name = QStringLiteral("note");
    note.dataType = QStringLiteral("string");
    after.columns.push_back(note);
    after.columns[1].description = QStringLiteral("Work email");
    after.columns.erase(after.columns.begin() + 2);
    const ContractDiff diff = ContractDiff::compare(before, after);
    ContractDiffView view;
    view.setDiff(diff, QStringLiteral("crm.contacts-contract-diff"));
    ContractChangeModel* model = view.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->change(0)->severity, ContractChange::Severity::Breaking);
    QCOMPARE(model->change(1)->severity, ContractChange::Severity::Compatible);
    QCOMPARE(model->change(2)->severity, ContractChange::Severity::Cosmetic);
    QCOMPARE(model->index(0, ContractChangeModel::Severity).data().toString(),
             QStringLiteral("Breaking"));
    QCOMPARE(model->index(0, ContractChangeModel::Reason).data().toString(),
             diff.changes()[0].reason);
    QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!view.isShowingEmptyState());

    const QString md = m_dir.filePath(QStringLiteral("diff.md"));
    const QString json = m_dir.filePath(QStringLiteral("diff.json"));
    QVERIFY(view.exportTo(md, ContractDiffView::Format::Markdown));
    QVERIFY(view.exportTo(json, ContractDiffView::Format::Json));
    QCOMPARE(QString::fromUtf8(readFile(md)), diff.toMarkdown());
    const auto exported = parseJson(readFile(json));
    QVERIFY(exported);
    QCOMPARE(exported.value(), diff.toJson());
    QString error;
    QVERIFY(!view.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.md")),
                           ContractDiffView::Format::Markdown, &error));
    QVERIFY(!error.isEmpty());

    view.setDiff(ContractDiff::compare(before, before), QString());
    QVERIFY(view.isShowingEmptyState());
    QCOMPARE(model->rowCount(), 0);
}

void TestContractEditor::snapshotViewShowsUnknownKeys() {
    const auto parsed =
        parseJson(readFile(QStringLiteral(CC_FIXTURE_DIR "/introspection-snapshot-full.json")));
    QVERIFY(parsed);
    const auto snapshot = decodeIntrospectionSnapshot(parsed.value());
    QVERIFY(snapshot);
    SnapshotView view;
    view.setSnapshot(snapshot.value());
    QCOMPARE(view.model(SnapshotView::Columns)->rowCount(), 1);
    QCOMPARE(view.model(SnapshotView::Indexes)->rowCount(), 1);
    QCOMPARE(view.model(SnapshotView::Constraints)->rowCount(), 1);
    QCOMPARE(view.model(SnapshotView::ForeignKeys)->rowCount(), 1);
    QCOMPARE(view.otherKeys(), QStringList{QStringLiteral("row_estimate")});
    QCOMPARE(view.model(SnapshotView::OtherKeys)->cell(0, 1)->text, QStringLiteral("1200"));
    QVERIFY(view.pages()->isTabVisible(SnapshotView::OtherKeys));
    QCOMPARE(view.model(SnapshotView::ForeignKeys)->cell(0, 2)->text,
             QStringLiteral("public.acme_crm__owner"));
    QCOMPARE(view.model(SnapshotView::ForeignKeys)->cell(0, 4)->text, QStringLiteral("RESTRICT"));
    QVERIFY(view.pages()->tabText(SnapshotView::Columns).contains(QStringLiteral("(1)")));

    IntrospectionSnapshot plain = snapshot.value();
    plain.raw.erase("row_estimate");
    view.setSnapshot(plain);
    QVERIFY(view.otherKeys().isEmpty());
    QVERIFY(!view.pages()->isTabVisible(SnapshotView::OtherKeys));
}

void TestContractEditor::relativeTimes() {
    const QDateTime now = QDateTime(QDate(2026, 8, 7), QTime(12, 0), Qt::UTC);
    QCOMPARE(relativeTime(now.addSecs(-10), now), QStringLiteral("just now"));
    QCOMPARE(relativeTime(now.addSecs(-60), now), QStringLiteral("1 minute ago"));
    QCOMPARE(relativeTime(now.addSecs(-25 * 60), now), QStringLiteral("25 minutes ago"));
    QCOMPARE(relativeTime(now.addSecs(-3 * 3600 - 60), now), QStringLiteral("3 hours ago"));
    QCOMPARE(relativeTime(now.addDays(-5), now), QStringLiteral("5 days ago"));
    QVERIFY(relativeTime(now.addDays(-90), now).startsWith(QStringLiteral("on ")));
    QCOMPARE(relativeTime(QDateTime(), now), QStringLiteral("at an unknown time"));
    const QDateTime parsed = parseTimestamp(QStringLiteral("2026-08-07T09:00:00Z"));
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), QDateTime(QDate(2026, 8, 7), QTime(9, 0), Qt::UTC));
    QVERIFY(parseTimestamp(QStringLiteral("2026-08-07T09:00:00.123+02:00")).isValid());
    QVERIFY(!parseTimestamp(QStringLiteral("yesterday")).isValid());
    QVERIFY(exactTime(parsed).contains(QStringLiteral("2026-08-07 09:00:00 UTC")));
}

QTEST_MAIN(TestContractEditor)
#include "tst_contract_editor.moc"
