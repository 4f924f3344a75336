#pragma once

#include "core/CompiledSqlOperation.h"
#include "core/sql/SelectBuilder.h"
#include "ui/table/TableTab.h"

class QLabel;
class QPushButton;

namespace cc::ui {

class ResultPanel;

// The `data` tab of a table document ("Browse data"): the table's rows through
// sql::browseTableSql (its columns, ordered by the primary key, identifiers quoted) in a
// paged grid, with a button that opens the same SELECT in a full query console.
class BrowseDataTab : public TableTab {
    Q_OBJECT

public:
    explicit BrowseDataTab(QWidget* parent = nullptr);

    void setSnapshot(const TableSnapshotPtr& snapshot) override;
    bool isReady() const override { return m_ready; }

    // The browse select of a table: its scope (alias `t`) and data source, `maxRows` rows.
    static CompiledSqlOperation browseOperation(const MetaTable& table, qint64 maxRows);

    const sql::BrowseQuery& query() const { return m_query; }
    ResultPanel* results() const { return m_results; }
    QPushButton* openInConsoleButton() const { return m_openInConsole; }
    // Runs the browse select again.
    void reload();
    // Opens the select in a query console (through the window's query workspace).
    bool openInConsole();

private:
    void markReady();

    TableSnapshotPtr m_snapshot;
    sql::BrowseQuery m_query;
    ResultPanel* m_results = nullptr;
    QLabel* m_sql = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_openInConsole = nullptr;
    bool m_ready = false;
};

// Adds the `data` tab to every table document opened afterwards (idempotent). Call before
// command-line arguments are checked, so that --tab data is known.
void registerQueryTabs();

} // namespace cc::ui
