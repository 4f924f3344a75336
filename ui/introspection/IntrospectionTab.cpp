#include "ui/introspection/IntrospectionTab.h"

#include "core/DataSource.h"
#include "net/ErrorReport.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/contract/ChangeText.h"
#include "ui/contract/ContractDiffView.h"
#include "ui/contract/SectionSwitcher.h"
#include "ui/introspection/RelativeTime.h"
#include "ui/introspection/SnapshotView.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kClockMs = 30 * 1000;

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString sourceName(const MetaTable& table) {
    if (table.dataSource && !table.dataSource->displayName.isEmpty())
        return table.dataSource->displayName;
    return table.dataSourceUid.value_or(QString());
}
} // namespace

IntrospectionTab::IntrospectionTab(QWidget* parent)
    : TableTab(parent)
    , m_clock(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    m_sections = new SectionSwitcher(this);
    m_sections->addSection(QStringLiteral("introspect"), tr("Snapshot"),
                           tr("The physical table as the backend last introspected it"));
    m_sections->addSection(QStringLiteral("drift"), tr("Drift"),
                           tr("The registered contract compared with the snapshot"));
    m_time = new QLabel(this);
    QPalette muted = m_time->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_time->setPalette(muted);
    m_sections->addTrailingWidget(m_time);
    m_introspect =
        new QPushButton(theme::icon(QStringLiteral("refresh")), tr("Introspect now"), this);
    m_introspect->setToolTip(tr("Read the physical table from its data source again and store "
                                "the snapshot (POST introspect/)"));
    m_sections->addTrailingWidget(m_introspect);
    layout->addWidget(m_sections);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_stack = new QStackedWidget(this);
    m_view = new SnapshotView(m_stack);
    m_stack->addWidget(m_view);

    m_driftPage = new QWidget(m_stack);
    auto* driftLayout = new QVBoxLayout(m_driftPage);
    driftLayout->setContentsMargins(0, 0, 0, 0);
    driftLayout->setSpacing(6);
    m_driftCaption = new QLabel(m_driftPage);
    m_driftCaption->setWordWrap(true);
    driftLayout->addWidget(m_driftCaption);
    m_driftView = new ContractDiffView(m_driftPage);
    m_driftView->setEmptyText(tr("No drift"),
                              tr("The physical table matches the registered contract in "
                                 "everything the snapshot describes."));
    driftLayout->addWidget(m_driftView, 1);
    m_stack->addWidget(m_driftPage);

    m_neverPage = new QWidget(m_stack);
    auto* never = new QVBoxLayout(m_neverPage);
    never->setSpacing(8);
    never->addStretch(2);
    auto* icon = new QLabel(m_neverPage);
    icon->setPixmap(theme::icon(QStringLiteral("introspect"), theme::mutedText()).pixmap(44, 44));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Never introspected"), m_neverPage);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    m_neverDetail = new QLabel(m_neverPage);
    m_neverDetail->setWordWrap(true);
    m_neverDetail->setAlignment(Qt::AlignCenter);
    m_neverDetail->setPalette(muted);
    m_neverDetail->setMaximumWidth(620);
    m_neverIntrospect =
        new QPushButton(theme::icon(QStringLiteral("refresh")), tr("Introspect now"), m_neverPage);
    never->addWidget(icon);
    never->addWidget(title);
    never->addWidget(m_neverDetail, 0, Qt::AlignHCenter);
    never->addSpacing(4);
    never->addWidget(m_neverIntrospect, 0, Qt::AlignHCenter);
    never->addStretch(3);
    m_stack->addWidget(m_neverPage);
    layout->addWidget(m_stack, 1);

    connect(m_introspect, &QPushButton::clicked, this, &IntrospectionTab::introspectNow);
    connect(m_neverIntrospect, &QPushButton::clicked, this, &IntrospectionTab::introspectNow);
    connect(m_sections, &SectionSwitcher::currentChanged, this, [this](int) {
        if (!m_snapshot.isEmpty())
            m_stack->setCurrentWidget(currentSection() == Drift ? m_driftPage
                                                                : static_cast<QWidget*>(m_view));
    });
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("#drift"))
            showSection(Drift);
    });
    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, &IntrospectionTab::updateTime);
    m_clock->start();
}

IntrospectionTab::~IntrospectionTab() {
    if (m_call)
        m_call->cancel();
}

void IntrospectionTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    m_table = snapshot;
    updateCapability();
    if (!m_call)
        showIntrospection(snapshot->table.introspectionSnapshot);
}

