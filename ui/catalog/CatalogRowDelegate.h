#pragma once

#include <QStyledItemDelegate>

namespace cc::ui {

// Paints one catalog row on two lines: the table's name with its protection and
// management-mode badges, then namespace · schema.table with the label chips.
class CatalogRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Short badge text of a management mode ("managed", "external"; unknown values as is).
    static QString modeBadge(const QString& managementMode);
};

// Draws a rounded chip with `text` at `x` (vertically centred on `centerY`); returns its
// width. Shared by the catalog rows and the table header.
int paintChip(QPainter* painter, int x, int centerY, const QString& text, const QColor& fg,
              const QColor& bg, const QFont& font);

} // namespace cc::ui
