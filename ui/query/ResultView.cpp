#include "ui/query/ResultView.h"

#include "core/RowSet.h"
#include "ui/Theme.h"
#include "ui/query/JsonCellDialog.h"
#include "ui/query/ResultCellDelegate.h"
#include "ui/query/ResultModel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>
#include <set>

namespace cc::ui {

namespace {

void appendTsvField(QString& out, const QString& field) {
    if (!field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')) && !field.contains(QLatin1Char('"'))) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

constexpr int kMaxInitialColumnWidth = 360;

} // namespace

ResultView::ResultView(QWidget* parent)
    : QTableView(parent) {
    setItemDelegate(new ResultCellDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(true);
    // Fixed row heights keep a million-row header cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &ResultView::requestVisibleRows);

    auto* copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setIcon(theme::icon(QStringLiteral("copy")));
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    addAction(copy);
    auto* copyHeaders = new QAction(tr("Copy with &Headers"), this);
    copyHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyHeaders->setShortcutContext(Qt::WidgetShortcut);
    connect(copyHeaders, &QAction::triggered, this, [this] { copySelection(true); });
    addAction(copyHeaders);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const int kind = index.data(ResultModel::KindRole).toInt();
        const QString text = index.data(ResultModel::CellTextRole).toString();
        if (kind == int(RowSet::CellKind::Json) || text.size() > 60 ||
            text.contains(QLatin1Char('\n')))
            showCellValue(index);
    });
}

void ResultView::setResultModel(ResultModel* model) {
    m_model = model;
    setModel(model);
    m_sized = false;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_sized = false;
        scrollToTop();
        scheduleRequest();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResultView::scheduleRequest);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResultView::scheduleRequest);
    connect(model, &ResultModel::firstRowsArrived, this, &ResultView::sizeColumnsOnce);
}

void ResultView::sizeColumnsOnce() {
    if (m_sized || !m_model || m_model->columnCount() == 0)
        return;
    m_sized = true;
    resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (columnWidth(c) > kMaxInitialColumnWidth)
            setColumnWidth(c, kMaxInitialColumnWidth);
}

std::pair<int, int> ResultView::visibleRows() const {
    if (!model() || model()->rowCount() == 0)
        return {-1, -1};
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    return {first, last};
}

void ResultView::scheduleRequest() {
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void ResultView::requestVisibleRows() {
    if (!m_model)
        return;
    const auto [first, last] = visibleRows();
    if (first < 0)
        return;
    m_model->requestRows(first, last);
}

void ResultView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    scheduleRequest();
}

void ResultView::scrollContentsBy(int dx, int dy) {
    QTableView::scrollContentsBy(dx, dy);
    if (dy != 0)
        scheduleRequest();
}

QString ResultView::selectionAsTsv(bool withHeaders, int* skippedRows) const {
    if (skippedRows)
        *skippedRows = 0;
    if (!m_model || !selectionModel())
        return {};
    const QItemSelection selection = selectionModel()->selection();
    if (selection.isEmpty())
        return {};
    // Ranges, not indexes: a select-all over a million rows stays cheap.
    std::set<int> columnSet;
    std::vector<std::pair<int, int>> rowSpans;
    for (const QItemSelectionRange& range : selection) {
        for (int c = range.left(); c <= range.right(); ++c)
            columnSet.insert(c);
        rowSpans.emplace_back(range.top(), range.bottom());
    }
    std::sort(rowSpans.begin(), rowSpans.end());
    const std::vector<int> columns(columnSet.begin(), columnSet.end());
    QString out;
    if (withHeaders) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\t');
            appendTsvField(out, m_model->columns().value(columns[i]));
        }
        out += QLatin1Char('\n');
    }
    int nextRow = 0;
    for (const auto& [top, bottom] : rowSpans) {
        for (int row = std::max(top, nextRow); row <= bottom; ++row) {
            if (!m_model->isLoaded(row)) {
                if (skippedRows)
                    ++*skippedRows;
                continue;
            }
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    out += QLatin1Char('\t');
                if (selection.contains(m_model->index(row, columns[i])))
                    appendTsvField(out, m_model->cellText(row, columns[i]));
            }
            out += QLatin1Char('\n');
        }
        nextRow = std::max(nextRow, bottom + 1);
    }
    return out;
}

void ResultView::copySelection(bool withHeaders) {
    int skipped = 0;
    const QString text = selectionAsTsv(withHeaders, &skipped);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    const int lines = int(text.count(QLatin1Char('\n'))) - (withHeaders ? 1 : 0);
    emit copied(lines, skipped);
}

bool ResultView::showCellValue(const QModelIndex& index) {
    if (!m_model || !index.isValid() || !index.data(ResultModel::LoadedRole).toBool())
        return false;
    const QVariant value = index.data(ResultModel::CellTextRole);
    if (!value.isValid())
        return false;
    const bool json = index.data(ResultModel::KindRole).toInt() == int(RowSet::CellKind::Json);
    auto* dialog = new JsonCellDialog(
        tr("%1 — row %L2").arg(m_model->columns().value(index.column())).arg(index.row() + 1),
        value.toString(), json, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("cellValueDialog"));
    dialog->open();
    return true;
}

void ResultView::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index = indexAt(event->pos());
    QMenu menu(this);
    for (QAction* a : actions())
        menu.addAction(a);
    if (index.isValid() && index.data(ResultModel::CellTextRole).isValid()) {
        menu.addSeparator();
        menu.addAction(tr("Show &Value…"), this, [this, index] { showCellValue(index); });
    }
    menu.exec(event->globalPos());
}

} // namespace cc::ui
