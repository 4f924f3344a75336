#pragma once

#include <QKeySequence>
#include <QWidget>

class QMenuBar;

namespace cc::ui {

// F1 / "?": every shortcut of the window, read from its menus when shown, so the list
// cannot drift from what the keys do. Drawn over the window; any key or click closes it.
class ShortcutOverlay : public QWidget {
    Q_OBJECT

public:
    struct Entry {
        QString section; // the menu's title without its mnemonic
        QString text;    // the action's text without mnemonic or ellipsis
        QList<QKeySequence> keys;
    };

    ShortcutOverlay(QMenuBar* menus, QWidget* parent);

    // Every action with a shortcut in `menus` (submenus included), in menu order.
    static QList<Entry> collect(const QMenuBar* menus);

    void toggle();
    QList<Entry> entries() const { return m_entries; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QMenuBar* m_menus;
    QList<Entry> m_entries;
};

} // namespace cc::ui
