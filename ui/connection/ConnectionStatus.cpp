#include "ui/connection/ConnectionStatus.h"

#include "ui/Theme.h"
#include "ui/connection/ConnectionSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace cc::ui {

namespace {
QPixmap dot(const QColor& color) {
    QPixmap pm(10, 10);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 8, 8));
    return pm;
}
} // namespace

ConnectionStatus::ConnectionStatus(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);
    m_warning = new QLabel(this);
    m_warning->hide();
    QPalette wp = m_warning->palette();
    wp.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Warning));
    m_warning->setPalette(wp);
    m_latency = new QLabel(this);
    QPalette mp = m_latency->palette();
    mp.setColor(QPalette::WindowText, theme::mutedText());
    m_latency->setPalette(mp);
    m_dot = new QLabel(this);
    m_state = new QLabel(this);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(m_latency);
    layout->addSpacing(8);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    updateText();
}

void ConnectionStatus::setProfileName(const QString& name) {
    m_profile = name;
    updateText();
}

void ConnectionStatus::setState(ConnectionState state) {
    m_connection = state;
    updateText();
}

void ConnectionStatus::setApiNamespace(ApiNamespace ns) {
    m_namespace = ns;
    updateText();
}

void ConnectionStatus::noteRequest(const QString& method, const QUrl& url, int status,
                                   qint64 elapsedMs) {
    const QString what = status > 0 ? QString::number(status) : tr("no answer");
    m_latency->setText(tr("%1 %2 · %3 ms").arg(method, what).arg(elapsedMs));
    m_latency->setToolTip(
        tr("Last request: %1 %2")
            .arg(method, url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
}

void ConnectionStatus::setTokenWarning(const QString& warning) {
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setText(warning.isEmpty() ? QString()
                                         : tr("⚠ Tokens in a private file, no keychain"));
    m_warning->setToolTip(warning);
}

void ConnectionStatus::updateText() {
    theme::Tone tone = theme::Tone::Neutral;
    switch (m_connection) {
    case ConnectionState::Connected:
        tone = theme::Tone::Success;
        break;
    case ConnectionState::Detecting:
        tone = theme::Tone::Accent;
        break;
    case ConnectionState::Unreachable:
    case ConnectionState::Unauthorized:
        tone = theme::Tone::Danger;
        break;
    case ConnectionState::Unknown:
        break;
    }
    m_dot->setPixmap(dot(theme::toneColor(tone)));
    if (m_profile.isEmpty()) {
        m_state->setText(tr("No connection"));
        return;
    }
    QString text =
        QStringLiteral("%1 — %2").arg(m_profile, ConnectionSession::stateText(m_connection));
    if (m_connection == ConnectionState::Connected && m_namespace != ApiNamespace::Auto)
        text += m_namespace == ApiNamespace::V1 ? tr(" (v1 API)") : tr(" (legacy API)");
    m_state->setText(text);
}

QString ConnectionStatus::stateText() const {
    return m_state->text();
}

QString ConnectionStatus::latencyText() const {
    return m_latency->text();
}

QString ConnectionStatus::warningText() const {
    return m_warning->isVisible() ? m_warning->toolTip() : QString();
}

} // namespace cc::ui
