#pragma once

#include <QList>

class QAction;
class QMainWindow;
class QMenu;

namespace cc::ui {

// Every command of the main window as a QAction with its icon and shortcut, and the menus
// that list them. The shortcut overlay reads these menus, so a new action shows up there
// by being added here.
struct AppActions {
    // Connection
    QAction* newConnection = nullptr;
    QAction* editConnection = nullptr;
    QMenu* switchConnection = nullptr; // filled by the main window
    // File
    QAction* closeTab = nullptr;
    QAction* closeAllTabs = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* copyUid = nullptr;
    QAction* copyIdentifier = nullptr;
    QAction* copyQualifiedName = nullptr;
    QAction* find = nullptr;
    QAction* preferences = nullptr;
    // Go
    QAction* focusSearch = nullptr;
    QAction* quickOpen = nullptr;
    QAction* back = nullptr;
    QAction* forward = nullptr;
    QAction* nextTab = nullptr;
    QAction* previousTab = nullptr;
    QList<QAction*> showDocumentTab; // Alt+1.. in TableDocument tab order
    // View
    QAction* refresh = nullptr;
    QAction* toggleCatalog = nullptr;
    QAction* searchByName = nullptr;
    QAction* searchByDescription = nullptr;
    QAction* searchByColumn = nullptr;
    // Help
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;

    // Creates the actions (owned by `window`) and its menu bar.
    void create(QMainWindow* window);
    // The actions that act on the current table document.
    QList<QAction*> documentActions() const;
};

} // namespace cc::ui
