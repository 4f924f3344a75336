#pragma once

#include "net/ApiClient.h"
#include "ui/nav/RecentTables.h"

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QListWidget;
class QTimer;

namespace cc::ui {

class Settings;

// Ctrl+K: a palette over the window to jump to any table by name. Recent tables that match
// come first, then the server's catalog search as you type (debounced, stale replies dropped).
// Enter opens, Ctrl+Enter opens in the background, Escape closes.
class QuickOpen : public QFrame {
    Q_OBJECT

public:
    QuickOpen(RecentTables& recent, Settings& settings, QWidget* parent);
    ~QuickOpen() override;

    void setClient(ApiClient* client);
    // Shows it empty with the recent tables, focused.
    void popup();
    void dismiss();

    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }
    bool isSearching() const { return !m_call.isNull(); }
    // Uids of the selectable rows, in order.
    QStringList resultUids() const;

signals:
    void openRequested(const QString& uid, const QString& title, bool background);
    // The list was rebuilt after a server reply.
    void resultsUpdated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void rebuild(const QString& text, const std::vector<RecentTables::Entry>& server,
                 const QString& problem);
    void activateCurrent(bool background);
    void place();
    void moveSelection(int delta);

    RecentTables& m_recent;
    Settings& m_settings;
    QPointer<ApiClient> m_client;
    QLineEdit* m_input = nullptr;
    QListWidget* m_list = nullptr;
    QTimer* m_debounce = nullptr;
    QPointer<ApiCall> m_call;
    int m_generation = 0;
};

} // namespace cc::ui
