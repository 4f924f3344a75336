#include "ui/table/GridCellDelegate.h"

#include "ui/Theme.h"
#include "ui/table/CellTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace cc::ui {

void GridCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const bool mark = index.data(CellTableModel::MarkRole).toBool();
    const QString link = index.data(CellTableModel::LinkRole).toString();
    if (!mark && link.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (mark) {
        const QColor color = selected ? option.palette.color(QPalette::HighlightedText)
                                      : theme::toneColor(theme::Tone::Success);
        const QRect r(option.rect.center() - QPoint(7, 7), QSize(14, 14));
        theme::icon(QStringLiteral("check"), color).paint(painter, r);
    } else {
        QFont f = opt.font;
        f.setUnderline(true);
        painter->setFont(f);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::Link));
        const QRect textRect = option.rect.adjusted(6, 0, -6, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(text, Qt::ElideMiddle, textRect.width()));
    }
    painter->restore();
}

bool GridCellDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                   const QStyleOptionViewItem& option, const QModelIndex& index) {
    const bool isLink = !index.data(CellTableModel::LinkRole).toString().isEmpty();
    if (event->type() == QEvent::MouseMove) {
        if (auto* view = qobject_cast<QAbstractItemView*>(parent()))
            view->viewport()->setCursor(isLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    } else if (event->type() == QEvent::MouseButtonRelease && isLink) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton || mouse->button() == Qt::MiddleButton) {
            const bool background =
                mouse->button() == Qt::MiddleButton || (mouse->modifiers() & Qt::ControlModifier);
            emit linkActivated(index, background);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace cc::ui
