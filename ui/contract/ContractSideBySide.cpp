#include "ui/contract/ContractSideBySide.h"

#include "ui/Theme.h"
#include "ui/contract/ChangeText.h"
#include "ui/table/CellTableModel.h"
#include "ui/table/GridCellDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
// The cell that shows a change of `field`; Name for display metadata and whole-column changes.
int cellOfField(const QString& field) {
    using C = SideBySideModel;
    if (field == QLatin1String("data_type"))
        return C::DataType;
    if (field == QLatin1String("backend_type"))
        return C::BackendType;
    if (field == QLatin1String("nullable"))
        return C::Nullable;
    if (field == QLatin1String("primary_key"))
        return C::PrimaryKey;
    if (field == QLatin1String("unique"))
        return C::Unique;
    if (field == QLatin1String("server_default"))
        return C::Default;
    return C::Name;
}

bool isWholeColumn(ContractChange::Kind kind) {
    return kind == ContractChange::Kind::ColumnAdded || kind == ContractChange::Kind::ColumnRemoved;
}

int indexOfColumn(const TableContract& contract, const QString& name) {
    for (size_t i = 0; i < contract.columns.size(); ++i)
        if (contract.columns[i].name == name)
            return int(i);
    return -1;
}
} // namespace

SideBySideModel::SideBySideModel(Side side, QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side) {}

void SideBySideModel::setContracts(const TableContract& before, const TableContract& after,
                                   const ContractDiff& diff) {
    beginResetModel();
    m_before = before;
    m_after = after;
    m_rows.clear();
    for (size_t i = 0; i < before.columns.size(); ++i)
        m_rows.push_back({int(i), indexOfColumn(after, before.columns[i].name)});
    // Columns only on the right go after their predecessor on the right.
    for (size_t j = 0; j < after.columns.size(); ++j) {
        if (indexOfColumn(before, after.columns[j].name) >= 0)
            continue;
        size_t at = 0;
        for (size_t r = 0; r < m_rows.size(); ++r)
            if (m_rows[r].after >= 0 && m_rows[r].after < int(j))
                at = r + 1;
        m_rows.insert(m_rows.begin() + qsizetype(at), Row{-1, int(j)});
    }
    m_changes.clear();
    for (const ContractChange& c : diff.changes())
        m_changes[c.subject].push_back(c);
    endResetModel();
}

const cc::Column* SideBySideModel::columnAt(int row) const {
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const Row& r = m_rows[size_t(row)];
    if (m_side == Side::Before)
        return r.before >= 0 ? &m_before.columns[size_t(r.before)] : nullptr;
    return r.after >= 0 ? &m_after.columns[size_t(r.after)] : nullptr;
}

const ContractChange* SideBySideModel::changeAt(int row, int column) const {
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const Row& r = m_rows[size_t(row)];
    const QString name = r.before >= 0 ? m_before.columns[size_t(r.before)].name
                                       : m_after.columns[size_t(r.after)].name;
    auto it = m_changes.find(name);
    if (it == m_changes.end())
        return nullptr;
    const ContractChange* found = nullptr;
    for (const ContractChange& c : it->second) {
        if (isWholeColumn(c.kind) || cellOfField(c.field) == column) {
            // The most severe change of the cell wins (the list is sorted that way).
            if (!found || int(c.severity) < int(found->severity))
                found = &c;
        }
    }
    return found;
}

std::optional<ContractChange::Severity> SideBySideModel::cellSeverity(int row, int column) const {
    if (const ContractChange* c = changeAt(row, column))
        return c->severity;
    return std::nullopt;
}

int SideBySideModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SideBySideModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideBySideModel::data(const QModelIndex& index, int role) const {
    const cc::Column* col = columnAt(index.row());
    const ContractChange* change = changeAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (!col)
            return {};
        switch (index.column()) {
        case Name:
            return col->name;
        case DataType:
            return col->dataType;
        case BackendType:
            return col->backendType.value_or(QString());
        case Default:
            return col->serverDefault.value_or(QString());
        case Nullable:
            return col->nullable ? tr("null") : tr("not null");
        case PrimaryKey:
            return col->primaryKey ? tr("PK") : QString();
        case Unique:
            return col->unique ? tr("unique") : QString();
        default:
            return {};
        }
    case CellTableModel::MarkRole:
        if (!col)
            return false;
        if (index.column() == PrimaryKey)
            return col->primaryKey;
        if (index.column() == Unique)
            return col->unique;
        return false;
    case Qt::ForegroundRole:
        if (col && index.column() == Nullable && !col->nullable)
            return {};
        if (col && index.column() == Nullable)
            return theme::mutedText();
        return {};
    case Qt::FontRole:
        if (index.column() == DataType || index.column() == BackendType ||
            index.column() == Default) {
            QFont f(theme::monospaceFamily());
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        if (index.column() == Name) {
            QFont f;
            f.setWeight(QFont::Medium);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (!col) // the side that lacks the column
            return theme::toneBackground(theme::Tone::Neutral);
        if (change)
            return theme::toneBackground(severityTone(change->severity));
        return {};
    case Qt::ToolTipRole:
        if (change)
            return QStringLiteral("%1 — %2: %3")
                .arg(severityText(change->severity), changeKindText(change->kind), change->reason);
        if (!col)
            return m_side == Side::Before ? tr("Not in the registered contract")
                                          : tr("Not in this contract");
        return {};
    default:
        return {};
    }
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Nullable:
            return tr("Whether the column accepts NULL");
        case PrimaryKey:
            return tr("Part of the primary key");
        case Unique:
            return tr("Single-column UNIQUE");
        case Default:
            return tr("Server default expression");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Column");
    case DataType:
        return tr("Data type");
    case BackendType:
        return tr("Backend type");
    case Nullable:
        return tr("Null");
    case PrimaryKey:
        return tr("PK");
    case Unique:
        return tr("Unique");
    case Default:
        return tr("Default");
    default:
        return {};
    }
}

ContractSideBySide::ContractSideBySide(QWidget* parent)
    : QWidget(parent)
    , m_beforeModel(new SideBySideModel(SideBySideModel::Side::Before, this))
    , m_afterModel(new SideBySideModel(SideBySideModel::Side::After, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto side = [this, layout](SideBySideModel* model, QLabel** title, QTableView** view) {
        auto* column = new QVBoxLayout;
        column->setSpacing(4);
        *title = new QLabel(this);
        QFont f = (*title)->font();
        f.setWeight(QFont::DemiBold);
        (*title)->setFont(f);
        column->addWidget(*title);
        *view = makeView(model);
        column->addWidget(*view, 1);
        layout->addLayout(column, 1);
    };
    side(m_beforeModel, &m_beforeTitle, &m_beforeView);
    side(m_afterModel, &m_afterTitle, &m_afterView);

    // One scroll position and one selected row for both sides.
    QScrollBar* a = m_beforeView->verticalScrollBar();
    QScrollBar* b = m_afterView->verticalScrollBar();
    connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    auto mirror = [](QTableView* from, QTableView* to) {
        connect(from->selectionModel(), &QItemSelectionModel::currentRowChanged, to,
                [to](const QModelIndex& current) {
                    if (current.isValid() && to->currentIndex().row() != current.row())
                        to->selectRow(current.row());
                });
    };
    mirror(m_beforeView, m_afterView);
    mirror(m_afterView, m_beforeView);
}

QTableView* ContractSideBySide::makeView(SideBySideModel* model) {
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setItemDelegate(new GridCellDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(SideBySideModel::Name, 17 * ch + 12);
    view->setColumnWidth(SideBySideModel::DataType, 15 * ch + 12);
    view->setColumnWidth(SideBySideModel::BackendType, 15 * ch + 12);
    view->setColumnWidth(SideBySideModel::Nullable, 8 * ch + 12);
    view->setColumnWidth(SideBySideModel::PrimaryKey, 4 * ch + 12);
    view->setColumnWidth(SideBySideModel::Unique, 7 * ch + 12);
    return view;
}

void ContractSideBySide::setContracts(const TableContract& before, const TableContract& after,
                                      const ContractDiff& diff, const QString& beforeTitle,
                                      const QString& afterTitle) {
    m_beforeModel->setContracts(before, after, diff);
    m_afterModel->setContracts(before, after, diff);
    m_beforeTitle->setText(beforeTitle);
    m_afterTitle->setText(afterTitle);
}

} // namespace cc::ui
