#include "ui/contract/ContractDiffView.h"

#include "ui/ChipStrip.h"
#include "ui/StateView.h"
#include "ui/Theme.h"
#include "ui/contract/ChangeText.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

ContractChangeModel::ContractChangeModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ContractChangeModel::setChanges(std::vector<ContractChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

const ContractChange* ContractChangeModel::change(int row) const {
    return row >= 0 && row < int(m_changes.size()) ? &m_changes[size_t(row)] : nullptr;
}

int ContractChangeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ContractChangeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractChangeModel::data(const QModelIndex& index, int role) const {
    const ContractChange* c = change(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Severity:
            return severityText(c->severity);
        case Change:
            return changeKindText(c->kind);
        case Subject:
            return c->subject;
        case Field:
            return c->field;
        case Before:
            return changeValueText(c->oldValue);
        case After:
            return changeValueText(c->newValue);
        case Reason:
            return c->reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Before)
            return changeValueText(c->oldValue);
        if (index.column() == After)
            return changeValueText(c->newValue);
        return c->reason;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return theme::icon(severityIconName(c->severity),
                               theme::toneColor(severityTone(c->severity)));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return theme::toneColor(severityTone(c->severity));
        if ((index.column() == Before || index.column() == After) &&
            (index.column() == Before ? c->oldValue : c->newValue).is_null())
            return theme::mutedText();
        return {};
    case Qt::BackgroundRole:
        if (c->severity == ContractChange::Severity::Cosmetic)
            return {};
        return theme::toneBackground(severityTone(c->severity));
    case Qt::FontRole:
        if (index.column() == Severity || index.column() == Subject) {
            QFont f;
            f.setWeight(index.column() == Severity ? QFont::DemiBold : QFont::Medium);
            return f;
        }
        if (index.column() == Before || index.column() == After || index.column() == Field) {
            QFont f(theme::monospaceFamily());
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        return {};
    case SeverityRole:
        return int(c->severity);
    default:
        return {};
    }
}

QVariant ContractChangeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Change:
        return tr("Change");
    case Subject:
        return tr("Column / object");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Reason:
        return tr("Why it matters");
    default:
        return {};
    }
}

ContractDiffView::ContractDiffView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContractChangeModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_summary = new ChipStrip(this);
    bar->addWidget(m_summary, 1);
    m_copy = new QToolButton(this);
    m_copy->setIcon(theme::icon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy as Markdown"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAutoRaise(true);
    bar->addWidget(m_copy);
    m_export = new QToolButton(this);
    m_export->setIcon(theme::icon(QStringLiteral("forward")));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the diff as a Markdown report or as JSON"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Markdown report (.md)…"), this,
                    [this] { exportInteractively(Format::Markdown); });
    menu->addAction(tr("JSON (.json)…"), this, [this] { exportInteractively(Format::Json); });
    m_export->setMenu(menu);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ContractChangeModel::Severity, 14 * ch + 28);
    m_view->setColumnWidth(ContractChangeModel::Change, 21 * ch + 12);
    m_view->setColumnWidth(ContractChangeModel::Subject, 18 * ch + 12);
    m_view->setColumnWidth(ContractChangeModel::Field, 13 * ch + 12);
    m_view->setColumnWidth(ContractChangeModel::Before, 16 * ch + 12);
    m_view->setColumnWidth(ContractChangeModel::After, 16 * ch + 12);
    m_stack->addWidget(m_view);
    m_empty = new StateView(m_stack);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_notes->palette();
    p.setColor(QPalette::WindowText, theme::mutedText());
    m_notes->setPalette(p);
    m_notes->hide();
    layout->addWidget(m_notes);

    m_emptyTitle = tr("No differences");
    connect(m_copy, &QToolButton::clicked, this, &ContractDiffView::copyMarkdown);
    clear();
}

void ContractDiffView::setEmptyText(const QString& title, const QString& detail) {
    m_emptyTitle = title;
    m_emptyDetail = detail;
    if (m_diff.isEmpty())
        m_empty->showInfo(QStringLiteral("check"), m_emptyTitle, m_emptyDetail);
}

void ContractDiffView::clear() {
    setDiff(ContractDiff(), QString());
    m_summary->setChips({});
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

void ContractDiffView::setDiff(const ContractDiff& diff, const QString& exportName) {
    m_diff = diff;
    m_exportName = exportName;
    m_model->setChanges(diff.changes());
    using S = ContractChange::Severity;
    QList<ChipStrip::Chip> chips;
    for (S s : {S::Breaking, S::Compatible, S::Cosmetic}) {
        const int n = diff.count(s);
        chips.append({severityCountText(s, n), n > 0 ? severityTone(s) : theme::Tone::Neutral,
                      n > 0 ? severityIconName(s) : QString(), QString()});
    }
    m_summary->setChips(chips);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    if (diff.isEmpty()) {
        m_empty->showInfo(QStringLiteral("check"), m_emptyTitle, m_emptyDetail);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    QStringList notes;
    for (const QString& note : diff.notes())
        notes << QStringLiteral("• ") + note.toHtmlEscaped();
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());
}

QString ContractDiffView::notesText() const {
    return m_diff.notes().join(QLatin1Char('\n'));
}

bool ContractDiffView::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

QString ContractDiffView::exportText(const ContractDiff& diff, Format format) {
    if (format == Format::Markdown)
        return diff.toMarkdown();
    return QString::fromStdString(
               diff.toJson().dump(2, ' ', false, Json::error_handler_t::replace)) +
           QLatin1Char('\n');
}

bool ContractDiffView::exportTo(const QString& path, Format format, QString* error) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = exportText(m_diff, format).toUtf8();
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ContractDiffView::exportInteractively(Format format) {
    const bool md = format == Format::Markdown;
    const QString base = m_exportName.isEmpty() ? QStringLiteral("contract-diff") : m_exportName;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, md ? tr("Export diff as Markdown") : tr("Export diff as JSON"),
        dir + QLatin1Char('/') + base + (md ? QStringLiteral(".md") : QStringLiteral(".json")),
        md ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The diff could not be written to %1: %2").arg(path, error));
}

void ContractDiffView::copyMarkdown() {
    QGuiApplication::clipboard()->setText(exportText(m_diff, Format::Markdown));
}

} // namespace cc::ui
