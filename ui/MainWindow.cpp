#include "ui/MainWindow.h"

#include "core/Version.h"
#include "net/ApiClient.h"
#include "ui/AboutDialog.h"
#include "ui/DocumentArea.h"
#include "ui/Logging.h"
#include "ui/PreferencesDialog.h"
#include "ui/Settings.h"
#include "ui/ShortcutOverlay.h"
#include "ui/Theme.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionSession.h"
#include "ui/connection/ConnectionStatus.h"
#include "ui/connection/ProfileStore.h"
#include "ui/connection/TokenStore.h"
#include "ui/nav/QuickOpen.h"
#include "ui/nav/RecentTables.h"
#include "ui/table/TableDocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace cc::ui {

namespace {
const QString kWindow = QStringLiteral("window");
} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(new ProfileStore(settings, this))
    , m_tokens(new TokenStore(settings.directory() + QStringLiteral("/secrets.json"), this))
    , m_recent(std::make_unique<RecentTables>(settings)) {
    setWindowTitle(tr("Command Center"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/command-center.svg")));
    m_session = new ConnectionSession(
        *m_tokens, m_settings.intValue(QStringLiteral("network"), QStringLiteral("timeoutMs")),
        this);
    m_actions.create(this);
    buildUi();
    connectActions();
    rebuildProfileMenu();
    updateDocumentActions();
    resize(1360, 860);
    restoreGeometry(m_settings.value(kWindow, QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings.value(kWindow, QStringLiteral("state")).toByteArray());
    m_actions.toggleCatalog->setChecked(m_dock->isVisible() || !m_dock->isHidden());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    m_documents = new DocumentArea(this);
    m_documents->setStartActions({m_actions.focusSearch, m_actions.quickOpen, m_actions.back,
                                  m_actions.refresh, m_actions.shortcuts});
    setCentralWidget(m_documents);

    m_catalog = new CatalogPanel(m_settings, this);
    m_dock = new QDockWidget(tr("Catalog"), this);
    m_dock->setObjectName(QStringLiteral("catalogDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_dock->setWidget(m_catalog);
    m_dock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {400}, Qt::Horizontal);

    auto* toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_actions.back);
    toolbar->addAction(m_actions.forward);
    toolbar->addAction(m_actions.refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_actions.quickOpen);
    toolbar->addAction(m_actions.toggleCatalog);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_profileCombo = new QComboBox(toolbar);
    m_profileCombo->setMinimumContentsLength(26);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setToolTip(tr("Connection"));
    toolbar->addWidget(m_profileCombo);
    toolbar->addAction(m_actions.newConnection);

    m_status = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->setSizeGripEnabled(true);

    m_quickOpen = new QuickOpen(*m_recent, m_settings, this);
    m_overlay = new ShortcutOverlay(menuBar(), this);
}

void MainWindow::connectActions() {
    const AppActions& a = m_actions;
    connect(a.newConnection, &QAction::triggered, this, [this] { showConnectionDialog(false); });
    connect(a.editConnection, &QAction::triggered, this, [this] { showConnectionDialog(true); });
    connect(a.closeTab, &QAction::triggered, m_documents, &DocumentArea::closeCurrent);
    connect(a.closeAllTabs, &QAction::triggered, m_documents, &DocumentArea::closeAll);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    auto withDocument = [this](auto fn) {
        return [this, fn] {
            if (TableDocument* doc = m_documents->current())
                fn(doc);
        };
    };
    connect(a.copyUid, &QAction::triggered, this, withDocument([this](TableDocument* d) {
                d->copyUid();
                statusBar()->showMessage(tr("Copied the UID of %1").arg(d->title()), 3000);
            }));
    connect(a.copyIdentifier, &QAction::triggered, this, withDocument([this](TableDocument* d) {
                d->copyIdentifier();
                statusBar()->showMessage(tr("Copied the identifier of %1").arg(d->title()), 3000);
            }));
    connect(a.copyQualifiedName, &QAction::triggered, this, withDocument([this](TableDocument* d) {
                d->copyQualifiedName();
                statusBar()->showMessage(tr("Copied the table name of %1").arg(d->title()), 3000);
            }));
    connect(a.find, &QAction::triggered, this,
            withDocument([](TableDocument* d) { d->focusFilter(); }));
    connect(a.focusSearch, &QAction::triggered, this, [this] {
        m_dock->show();
        m_catalog->focusSearch();
    });
    connect(a.quickOpen, &QAction::triggered, m_quickOpen, &QuickOpen::popup);
    connect(a.back, &QAction::triggered, this, &MainWindow::goBack);
    connect(a.forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(a.nextTab, &QAction::triggered, this, [this] { m_documents->cycle(1); });
    connect(a.previousTab, &QAction::triggered, this, [this] { m_documents->cycle(-1); });
    for (QAction* show : a.showDocumentTab)
        connect(show, &QAction::triggered, this,
                withDocument([show](TableDocument* d) { d->showTab(show->data().toString()); }));
    connect(a.refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(a.toggleCatalog, &QAction::toggled, m_dock, &QDockWidget::setVisible);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!isMinimized())
            m_actions.toggleCatalog->setChecked(visible || !m_dock->isHidden());
    });
    connect(a.searchByName, &QAction::triggered, this,
            [this] { m_catalog->setMode(CatalogQuery::Mode::Catalog); });
    connect(a.searchByDescription, &QAction::triggered, this,
            [this] { m_catalog->setMode(CatalogQuery::Mode::Description); });
    connect(a.searchByColumn, &QAction::triggered, this,
            [this] { m_catalog->setMode(CatalogQuery::Mode::Column); });
    connect(m_catalog, &CatalogPanel::modeChanged, this, [this](CatalogQuery::Mode mode) {
        (mode == CatalogQuery::Mode::Description ? m_actions.searchByDescription
         : mode == CatalogQuery::Mode::Column    ? m_actions.searchByColumn
                                                 : m_actions.searchByName)
            ->setChecked(true);
    });
    connect(a.shortcuts, &QAction::triggered, m_overlay, &ShortcutOverlay::toggle);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    connect(m_catalog, &CatalogPanel::openRequested, this,
            [this](const QString& uid, const QString& title, bool background) {
                openTable(uid, title, QString(), background);
            });
    connect(m_quickOpen, &QuickOpen::openRequested, this,
            [this](const QString& uid, const QString& title, bool background) {
                openTable(uid, title, QString(), background);
            });
    connect(m_documents, &DocumentArea::openTableRequested, this,
            [this](const QString& uid, const QString& title, bool background) {
                openTable(uid, title, QString(), background);
            });
    connect(m_documents, &DocumentArea::currentDocumentChanged, this, [this] {
        updateDocumentActions();
        recordVisit();
    });
    connect(m_documents, &DocumentArea::documentTabChanged, this, &MainWindow::recordVisit);
    connect(m_documents, &DocumentArea::countChanged, this, &MainWindow::updateDocumentActions);
    connect(m_documents, &DocumentArea::documentLoaded, this, [this](TableDocument* doc) {
        const MetaTable& t = doc->snapshot()->table;
        m_recent->add(
            {t.uid, t.displayName(), t.qualifiedName(), t.namespaceName.value_or(QString())});
        updateDocumentActions();
    });

    connect(m_session, &ConnectionSession::clientChanged, this, &MainWindow::onClientChanged);
    connect(m_session, &ConnectionSession::stateChanged, m_status, &ConnectionStatus::setState);
    connect(m_session, &ConnectionSession::apiNamespaceDetected, m_status,
            &ConnectionStatus::setApiNamespace);
    connect(m_session, &ConnectionSession::requestFinished, m_status,
            &ConnectionStatus::noteRequest);
    connect(m_tokens, &TokenStore::fallbackActivated, m_status, &ConnectionStatus::setTokenWarning);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildProfileMenu);
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { switchToProfile(m_profileCombo->itemData(index).toString()); });
}

