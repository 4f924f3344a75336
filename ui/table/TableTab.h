#pragma once

#include "core/MetaTable.h"
#include "net/ApiClient.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace cc::ui {

// What every tab of a table document works from: the detail reply, decoded and as received,
// and the client that fetched it (for tabs that need more requests).
struct TableSnapshot {
    MetaTable table;
    QByteArray rawJson;
    QPointer<ApiClient> client;
};
using TableSnapshotPtr = std::shared_ptr<const TableSnapshot>;

// One tab of a TableDocument. Created the first time it is shown; handed the snapshot then
// and again after every refresh.
class TableTab : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setSnapshot(const TableSnapshotPtr& snapshot) = 0;
    // True once its data is on screen. Tabs that make their own requests answer false until
    // those finished (successfully or not) and then emit ready().
    virtual bool isReady() const { return true; }
    // Ctrl+F: the tab's filter or find box, if it has one.
    virtual void focusFilter() {}

signals:
    void ready();
    void openTableRequested(const QString& uid, const QString& title, bool background);
};

// How a tab is made. `id` is what --tab and the saved session use.
struct TableTabSpec {
    QString id;
    QString title;
    QString iconName; // resources/icons/<name>.svg
    std::function<TableTab*(QWidget* parent)> factory;
};

} // namespace cc::ui
