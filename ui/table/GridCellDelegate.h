#pragma once

#include <QStyledItemDelegate>

namespace cc::ui {

// Draws the cells of a CellTableModel grid: links in the link colour (clicking one emits
// linkActivated) and flags as a centred check mark.
class GridCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

signals:
    void linkActivated(const QModelIndex& index, bool background);
};

} // namespace cc::ui
