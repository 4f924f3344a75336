#include "ui/StateView.h"

#include "ui/Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

StateView::StateView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addStretch(2);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_detail->palette();
    p.setColor(QPalette::WindowText, theme::mutedText());
    m_detail->setPalette(p);
    m_retry = new QPushButton(theme::icon(QStringLiteral("refresh")), tr("&Retry"), this);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &StateView::retryRequested);

    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_retry);
    row->addStretch(1);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addStretch(3);
}

void StateView::present(Kind kind, const QString& iconName, const QString& title,
                        const QString& detail) {
    m_kind = kind;
    QColor color = theme::mutedText();
    if (kind == Kind::Error)
        color = theme::toneColor(theme::Tone::Danger);
    m_icon->setPixmap(theme::icon(iconName, color).pixmap(40, 40));
    m_icon->setVisible(!iconName.isEmpty());
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_retry->setVisible(kind == Kind::Error);
}

void StateView::showLoading(const QString& text) {
    present(Kind::Loading, QStringLiteral("refresh"), text, QString());
}

void StateView::showEmpty(const QString& title, const QString& detail) {
    present(Kind::Empty, QStringLiteral("search"), title, detail);
}

void StateView::showError(const QString& title, const QString& detail) {
    present(Kind::Error, QStringLiteral("error"), title, detail);
}

void StateView::showInfo(const QString& iconName, const QString& title, const QString& detail) {
    present(Kind::Info, iconName, title, detail);
}

QString StateView::title() const {
    return m_title->text();
}

QString StateView::detail() const {
    return m_detail->text();
}

} // namespace cc::ui
