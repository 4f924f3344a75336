#pragma once

#include "core/ApiError.h"
#include "net/ApiClient.h"
#include "ui/table/TableTab.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cc::ui {

class StateView;
class TableHeader;

// One opened table: a header and the registered tabs, each created the first time it is
// shown. Later features add tabs with registerTab() without touching this class.
class TableDocument : public QWidget {
    Q_OBJECT

public:
    using TabFactory = std::function<TableTab*(QWidget* parent)>;

    // Adds a tab to every document opened afterwards, after the ones registered before it.
    // Registering an id again replaces that tab. Call from the GUI thread at start-up.
    static void registerTab(const QString& id, const QString& title, const QString& iconName,
                            TabFactory factory);
    static const std::vector<TableTabSpec>& registeredTabs();
    static QStringList tabIds();

    // `target`: a UID, or an identifier to resolve first.
    TableDocument(ApiClient* client, const QString& target, const QString& title,
                  QWidget* parent = nullptr);
    ~TableDocument() override;

    QString target() const { return m_target; }
    QString uid() const; // empty until loaded (unless the target is a UID)
    QString title() const { return m_title; }
    // Null until the detail arrived.
    const TableSnapshot* snapshot() const { return m_snapshot.get(); }
    bool isLoaded() const { return m_snapshot != nullptr; }
    // Loaded and the current tab's data is on screen.
    bool isReady() const;
    const ApiError& lastError() const { return m_error; }
    bool hasFailed() const { return m_failed; }

    QString currentTabId() const;
    // Selects a tab by id (remembered until the detail arrived). False for an unknown id.
    bool showTab(const QString& id);
    // The tab's widget, once it was created.
    TableTab* tab(const QString& id) const;

    // F5: fetch the detail again; created tabs get the new snapshot.
    void refresh();
    void focusFilter();
    void copyUid() const;
    void copyIdentifier() const;
    void copyQualifiedName() const;

    TableHeader* header() const { return m_header; }
    StateView* stateView() const { return m_state; }

signals:
    void loaded();
    // The detail and the current tab's data are on screen (again after a tab switch).
    void viewReady();
    void failed(const cc::ApiError& error);
    void titleChanged(const QString& title);
    void currentTabChanged(const QString& id);
    void openTableRequested(const QString& uid, const QString& title, bool background);

private:
    void load();
    void fetchDetail(const QString& uid);
    void applyDetail(MetaTable table, const QByteArray& raw);
    void fail(const ApiError& error);
    void ensureTab(int index);
    void onTabChanged(int index);
    void checkReady();

    QPointer<ApiClient> m_client;
    QString m_target;
    QString m_title;
    QString m_pendingTab;
    TableSnapshotPtr m_snapshot;
    ApiError m_error;
    bool m_failed = false;
    QPointer<ApiCall> m_call;

    QStackedWidget* m_stack = nullptr;
    StateView* m_state = nullptr;
    TableHeader* m_header = nullptr;
    QLabel* m_refreshError = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::vector<TableTabSpec> m_specs; // the registry as it was when this document opened
    std::vector<TableTab*> m_created;  // by tab index, null until shown
};

} // namespace cc::ui