void MainWindow::start(const StartupOptions& options) {
    m_options = options;
    m_startupPending = true;
    m_restorePending = options.restoreSession && options.open.isEmpty();
    if (options.profile) {
        m_session->activate(*options.profile, options.secrets);
        return;
    }
    QString id = m_profiles->lastProfileId();
    if (!m_profiles->profile(id) && !m_profiles->isEmpty())
        id = m_profiles->profiles().front().id;
    if (auto profile = m_profiles->profile(id)) {
        m_session->activateWithStoredSecrets(*profile);
        return;
    }
    m_status->setProfileName(QString());
    m_catalog->setClient(nullptr);
    if (options.interactive) {
        showConnectionDialog(false); // first run
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = tr("No connection: pass --url and --token, or set COMMAND_CENTER_URL and "
                       "MAINSEQUENCE_ACCESS_TOKEN.");
    m_startupPending = false;
    emit startupViewFailed(error);
}

void MainWindow::onClientChanged(ApiClient* client) {
    m_history.clear();
    m_quickOpen->setClient(client);
    m_documents->setClient(client);
    const ConnectionProfile& profile = m_session->profile();
    m_recent->setProfile(client ? profile.id : QString());
    m_status->setProfileName(client ? profile.displayName() : QString());
    m_status->setApiNamespace(profile.apiNamespace);
    m_status->setTokenWarning(profile.ephemeral ? QString() : m_tokens->warning());
    setWindowTitle(client ? tr("%1 — Command Center").arg(profile.displayName())
                          : tr("Command Center"));
    if (client && !profile.ephemeral)
        m_profiles->setLastProfileId(profile.id);
    rebuildProfileMenu();
    if (m_startupPending)
        watchStartupView(); // before the catalog starts, so its first answer is seen
    m_catalog->setClient(client);
    if (!client)
        return;
    if (m_restorePending) {
        m_restorePending = false;
        restoreOpenTabs();
    }
    if (m_startupPending) {
        m_startupPending = false;
        if (!m_options.open.isEmpty())
            openTable(m_options.open, m_options.open, m_options.tab, false);
    }
    updateDocumentActions();
}

void MainWindow::watchStartupView() {
    // Ready when the catalog's first answer is in and, with --open, the table's tab shows
    // its data; the first failure of either ends the wait.
    struct Wait {
        bool catalog = false;
        bool document = false;
        bool done = false;
        bool watching = false;
        QList<QMetaObject::Connection> connections;
    };
    auto wait = std::make_shared<Wait>();
    wait->document = m_options.open.isEmpty();
    auto finish = [this, wait](const ApiError* error) {
        if (wait->done)
            return;
        if (!error && !(wait->catalog && wait->document))
            return;
        wait->done = true;
        for (const QMetaObject::Connection& c : wait->connections)
            QObject::disconnect(c);
        if (error)
            emit startupViewFailed(*error);
        else
            emit startupViewReady();
    };
    wait->connections << connect(
        m_catalog, &CatalogPanel::resultsSettled, this, [this, wait, finish] {
            if (m_catalog->model()->state() == CatalogModel::State::Error &&
                m_options.open.isEmpty()) {
                const ApiError error = m_catalog->model()->lastError();
                finish(&error);
                return;
            }
            wait->catalog = true;
            finish(nullptr);
        });
    if (m_options.open.isEmpty())
        return;
    wait->connections << connect(
        m_documents, &DocumentArea::countChanged, this, [this, wait, finish] {
            TableDocument* doc = m_documents->find(m_options.open);
            if (!doc || wait->watching)
                return;
            wait->watching = true;
            wait->connections << connect(doc, &TableDocument::viewReady, this, [wait, finish] {
                wait->document = true;
                finish(nullptr);
            });
            wait->connections << connect(doc, &TableDocument::failed, this,
                                         [finish](const ApiError& e) { finish(&e); });
        });
}

TableDocument* MainWindow::openTable(const QString& target, const QString& title,
                                     const QString& tab, bool background) {
    if (!m_session->client()) {
        statusBar()->showMessage(tr("Not connected: choose a connection first."), 5000);
        return nullptr;
    }
    TableDocument* doc = m_documents->open(target, title, tab, background);
    if (background && doc)
        statusBar()->showMessage(tr("Opened %1 in the background").arg(doc->title()), 3000);
    return doc;
}

void MainWindow::recordVisit() {
    if (m_navigating)
        return;
    if (TableDocument* doc = m_documents->current())
        m_history.visit({doc->uid(), doc->currentTabId()});
    updateDocumentActions();
}

void MainWindow::navigate(const NavigationHistory::Entry& entry) {
    if (entry.uid.isEmpty())
        return;
    m_navigating = true;
    m_documents->open(entry.uid, QString(), entry.tab, false);
    m_navigating = false;
    updateDocumentActions();
}

void MainWindow::goBack() {
    if (m_history.canGoBack())
        navigate(m_history.back());
}

void MainWindow::goForward() {
    if (m_history.canGoForward())
        navigate(m_history.forward());
}

void MainWindow::updateDocumentActions() {
    TableDocument* doc = m_documents->current();
    const bool loaded = doc && doc->isLoaded();
    m_actions.closeTab->setEnabled(doc != nullptr);
    m_actions.closeAllTabs->setEnabled(m_documents->count() > 0);
    m_actions.copyUid->setEnabled(doc && !doc->uid().isEmpty());
    m_actions.copyIdentifier->setEnabled(loaded);
    m_actions.copyQualifiedName->setEnabled(loaded);
    m_actions.find->setEnabled(loaded);
    m_actions.nextTab->setEnabled(m_documents->count() > 1);
    m_actions.previousTab->setEnabled(m_documents->count() > 1);
    for (QAction* a : m_actions.showDocumentTab)
        a->setEnabled(doc != nullptr);
    m_actions.back->setEnabled(m_history.canGoBack());
    m_actions.forward->setEnabled(m_history.canGoForward());
    m_actions.editConnection->setEnabled(m_session->isActive());
}

void MainWindow::refreshCurrent() {
    QWidget* focus = QApplication::focusWidget();
    if (focus && m_catalog->isAncestorOf(focus)) {
        m_catalog->refresh();
        return;
    }
    if (TableDocument* doc = m_documents->current()) {
        doc->refresh();
        statusBar()->showMessage(tr("Refreshing %1…").arg(doc->title()), 2000);
        return;
    }
    m_catalog->refresh();
}

void MainWindow::rebuildProfileMenu() {
    QMenu* menu = m_actions.switchConnection;
    menu->clear();
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    const ConnectionProfile& active = m_session->profile();
    if (active.ephemeral && m_session->isActive()) {
        QAction* a = menu->addAction(tr("%1 (this run only)").arg(active.displayName()));
        a->setCheckable(true);
        a->setChecked(true);
        m_profileCombo->addItem(theme::icon(QStringLiteral("connection")),
                                tr("%1 (this run only)").arg(active.displayName()), active.id);
    }
    for (const ConnectionProfile& p : m_profiles->profiles()) {
        QAction* a = menu->addAction(p.displayName());
        a->setCheckable(true);
        a->setChecked(m_session->isActive() && p.id == active.id);
        connect(a, &QAction::triggered, this, [this, id = p.id] { switchToProfile(id); });
        m_profileCombo->addItem(theme::icon(QStringLiteral("connection")), p.displayName(), p.id);
    }
    if (menu->isEmpty())
        menu->addAction(tr("No saved connections"))->setEnabled(false);
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(active.id)));
    m_profileCombo->setVisible(m_profileCombo->count() > 0);
}

