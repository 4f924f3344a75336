#include "ui/ChipStrip.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cc::ui {

namespace {
constexpr int kGap = 6;
constexpr int kPadX = 9;
constexpr int kIcon = 13;
} // namespace

ChipStrip::ChipStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ChipStrip::setChips(const QList<Chip>& chips) {
    m_chips = chips;
    updateGeometry();
    update();
}

QStringList ChipStrip::texts() const {
    QStringList out;
    for (const Chip& c : m_chips)
        out << c.text;
    return out;
}

QList<QRect> ChipStrip::chipRects() const {
    QList<QRect> rects;
    const QFontMetrics fm(font());
    const int h = fm.height() + 6;
    int x = 0;
    for (const Chip& c : m_chips) {
        int w = fm.horizontalAdvance(c.text) + 2 * kPadX;
        if (!c.iconName.isEmpty())
            w += kIcon + 4;
        rects.append(QRect(x, 0, w, h));
        x += w + kGap;
    }
    return rects;
}

QSize ChipStrip::sizeHint() const {
    const QList<QRect> rects = chipRects();
    const int h = QFontMetrics(font()).height() + 6;
    return QSize(rects.isEmpty() ? 0 : rects.last().right() + 1, h);
}

QSize ChipStrip::minimumSizeHint() const {
    return QSize(0, QFontMetrics(font()).height() + 6);
}

void ChipStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = chipRects();
    for (int i = 0; i < m_chips.size(); ++i) {
        const Chip& c = m_chips.at(i);
        const QRect r = rects.at(i);
        if (r.left() > width())
            break;
        p.setPen(Qt::NoPen);
        p.setBrush(theme::toneBackground(c.tone));
        p.drawRoundedRect(QRectF(r), r.height() / 2.0, r.height() / 2.0);
        const QColor fg = c.tone == theme::Tone::Neutral ? palette().color(QPalette::WindowText)
                                                         : theme::toneColor(c.tone);
        int textLeft = r.left() + kPadX;
        if (!c.iconName.isEmpty()) {
            theme::icon(c.iconName, fg)
                .paint(&p, QRect(textLeft, r.center().y() - kIcon / 2, kIcon, kIcon));
            textLeft += kIcon + 4;
        }
        p.setPen(fg);
        p.drawText(QRect(textLeft, r.top(), r.right() - textLeft - kPadX + 2, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, c.text);
    }
}

bool ChipStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<QRect> rects = chipRects();
        for (int i = 0; i < rects.size(); ++i)
            if (rects.at(i).contains(help->pos()) && !m_chips.at(i).toolTip.isEmpty()) {
                QToolTip::showText(help->globalPos(), m_chips.at(i).toolTip, this, rects.at(i));
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc::ui
