#pragma once

#include "core/ApiError.h"
#include "core/MetaTable.h"
#include "ui/connection/ConnectionProfile.h"
#include "ui/query/ConsoleOperation.h"
#include "ui/query/QueryDraft.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QToolButton;

namespace cc {
class ApiClient;
class ExecutePager;
} // namespace cc

namespace cc::ui {

class ParameterForm;
class ResultPanel;
class ScopePicker;
class Settings;
class SqlEditor;

// A query console, one document tab: the SQL editor with its checks, the scope and the
// parameter form on the side, limits and Run/Cancel in a tool bar, the paged results
// below. What the user typed stays through errors, re-runs and tab switches; the
// workspace keeps it across restarts as a draft. Writes run only when the profile allows
// them, after a confirmation.
class QueryConsole : public QWidget {
    Q_OBJECT

public:
    QueryConsole(ApiClient* client, const ConnectionProfile& profile, Settings& settings,
                 QWidget* parent = nullptr);
    ~QueryConsole() override;

    QueryDraft draft() const;
    void setDraft(const QueryDraft& draft);
    // Adds a table to the scope (an alias is chosen when empty).
    bool addScopeTable(const MetaTable& table, const QString& alias = QString());
    QString title() const;

    // Checks and sends the query (Ctrl+Enter); false when a check stopped it.
    bool run();
    // Escape: aborts the request in flight.
    void cancel();
    bool isRunning() const;

    // The checks shown under the editor, as plain text.
    QString issuesText() const;
    // The operation of the last run (or attempt).
    const ConsoleOperation& lastOperation() const { return m_last; }

    SqlEditor* editor() const { return m_editor; }
    ParameterForm* parameters() const { return m_parameters; }
    ScopePicker* scope() const { return m_scope; }
    ResultPanel* results() const { return m_results; }
    QSpinBox* maxRowsBox() const { return m_maxRows; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QToolButton* historyButton() const { return m_history; }

    // Where history and drafts of a profile are kept: its id, or its URL when it lives for
    // one run only (--url/--token).
    static QString profileKey(const ConnectionProfile& profile);

signals:
    void titleChanged(const QString& title);
    // Anything the user typed or picked changed.
    void draftChanged();
    void notice(const QString& text);

private:
    void buildUi();
    void onSqlChanged();
    void showIssues(const std::vector<sql::SqlIssue>& issues,
                    const std::vector<sql::OperationError>& errors);
    void runWrite(const ConsoleOperation& op);
    void fillHistoryMenu();
    void updateTitle();
    void updateRunning();

    QPointer<ApiClient> m_client;
    ConnectionProfile m_profile;
    Settings& m_settings;
    SqlEditor* m_editor = nullptr;
    QLabel* m_issues = nullptr;
    ScopePicker* m_scope = nullptr;
    ParameterForm* m_parameters = nullptr;
    ResultPanel* m_results = nullptr;
    QSpinBox* m_maxRows = nullptr;
    QSpinBox* m_timeout = nullptr;
    QToolButton* m_history = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QLabel* m_writesBadge = nullptr;
    ExecutePager* m_writePager = nullptr;
    QTimer m_checkTimer;
    ConsoleOperation m_last;
    QString m_title;
    bool m_restoring = false;
};

} // namespace cc::ui
