#include "ui/query/QueryConsole.h"

#include "core/sql/SqlStatementCheck.h"
#include "net/ApiClient.h"
#include "net/ExecutePager.h"
#include "ui/Settings.h"
#include "ui/Theme.h"
#include "ui/query/ParameterForm.h"
#include "ui/query/QueryHistory.h"
#include "ui/query/ResultModel.h"
#include "ui/query/ResultPanel.h"
#include "ui/query/ScopePicker.h"
#include "ui/query/SqlEditor.h"
#include "ui/query/WriteConfirmDialog.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
const QString kQuery = QStringLiteral("query");

QString lineAndColumn(const QString& text, int position) {
    position = std::clamp(position, 0, int(text.size()));
    const QStringView before = QStringView(text).left(position);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = position - int(before.lastIndexOf(QLatin1Char('\n')));
    return QueryConsole::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

QueryConsole::QueryConsole(ApiClient* client, const ConnectionProfile& profile, Settings& settings,
                           QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_profile(profile)
    , m_settings(settings) {
    setObjectName(QStringLiteral("queryConsole"));
    buildUi();
    m_scope->setClient(client);
    m_scope->setWritesAllowed(profile.allowWrites);
    m_results->setClient(client);
    m_results->setPageSize(m_settings.intValue(kQuery, QStringLiteral("pageSize")));
    m_results->model()->setResidentRowLimit(
        m_settings.value(kQuery, QStringLiteral("residentRows")).toLongLong());
    m_maxRows->setValue(m_settings.intValue(kQuery, QStringLiteral("maxRows")));
    m_timeout->setValue(
        std::max(1, m_settings.intValue(kQuery, QStringLiteral("timeoutMs")) / 1000));
    if (client) {
        m_writePager = new ExecutePager(client, this);
        connect(m_writePager, &ExecutePager::finished, this, [this](const ExecuteSummary& s) {
            m_results->showWriteOutcome(s.operation.toUpper(), s.rowCount, s.elapsedMs);
            updateRunning();
        });
        connect(m_writePager, &ExecutePager::failed, this, [this](const ApiError& error) {
            m_results->showError(error);
            updateRunning();
        });
    }
    updateTitle();
}

QueryConsole::~QueryConsole() = default;

QString QueryConsole::profileKey(const ConnectionProfile& profile) {
    return profile.ephemeral ? QStringLiteral("url:") + profile.baseUrl.toString() : profile.id;
}

void QueryConsole::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runAction = bar->addAction(theme::icon(QStringLiteral("play")), tr("Run"));
    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_runAction->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_cancelAction = bar->addAction(theme::icon(QStringLiteral("stop")), tr("Cancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setToolTip(tr("Abort the request in flight (Esc)"));
    m_cancelAction->setEnabled(false);
    addAction(m_runAction);
    addAction(m_cancelAction);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Max rows "), bar));
    m_maxRows = new QSpinBox(bar);
    m_maxRows->setRange(1, 50'000'000);
    m_maxRows->setGroupSeparatorShown(true);
    m_maxRows->setToolTip(tr("limits.max_rows: the most rows this query may return"));
    bar->addWidget(m_maxRows);
    bar->addWidget(new QLabel(tr("  Timeout "), bar));
    m_timeout = new QSpinBox(bar);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("limits.statement_timeout_ms: the server stops the statement after "
                             "this long"));
    bar->addWidget(m_timeout);
    bar->addSeparator();
    m_history = new QToolButton(bar);
    m_history->setText(tr("History"));
    m_history->setIcon(theme::icon(QStringLiteral("history")));
    m_history->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_history->setPopupMode(QToolButton::InstantPopup);
    m_history->setMenu(new QMenu(m_history));
    connect(m_history->menu(), &QMenu::aboutToShow, this, &QueryConsole::fillHistoryMenu);
    bar->addWidget(m_history);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_writesBadge = new QLabel(bar);
    m_writesBadge->setText(m_profile.allowWrites ? tr("Writes allowed (with confirmation)  ")
                                                 : tr("Read-only  "));
    QPalette badge = m_writesBadge->palette();
    badge.setColor(QPalette::WindowText, m_profile.allowWrites
                                             ? theme::toneColor(theme::Tone::Warning)
                                             : theme::mutedText());
    m_writesBadge->setPalette(badge);
    bar->addWidget(m_writesBadge);
    layout->addWidget(bar);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    auto* top = new QSplitter(Qt::Horizontal, vertical);
    top->setChildrenCollapsible(false);

    auto* editorColumn = new QWidget(top);
    auto* editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_editor = new SqlEditor(editorColumn);
    m_editor->setFrameShape(QFrame::NoFrame);
    editorLayout->addWidget(m_editor, 1);
    m_issues = new QLabel(editorColumn);
    m_issues->setObjectName(QStringLiteral("queryIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setContentsMargins(10, 4, 10, 4);
    m_issues->hide();
    connect(m_issues, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("pos:")))
            m_editor->goToPosition(link.mid(4).toInt());
    });
    editorLayout->addWidget(m_issues);

    auto* side = new QWidget(top);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 6, 6);
    auto* scopeBox = new QGroupBox(tr("Scope"), side);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new ScopePicker(scopeBox);
    scopeLayout->addWidget(m_scope);
    sideLayout->addWidget(scopeBox, 3);
    auto* paramBox = new QGroupBox(tr("Parameters"), side);
    auto* paramLayout = new QVBoxLayout(paramBox);
    auto* paramScroll = new QScrollArea(paramBox);
    paramScroll->setWidgetResizable(true);
    paramScroll->setFrameShape(QFrame::NoFrame);
    m_parameters = new ParameterForm(paramScroll);
    paramScroll->setWidget(m_parameters);
    paramLayout->addWidget(paramScroll);
    sideLayout->addWidget(paramBox, 2);
    top->addWidget(editorColumn);
    top->addWidget(side);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    m_results = new ResultPanel(vertical);
    vertical->addWidget(top);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    layout->addWidget(vertical, 1);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    connect(&m_checkTimer, &QTimer::timeout, this, &QueryConsole::onSqlChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_checkTimer.start();
        if (!m_restoring)
            emit draftChanged();
    });
    connect(m_editor, &SqlEditor::runRequested, this, [this] { run(); });
    connect(m_editor, &SqlEditor::cancelRequested, this, &QueryConsole::cancel);
    connect(m_runAction, &QAction::triggered, this, [this] { run(); });
    connect(m_cancelAction, &QAction::triggered, this, &QueryConsole::cancel);
    connect(m_scope, &ScopePicker::changed, this, [this] {
        m_editor->setScope(m_scope->entries());
        updateTitle();
        if (!m_restoring)
            emit draftChanged();
    });
    connect(m_parameters, &ParameterForm::changed, this, [this] {
        if (!m_restoring)
            emit draftChanged();
    });
    for (QSpinBox* box : {m_maxRows, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_restoring)
                emit draftChanged();
        });
    connect(m_results, &ResultPanel::busyChanged, this, &QueryConsole::updateRunning);
    connect(m_results, &ResultPanel::notice, this, &QueryConsole::notice);
}

