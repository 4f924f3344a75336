#pragma once

#include "core/SchemaGraph.h"
#include "core/impact/DeletionImpact.h"
#include "ui/explore/DryRunAnswer.h"
#include "ui/table/TableTab.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace cc::ui {

class DependentsModel;
class DryRunPanel;
class ErrorBanner;
class ImpactBanner;
class StateView;

// The "dependents" tab: what deleting this table, or its rows, would do. It fetches the
// schema graph with incoming references as deep as the server allows, runs DeletionImpact
// on it (off the UI thread when the graph is big) and shows the verdicts first in plain
// words, then the tree of dependents with the foreign key each is reached by and what a
// cascade or a row delete does to it. Next to it, the server's own answer to a strict
// delete asked as a dry run, and whether the two agree. Reports export as Markdown, CSV
// and JSON.
class DependentsTab : public TableTab {
    Q_OBJECT

public:
    enum class ReportFormat { Markdown, Csv, Json };

    explicit DependentsTab(QWidget* parent = nullptr);
    ~DependentsTab() override;

    void setSnapshot(const TableSnapshotPtr& snapshot) override;
    // The analysis is on screen and the server's dry run answered (or was not asked), or
    // the graph could not be fetched (the error is shown).
    bool isReady() const override { return m_ready; }
    void focusFilter() override;

    // Fetches the graph and analyses it again.
    void reload();
    // Asks the server for a strict delete as a dry run; false when it cannot be asked.
    bool askServer();

    bool hasImpact() const { return m_hasImpact; }
    const DeletionImpact& impact() const { return m_impact; }
    const SchemaGraph& graph() const { return m_graph; }
    bool lastAnalysisOffThread() const { return m_offThread; }
    // Graphs with at least this many tables and references are analysed on a worker thread.
    void setOffThreadThreshold(int elements) { m_offThreadFrom = elements; }

    // Writes the report; false with a message in `error` on failure.
    bool exportReport(const QString& path, ReportFormat format, QString* error = nullptr) const;
    static QByteArray reportBytes(const DeletionImpact& impact, ReportFormat format);
    // Puts impact().summary() on the clipboard.
    void copySummary() const;
    // Asks to open the table of a tree row (a proxy or model index of any column).
    bool openRow(const QModelIndex& index, bool background = false);

    ImpactBanner* banner() const { return m_banner; }
    DryRunPanel* dryRunPanel() const { return m_dryRun; }
    ErrorBanner* incompleteNotice() const { return m_incomplete; }
    DependentsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }
    StateView* stateView() const { return m_state; }
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    void analysisShown();
    void dryRunAnswered(const cc::ui::DryRunAnswer& answer);

private:
    QWidget* buildContent();
    void fetch();
    void analyse(const SchemaGraph& graph, quint64 generation);
    void showImpact(const DeletionImpact& impact);
    void showFailure(const ApiError& error);
    void setDryRun(const DryRunAnswer& answer);
    void showDetails();
    void exportWithDialog(ReportFormat format);
    void checkReady();

    TableSnapshotPtr m_snapshot;
    SchemaGraph m_graph;
    DeletionImpact m_impact;
    bool m_hasImpact = false;
    bool m_failed = false;
    bool m_ready = false;
    bool m_offThread = false;
    bool m_offerDryRun = false;
    int m_offThreadFrom = 600;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_graphCall;
    QPointer<ApiCall> m_dryRunCall;

    QStackedWidget* m_stack = nullptr;
    StateView* m_state = nullptr;
    ImpactBanner* m_banner = nullptr;
    DryRunPanel* m_dryRun = nullptr;
    ErrorBanner* m_incomplete = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_counts = nullptr;
    QToolButton* m_export = nullptr;
    QStackedWidget* m_treeStack = nullptr;
    StateView* m_noDependents = nullptr;
    DependentsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace cc::ui
