#include "ui/query/ScopePicker.h"

#include "core/sql/SelectBuilder.h"
#include "net/ApiClient.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cc::ui {

namespace {
enum ColumnIndex { TableColumn, AliasColumn, AccessColumn, SourceColumn };

QString sourceUidOf(const MetaTable& t) {
    if (t.dataSourceUid && !t.dataSourceUid->isEmpty())
        return *t.dataSourceUid;
    return t.dataSource ? t.dataSource->uid : QString();
}
} // namespace

ScopePicker::ScopePicker(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Table"), tr("Alias"), tr("Access"), tr("Data source")});
    m_list->header()->setStretchLastSection(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setMinimumHeight(70);
    layout->addWidget(m_list, 1);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(4);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Add table by name…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme::icon(QStringLiteral("plus")), QLineEdit::LeadingPosition);
    addRow->addWidget(m_search, 1);
    m_remove = new QToolButton(this);
    m_remove->setIcon(theme::icon(QStringLiteral("close")));
    m_remove->setToolTip(tr("Remove the selected table from the scope (Del)"));
    m_remove->setEnabled(false);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Danger));
    m_problem->setPalette(warn);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_search);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                const QString uid = m_suggestionUids.value(text);
                QTimer::singleShot(0, m_search, &QLineEdit::clear);
                if (!uid.isEmpty())
                    addByUid(uid);
            });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ScopePicker::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty())
            addTableByName(m_suggestionUids.value(text, text));
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0)
            removeAt(row);
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_rebuilding || column != AliasColumn)
            return;
        const int row = m_list->indexOfTopLevelItem(item);
        const QString alias = item->text(AliasColumn);
        // Not while the view is still committing the edit.
        if (row >= 0)
            QTimer::singleShot(0, this, [this, row, alias] { setAlias(row, alias); });
    });
    m_list->installEventFilter(this);
}

bool ScopePicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0) {
            removeAt(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ScopePicker::isSearching() const {
    return m_searchCall != nullptr;
}

void ScopePicker::setClient(ApiClient* client) {
    m_client = client;
}

void ScopePicker::setWritesAllowed(bool allowed) {
    if (m_writesAllowed == allowed)
        return;
    m_writesAllowed = allowed;
    if (!allowed)
        for (ScopeEntry& e : m_entries)
            e.access = QStringLiteral("read");
    rebuild();
}

QString ScopePicker::aliasFor(const QString& tableName, const QStringList& taken) {
    QString base;
    for (const QString& part : tableName.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts))
        if (part.at(0).isLetter() && part.at(0).unicode() < 0x80)
            base += part.at(0);
    if (base.isEmpty())
        base = QStringLiteral("t");
    if (sql::quoteIdentifier(base) != base)
        base += QLatin1Char('1'); // a keyword such as "as" or "on"
    QString alias = base;
    for (int n = 2; taken.contains(alias, Qt::CaseInsensitive); ++n)
        alias = base + QString::number(n);
    return alias;
}

ScopeEntry ScopePicker::entryFor(const MetaTable& table, const QString& alias) {
    ScopeEntry e;
    e.uid = table.uid;
    e.displayName = table.displayName();
    e.qualifiedName = table.qualifiedName();
    e.alias = alias;
    e.dataSourceUid = sourceUidOf(table);
    e.dataSourceName = table.dataSource && !table.dataSource->displayName.isEmpty()
                           ? table.dataSource->displayName
                           : e.dataSourceUid;
    std::vector<Column> columns =
        table.columns.empty() ? table.tableContract.columns : table.columns;
    std::stable_sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) {
        return a.ordinalPosition.value_or(0) < b.ordinalPosition.value_or(0);
    });
    for (const Column& c : columns)
        e.columns << c.name;
    return e;
}

bool ScopePicker::addTable(const MetaTable& table, const QString& alias, QString* problem) {
    QString why;
    for (const ScopeEntry& e : m_entries) {
        if (e.uid == table.uid) {
            why = tr("%1 is already in the scope.").arg(table.displayName());
            break;
        }
    }
    const QString source = sourceUidOf(table);
    if (why.isEmpty() && !source.isEmpty()) {
        for (const ScopeEntry& e : m_entries) {
            if (!e.dataSourceUid.isEmpty() && e.dataSourceUid != source) {
                const QString theirs = table.dataSource && !table.dataSource->displayName.isEmpty()
                                           ? table.dataSource->displayName
                                           : source;
                why = tr("%1 lives on data source “%2”, but the scope already reads “%3” "
                         "(through %4). One query reads one data source: remove those tables "
                         "first, or open another query for %1.")
                          .arg(table.displayName(), theirs, e.dataSourceName, e.displayName);
                break;
            }
        }
    }
    if (!why.isEmpty()) {
        showProblem(why);
        if (problem)
            *problem = why;
        return false;
    }
    QStringList taken;
    for (const ScopeEntry& e : m_entries)
        taken << e.alias;
    const QString tableName =
        table.physicalTableName.isEmpty() ? table.displayName() : table.physicalTableName;
    m_entries.push_back(entryFor(table, alias.isEmpty() ? aliasFor(tableName, taken) : alias));
    showProblem(QString());
    rebuild();
    emit changed();
    return true;
}

