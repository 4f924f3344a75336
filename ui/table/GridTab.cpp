#include "ui/table/GridTab.h"

#include "ui/Theme.h"
#include "ui/table/GridCellDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

GridTab::GridTab(const QStringList& headers, const QString& filterPlaceholder, QWidget* parent)
    : TableTab(parent)
    , m_model(new CellTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_model->setHeaders(headers);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CellTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterRole(Qt::EditRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(theme::icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(360);
    layout->addWidget(m_filter);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    auto* delegate = new GridCellDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setMouseTracking(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_view, 1);

    m_footer = new QLabel(this);
    QPalette p = m_footer->palette();
    p.setColor(QPalette::WindowText, theme::mutedText());
    m_footer->setPalette(p);
    layout->addWidget(m_footer);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateFooter();
    });
    connect(delegate, &GridCellDelegate::linkActivated, this, &GridTab::openLink);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openLink(index, false); });
}

void GridTab::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString GridTab::footerText() const {
    return m_footer->text();
}

void GridTab::setPreferredWidths(const QList<int>& chars) {
    m_widths = chars;
}

void GridTab::setRows(std::vector<std::vector<Cell>> rows, const QString& footer) {
    m_model->setRows(std::move(rows));
    m_footerBase = footer;
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        const int charWidth = m_view->fontMetrics().averageCharWidth();
        for (int c = 0; c < m_model->columnCount() - 1; ++c) {
            const int chars = c < m_widths.size() ? m_widths.at(c) : 0;
            if (chars > 0)
                m_view->setColumnWidth(c, chars * charWidth + 16);
            else
                m_view->resizeColumnToContents(c);
        }
    }
    updateFooter();
}

void GridTab::updateFooter() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (!m_filter->text().isEmpty() && shown != total)
        m_footer->setText(tr("%1 — %2 shown").arg(m_footerBase).arg(shown));
    else
        m_footer->setText(m_footerBase);
}

void GridTab::setNotice(const QString& text, bool isError) {
    if (text.isEmpty()) {
        m_notice->hide();
        return;
    }
    const theme::Tone tone = isError ? theme::Tone::Danger : theme::Tone::Accent;
    const QColor bg = theme::toneBackground(tone);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(%1,%2,%3,%4); color: %5; border-radius: 6px;"
                       " padding: 6px 10px; }")
            .arg(bg.red())
            .arg(bg.green())
            .arg(bg.blue())
            .arg(bg.alpha())
            .arg(theme::toneColor(tone).name()));
    m_notice->setText(text);
    m_notice->show();
}

void GridTab::openLink(const QModelIndex& proxyIndex, bool background) {
    const QString uid = proxyIndex.data(CellTableModel::LinkRole).toString();
    if (uid.isEmpty())
        return;
    emit openTableRequested(uid, proxyIndex.data(Qt::EditRole).toString(), background);
}

} // namespace cc::ui
