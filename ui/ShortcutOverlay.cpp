#include "ui/ShortcutOverlay.h"

#include "ui/Theme.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>

namespace cc::ui {

namespace {
QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

void collectMenu(const QMenu* menu, const QString& section, QList<ShortcutOverlay::Entry>& out) {
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collectMenu(a->menu(), section, out);
            continue;
        }
        if (a->shortcuts().isEmpty())
            continue;
        out.append({section, plain(a->text()), a->shortcuts()});
    }
}

constexpr int kCardPad = 24;
constexpr int kRowH = 26;
constexpr int kColGap = 36;
constexpr int kSectionGap = 14;
} // namespace

ShortcutOverlay::ShortcutOverlay(QMenuBar* menus, QWidget* parent)
    : QWidget(parent)
    , m_menus(menus) {
    setFocusPolicy(Qt::StrongFocus);
    hide();
}

QList<ShortcutOverlay::Entry> ShortcutOverlay::collect(const QMenuBar* menus) {
    QList<Entry> out;
    if (!menus)
        return out;
    for (QAction* top : menus->actions())
        if (top->menu())
            collectMenu(top->menu(), plain(top->text()), out);
    return out;
}

void ShortcutOverlay::toggle() {
    if (isVisible()) {
        hide();
        return;
    }
    m_entries = collect(m_menus);
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus(Qt::PopupFocusReason);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() == Qt::NoModifier || event->key() == Qt::Key_Escape ||
        event->key() == Qt::Key_F1 || event->key() == Qt::Key_Question) {
        hide();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent* event) {
    hide();
    event->accept();
}

void ShortcutOverlay::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0, 0, 0, theme::isDark() ? 150 : 90));

    QFont textFont = font();
    QFont keyFont = font();
    keyFont.setPointSizeF(keyFont.pointSizeF() * 0.9);
    QFont sectionFont = font();
    sectionFont.setWeight(QFont::DemiBold);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics textFm(textFont);
    const QFontMetrics keyFm(keyFont);

    // Split into columns of whole sections.
    struct Block {
        QString section;
        QList<Entry> rows;
    };
    QList<Block> blocks;
    for (const Entry& e : m_entries) {
        if (blocks.isEmpty() || blocks.last().section != e.section)
            blocks.append(Block{e.section, {}});
        blocks.last().rows.append(e);
    }
    auto keysText = [](const Entry& e) {
        QStringList parts;
        for (const QKeySequence& k : e.keys)
            parts << k.toString(QKeySequence::NativeText);
        return parts;
    };
    int textW = 0;
    int keysW = 0;
    for (const Entry& e : m_entries) {
        textW = std::max(textW, textFm.horizontalAdvance(e.text));
        int w = 0;
        for (const QString& k : keysText(e))
            w += keyFm.horizontalAdvance(k) + 14 + 6;
        keysW = std::max(keysW, w);
    }
    const int colW = textW + 24 + keysW;
    const int maxCardH = height() - 80;
    QList<QList<Block>> columns{QList<Block>()};
    int colH = 0;
    for (const Block& b : blocks) {
        const int h = kRowH + int(b.rows.size()) * kRowH + kSectionGap;
        if (colH + h > maxCardH - 70 && !columns.last().isEmpty()) {
            columns.append(QList<Block>());
            colH = 0;
        }
        columns.last().append(b);
        colH += h;
    }
    int contentH = 0;
    for (const auto& col : columns) {
        int h = 0;
        for (const Block& b : col)
            h += kRowH + int(b.rows.size()) * kRowH + kSectionGap;
        contentH = std::max(contentH, h);
    }
    const int cardW =
        std::min(width() - 40,
                 int(columns.size()) * colW + (int(columns.size()) - 1) * kColGap + 2 * kCardPad);
    const int cardH = std::min(height() - 40, contentH + 2 * kCardPad + 44);
    const QRect card((width() - cardW) / 2, (height() - cardH) / 2, cardW, cardH);

    QPainterPath path;
    path.addRoundedRect(card, 10, 10);
    p.fillPath(path, palette().color(QPalette::Base));
    p.setPen(theme::borderColor());
    p.drawPath(path);

    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(card.left() + kCardPad, card.top() + kCardPad - 4, cardW, 30),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Keyboard shortcuts"));
    p.setFont(textFont);
    p.setPen(theme::mutedText());
    p.drawText(QRect(card.left(), card.top() + kCardPad - 4, cardW - kCardPad, 30),
               Qt::AlignRight | Qt::AlignVCenter, tr("Press any key to close"));

    int x = card.left() + kCardPad;
    for (const auto& col : columns) {
        int y = card.top() + kCardPad + 44;
        for (const Block& b : col) {
            p.setFont(sectionFont);
            p.setPen(theme::toneColor(theme::Tone::Accent));
            p.drawText(QRect(x, y, colW, kRowH), Qt::AlignLeft | Qt::AlignVCenter, b.section);
            y += kRowH;
            for (const Entry& e : b.rows) {
                p.setFont(textFont);
                p.setPen(palette().color(QPalette::Text));
                p.drawText(QRect(x, y, textW + 12, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                           textFm.elidedText(e.text, Qt::ElideRight, textW + 12));
                int kx = x + textW + 24;
                p.setFont(keyFont);
                for (const QString& k : keysText(e)) {
                    const int kw = keyFm.horizontalAdvance(k) + 14;
                    const QRectF keyRect(kx, y + 3, kw, kRowH - 6);
                    p.setPen(theme::borderColor());
                    p.setBrush(theme::toneBackground(theme::Tone::Neutral));
                    p.drawRoundedRect(keyRect, 4, 4);
                    p.setPen(palette().color(QPalette::Text));
                    p.drawText(keyRect, Qt::AlignCenter, k);
                    kx += kw + 6;
                }
                p.setBrush(Qt::NoBrush);
                y += kRowH;
            }
            y += kSectionGap;
        }
        x += colW + kColGap;
    }
}

} // namespace cc::ui