void IntrospectionTab::updateCapability() {
    m_supported.reset();
    if (m_table && m_table->table.dataSource)
        m_supported = m_table->table.dataSource->supports(
            QString::fromLatin1(capability::TableIntrospection));
    const bool refused = m_supported && !*m_supported;
    const QString why = tr("Data source %1 does not support table introspection "
                           "(supports_table_introspection is off).")
                            .arg(sourceName(m_table->table));
    for (QPushButton* b : {m_introspect, m_neverIntrospect}) {
        b->setEnabled(!refused && !m_call);
        b->setToolTip(refused ? why
                              : tr("Read the physical table from its data source again and "
                                   "store the snapshot (POST introspect/)"));
    }
    QString detail = tr("The backend holds no snapshot of the physical table yet. Introspecting "
                        "reads its columns, indexes, constraints and foreign keys from the data "
                        "source and stores them on the table, so the registered contract can be "
                        "checked for drift.");
    if (refused) {
        detail += QStringLiteral("\n\n") +
                  tr("This table's data source, %1, does not support introspection, so no "
                     "snapshot can be taken from here. An administrator can enable "
                     "supports_table_introspection on the data source.")
                      .arg(sourceName(m_table->table));
        if (!m_failed)
            setNotice(QStringLiteral("<b>%1</b> %2")
                          .arg(esc(tr("Introspection is not available for this table.")),
                               esc(why + QLatin1Char(' ') +
                                   tr("Ask an administrator to enable it, or compare the "
                                      "contract with the database by other means."))),
                      int(theme::Tone::Warning));
    }
    m_neverDetail->setText(detail);
}

void IntrospectionTab::showIntrospection(const IntrospectionSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_view->setSnapshot(snapshot);
    const TableContract contract = m_table ? m_table->table.tableContract : TableContract();
    const QString name = m_table ? m_table->table.displayName() : QString();
    if (snapshot.isEmpty()) {
        m_drift = ContractDiff();
        m_driftView->clear();
        m_stack->setCurrentWidget(m_neverPage);
        m_sections->setSectionText(Drift, tr("Drift"));
        m_sections->button(Snapshot)->setEnabled(false);
        m_sections->button(Drift)->setEnabled(false);
    } else {
        m_drift = ContractDiff::compare(contract, snapshot);
        m_driftView->setDiff(m_drift, name + QStringLiteral("-drift"));
        const int breaking = m_drift.count(ContractChange::Severity::Breaking);
        m_sections->setSectionText(
            Drift, m_drift.isEmpty() ? tr("Drift: none")
                   : breaking > 0
                       ? tr("Drift: %1")
                             .arg(severityCountText(ContractChange::Severity::Breaking, breaking))
                       : tr("Drift (%1)").arg(m_drift.changes().size()));
        m_sections->button(Snapshot)->setEnabled(true);
        m_sections->button(Drift)->setEnabled(true);
        m_stack->setCurrentWidget(currentSection() == Drift ? m_driftPage
                                                            : static_cast<QWidget*>(m_view));
    }
    updateTime();
}

void IntrospectionTab::updateTime() {
    if (m_snapshot.isEmpty()) {
        m_time->setText(tr("Never introspected"));
        m_time->setToolTip(QString());
        m_driftCaption->clear();
        return;
    }
    const QDateTime at = parseTimestamp(m_snapshot.introspectedAt.value_or(QString()));
    const QString when =
        at.isValid() ? relativeTime(at, QDateTime::currentDateTimeUtc()) : tr("at an unknown time");
    QString physical = m_snapshot.tableName.value_or(QString());
    if (m_snapshot.schema && !m_snapshot.schema->isEmpty() && !physical.isEmpty())
        physical = *m_snapshot.schema + QLatin1Char('.') + physical;
    m_time->setText(physical.isEmpty() ? tr("Introspected %1").arg(when)
                                       : tr("%1 · introspected %2").arg(physical, when));
    m_time->setToolTip(at.isValid() ? tr("Introspected %1").arg(exactTime(at))
                                    : tr("The snapshot carries no introspected_at time"));
    m_driftCaption->setText(
        tr("The registered contract compared with the physical table as introspected %1. "
           "Breaking changes come first; each says why it matters.")
            .arg(when));
}

void IntrospectionTab::setNotice(const QString& html, int tone) {
    if (html.isEmpty()) {
        m_notice->hide();
        return;
    }
    const QColor bg = theme::toneBackground(theme::Tone(tone));
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(%1,%2,%3,%4); border-radius: 6px;"
                       " padding: 7px 10px; }")
            .arg(bg.red())
            .arg(bg.green())
            .arg(bg.blue())
            .arg(bg.alpha()));
    m_notice->setText(html);
    m_notice->show();
}

QString IntrospectionTab::noticeText() const {
    if (m_notice->isHidden())
        return QString();
    QTextDocument doc;
    doc.setHtml(m_notice->text());
    return doc.toPlainText();
}

