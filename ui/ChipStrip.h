#pragma once

#include "ui/Theme.h"

#include <QWidget>

namespace cc::ui {

// A row of small rounded badges (namespace, management mode, protection, labels).
class ChipStrip : public QWidget {
    Q_OBJECT

public:
    struct Chip {
        QString text;
        theme::Tone tone = theme::Tone::Neutral;
        QString iconName;
        QString toolTip;
    };

    explicit ChipStrip(QWidget* parent = nullptr);

    void setChips(const QList<Chip>& chips);
    QStringList texts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<QRect> chipRects() const;

    QList<Chip> m_chips;
};

} // namespace cc::ui
