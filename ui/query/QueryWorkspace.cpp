#include "ui/query/QueryWorkspace.h"

#include "core/sql/SelectBuilder.h"
#include "ui/DocumentArea.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/Theme.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/query/QueryConsole.h"
#include "ui/query/SqlEditor.h"
#include "ui/table/TableDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace cc::ui {

namespace {
const QString kDrafts = QStringLiteral("queryDrafts");
} // namespace

QueryWorkspace::QueryWorkspace(MainWindow& window, Settings& settings, bool restoreDrafts)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
    , m_restoreDrafts(restoreDrafts) {
    setObjectName(QStringLiteral("queryWorkspace"));
    createActions();
    m_persistTimer.setSingleShot(true);
    m_persistTimer.setInterval(400);
    connect(&m_persistTimer, &QTimer::timeout, this, &QueryWorkspace::persistDrafts);
    connect(window.session(), &ConnectionSession::clientChanged, this,
            &QueryWorkspace::onClientChanged);
    connect(window.documents(), &DocumentArea::currentDocumentChanged, this,
            &QueryWorkspace::updateActions);
    connect(window.documents(), &DocumentArea::documentLoaded, this,
            &QueryWorkspace::updateActions);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        persistDrafts();
        m_closing = true;
    });
    window.installEventFilter(this);
    if (window.session()->client())
        onClientChanged(window.session()->client());
    updateActions();
}

QueryWorkspace::~QueryWorkspace() {
    m_closing = true;
    for (const QPointer<QueryConsole>& console : m_consoles)
        if (console)
            disconnect(console, nullptr, this, nullptr);
}

QueryWorkspace* QueryWorkspace::forWidget(const QWidget* widget) {
    if (!widget)
        return nullptr;
    const QWidget* top = widget->window();
    return top ? top->findChild<QueryWorkspace*>(QStringLiteral("queryWorkspace"),
                                                 Qt::FindDirectChildrenOnly)
               : nullptr;
}

