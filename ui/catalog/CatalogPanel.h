#pragma once

#include "core/ApiError.h"
#include "core/CatalogTypes.h"
#include "net/ApiClient.h"
#include "ui/catalog/CatalogModel.h"

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace cc::ui {

class Settings;
class StateView;

// The catalog panel: search as you type (debounced; a changed text cancels the request in
// flight) in three modes, filters (namespace with counts, labels, management mode, data
// source), the result count, and the infinitely scrolling result list with its loading,
// empty and error states.
class CatalogPanel : public QWidget {
    Q_OBJECT

public:
    explicit CatalogPanel(Settings& settings, QWidget* parent = nullptr);
    ~CatalogPanel() override;

    void setClient(ApiClient* client);

    // Puts the cursor in the search box with its text selected.
    void focusSearch();
    void setMode(CatalogQuery::Mode mode);
    CatalogQuery::Mode mode() const;
    // Applies at once (no debounce): for tests and automation.
    void setSearchText(const QString& text);
    void setNamespaceFilter(const QString& name);
    void setManagementModeFilter(const QString& mode);
    void setDataSourceFilter(const QString& uid);
    void setLabelFilter(const QStringList& labels);
    // Runs the current query again (F5).
    void refresh();

    CatalogModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QListView* listView() const { return m_list; }
    QComboBox* namespaceCombo() const { return m_namespace; }
    QComboBox* dataSourceCombo() const { return m_dataSource; }
    StateView* stateView() const { return m_state; }
    QAbstractButton* pageRetryButton() const;
    QString resultCountText() const;
    // The query the panel would send now.
    CatalogQuery currentQuery() const;
    bool namespacesLoaded() const { return m_namespacesLoaded; }

signals:
    void openRequested(const QString& uid, const QString& title, bool background);
    // The first page of a query arrived (or the query ended empty or in error).
    void resultsSettled();
    void modeChanged(cc::CatalogQuery::Mode mode);
    void namespacesLoadedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void scheduleQuery();
    void applyQuery();
    void loadFilterOptions();
    void updateState();
    void updateCount();
    void openRow(int row, bool background);
    QString emptyTitle() const;

    Settings& m_settings;
    QPointer<ApiClient> m_client;
    CatalogModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QButtonGroup* m_modes = nullptr;
    QComboBox* m_namespace = nullptr;
    QToolButton* m_moreFilters = nullptr;
    QWidget* m_filterBox = nullptr;
    QComboBox* m_managementMode = nullptr;
    QComboBox* m_dataSource = nullptr;
    QLineEdit* m_labels = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_busy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    StateView* m_state = nullptr;
    QWidget* m_pageError = nullptr;
    QLabel* m_pageErrorText = nullptr;
    QToolButton* m_pageRetry = nullptr;
    QTimer* m_debounce = nullptr;
    QPointer<ApiCall> m_namespaceCall;
    QPointer<ApiCall> m_dataSourceCall;
    bool m_namespacesLoaded = false;
    int m_settledGeneration = -1;
};

} // namespace cc::ui
