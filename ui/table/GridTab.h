#pragma once

#include "ui/table/CellTableModel.h"
#include "ui/table/TableTab.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cc::ui {

// A tab that shows one sortable, filterable grid (columns, indexes, foreign keys).
// Subclasses turn the snapshot into rows; link cells open the table they name.
class GridTab : public TableTab {
    Q_OBJECT

public:
    GridTab(const QStringList& headers, const QString& filterPlaceholder, QWidget* parent);

    void focusFilter() override;

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    CellTableModel* cells() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The text under the grid ("14 columns", "No indexes", a notice).
    QString footerText() const;

protected:
    // Keeps the user's sort column; sizes columns to their contents once.
    void setRows(std::vector<std::vector<Cell>> rows, const QString& footer);
    void setNotice(const QString& text, bool isError);
    // Column widths in characters (0: size to contents); the last column stretches.
    void setPreferredWidths(const QList<int>& chars);

private:
    void openLink(const QModelIndex& proxyIndex, bool background);
    void updateFooter();

    CellTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_footer = nullptr;
    QLabel* m_notice = nullptr;
    QString m_footerBase;
    QList<int> m_widths;
    bool m_sized = false;
};

} // namespace cc::ui
