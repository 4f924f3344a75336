#include "ui/table/CellTableModel.h"

#include "ui/Theme.h"

#include <QFont>
#include <QFontDatabase>

namespace cc::ui {

Cell Cell::flag(bool on, const QString& name) {
    Cell c;
    c.text = on ? name : QString();
    c.sortKey = on ? 1 : 0;
    c.mark = on;
    c.toolTip = on ? name : QString();
    c.alignment = Qt::AlignCenter;
    return c;
}

Cell Cell::number(qint64 value) {
    Cell c;
    c.text = QString::number(value);
    c.sortKey = value;
    c.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return c;
}

Cell Cell::optional(const std::optional<QString>& value) {
    Cell c;
    if (value && !value->isEmpty())
        c.text = *value;
    else
        c.muted = true;
    return c;
}

CellTableModel::CellTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CellTableModel::setHeaders(const QStringList& headers) {
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void CellTableModel::setRows(std::vector<std::vector<Cell>> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Cell* CellTableModel::cell(int row, int column) const {
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const auto& r = m_rows[std::size_t(row)];
    if (column < 0 || column >= int(r.size()))
        return nullptr;
    return &r[std::size_t(column)];
}

const Cell* CellTableModel::cell(const QModelIndex& index) const {
    return index.isValid() ? cell(index.row(), index.column()) : nullptr;
}

int CellTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CellTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CellTableModel::data(const QModelIndex& index, int role) const {
    const Cell* c = cell(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->mark ? QString() : c->text;
    case Qt::EditRole: // what the filter proxy matches
        return c->text;
    case Qt::ToolTipRole:
        return c->toolTip.isEmpty() ? (c->text.size() > 24 ? c->text : QVariant()) : c->toolTip;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(c->alignment);
    case Qt::ForegroundRole:
        if (c->tone)
            return theme::toneColor(*c->tone);
        return c->muted ? QVariant(theme::mutedText()) : QVariant();
    case Qt::FontRole:
        if (c->monospace)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::DecorationRole:
        return c->mark ? QVariant(theme::icon(QStringLiteral("check"),
                                              theme::toneColor(theme::Tone::Success)))
                       : QVariant();
    case SortRole:
        return c->sortKey.isValid() ? c->sortKey : QVariant(c->text.toLower());
    case LinkRole:
        return c->linkUid;
    case MarkRole:
        return c->mark;
    default:
        return {};
    }
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    return {};
}

} // namespace cc::ui
