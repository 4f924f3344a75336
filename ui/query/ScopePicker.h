#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"
#include "core/MetaTable.h"
#include "ui/query/QueryDraft.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QTreeWidget;

namespace cc {
class ApiCall;
class ApiClient;
} // namespace cc

namespace cc::ui {

// The scope of a query: the MetaTables it may touch, each with an alias, its access and
// its data source. Tables are added by name with search-as-you-type against the catalog;
// a table of another data source than the ones already there is refused in words, since
// one query reads one data source.
class ScopePicker : public QWidget {
    Q_OBJECT

public:
    explicit ScopePicker(QWidget* parent = nullptr);

    void setClient(ApiClient* client);
    // Shows the access column as a read/write choice.
    void setWritesAllowed(bool allowed);

    // False (with the reason shown and returned in `problem`) when the table is already
    // there or lives on another data source. An empty alias picks a short one.
    bool addTable(const MetaTable& table, const QString& alias = QString(),
                  QString* problem = nullptr);
    // Looks the table up by identifier or UID and adds it.
    void addTableByName(const QString& name);
    void removeAt(int index);
    void setEntries(const std::vector<ScopeEntry>& entries);
    const std::vector<ScopeEntry>& entries() const { return m_entries; }
    void setAccess(int index, const QString& access);
    void setAlias(int index, const QString& alias);

    // The last refusal or lookup failure shown under the list; empty when none.
    QString problem() const;
    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    QCompleter* searchCompleter() const { return m_completer; }
    bool isSearching() const;

    static ScopeEntry entryFor(const MetaTable& table, const QString& alias);
    // A short alias from the table name's initials, unique among `taken`, never a keyword.
    static QString aliasFor(const QString& tableName, const QStringList& taken);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void search();
    void showProblem(const QString& text);
    void addByUid(const QString& uid);

    QPointer<ApiClient> m_client;
    bool m_writesAllowed = false;
    std::vector<ScopeEntry> m_entries;
    QTreeWidget* m_list = nullptr;
    QToolButton* m_remove = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_problem = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QHash<QString, QString> m_suggestionUids; // shown text -> uid
    QTimer m_debounce;
    QPointer<ApiCall> m_searchCall;
    QPointer<ApiCall> m_lookupCall;
    bool m_rebuilding = false;
};

} // namespace cc::ui
