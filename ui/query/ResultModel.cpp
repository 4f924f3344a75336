#include "ui/query/ResultModel.h"

#include "net/ApiClient.h"
#include "ui/Logging.h"
#include "ui/Theme.h"

#include <QFont>

#include <algorithm>
#include <climits>

namespace cc::ui {

namespace {
// Past this a cell's display text is cut; the full text stays in CellTextRole.
constexpr int kDisplayChars = 500;
constexpr int kToolTipChars = 4000;
} // namespace

ResultModel::ResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

ResultModel::~ResultModel() = default;

void ResultModel::setClient(ApiClient* client) {
    if (client == m_client && m_pager)
        return;
    clear();
    m_client = client;
    makePager();
}

ApiClient* ResultModel::client() const {
    return m_client;
}

void ResultModel::makePager() {
    delete m_pager;
    m_pager = nullptr;
    if (!m_client)
        return;
    m_pager = new ExecutePager(m_client, this);
    connect(m_pager, &ExecutePager::pageReady, this, &ResultModel::onPage);
    connect(m_pager, &ExecutePager::finished, this, &ResultModel::onFinished);
    connect(m_pager, &ExecutePager::failed, this, &ResultModel::onFailed);
}

void ResultModel::setPageSize(qint64 rows) {
    m_cache.setPageSize(rows);
}

void ResultModel::setResidentRowLimit(qint64 rows) {
    m_cache.setResidentRowLimit(rows);
}

void ResultModel::run(const CompiledSqlOperation& select) {
    beginResetModel();
    // The new generation first: a cancel below then reports a stale window and is ignored.
    m_cache.reset(std::clamp<qint64>(select.maxRows, 0, INT_MAX - 1));
    m_operation = select;
    m_columns.clear();
    m_shownRows = 0;
    m_error = ApiError();
    m_pages = 0;
    m_windows = 0;
    m_firstRowsMs = -1;
    m_fetchMs = 0;
    endResetModel();
    if (m_pager && m_pager->isRunning())
        m_pager->cancel();
    m_clock.start();
    if (!m_pager) {
        m_error.kind = ApiError::Kind::Configuration;
        m_error.message = tr("Not connected to a server.");
        setState(State::Failed);
        emit failed(m_error);
        return;
    }
    if (const auto first = m_cache.request(0, m_cache.pageSize() - 1))
        fetch(*first);
    else
        setState(State::Finished); // max rows 0: nothing to fetch
    emit statsChanged();
}

void ResultModel::cancel() {
    if (m_pager && m_pager->isRunning())
        m_pager->cancel(); // reports Cancelled through onFailed
}

void ResultModel::clear() {
    beginResetModel();
    m_cache.reset(0);
    m_operation = CompiledSqlOperation();
    m_columns.clear();
    m_shownRows = 0;
    m_error = ApiError();
    m_pages = 0;
    m_windows = 0;
    m_firstRowsMs = -1;
    m_fetchMs = 0;
    endResetModel();
    if (m_pager && m_pager->isRunning())
        m_pager->cancel();
    setState(State::Idle);
    emit statsChanged();
}

void ResultModel::requestRows(qint64 first, qint64 last) {
    if (m_state == State::Idle || !m_pager)
        return;
    if (const auto range = m_cache.request(first, last))
        fetch(*range);
}

bool ResultModel::setTotalRows(qint64 total) {
    if (!m_cache.setTotalRows(m_cache.generation(), total))
        return false;
    syncRowCount();
    emit statsChanged();
    return true;
}

void ResultModel::fetch(const RowRange& range) {
    m_window = range;
    m_windowGeneration = m_cache.generation();
    setState(State::Running);
    qCDebug(lcUi) << "result window" << range.first << "+" << range.count;
    m_pager->fetchWindow(m_operation, range.first, range.count);
}

void ResultModel::onPage(const RowSet& rows, qint64 firstRow) {
    if (m_windowGeneration != m_cache.generation())
        return;
    const bool firstRows = m_firstRowsMs < 0 && !rows.isEmpty();
    if (!m_cache.store(m_windowGeneration, firstRow, rows))
        return;
    if (m_columns.isEmpty() && !m_cache.columns().isEmpty()) {
        beginResetModel();
        m_columns = m_cache.columns();
        m_shownRows = int(m_cache.displayRowCount());
        endResetModel();
    } else {
        syncRowCount();
        const qint64 last = std::min<qint64>(firstRow + rows.rowCount(), m_shownRows) - 1;
        if (last >= firstRow && !m_columns.isEmpty())
            emit dataChanged(index(int(firstRow), 0), index(int(last), int(m_columns.size()) - 1));
    }
    if (firstRows) {
        m_firstRowsMs = m_clock.elapsed();
        emit firstRowsArrived();
    }
    emit statsChanged();
}

void ResultModel::onFinished(const ExecuteSummary& summary) {
    if (m_windowGeneration != m_cache.generation())
        return;
    m_pages += summary.pages;
    m_fetchMs += summary.elapsedMs;
    ++m_windows;
    if (m_columns.isEmpty() && !summary.columns.isEmpty()) {
        beginResetModel();
        m_columns = summary.columns;
        endResetModel();
    }
    m_cache.finishWindow(m_windowGeneration, m_window, summary.rowsDelivered, summary.truncated);
    syncRowCount();
    if (const auto next = m_cache.takeNext())
        fetch(*next);
    else
        setState(State::Finished);
    emit statsChanged();
}

void ResultModel::onFailed(const ApiError& error) {
    if (m_windowGeneration != m_cache.generation())
        return;
    m_cache.abandonWindow(m_windowGeneration);
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(State::Cancelled);
        emit statsChanged();
        return;
    }
    m_error = error;
    setState(State::Failed);
    emit failed(error);
    emit statsChanged();
}

