#include "ui/contract/SectionSwitcher.h"

#include "ui/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace cc::ui {

SectionSwitcher::SectionSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this)) {
    m_group->setExclusive(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(0);
    layout->addLayout(m_buttons);
    layout->addStretch(1);
    m_trailing = new QHBoxLayout;
    m_trailing->setSpacing(6);
    layout->addLayout(m_trailing);

    const QColor accent = theme::toneColor(theme::Tone::Accent);
    const QColor checkedBg = theme::toneBackground(theme::Tone::Accent);
    const QColor border = theme::borderColor();
    setStyleSheet(
        QStringLiteral(
            "QToolButton[section=\"true\"] { border: 1px solid %1; padding: 4px 12px; "
            "margin-right: -1px; background: palette(button); }"
            "QToolButton[section=\"true\"]:checked { background: rgba(%2,%3,%4,%5); color: %6; "
            "border-color: %6; }"
            "QToolButton[first=\"true\"] { border-top-left-radius: 5px; "
            "border-bottom-left-radius: 5px; }"
            "QToolButton[last=\"true\"] { border-top-right-radius: 5px; "
            "border-bottom-right-radius: 5px; }")
            .arg(border.name())
            .arg(checkedBg.red())
            .arg(checkedBg.green())
            .arg(checkedBg.blue())
            .arg(std::max(checkedBg.alpha(), 40))
            .arg(accent.name()));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            emit currentChanged(id);
    });
}

int SectionSwitcher::addSection(const QString& iconName, const QString& text,
                                const QString& toolTip) {
    const int index = int(m_group->buttons().size());
    auto* b = new QToolButton(this);
    b->setCheckable(true);
    b->setIcon(theme::icon(iconName));
    b->setText(text);
    b->setToolTip(toolTip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setProperty("section", true);
    b->setProperty("first", index == 0);
    b->setProperty("last", true);
    if (index > 0)
        m_group->button(index - 1)->setProperty("last", false);
    m_group->addButton(b, index);
    m_buttons->addWidget(b);
    if (index == 0)
        b->setChecked(true);
    // Properties changed: let the style sheet look again.
    for (QAbstractButton* other : m_group->buttons()) {
        other->style()->unpolish(other);
        other->style()->polish(other);
    }
    return index;
}

void SectionSwitcher::setSectionText(int index, const QString& text) {
    if (QAbstractButton* b = m_group->button(index))
        b->setText(text);
}

int SectionSwitcher::current() const {
    return m_group->checkedId();
}

void SectionSwitcher::setCurrent(int index) {
    if (QAbstractButton* b = m_group->button(index))
        b->setChecked(true);
}

QToolButton* SectionSwitcher::button(int index) const {
    return qobject_cast<QToolButton*>(m_group->button(index));
}

void SectionSwitcher::addTrailingWidget(QWidget* widget) {
    m_trailing->addWidget(widget);
}

} // namespace cc::ui
