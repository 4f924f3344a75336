#include "ui/contract/ValidationResultView.h"

#include "core/codec/ContractCodec.h"
#include "core/codec/JsonParse.h"
#include "ui/StateView.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/contract/ContractDiffView.h"
#include "ui/contract/ContractSideBySide.h"
#include "ui/contract/JsonHighlighter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
enum IssueColumn { IssuePath, IssueMessage, IssueCode };
constexpr int kPathRole = Qt::UserRole + 1;

QString toneStyle(theme::Tone tone) {
    const QColor bg = theme::toneBackground(tone);
    return QStringLiteral("#verdictBar { background: rgba(%1,%2,%3,%4); border-radius: 6px; }")
        .arg(bg.red())
        .arg(bg.green())
        .arg(bg.blue())
        .arg(bg.alpha());
}
} // namespace

ValidationResultView::ValidationResultView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_verdictBar = new QWidget(this);
    m_verdictBar->setObjectName(QStringLiteral("verdictBar"));
    m_verdictBar->setAttribute(Qt::WA_StyledBackground, true);
    auto* verdictLayout = new QHBoxLayout(m_verdictBar);
    verdictLayout->setContentsMargins(10, 7, 10, 7);
    verdictLayout->setSpacing(8);
    m_verdictIcon = new QLabel(m_verdictBar);
    m_verdict = new QLabel(m_verdictBar);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdictLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictLayout->addWidget(m_verdict, 1);
    layout->addWidget(m_verdictBar);

    m_issues = new QTreeWidget(this);
    m_issues->setColumnCount(3);
    m_issues->setHeaderLabels({tr("JSON path"), tr("Message"), tr("Code")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAlternatingRowColors(true);
    m_issues->setToolTip(tr("Click an issue to select its place in the editor"));
    m_issues->header()->setStretchLastSection(false);
    m_issues->header()->setSectionResizeMode(IssueMessage, QHeaderView::Stretch);
    const int ch = m_issues->fontMetrics().averageCharWidth();
    m_issues->setColumnWidth(IssuePath, 26 * ch);
    m_issues->setColumnWidth(IssueCode, 20 * ch);
    m_issues->setMaximumHeight(m_issues->fontMetrics().height() * 8 + 24);
    layout->addWidget(m_issues);
    auto activate = [this](QTreeWidgetItem* item) {
        if (item)
            emit issueActivated(item->data(IssuePath, kPathRole).toString());
    };
    connect(m_issues, &QTreeWidget::itemClicked, this, activate);
    connect(m_issues, &QTreeWidget::itemActivated, this, activate);

    m_stack = new QStackedWidget(this);
    m_state = new StateView(m_stack);
    m_stack->addWidget(m_state);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_diffView = new ContractDiffView(m_tabs);
    m_diffView->setEmptyText(tr("Same as the registered contract"),
                             tr("After normalization the proposed contract describes the table "
                                "exactly as it is registered."));
    auto* diffPage = new QWidget(m_tabs);
    auto* diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 8, 0, 0);
    diffLayout->addWidget(m_diffView);
    m_tabs->addTab(diffPage, theme::icon(QStringLiteral("warning")), tr("Changes"));

    m_sideBySide = new ContractSideBySide(m_tabs);
    auto* sidePage = new QWidget(m_tabs);
    auto* sideLayout = new QVBoxLayout(sidePage);
    sideLayout->setContentsMargins(0, 8, 0, 0);
    sideLayout->addWidget(m_sideBySide);
    m_tabs->addTab(sidePage, theme::icon(QStringLiteral("columns")), tr("Side by side"));

    auto* normalizedPage = new QWidget(m_tabs);
    auto* normalizedLayout = new QVBoxLayout(normalizedPage);
    normalizedLayout->setContentsMargins(0, 8, 0, 0);
    normalizedLayout->setSpacing(4);
    auto* copyRow = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("The contract as the backend normalized it (read-only)."), normalizedPage);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    hint->setPalette(muted);
    auto* copy = new QToolButton(normalizedPage);
    copy->setIcon(theme::icon(QStringLiteral("copy")));
    copy->setText(tr("Copy JSON"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAutoRaise(true);
    copyRow->addWidget(hint, 1);
    copyRow->addWidget(copy);
    normalizedLayout->addLayout(copyRow);
    m_normalized = new QPlainTextEdit(normalizedPage);
    m_normalized->setReadOnly(true);
    m_normalized->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    m_normalized->setFont(mono);
    new JsonHighlighter(m_normalized->document());
    normalizedLayout->addWidget(m_normalized, 1);
    m_tabs->addTab(normalizedPage, theme::icon(QStringLiteral("braces")),
                   tr("Normalized contract"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_normalized->toPlainText()); });

    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    showIdle();
}

void ValidationResultView::setVerdict(const QString& text, int tone, const QString& iconName) {
    const auto t = theme::Tone(tone);
    m_verdictBar->setStyleSheet(toneStyle(t));
    m_verdictIcon->setPixmap(theme::icon(iconName, theme::toneColor(t)).pixmap(18, 18));
    m_verdict->setText(text);
    m_verdictBar->show();
}

void ValidationResultView::setIssuesVisible(bool visible) {
    m_issues->setVisible(visible);
}

void ValidationResultView::showIdle() {
    m_verdictBar->hide();
    m_verdict->clear();
    m_issues->clear();
    setIssuesVisible(false);
    m_state->showInfo(QStringLiteral("check"), tr("Nothing validated yet"),
                      tr("Edit the proposed contract on the left, then press Validate "
                         "(Ctrl+Enter). The backend checks and normalizes it, and the changes "
                         "against the registered contract appear here, breaking ones first."));
    m_stack->setCurrentWidget(m_state);
}