QueryDraft QueryConsole::draft() const {
    QueryDraft d;
    d.sql = m_editor->toPlainText();
    d.parameters = m_parameters->entries();
    d.scope = m_scope->entries();
    d.maxRows = m_maxRows->value();
    d.statementTimeoutMs = qint64(m_timeout->value()) * 1000;
    return d;
}

void QueryConsole::setDraft(const QueryDraft& draft) {
    m_restoring = true;
    m_scope->setEntries(draft.scope);
    m_parameters->setEntries(draft.parameters);
    m_editor->setPlainText(draft.sql);
    m_maxRows->setValue(int(std::clamp<qint64>(draft.maxRows, 1, m_maxRows->maximum())));
    m_timeout->setValue(int(std::clamp<qint64>(draft.statementTimeoutMs / 1000, 1, 3600)));
    onSqlChanged();
    m_restoring = false;
    emit draftChanged();
}

bool QueryConsole::addScopeTable(const MetaTable& table, const QString& alias) {
    return m_scope->addTable(table, alias);
}

void QueryConsole::onSqlChanged() {
    m_checkTimer.stop();
    const QString sql = m_editor->toPlainText();
    m_parameters->setNames(sql::placeholders(sql));
    if (sql.trimmed().isEmpty()) {
        showIssues({}, {});
        return;
    }
    // While typing only the text's own checks; scope and parameters are checked on Run.
    const ConsoleOperation op = buildConsoleOperation(draft(), m_profile.allowWrites);
    showIssues(op.issues, {});
}