void MainWindow::switchToProfile(const QString& profileId) {
    if (m_session->isActive() && m_session->profile().id == profileId)
        return;
    if (auto profile = m_profiles->profile(profileId)) {
        persistWindow();
        m_restorePending = true;
        m_session->activateWithStoredSecrets(*profile);
    }
}

void MainWindow::showConnectionDialog(bool editCurrent) {
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto* dialog = new ConnectionDialog(*m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionProfile profile = dialog->profile();
        profile.ephemeral = false;
        const ProfileSecrets secrets = dialog->secrets();
        m_profiles->save(profile);
        m_tokens->store(profile.id, secrets, this, [this](bool ok, const QString& error) {
            if (!ok)
                statusBar()->showMessage(error, 8000);
        });
        m_session->activate(profile, secrets);
    });
    if (editCurrent && m_session->isActive()) {
        const ConnectionProfile profile = m_session->profile();
        if (profile.ephemeral) {
            dialog->setProfile(profile, ProfileSecrets());
            dialog->open();
            return;
        }
        m_tokens->load(profile.id, dialog, [dialog, profile](const ProfileSecrets& secrets) {
            dialog->setProfile(profile, secrets);
            dialog->open();
        });
        return;
    }
    dialog->open();
}

void MainWindow::restoreOpenTabs() {
    if (!m_settings.boolValue(kWindow, QStringLiteral("restoreTabs")))
        return;
    const QString profileId = m_session->profile().id;
    const QStringList saved = m_settings.stringListValue(kWindow, QStringLiteral("openTabs"));
    for (const QString& line : saved) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 4 || parts.at(0) != profileId)
            continue;
        m_documents->open(parts.at(1), parts.at(3), parts.at(2), true);
    }
}