void ScopePicker::addByUid(const QString& uid) {
    if (!m_client)
        return;
    if (m_lookupCall)
        m_lookupCall->cancel();
    m_lookupCall = m_client->getTable(uid, this, [this](ApiResult<MetaTable> result) {
        m_lookupCall = nullptr;
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                showProblem(tr("Could not load the table: %1").arg(result.error().message));
            return;
        }
        addTable(result.value());
    });
}

void ScopePicker::addTableByName(const QString& name) {
    if (!m_client || name.trimmed().isEmpty())
        return;
    if (m_lookupCall)
        m_lookupCall->cancel();
    const QString wanted = name.trimmed();
    m_lookupCall = m_client->resolveTable(wanted, this, [this, wanted](ApiResult<MetaTable> r) {
        m_lookupCall = nullptr;
        if (!r.ok()) {
            if (r.error().kind == ApiError::Kind::Cancelled)
                return;
            showProblem(r.error().isNotFound()
                            ? tr("No table is called “%1”.").arg(wanted)
                            : tr("Could not look up “%1”: %2").arg(wanted, r.error().message));
            return;
        }
        m_search->clear();
        addByUid(r.value().uid); // the detail carries the columns
    });
}

void ScopePicker::search() {
    const QString text = m_search->text().trimmed();
    if (!m_client || text.size() < 2)
        return;
    if (m_searchCall)
        m_searchCall->cancel();
    CatalogQuery query;
    query.text = text;
    query.limit = 20;
    m_searchCall = m_client->listTables(query, this, [this, text](ApiResult<Page<MetaTable>> r) {
        m_searchCall = nullptr;
        if (!r.ok() || m_search->text().trimmed() != text)
            return;
        QStringList shown;
        m_suggestionUids.clear();
        for (const MetaTable& t : r.value().results) {
            QString label = t.displayName();
            if (t.dataSource && !t.dataSource->displayName.isEmpty())
                label += QStringLiteral("  —  ") + t.dataSource->displayName;
            shown << label;
            m_suggestionUids.insert(label, t.uid);
        }
        m_suggestions->setStringList(shown);
        if (!shown.isEmpty() && m_search->hasFocus())
            m_completer->complete();
    });
}

void ScopePicker::removeAt(int index) {
    if (index < 0 || index >= int(m_entries.size()))
        return;
    m_entries.erase(m_entries.begin() + index);
    showProblem(QString());
    rebuild();
    emit changed();
}

void ScopePicker::setEntries(const std::vector<ScopeEntry>& entries) {
    m_entries = entries;
    if (!m_writesAllowed)
        for (ScopeEntry& e : m_entries)
            e.access = QStringLiteral("read");
    rebuild();
    emit changed();
}

void ScopePicker::setAccess(int index, const QString& access) {
    if (index < 0 || index >= int(m_entries.size()))
        return;
    const QString value =
        m_writesAllowed && access == QLatin1String("write") ? access : QStringLiteral("read");
    if (m_entries[std::size_t(index)].access == value)
        return;
    m_entries[std::size_t(index)].access = value;
    rebuild();
    emit changed();
}

void ScopePicker::setAlias(int index, const QString& alias) {
    if (index < 0 || index >= int(m_entries.size()))
        return;
    if (m_entries[std::size_t(index)].alias == alias.trimmed())
        return;
    m_entries[std::size_t(index)].alias = alias.trimmed();
    rebuild();
    emit changed();
}

QString ScopePicker::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ScopePicker::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ScopePicker::rebuild() {
    m_rebuilding = true;
    m_list->clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const ScopeEntry& e = m_entries[i];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TableColumn, e.displayName);
        item->setToolTip(TableColumn, QStringLiteral("%1\n%2").arg(e.qualifiedName, e.uid));
        item->setIcon(TableColumn, theme::icon(QStringLiteral("table")));
        item->setText(AliasColumn, e.alias);
        item->setToolTip(AliasColumn, tr("Double-click to change the alias"));
        item->setText(SourceColumn, e.dataSourceName);
        item->setToolTip(SourceColumn, e.dataSourceUid);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (m_writesAllowed) {
            auto* access = new QComboBox(m_list);
            access->addItem(tr("read"), QStringLiteral("read"));
            access->addItem(tr("write"), QStringLiteral("write"));
            access->setCurrentIndex(e.access == QLatin1String("write") ? 1 : 0);
            const int row = int(i);
            connect(access, &QComboBox::activated, this, [this, access, row] {
                const QString value = access->currentData().toString();
                QTimer::singleShot(0, this, [this, row, value] { setAccess(row, value); });
            });
            m_list->setItemWidget(item, AccessColumn, access);
        } else {
            item->setText(AccessColumn, tr("read"));
        }
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_remove->setEnabled(false);
    m_rebuilding = false;
}

} // namespace cc::ui
