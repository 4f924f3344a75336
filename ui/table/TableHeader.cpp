#include "ui/table/TableHeader.h"

#include "ui/ChipStrip.h"
#include "ui/Theme.h"
#include "ui/catalog/CatalogRowDelegate.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QToolButton* copyButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setIcon(theme::icon(QStringLiteral("copy")));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

TableHeader::TableHeader(QWidget* parent)
    : QWidget(parent) {
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 12, 12, 10);
    outer->setSpacing(12);

    auto* icon = new QLabel(this);
    icon->setPixmap(
        theme::icon(QStringLiteral("table"), theme::toneColor(theme::Tone::Accent)).pixmap(28, 28));
    icon->setAlignment(Qt::AlignTop);
    outer->addWidget(icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_subtitle->setPalette(muted);
    m_chips = new ChipStrip(this);
    m_detail = new QLabel(this);
    m_detail->setPalette(muted);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    text->addSpacing(3);
    text->addWidget(m_chips);
    text->addSpacing(2);
    text->addWidget(m_detail);
    outer->addLayout(text, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto* copyUid = copyButton(tr("UID"), tr("Copy the table's UID (Ctrl+Shift+U)"), this);
    auto* copyId = copyButton(tr("Identifier"), tr("Copy the identifier (Ctrl+Shift+I)"), this);
    auto* copyName =
        copyButton(tr("schema.table"), tr("Copy the qualified table name (Ctrl+Shift+N)"), this);
    buttons->addWidget(copyUid);
    buttons->addWidget(copyId);
    buttons->addWidget(copyName);
    outer->addLayout(buttons);
    outer->setAlignment(buttons, Qt::AlignTop);
    connect(copyUid, &QToolButton::clicked, this, &TableHeader::copyUidRequested);
    connect(copyId, &QToolButton::clicked, this, &TableHeader::copyIdentifierRequested);
    connect(copyName, &QToolButton::clicked, this, &TableHeader::copyQualifiedNameRequested);
}

void TableHeader::setTable(const MetaTable& t) {
    m_title->setText(t.displayName());
    m_subtitle->setText(QStringLiteral("%1   ·   %2").arg(t.qualifiedName(), t.uid));

    QList<ChipStrip::Chip> chips;
    if (t.namespaceName && !t.namespaceName->isEmpty())
        chips.append(
            {*t.namespaceName, theme::Tone::Neutral, QStringLiteral("namespace"), tr("Namespace")});
    const QString mode = CatalogRowDelegate::modeBadge(t.managementMode);
    if (!mode.isEmpty())
        chips.append({mode, t.isPlatformManaged() ? theme::Tone::Accent : theme::Tone::Neutral,
                      QString(), tr("Management mode: %1").arg(t.managementMode)});
    if (t.protectFromDeletion)
        chips.append({tr("protected"), theme::Tone::Warning, QStringLiteral("lock"),
                      tr("Protected from deletion")});
    for (const QString& label : t.labels)
        chips.append({label, theme::Tone::Neutral, QString(), tr("Label")});
    m_chips->setChips(chips);

    QStringList detail;
    if (t.dataSource) {
        QString ds = tr("Data source: %1").arg(t.dataSource->displayName);
        if (!t.dataSource->classType.isEmpty())
            ds += QStringLiteral(" — %1").arg(t.dataSource->classType);
        detail << ds;
    } else if (t.dataSourceUid) {
        detail << tr("Data source: %1").arg(*t.dataSourceUid);
    }
    if (t.creationDate) {
        const QDateTime dt = QDateTime::fromString(*t.creationDate, Qt::ISODateWithMs);
        detail << tr("Created %1")
                      .arg(dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat)
                                        : *t.creationDate);
    }
    m_detail->setText(detail.join(QStringLiteral("   ·   ")));
    m_detail->setVisible(!detail.isEmpty());
}

QString TableHeader::titleText() const {
    return m_title->text();
}

QString TableHeader::subtitleText() const {
    return m_subtitle->text();
}

QString TableHeader::detailText() const {
    return m_detail->text();
}

QStringList TableHeader::chipTexts() const {
    return m_chips->texts();
}

} // namespace cc::ui
