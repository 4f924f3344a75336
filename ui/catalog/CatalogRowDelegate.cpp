#include "ui/catalog/CatalogRowDelegate.h"

#include "core/MetaTable.h"
#include "ui/Theme.h"
#include "ui/catalog/CatalogModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cc::ui {

namespace {
constexpr int kPadX = 10;
constexpr int kPadY = 7;
constexpr int kLineGap = 3;
constexpr int kChipGap = 4;

QFont smaller(QFont f) {
    f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}
} // namespace

int paintChip(QPainter* painter, int x, int centerY, const QString& text, const QColor& fg,
              const QColor& bg, const QFont& font) {
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRectF r(x, centerY - h / 2.0, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bg);
    painter->drawRoundedRect(r, h / 2.0, h / 2.0);
    painter->setPen(fg);
    painter->setFont(font);
    painter->drawText(r, Qt::AlignCenter, text);
    painter->restore();
    return w;
}

QString CatalogRowDelegate::modeBadge(const QString& managementMode) {
    if (managementMode == QLatin1String(management_mode::PlatformManaged))
        return tr("managed");
    if (managementMode == QLatin1String(management_mode::ExternalRegistered))
        return tr("external");
    return managementMode;
}

QSize CatalogRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics bold(option.font);
    const QFontMetrics small(smaller(option.font));
    return QSize(240, kPadY * 2 + bold.height() + kLineGap + small.height() + 2);
}

void CatalogRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The strong highlight only while the list has the keyboard; otherwise a quiet wash that
    // still shows which row Enter would open.
    const bool focused = widget && widget->hasFocus();
    const bool selected = (option.state & QStyle::State_Selected) && focused;
    if (!focused)
        opt.state &= ~QStyle::State_Selected;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if ((option.state & QStyle::State_Selected) && !focused)
        painter->fillRect(option.rect, theme::toneBackground(theme::Tone::Accent));
    const QPalette& pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor muted = selected ? pal.color(QPalette::HighlightedText) : theme::mutedText();
    if (selected)
        muted.setAlpha(200);

    const QRect r = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFont smallFont = smaller(option.font);
    const QFontMetrics titleFm(titleFont);
    const QFontMetrics smallFm(smallFont);

    painter->save();
    // Line 1: icon, title, then badges on the right.
    const int line1Center = r.top() + titleFm.height() / 2;
    const QIcon tableIcon = theme::icon(QStringLiteral("table"), muted);
    tableIcon.paint(painter, QRect(r.left(), line1Center - 8, 16, 16));
    int right = r.right();

    const QString mode = modeBadge(index.data(CatalogModel::ManagementModeRole).toString());
    if (!mode.isEmpty()) {
        const bool managed = index.data(CatalogModel::ManagementModeRole).toString() ==
                             QLatin1String(management_mode::PlatformManaged);
        const theme::Tone tone = managed ? theme::Tone::Accent : theme::Tone::Neutral;
        const int w = smallFm.horizontalAdvance(mode) + 12;
        right -= w;
        paintChip(painter, right, line1Center, mode, selected ? text : theme::toneColor(tone),
                  selected ? QColor(255, 255, 255, 50) : theme::toneBackground(tone), smallFont);
        right -= kChipGap + 2;
    }
    if (index.data(CatalogModel::ProtectedRole).toBool()) {
        const QColor lockColor = selected ? text : theme::toneColor(theme::Tone::Warning);
        theme::icon(QStringLiteral("lock"), lockColor)
            .paint(painter, QRect(right - 16, line1Center - 8, 16, 16));
        right -= 16 + kChipGap;
    }
    const int titleLeft = r.left() + 22;
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = titleFm.elidedText(index.data(CatalogModel::TitleRole).toString(),
                                             Qt::ElideMiddle, std::max(0, right - titleLeft - 4));
    painter->drawText(QRect(titleLeft, r.top(), right - titleLeft, titleFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);

    // Line 2: namespace · schema.table, label chips on the right.
    const int line2Top = r.top() + titleFm.height() + kLineGap;
    const int line2Center = line2Top + smallFm.height() / 2 + 1;
    int labelsLeft = r.right();
    const QStringList labels = index.data(CatalogModel::LabelsRole).toStringList();
    const int maxChips = 2;
    QList<QString> shown = labels.mid(0, maxChips);
    if (labels.size() > maxChips)
        shown.append(QStringLiteral("+%1").arg(labels.size() - maxChips));
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const int w = smallFm.horizontalAdvance(*it) + 12;
        if (labelsLeft - w < titleLeft + (r.right() - titleLeft) * 55 / 100)
            break;
        labelsLeft -= w;
        paintChip(painter, labelsLeft, line2Center, *it, selected ? text : theme::mutedText(),
                  selected ? QColor(255, 255, 255, 40)
                           : theme::toneBackground(theme::Tone::Neutral),
                  smallFont);
        labelsLeft -= kChipGap;
    }
    const QString ns = index.data(CatalogModel::NamespaceRole).toString();
    const QString qualified = index.data(CatalogModel::QualifiedNameRole).toString();
    const QString second = ns.isEmpty() ? qualified : ns + QStringLiteral("  ·  ") + qualified;
    painter->setFont(smallFont);
    painter->setPen(muted);
    painter->drawText(
        QRect(titleLeft, line2Top, std::max(0, labelsLeft - titleLeft - 6), smallFm.height() + 2),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallFm.elidedText(second, Qt::ElideMiddle, std::max(0, labelsLeft - titleLeft - 6)));
    painter->restore();
}

} // namespace cc::ui
