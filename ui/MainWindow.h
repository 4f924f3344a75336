#pragma once

#include "core/ApiError.h"
#include "ui/AppActions.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionProfile.h"
#include "ui/nav/NavigationHistory.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;

namespace cc::ui {

class CatalogPanel;
class ConnectionSession;
class ConnectionStatus;
class DocumentArea;
class ProfileStore;
class QuickOpen;
class RecentTables;
class Settings;
class ShortcutOverlay;
class TableDocument;
class TokenStore;

// What the command line asks the window to do at start-up.
struct StartupOptions {
    // --url/--token (or the environment): used for this run only, never saved.
    std::optional<ConnectionProfile> profile;
    ProfileSecrets secrets;
    QString open; // --open UID|IDENTIFIER
    QString tab;  // --tab NAME
    bool restoreSession = true;
    bool interactive = true; // false: never open a dialog (screenshots, tests)
};

// The main window: the catalog panel (a dock on the left), the table documents in the
// centre, the status bar with the connection, and every action in the menus.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void start(const StartupOptions& options);

    // Opens (or focuses) a table; `tab` empty keeps the document's tab.
    TableDocument* openTable(const QString& target, const QString& title = QString(),
                             const QString& tab = QString(), bool background = false);
    void goBack();
    void goForward();
    void switchToProfile(const QString& profileId);
    void showConnectionDialog(bool editCurrent);

    const AppActions& actions() const { return m_actions; }
    CatalogPanel* catalogPanel() const { return m_catalog; }
    DocumentArea* documents() const { return m_documents; }
    ConnectionSession* session() const { return m_session; }
    ConnectionStatus* connectionStatus() const { return m_status; }
    ProfileStore* profiles() const { return m_profiles; }
    TokenStore* tokens() const { return m_tokens; }
    QuickOpen* quickOpen() const { return m_quickOpen; }
    ShortcutOverlay* shortcutOverlay() const { return m_overlay; }
    QDockWidget* catalogDock() const { return m_dock; }
    const NavigationHistory& history() const { return m_history; }
    ConnectionDialog* connectionDialog() const { return m_dialog; }

signals:
    // The view the command line asked for has its data on screen: the --open table on its
    // --tab, or else the first page of the catalog.
    void startupViewReady();
    void startupViewFailed(const cc::ApiError& error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    void connectActions();
    void onClientChanged(ApiClient* client);
    void rebuildProfileMenu();
    void recordVisit();
    void navigate(const NavigationHistory::Entry& entry);
    void updateDocumentActions();
    void restoreOpenTabs();
    void persistWindow();
    void watchStartupView();
    void refreshCurrent();
    void showAbout();
    void showPreferences();

    Settings& m_settings;
    ProfileStore* m_profiles = nullptr;
    TokenStore* m_tokens = nullptr;
    ConnectionSession* m_session = nullptr;
    std::unique_ptr<RecentTables> m_recent;
    AppActions m_actions;
    CatalogPanel* m_catalog = nullptr;
    QDockWidget* m_dock = nullptr;
    DocumentArea* m_documents = nullptr;
    ConnectionStatus* m_status = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QuickOpen* m_quickOpen = nullptr;
    ShortcutOverlay* m_overlay = nullptr;
    QPointer<ConnectionDialog> m_dialog;
    NavigationHistory m_history;
    bool m_navigating = false;
    StartupOptions m_options;
    bool m_startupPending = false;
    bool m_restorePending = false;
};

} // namespace cc::ui