void ValidationResultView::showValidating() {
    setVerdict(tr("Validating with the backend…"), int(theme::Tone::Neutral),
               QStringLiteral("refresh"));
}

void ValidationResultView::addIssues(const std::vector<ValidationIssue>& issues, bool errors) {
    const QColor color = theme::toneColor(errors ? theme::Tone::Danger : theme::Tone::Warning);
    const QIcon icon =
        theme::icon(errors ? QStringLiteral("error") : QStringLiteral("warning"), color);
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    for (const ValidationIssue& issue : issues) {
        auto* item = new QTreeWidgetItem(m_issues);
        item->setIcon(IssuePath, icon);
        item->setText(IssuePath, issue.path.isEmpty() ? tr("(whole contract)") : issue.path);
        item->setFont(IssuePath, mono);
        item->setData(IssuePath, kPathRole, issue.path);
        item->setText(IssueMessage, issue.message);
        item->setToolTip(IssueMessage, issue.message);
        item->setText(IssueCode, issue.code);
        item->setForeground(IssueCode, theme::mutedText());
        item->setToolTip(IssuePath, errors ? tr("Error: click to select it in the editor")
                                           : tr("Warning: click to select it in the editor"));
    }
}

void ValidationResultView::showReply(const ValidateReply& reply, const TableContract& registered,
                                     const QString& exportName, const QByteArray& rawBody) {
    m_issues->clear();
    addIssues(reply.errors, true);
    addIssues(reply.warnings, false);
    setIssuesVisible(!reply.errors.empty() || !reply.warnings.empty());

    const bool refused = (reply.ok && !*reply.ok) || !reply.errors.empty();
    const QString warnings =
        counted(qint64(reply.warnings.size()), tr("1 warning"), tr("%1 warnings"));
    if (!reply.tableContract) {
        setVerdict(
            refused ? tr("Refused by the backend: %1. It returned no normalized contract, "
                         "so there is nothing to compare.")
                          .arg(counted(qint64(reply.errors.size()), tr("1 error"), tr("%1 errors")))
                    : tr("The backend answered without a normalized contract; there is "
                         "nothing to compare."),
            int(theme::Tone::Danger), QStringLiteral("error"));
        m_diffView->clear();
        m_state->showInfo(QStringLiteral("info"), tr("No normalized contract"),
                          tr("Fix the errors listed above and validate again."));
        m_stack->setCurrentWidget(m_state);
        return;
    }

    const TableContract& proposed = *reply.tableContract;
    const ContractDiff diff = ContractDiff::compare(registered, proposed);
    m_diffView->setDiff(diff, exportName);
    m_sideBySide->setContracts(registered, proposed, diff, tr("Registered"),
                               tr("Proposed (normalized by the backend)"));
    const OrderedJson ordered = [&] {
        const DecodeResult<OrderedJson> raw = parseOrderedJson(rawBody);
        if (raw && raw.value().is_object() && raw.value().contains("table_contract"))
            return raw.value().at("table_contract");
        return OrderedJson(encodeTableContract(proposed));
    }();
    m_normalized->setPlainText(
        QString::fromStdString(ordered.dump(2, ' ', false, OrderedJson::error_handler_t::replace)));
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);

    if (refused) {
        setVerdict(tr("Refused by the backend: %1. The changes below are what the contract "
                      "would do once the errors are fixed.")
                       .arg(counted(qint64(reply.errors.size()), tr("1 error"), tr("%1 errors"))),
                   int(theme::Tone::Danger), QStringLiteral("error"));
        return;
    }
    using S = ContractChange::Severity;
    QString summary;
    if (diff.isEmpty())
        summary = tr("Accepted by the backend. No change against the registered contract.");
    else if (diff.hasBreaking())
        summary = tr("Accepted by the backend, but %1 would break existing rows, writers or "
                     "readers.")
                      .arg(counted(diff.count(S::Breaking), tr("1 change"), tr("%1 changes")));
    else
        summary =
            tr("Accepted by the backend. %1, none breaking.")
                .arg(counted(qint64(diff.changes().size()), tr("1 change"), tr("%1 changes")));
    if (!reply.warnings.empty())
        summary += QLatin1Char(' ') + tr("See the %1 below.").arg(warnings);
    const theme::Tone tone = diff.hasBreaking()       ? theme::Tone::Danger
                             : reply.warnings.empty() ? theme::Tone::Success
                                                      : theme::Tone::Warning;
    setVerdict(summary, int(tone),
               diff.hasBreaking() ? QStringLiteral("warning") : QStringLiteral("check"));
}

void ValidationResultView::showFailure(const ApiError& error) {
    m_issues->clear();
    setIssuesVisible(false);
    QString text = tr("The contract could not be validated: %1").arg(error.message);
    if (error.isPermission())
        text += QLatin1Char(' ') +
                tr("Your token may not validate contracts for this table; connect with a "
                   "token that can.");
    else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        text += QLatin1Char(' ') + tr("Your draft is kept; validate again when the server "
                                      "answers.");
    setVerdict(text, int(theme::Tone::Danger), QStringLiteral("error"));
    m_state->showError(tr("Validation failed"), error.message);
    m_state->retryButton()->hide();
    m_stack->setCurrentWidget(m_state);
}

QString ValidationResultView::verdictText() const {
    return m_verdict->text();
}

const ContractDiff& ValidationResultView::diff() const {
    return m_diffView->diff();
}

QStringList ValidationResultView::issuePaths() const {
    QStringList paths;
    for (int i = 0; i < m_issues->topLevelItemCount(); ++i)
        paths << m_issues->topLevelItem(i)->data(IssuePath, kPathRole).toString();
    return paths;
}

} // namespace cc::ui
