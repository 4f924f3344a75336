#pragma once

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

namespace cc::ui {

// A row of joined toggle buttons that picks one section of a tab ("Registered" /
// "Validate a replacement"); extra widgets can sit to its right.
class SectionSwitcher : public QWidget {
    Q_OBJECT

public:
    explicit SectionSwitcher(QWidget* parent = nullptr);

    int addSection(const QString& iconName, const QString& text, const QString& toolTip = {});
    void setSectionText(int index, const QString& text);
    int current() const;
    void setCurrent(int index);
    QToolButton* button(int index) const;
    // Widgets after the sections (right-aligned after a stretch).
    void addTrailingWidget(QWidget* widget);

signals:
    void currentChanged(int index);

private:
    QButtonGroup* m_group = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QHBoxLayout* m_trailing = nullptr;
};

} // namespace cc::ui
