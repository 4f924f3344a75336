#pragma once

#include "core/IntrospectionSnapshot.h"

#include <QStringList>
#include <QWidget>

class QTabWidget;
class QTableView;

namespace cc::ui {

class CellTableModel;

// An introspection snapshot as the physical table: columns, indexes, constraints and
// foreign keys each in their own grid, and keys this build does not know shown raw.
class SnapshotView : public QWidget {
    Q_OBJECT

public:
    enum Page { Columns, Indexes, Constraints, ForeignKeys, OtherKeys };

    explicit SnapshotView(QWidget* parent = nullptr);

    void setSnapshot(const IntrospectionSnapshot& snapshot);

    QTabWidget* pages() const { return m_pages; }
    CellTableModel* model(Page page) const;
    QTableView* view(Page page) const;
    // Top-level keys of the snapshot outside the known shape (spec §6), in order.
    QStringList otherKeys() const { return m_otherKeys; }

    static QStringList unknownKeys(const Json& raw);

private:
    QTableView* addPage(Page page, const QString& iconName, const QStringList& headers);

    QTabWidget* m_pages = nullptr;
    std::vector<CellTableModel*> m_models;
    std::vector<QTableView*> m_views;
    QStringList m_otherKeys;
};

} // namespace cc::ui
