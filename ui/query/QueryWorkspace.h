#pragma once

#include "core/MetaTable.h"
#include "ui/connection/ConnectionProfile.h"
#include "ui/query/QueryDraft.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;

namespace cc {
class ApiClient;
}

namespace cc::ui {

class MainWindow;
class QueryConsole;
class Settings;

// Query consoles in a main window: the Query menu (New Query Ctrl+T / Ctrl+Shift+Q,
// Query This Table, Browse Data), console tabs in the document area, and the drafts of
// the open consoles, kept per connection profile in the settings and reopened when that
// profile connects again.
class QueryWorkspace : public QObject {
    Q_OBJECT

public:
    // A child of `window`. With `restoreDrafts`, the consoles open when the app last closed
    // reopen when their profile connects.
    QueryWorkspace(MainWindow& window, Settings& settings, bool restoreDrafts);
    ~QueryWorkspace() override;

    // The workspace of the window `widget` is in, if it has one.
    static QueryWorkspace* forWidget(const QWidget* widget);

    Settings& settings() const { return m_settings; }
    QueryConsole* newConsole(const QueryDraft& draft = QueryDraft());
    // A console scoped to `table` (alias `t`) with `sql`, else its browse SELECT.
    QueryConsole* queryTable(const MetaTable& table, const QString& sql = QString());
    // Shows the `data` tab of the current table document; false without one.
    bool browseCurrentTable();
    QList<QueryConsole*> consoles() const;
    // Writes the open consoles' drafts now (also done shortly after every edit).
    void persistDrafts();
    QStringList storedDrafts() const;

    QAction* newQueryAction() const { return m_newQuery; }
    QAction* queryTableAction() const { return m_queryTable; }
    QAction* browseDataAction() const { return m_browseData; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void onClientChanged(ApiClient* client);
    void updateActions();
    void track(QueryConsole* console);

    MainWindow& m_window;
    Settings& m_settings;
    bool m_restoreDrafts;
    bool m_closing = false;
    QPointer<ApiClient> m_client;
    ConnectionProfile m_profile;
    QList<QPointer<QueryConsole>> m_consoles;
    QTimer m_persistTimer;
    QMenu* m_menu = nullptr;
    QAction* m_newQuery = nullptr;
    QAction* m_queryTable = nullptr;
    QAction* m_browseData = nullptr;
};

} // namespace cc::ui