void ResultModel::syncRowCount() {
    if (m_columns.isEmpty())
        return; // nothing to show until the columns are known
    const int target = int(std::min<qint64>(m_cache.displayRowCount(), INT_MAX - 1));
    if (target > m_shownRows) {
        beginInsertRows(QModelIndex(), m_shownRows, target - 1);
        m_shownRows = target;
        endInsertRows();
    } else if (target < m_shownRows) {
        beginRemoveRows(QModelIndex(), target, m_shownRows - 1);
        m_shownRows = target;
        endRemoveRows();
    }
}

void ResultModel::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString ResultModel::cellText(int row, int column) const {
    qint64 local = 0;
    const RowSet* chunk = m_cache.find(row, &local);
    if (!chunk || column < 0 || column >= chunk->columnCount())
        return {};
    return chunk->displayText(local, column);
}

int ResultModel::cellKind(int row, int column) const {
    qint64 local = 0;
    const RowSet* chunk = m_cache.find(row, &local);
    if (!chunk || column < 0 || column >= chunk->columnCount())
        return -1;
    return int(chunk->kind(local, column));
}

int ResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_shownRows;
}

int ResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shownRows || index.column() >= m_columns.size())
        return {};
    qint64 local = 0;
    const RowSet* chunk = m_cache.find(index.row(), &local);
    const int column = index.column();
    const bool loaded = chunk && column < chunk->columnCount();
    const auto kind = loaded ? chunk->kind(local, column) : RowSet::CellKind::Null;
    switch (role) {
    case Qt::DisplayRole: {
        if (!loaded)
            return tr("loading…");
        if (kind == RowSet::CellKind::Null)
            return QStringLiteral("NULL");
        QString text = chunk->displayText(local, column);
        if (text.size() > kDisplayChars)
            text = text.left(kDisplayChars) + QStringLiteral("…");
        // One line per cell: line breaks and tabs show as spaces.
        for (QChar& c : text)
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        return text;
    }
    case KindRole:
        return loaded ? int(kind) : -1;
    case LoadedRole:
        return loaded;
    case CellTextRole:
        if (!loaded || kind == RowSet::CellKind::Null)
            return {};
        return chunk->displayText(local, column);
    case Qt::TextAlignmentRole:
        if (loaded && kind == RowSet::CellKind::Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!loaded)
            return tr("Row %L1 is being fetched").arg(index.row() + 1);
        if (kind == RowSet::CellKind::Null)
            return tr("SQL NULL (no value)");
        if (kind == RowSet::CellKind::Json)
            return tr("JSON value: double-click to view it formatted");
        const std::string_view raw = chunk->text(local, column);
        if (raw.size() < 40 && raw.find('\n') == std::string_view::npos)
            return {};
        QString text = chunk->displayText(local, column);
        if (text.size() > kToolTipChars)
            text = text.left(kToolTipChars) + QStringLiteral("…");
        return text;
    }
    case Qt::FontRole: {
        if (!loaded || kind == RowSet::CellKind::Null) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (kind == RowSet::CellKind::Json)
            return QFont(theme::monospaceFamily());
        return {};
    }
    case Qt::ForegroundRole:
        if (!loaded || kind == RowSet::CellKind::Null)
            return theme::mutedText();
        return {};
    default:
        return {};
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns.at(section);
        return {};
    }
    if (role == Qt::DisplayRole)
        return QString::number(section + 1);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags ResultModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

} // namespace cc::ui