void MainWindow::persistWindow() {
    m_settings.setValue(kWindow, QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(kWindow, QStringLiteral("state"), QMainWindow::saveState());
    const ConnectionProfile& profile = m_session->profile();
    if (!m_session->isActive() || profile.ephemeral)
        return;
    // Tabs of other profiles stay; this profile's are replaced.
    QStringList lines;
    for (const QString& line : m_settings.stringListValue(kWindow, QStringLiteral("openTabs")))
        if (!line.startsWith(profile.id + QLatin1Char('|')))
            lines << line;
    for (TableDocument* doc : m_documents->documents()) {
        const QString target = doc->uid().isEmpty() ? doc->target() : doc->uid();
        QString title = doc->title();
        title.replace(QLatin1Char('|'), QLatin1Char(' '));
        lines << QStringList{profile.id, target, doc->currentTabId(), title}.join(QLatin1Char('|'));
    }
    m_settings.setValue(kWindow, QStringLiteral("openTabs"), lines);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    persistWindow();
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    if (m_overlay->isVisible())
        m_overlay->setGeometry(rect());
}

void MainWindow::showAbout() {
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showPreferences() {
    auto* prefs = new PreferencesDialog(m_settings, this);
    prefs->setAttribute(Qt::WA_DeleteOnClose);
    prefs->open();
}

} // namespace cc::ui
