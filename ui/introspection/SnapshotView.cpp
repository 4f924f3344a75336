#include "ui/introspection/SnapshotView.h"

#include "ui/Theme.h"
#include "ui/table/CellTableModel.h"
#include "ui/table/GridCellDelegate.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
Cell plain(const QString& text) {
    Cell c;
    c.text = text;
    return c;
}

Cell mono(const QString& text) {
    Cell c;
    c.text = text;
    c.monospace = true;
    return c;
}

Cell monoOptional(const std::optional<QString>& value) {
    Cell c = Cell::optional(value);
    c.monospace = true;
    return c;
}

QString joined(const QStringList& names) {
    return names.join(QStringLiteral(", "));
}
} // namespace

SnapshotView::SnapshotView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages);

    addPage(
        Columns, QStringLiteral("columns"),
        {tr("#"), tr("Name"), tr("Backend type"), tr("Data type"), tr("Nullable"), tr("Default")});
    addPage(Indexes, QStringLiteral("index"),
            {tr("Name"), tr("Columns"), tr("Unique"), tr("Method"), tr("Expression")});
    addPage(Constraints, QStringLiteral("key"),
            {tr("Name"), tr("Type"), tr("Columns"), tr("Definition")});
    addPage(ForeignKeys, QStringLiteral("fk-out"),
            {tr("Name"), tr("Columns"), tr("Target table"), tr("Target columns"), tr("On delete")});
    addPage(OtherKeys, QStringLiteral("braces"), {tr("Key"), tr("Value (as received)")});
}

QTableView* SnapshotView::addPage(Page page, const QString& iconName, const QStringList& headers) {
    auto* model = new CellTableModel(this);
    model->setHeaders(headers);
    auto* view = new QTableView(m_pages);
    view->setModel(model);
    view->setItemDelegate(new GridCellDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_pages->addTab(view, theme::icon(iconName), QString());
    Q_ASSERT(int(m_models.size()) == int(page));
    m_models.push_back(model);
    m_views.push_back(view);
    return view;
}

CellTableModel* SnapshotView::model(Page page) const {
    return m_models.at(size_t(page));
}

QTableView* SnapshotView::view(Page page) const {
    return m_views.at(size_t(page));
}

QStringList SnapshotView::unknownKeys(const Json& raw) {
    static const QStringList known = {
        QStringLiteral("schema"),          QStringLiteral("table_name"),
        QStringLiteral("introspected_at"), QStringLiteral("columns"),
        QStringLiteral("indexes"),         QStringLiteral("constraints"),
        QStringLiteral("foreign_keys")};
    QStringList out;
    if (!raw.is_object())
        return out;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!known.contains(key))
            out << key;
    }
    return out;
}

void SnapshotView::setSnapshot(const IntrospectionSnapshot& s) {
    std::vector<std::vector<Cell>> columns;
    for (size_t i = 0; i < s.columns.size(); ++i) {
        const SnapshotColumn& c = s.columns[i];
        Cell ordinal = Cell::number(c.ordinalPosition ? *c.ordinalPosition : qint64(i + 1));
        ordinal.muted = true;
        Cell nullable = c.nullable ? Cell::flag(*c.nullable, tr("nullable")) : Cell::optional({});
        columns.push_back({ordinal, plain(c.name), monoOptional(c.backendType),
                           monoOptional(c.dataType), nullable, monoOptional(c.defaultValue)});
    }
    model(Columns)->setRows(std::move(columns));

    std::vector<std::vector<Cell>> indexes;
    for (const Index& index : s.indexes)
        indexes.push_back({Cell::optional(index.name), mono(joined(index.columns)),
                           Cell::flag(index.unique, tr("unique")), Cell::optional(index.method),
                           monoOptional(index.expression)});
    model(Indexes)->setRows(std::move(indexes));

    std::vector<std::vector<Cell>> constraints;
    for (const SnapshotConstraint& c : s.constraints)
        constraints.push_back(
            {plain(c.name), plain(c.type), mono(joined(c.columns)), monoOptional(c.definition)});
    model(Constraints)->setRows(std::move(constraints));

    std::vector<std::vector<Cell>> fks;
    for (const SnapshotForeignKey& fk : s.foreignKeys) {
        const QString target = fk.targetSchema && !fk.targetSchema->isEmpty()
                                   ? *fk.targetSchema + QLatin1Char('.') + fk.targetTable
                                   : fk.targetTable;
        fks.push_back({Cell::optional(fk.name), mono(joined(fk.sourceColumns)), plain(target),
                       mono(joined(fk.targetColumns)),
                       plain(fk.onDelete ? fk.onDelete->toUpper() : tr("NO ACTION"))});
    }
    model(ForeignKeys)->setRows(std::move(fks));

    m_otherKeys = unknownKeys(s.raw);
    std::vector<std::vector<Cell>> other;
    for (const QString& key : m_otherKeys) {
        const Json& value = s.raw.at(key.toStdString());
        Cell v = mono(
            QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace)));
        v.toolTip =
            QString::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace));
        other.push_back({mono(key), v});
    }
    model(OtherKeys)->setRows(std::move(other));

    m_pages->setTabText(Columns, tr("Columns (%1)").arg(s.columns.size()));
    m_pages->setTabText(Indexes, tr("Indexes (%1)").arg(s.indexes.size()));
    m_pages->setTabText(Constraints, tr("Constraints (%1)").arg(s.constraints.size()));
    m_pages->setTabText(ForeignKeys, tr("Foreign keys (%1)").arg(s.foreignKeys.size()));
    m_pages->setTabText(OtherKeys, tr("Other keys (%1)").arg(m_otherKeys.size()));
    m_pages->setTabVisible(OtherKeys, !m_otherKeys.isEmpty());
    m_pages->setTabToolTip(OtherKeys, tr("Keys of the snapshot this version of the app does not "
                                         "know, shown as the server sent them"));
    for (QTableView* view : m_views)
        for (int c = 0; c < view->model()->columnCount() - 1; ++c)
            view->resizeColumnToContents(c);
}

} // namespace cc::ui
