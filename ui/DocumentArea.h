#pragma once

#include "net/ApiClient.h"
#include <QPointer>
#include <QWidget>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace cc::ui {

class TableDocument;

// The centre of the window: one closable, movable tab per opened table, as in an IDE.
// Opening a table that is already open focuses its tab. With no tab open it shows a start
// page listing the main shortcuts (read from the actions).
class DocumentArea : public QWidget {
    Q_OBJECT

public:
    explicit DocumentArea(QWidget* parent = nullptr);

    // Closes every document: they belong to the previous backend.
    void setClient(ApiClient* client);
    // Actions listed on the start page with their shortcuts.
    void setStartActions(const QList<QAction*>& actions);

    // Focuses the open document of `target` (a UID or identifier) or opens a new one.
    // `tab` empty: keep the document's current tab. `background`: do not switch to it.
    TableDocument* open(const QString& target, const QString& title, const QString& tab,
                        bool background);
    // Adds a document that is not a table (a query console), shows it and returns its index.
    int addPage(QWidget* page, const QIcon& icon, const QString& title);
    TableDocument* find(const QString& target) const;
    TableDocument* current() const;
    QList<TableDocument*> documents() const;
    int count() const;

    void closeCurrent();
    void closeAll();
    void closeAt(int index);
    // Ctrl+Tab / Ctrl+Shift+Tab, wrapping around.
    void cycle(int delta);
    void setCurrent(TableDocument* document);

    QTabWidget* tabs() const { return m_tabs; }

signals:
    void currentDocumentChanged(cc::ui::TableDocument* document);
    // The document's table or tab changed (also when its detail arrived).
    void documentTabChanged(cc::ui::TableDocument* document);
    void documentLoaded(cc::ui::TableDocument* document);
    void documentFailed(cc::ui::TableDocument* document);
    void openTableRequested(const QString& uid, const QString& title, bool background);
    void countChanged(int count);

private:
    void updateStack();

    QPointer<ApiClient> m_client;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_start = nullptr;
    QWidget* m_startList = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace cc::ui