void QueryWorkspace::createActions() {
    const AppActions& a = m_window.actions();
    auto make = [this](const QString& text, const QString& icon, const QList<QKeySequence>& keys) {
        auto* action = new QAction(theme::icon(icon), text, &m_window);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window.addAction(action);
        return action;
    };
    m_newQuery =
        make(tr("&New Query"), QStringLiteral("query"),
             {QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
    m_newQuery->setStatusTip(tr("Open a query console"));
    m_queryTable = make(tr("&Query This Table"), QStringLiteral("query"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    m_queryTable->setStatusTip(tr("Open a query console scoped to the current table"));
    m_browseData = make(tr("&Browse Data"), QStringLiteral("rows"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_browseData->setStatusTip(tr("Show the current table's rows"));
    connect(m_newQuery, &QAction::triggered, this, [this] { newConsole(); });
    connect(m_queryTable, &QAction::triggered, this, [this] {
        if (TableDocument* doc = m_window.documents()->current())
            if (const TableSnapshot* s = doc->snapshot())
                queryTable(s->table);
    });
    connect(m_browseData, &QAction::triggered, this, &QueryWorkspace::browseCurrentTable);

    m_menu = new QMenu(tr("&Query"), &m_window);
    m_menu->addAction(m_newQuery);
    m_menu->addSeparator();
    m_menu->addAction(m_queryTable);
    m_menu->addAction(m_browseData);
    QMenuBar* bar = m_window.menuBar();
    const QList<QAction*> menus = bar->actions();
    // Before Help, which stays last.
    if (!menus.isEmpty())
        bar->insertMenu(menus.last(), m_menu);
    else
        bar->addMenu(m_menu);
    m_window.documents()->setStartActions(
        {a.focusSearch, a.quickOpen, m_newQuery, a.back, a.refresh, a.shortcuts});
}

void QueryWorkspace::updateActions() {
    TableDocument* doc = m_window.documents()->current();
    const bool table = doc && doc->isLoaded();
    m_newQuery->setEnabled(m_client != nullptr);
    m_queryTable->setEnabled(table);
    m_browseData->setEnabled(table);
}

void QueryWorkspace::onClientChanged(ApiClient* client) {
    // The document area closes every tab on a switch; those consoles' drafts stay stored.
    for (const QPointer<QueryConsole>& console : m_consoles)
        if (console)
            disconnect(console, nullptr, this, nullptr);
    m_consoles.clear();
    m_persistTimer.stop();
    m_client = client;
    m_profile = client ? m_window.session()->profile() : ConnectionProfile();
    updateActions();
    if (!client || !m_restoreDrafts)
        return;
    for (const QString& line : storedDrafts()) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            newConsole(QueryDraft::fromJson(doc.object()));
    }
}

QStringList QueryWorkspace::storedDrafts() const {
    if (!m_client)
        return {};
    return m_settings.value(kDrafts, QueryConsole::profileKey(m_profile)).toStringList();
}

void QueryWorkspace::track(QueryConsole* console) {
    m_consoles << console;
    connect(console, &QueryConsole::titleChanged, this, [this, console](const QString& title) {
        QTabWidget* tabs = m_window.documents()->tabs();
        const int index = tabs->indexOf(console);
        if (index >= 0)
            tabs->setTabText(index, title);
    });
    connect(console, &QueryConsole::draftChanged, this, [this] { m_persistTimer.start(); });
    connect(console, &QueryConsole::notice, this,
            [this](const QString& text) { m_window.statusBar()->showMessage(text, 5000); });
    connect(console, &QObject::destroyed, this, [this, console] {
        // A console the user closed: its draft goes (it stays in the history if it ran).
        for (auto it = m_consoles.begin(); it != m_consoles.end();)
            it = it->isNull() || it->data() == console ? m_consoles.erase(it) : it + 1;
        if (!m_closing)
            persistDrafts();
    });
}

QueryConsole* QueryWorkspace::newConsole(const QueryDraft& draft) {
    if (!m_client) {
        m_window.statusBar()->showMessage(tr("Not connected: choose a connection first."), 5000);
        return nullptr;
    }
    auto* console = new QueryConsole(m_client, m_profile, m_settings);
    if (!draft.isEmpty())
        console->setDraft(draft);
    track(console);
    m_window.documents()->addPage(console, theme::icon(QStringLiteral("query")), console->title());
    console->editor()->setFocus();
    persistDrafts();
    return console;
}

QueryConsole* QueryWorkspace::queryTable(const MetaTable& table, const QString& sql) {
    QueryDraft draft;
    draft.sql = sql.isEmpty() ? sql::browseTableSql(table).sql : sql;
    draft.maxRows = m_settings.intValue(QStringLiteral("query"), QStringLiteral("maxRows"));
    draft.statementTimeoutMs =
        m_settings.intValue(QStringLiteral("query"), QStringLiteral("timeoutMs"));
    QueryConsole* console = newConsole();
    if (!console)
        return nullptr;
    console->addScopeTable(table, QStringLiteral("t"));
    draft.scope = console->draft().scope;
    console->setDraft(draft);
    return console;
}

bool QueryWorkspace::browseCurrentTable() {
    TableDocument* doc = m_window.documents()->current();
    return doc && doc->showTab(QStringLiteral("data"));
}

QList<QueryConsole*> QueryWorkspace::consoles() const {
    QList<QueryConsole*> out;
    for (const QPointer<QueryConsole>& console : m_consoles)
        if (console)
            out << console;
    return out;
}

void QueryWorkspace::persistDrafts() {
    m_persistTimer.stop();
    if (m_closing || !m_client)
        return;
    QStringList lines;
    for (QueryConsole* console : consoles()) {
        const QueryDraft draft = console->draft();
        if (!draft.isEmpty())
            lines << QString::fromUtf8(
                QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    }
    const QString key = QueryConsole::profileKey(m_profile);
    if (lines.isEmpty())
        m_settings.remove(kDrafts, key);
    else
        m_settings.setValue(kDrafts, key, lines);
}

bool QueryWorkspace::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && event->type() == QEvent::Close) {
        persistDrafts();
        m_closing = true; // the consoles about to be destroyed keep their drafts
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc::ui