bool IntrospectionTab::introspectNow() {
    if (!m_table || m_call)
        return false;
    ApiClient* client = m_table->client;
    if (!client) {
        setNotice(esc(tr("Not connected to a server.")), int(theme::Tone::Danger));
        return false;
    }
    for (QPushButton* b : {m_introspect, m_neverIntrospect}) {
        b->setEnabled(false);
        b->setText(tr("Introspecting…"));
    }
    setNotice(
        esc(tr("Reading the physical table from data source %1…").arg(sourceName(m_table->table))),
        int(theme::Tone::Neutral));
    m_call = client->introspect(m_table->table.uid, this, [this](ApiResult<IntrospectReply> r) {
        m_call = nullptr;
        for (QPushButton* b : {m_introspect, m_neverIntrospect})
            b->setText(tr("Introspect now"));
        if (!r.ok() && r.error().kind == ApiError::Kind::Cancelled)
            return;
        m_failed = !r.ok();
        if (m_failed) {
            m_error = r.error();
            updateCapability();
            explainFailure(m_error);
            emit introspectionFinished(false);
            return;
        }
        m_error = ApiError();
        updateCapability();
        showIntrospection(r.value().snapshot);
        const IntrospectionSnapshot& s = m_snapshot;
        QString text = tr("Introspected just now: %1, %2, %3, %4.")
                           .arg(counted(qint64(s.columns.size()), tr("1 column"), tr("%1 columns")),
                                counted(qint64(s.indexes.size()), tr("1 index"), tr("%1 indexes")),
                                counted(qint64(s.constraints.size()), tr("1 constraint"),
                                        tr("%1 constraints")),
                                counted(qint64(s.foreignKeys.size()), tr("1 foreign key"),
                                        tr("%1 foreign keys")));
        QString html = esc(text);
        if (m_drift.isEmpty()) {
            html += QLatin1Char(' ') + esc(tr("The physical table matches the registered "
                                              "contract."));
        } else {
            html += QLatin1Char(' ') +
                    esc(tr("It has drifted from the registered contract (%1).")
                            .arg(counted(qint64(m_drift.changes().size()), tr("1 change"),
                                         tr("%1 changes")))) +
                    QStringLiteral(" <a href=\"#drift\">%1</a>").arg(esc(tr("Show the drift")));
        }
        setNotice(html, int(m_drift.hasBreaking() ? theme::Tone::Warning : theme::Tone::Success));
        emit introspectionFinished(true);
    });
    return true;
}

void IntrospectionTab::explainFailure(const ApiError& error) {
    const QString server = error.body.message.isEmpty() ? error.message : error.body.message;
    QString title;
    QString advice;
    const bool capability = error.body.code == QLatin1String("capability_not_supported") ||
                            error.body.capability.has_value();
    if (error.isPermission()) {
        title = tr("Your token may not introspect this table.");
        advice = tr("Introspecting stores a new snapshot on the table, so it needs an editor or "
                    "admin token; this connection's token can only read. Reconnect with an "
                    "editor token (Connection ▸ Edit connection…) and try again.");
    } else if (capability) {
        title = tr("The data source cannot introspect tables.");
        advice = tr("Introspection needs supports_table_introspection on the table's data "
                    "source (%1). Ask an administrator to enable it; the stored snapshot, if "
                    "any, is still shown.")
                     .arg(sourceName(m_table->table));
    } else if (error.isConflict() && error.body.code == QLatin1String("physical_table_missing")) {
        title = tr("The physical table does not exist.");
        advice = tr("The table is registered, but its data source has no such table. Create it, "
                    "or delete the registration if the table is gone for good.");
    } else if (error.isAuthentication()) {
        title = tr("The server did not accept the credentials.");
        advice = tr("Sign in again (Connection ▸ Edit connection…) and retry.");
    } else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        title = tr("The server did not answer.");
        advice = tr("The snapshot shown is the stored one. Check the connection and try again.");
    } else {
        title = tr("Introspection failed.");
        advice = tr("The snapshot shown is the stored one.");
    }
    setNotice(QStringLiteral("<b>%1</b> %2<br>%3")
                  .arg(esc(title), esc(net::sentence(server)), esc(advice)),
              int(theme::Tone::Danger));
}

void IntrospectionTab::showSection(Section section) {
    m_sections->setCurrent(int(section));
}

IntrospectionTab::Section IntrospectionTab::currentSection() const {
    return Section(std::max(0, m_sections->current()));
}

bool IntrospectionTab::showsNeverIntrospected() const {
    return m_stack->currentWidget() == m_neverPage;
}

QString IntrospectionTab::timeText() const {
    return m_time->text();
}

QString IntrospectionTab::timeToolTip() const {
    return m_time->toolTip();
}

} // namespace cc::ui
