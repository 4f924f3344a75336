#include "ui/AppActions.h"

#include "ui/Theme.h"
#include "ui/table/TableDocument.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace cc::ui {

namespace {
QAction* make(QMainWindow* w, const QString& text, const QString& icon,
              const QList<QKeySequence>& keys, const QString& tip = QString()) {
    auto* a = new QAction(text, w);
    if (!icon.isEmpty())
        a->setIcon(theme::icon(icon));
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    w->addAction(a); // shortcuts work even while the menu bar is hidden
    return a;
}
} // namespace

void AppActions::create(QMainWindow* w) {
    newConnection = make(w, QMainWindow::tr("&New Connection…"), QStringLiteral("plus"),
                         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)},
                         QMainWindow::tr("Add a backend to connect to"));
    editConnection = make(w, QMainWindow::tr("&Edit Connection…"), QStringLiteral("edit"),
                          {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)},
                          QMainWindow::tr("Change the current connection"));
    closeTab = make(w, QMainWindow::tr("&Close Tab"), QStringLiteral("close"),
                    {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    closeAllTabs = make(w, QMainWindow::tr("Close &All Tabs"), QStringLiteral("tab-close-all"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)});
    quit = make(w, QMainWindow::tr("&Quit"), QStringLiteral("quit"),
                {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);

    copyUid = make(w, QMainWindow::tr("Copy &UID"), QStringLiteral("copy"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    copyIdentifier = make(w, QMainWindow::tr("Copy &Identifier"), QStringLiteral("copy"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    copyQualifiedName = make(w, QMainWindow::tr("Copy &Qualified Name"), QStringLiteral("copy"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    find = make(w, QMainWindow::tr("&Find in Tab"), QStringLiteral("find"), {QKeySequence::Find});

    focusSearch = make(w, QMainWindow::tr("&Search Catalog"), QStringLiteral("search"),
                       {QKeySequence(Qt::CTRL | Qt::Key_L)});
    quickOpen = make(w, QMainWindow::tr("&Quick Open…"), QStringLiteral("quick-open"),
                     {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_P)});
    back = make(w, QMainWindow::tr("&Back"), QStringLiteral("back"),
                {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    forward = make(w, QMainWindow::tr("&Forward"), QStringLiteral("forward"),
                   {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    nextTab =
        make(w, QMainWindow::tr("&Next Table"), QString(),
             {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    previousTab = make(w, QMainWindow::tr("&Previous Table"), QString(),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                        QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    int n = 0;
    for (const TableTabSpec& spec : TableDocument::registeredTabs()) {
        ++n;
        QList<QKeySequence> keys;
        if (n <= 9)
            keys << QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n));
        QAction* a = make(w, QMainWindow::tr("Show %1").arg(spec.title), spec.iconName, keys);
        a->setData(spec.id);
        showDocumentTab << a;
    }

    refresh =
        make(w, QMainWindow::tr("&Refresh"), QStringLiteral("refresh"), {QKeySequence::Refresh});
    toggleCatalog = make(w, QMainWindow::tr("Show &Catalog Panel"), QStringLiteral("panel"),
                         {QKeySequence(Qt::CTRL | Qt::Key_B)});
    toggleCatalog->setCheckable(true);
    toggleCatalog->setChecked(true);
    searchByName = make(w, QMainWindow::tr("Search by &Name"), QString(),
                        {QKeySequence(Qt::CTRL | Qt::Key_1)});
    searchByDescription = make(w, QMainWindow::tr("Search by &Description"), QString(),
                               {QKeySequence(Qt::CTRL | Qt::Key_2)});
    searchByColumn = make(w, QMainWindow::tr("Search by C&olumn"), QString(),
                          {QKeySequence(Qt::CTRL | Qt::Key_3)});
    auto* modes = new QActionGroup(w);
    for (QAction* a : {searchByName, searchByDescription, searchByColumn}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    searchByName->setChecked(true);

    shortcuts = make(w, QMainWindow::tr("&Keyboard Shortcuts"), QStringLiteral("keyboard"),
                     {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    about = make(w, QMainWindow::tr("&About Command Center"), QStringLiteral("info"), {});
    about->setMenuRole(QAction::AboutRole);

    preferences = make(w, QMainWindow::tr("&Preferences…"), QString(), {QKeySequence::Preferences});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenuBar* bar = w->menuBar();
    QMenu* file = bar->addMenu(QMainWindow::tr("&File"));
    file->addAction(closeTab);
    file->addAction(closeAllTabs);
    file->addSeparator();
    file->addAction(quit);

    QMenu* connection = bar->addMenu(QMainWindow::tr("&Connection"));
    connection->addAction(newConnection);
    connection->addAction(editConnection);
    connection->addSeparator();
    switchConnection = connection->addMenu(theme::icon(QStringLiteral("connection")),
                                           QMainWindow::tr("&Switch To"));

    QMenu* edit = bar->addMenu(QMainWindow::tr("&Edit"));
    edit->addAction(copyUid);
    edit->addAction(copyIdentifier);
    edit->addAction(copyQualifiedName);
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu* go = bar->addMenu(QMainWindow::tr("&Go"));
    go->addAction(focusSearch);
    go->addAction(quickOpen);
    go->addSeparator();
    go->addAction(back);
    go->addAction(forward);
    go->addSeparator();
    go->addAction(nextTab);
    go->addAction(previousTab);
    go->addSeparator();
    for (QAction* a : showDocumentTab)
        go->addAction(a);

    QMenu* view = bar->addMenu(QMainWindow::tr("&View"));
    view->addAction(refresh);
    view->addAction(toggleCatalog);
    view->addSeparator();
    view->addAction(searchByName);
    view->addAction(searchByDescription);
    view->addAction(searchByColumn);

    QMenu* help = bar->addMenu(QMainWindow::tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
}

QList<QAction*> AppActions::documentActions() const {
    QList<QAction*> list{closeTab, copyUid, copyIdentifier, copyQualifiedName,
                         find,     nextTab, previousTab};
    list += showDocumentTab;
    return list;
}

} // namespace cc::ui
