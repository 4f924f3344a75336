#pragma once

#include <QStyledItemDelegate>

namespace cc::ui {

// Draws result cells by type: booleans as a check mark or a muted cross next to their
// text, JSON in the link colour; NULL and "loading…" come grey and italic from the model.
class ResultCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace cc::ui
