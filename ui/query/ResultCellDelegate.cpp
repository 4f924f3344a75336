#include "ui/query/ResultCellDelegate.h"

#include "core/RowSet.h"
#include "ui/Theme.h"
#include "ui/query/ResultModel.h"

#include <QApplication>
#include <QPainter>

namespace cc::ui {

void ResultCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const int kind = index.data(ResultModel::KindRole).toInt();
    if (kind != int(RowSet::CellKind::Bool) && kind != int(RowSet::CellKind::Json)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = option.state & QStyle::State_Selected;
    if (kind == int(RowSet::CellKind::Json)) {
        if (!selected)
            opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::Link));
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool on = text == QLatin1String("true");
    const QColor color = selected
                             ? option.palette.color(QPalette::HighlightedText)
                             : (on ? theme::toneColor(theme::Tone::Success) : theme::mutedText());
    painter->save();
    const QRect box = option.rect.adjusted(6, 0, -6, 0);
    const QRect iconRect(box.left(), box.center().y() - 6, 12, 12);
    theme::icon(on ? QStringLiteral("check") : QStringLiteral("close"), color)
        .paint(painter, iconRect);
    painter->setPen(color);
    painter->setFont(opt.font);
    painter->drawText(box.adjusted(18, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace cc::ui