void QueryConsole::showIssues(const std::vector<sql::SqlIssue>& issues,
                              const std::vector<sql::OperationError>& errors) {
    const QString sql = m_editor->toPlainText();
    QStringList lines;
    const QString danger = theme::toneColor(theme::Tone::Danger).name();
    const QString warning = theme::toneColor(theme::Tone::Warning).name();
    for (const sql::SqlIssue& issue : issues) {
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> <a href=\"pos:%3\">%4</a>: %5")
                     .arg(issue.isError() ? danger : warning,
                          issue.isError() ? tr("Error") : tr("Warning"))
                     .arg(issue.position)
                     .arg(lineAndColumn(sql, issue.position), issue.message.toHtmlEscaped());
    }
    for (const sql::OperationError& e : errors)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                     .arg(danger, tr("Error"), e.message.toHtmlEscaped());
    m_issues->setText(lines.join(QStringLiteral("<br>")));
    m_issues->setVisible(!lines.isEmpty());
}

QString QueryConsole::issuesText() const {
    return m_issues->isHidden() ? QString()
                                : QTextDocumentFragment::fromHtml(m_issues->text()).toPlainText();
}

bool QueryConsole::run() {
    // The form may still list the previous text's placeholders (it follows edits on a timer).
    m_parameters->setNames(sql::placeholders(m_editor->toPlainText()));
    const QueryDraft d = draft();
    ConsoleOperation op = buildConsoleOperation(d, m_profile.allowWrites);
    const bool parametersOk = m_parameters->validate();
    m_last = op;
    showIssues(op.issues, op.errors);
    if (!op.ok() || !parametersOk) {
        emit notice(tr("The query was not sent: fix the problems under the editor."));
        return false;
    }
    if (!m_client) {
        emit notice(tr("Not connected to a server."));
        return false;
    }
    QueryHistory(m_settings, profileKey(m_profile)).add(d);
    if (op.isWrite) {
        runWrite(op);
        return true;
    }
    m_results->run(op.operation);
    updateRunning();
    return true;
}

void QueryConsole::runWrite(const ConsoleOperation& op) {
    WriteConfirmDialog dialog(op.operation, m_scope->entries(), this);
    dialog.setObjectName(QStringLiteral("writeConfirmDialog"));
    if (dialog.exec() != QDialog::Accepted) {
        emit notice(tr("The %1 was not run.").arg(op.operation.operation.toUpper()));
        return;
    }
    m_results->model()->clear();
    m_results->showIdle(tr("Running the %1…").arg(op.operation.operation.toUpper()), QString());
    m_writePager->start(op.operation);
    updateRunning();
}

void QueryConsole::cancel() {
    m_results->cancel();
    if (m_writePager && m_writePager->isRunning())
        m_writePager->cancel();
    updateRunning();
}

bool QueryConsole::isRunning() const {
    return m_results->isBusy() || (m_writePager && m_writePager->isRunning());
}

void QueryConsole::updateRunning() {
    m_cancelAction->setEnabled(isRunning());
}

void QueryConsole::fillHistoryMenu() {
    QMenu* menu = m_history->menu();
    menu->clear();
    QueryHistory history(m_settings, profileKey(m_profile));
    const auto entries = history.entries();
    if (entries.empty()) {
        menu->addAction(tr("No queries run yet"))->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const QueryHistory::Entry& e : entries) {
        QString text = e.draft.summary();
        if (text.size() > 80)
            text = text.left(79) + QStringLiteral("…");
        QAction* a = menu->addAction(text);
        a->setToolTip(e.draft.sql);
        a->setStatusTip(locale.toString(e.ranAt.toLocalTime(), QLocale::ShortFormat));
        const QueryDraft draft = e.draft;
        connect(a, &QAction::triggered, this, [this, draft] { setDraft(draft); });
    }
    menu->addSeparator();
    menu->addAction(tr("Clear History"), this,
                    [this] { QueryHistory(m_settings, profileKey(m_profile)).clear(); });
}

QString QueryConsole::title() const {
    return m_title;
}

void QueryConsole::updateTitle() {
    const auto& entries = m_scope->entries();
    const QString title =
        entries.empty()
            ? tr("Query")
            : tr("Query: %1").arg(entries.front().displayName) +
                  (entries.size() > 1 ? QStringLiteral(" +%1").arg(entries.size() - 1) : QString());
    if (title == m_title)
        return;
    m_title = title;
    emit titleChanged(title);
}

} // namespace cc::ui
