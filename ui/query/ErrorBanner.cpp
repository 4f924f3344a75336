#include "ui/query/ErrorBanner.h"

#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QLabel* selectableLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("queryErrorBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    m_title = selectableLabel(this);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_facts = selectableLabel(this);
    m_facts->setFont(QFont(theme::monospaceFamily()));
    m_message = selectableLabel(this);
    m_advice = selectableLabel(this);
    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addWidget(m_message);
    column->addWidget(m_advice);
    layout->addLayout(column, 1);
    m_close = new QToolButton(this);
    m_close->setIcon(theme::icon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::setTone(bool error) {
    const theme::Tone tone = error ? theme::Tone::Danger : theme::Tone::Warning;
    const QColor border = theme::toneColor(tone);
    const QColor fill = theme::toneBackground(tone);
    setStyleSheet(QStringLiteral("#queryErrorBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; }")
                      .arg(fill.name(QColor::HexArgb), border.name()));
    m_icon->setPixmap(
        theme::icon(error ? QStringLiteral("error") : QStringLiteral("warning"), border)
            .pixmap(18, 18));
}

void ErrorBanner::showError(const QueryErrorText& text) {
    setTone(true);
    m_title->setText(text.title);
    m_facts->setText(text.facts);
    m_facts->setVisible(!text.facts.isEmpty());
    m_message->setText(text.message);
    m_message->setVisible(!text.message.isEmpty() && text.message != text.title);
    m_advice->setText(text.advice);
    m_advice->setVisible(!text.advice.isEmpty());
    show();
}

void ErrorBanner::showNotice(const QString& title, const QString& detail) {
    setTone(false);
    m_title->setText(title);
    m_facts->hide();
    m_message->setText(detail);
    m_message->setVisible(!detail.isEmpty());
    m_advice->hide();
    show();
}

void ErrorBanner::clear() {
    m_title->clear();
    m_facts->clear();
    m_message->clear();
    m_advice->clear();
    hide();
}

QString ErrorBanner::text() const {
    QStringList parts;
    for (const QLabel* label : {m_title, m_facts, m_message, m_advice})
        if (!label->isHidden() && !label->text().isEmpty())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace cc::ui
