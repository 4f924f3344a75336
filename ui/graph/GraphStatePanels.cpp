#include "ui/graph/GraphStatePanels.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

GraphBusyOverlay::GraphBusyOverlay(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("graphBusy"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    auto* progress = new QProgressBar(this);
    progress->setRange(0, 0); // busy indicator: the work reports no progress
    progress->setTextVisible(false);
    progress->setFixedHeight(6);
    layout->addWidget(m_text);
    layout->addWidget(progress);
}

void GraphBusyOverlay::setText(const QString& text) {
    m_text->setText(text);
}

QString GraphBusyOverlay::text() const {
    return m_text->text();
}

GraphErrorPage::GraphErrorPage(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    auto* title = new QLabel(tr("The schema graph could not be shown"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* retry = new QPushButton(tr("Retry"), this);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &GraphErrorPage::retryRequested);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(retry, 0, Qt::AlignCenter);
    layout->addStretch();
}

void GraphErrorPage::setMessage(const QString& message) {
    m_message->setText(message);
}

QString GraphErrorPage::message() const {
    return m_message->text();
}

} // namespace cc::ui
