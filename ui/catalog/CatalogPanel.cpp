#include "ui/catalog/CatalogPanel.h"

#include "net/ApiClient.h"
#include "ui/Settings.h"
#include "ui/StateView.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/catalog/CatalogRowDelegate.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kNameRole = Qt::UserRole;
constexpr int kFiltersRole = Qt::UserRole + 1;

QToolButton* modeButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}
} // namespace

CatalogPanel::CatalogPanel(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new CatalogModel(this)) {
    buildUi();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(
        m_settings.intValue(QStringLiteral("catalog"), QStringLiteral("debounceMs")));
    connect(m_debounce, &QTimer::timeout, this, &CatalogPanel::applyQuery);
    connect(m_model, &CatalogModel::stateChanged, this, &CatalogPanel::updateState);
    connect(m_model, &CatalogModel::pageLoaded, this, &CatalogPanel::updateCount);
    connect(m_model, &CatalogModel::totalCountChanged, this, &CatalogPanel::updateCount);
    connect(m_model, &CatalogModel::modelReset, this, &CatalogPanel::updateCount);

    const QString mode = m_settings.stringValue(QStringLiteral("catalog"), QStringLiteral("mode"));
    setMode(mode == QLatin1String("description") ? CatalogQuery::Mode::Description
            : mode == QLatin1String("column")    ? CatalogQuery::Mode::Column
                                                 : CatalogQuery::Mode::Catalog);
    updateState();
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto* modes = new QHBoxLayout;
    modes->setSpacing(0);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    const struct {
        CatalogQuery::Mode mode;
        QString text;
        QString tip;
    } modeDefs[] = {
        {CatalogQuery::Mode::Catalog, tr("Name"),
         tr("Search identifiers, namespaces, table names and data sources")},
        {CatalogQuery::Mode::Description, tr("Description"),
         tr("Search the table search index by meaning")},
        {CatalogQuery::Mode::Column, tr("Column"), tr("Find tables that have a column")},
    };
    for (const auto& def : modeDefs) {
        QToolButton* b = modeButton(def.text, def.tip, this);
        m_modes->addButton(b, int(def.mode));
        modes->addWidget(b);
    }
    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { setMode(CatalogQuery::Mode(id)); });
    layout->addLayout(modes);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    m_namespace = new QComboBox(this);
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespace->setMinimumContentsLength(12);
    m_namespace->addItem(theme::icon(QStringLiteral("namespace")), tr("All namespaces"));
    m_namespace->setToolTip(tr("Namespace"));
    filterRow->addWidget(m_namespace, 1);
    m_moreFilters = new QToolButton(this);
    m_moreFilters->setIcon(theme::icon(QStringLiteral("filter")));
    m_moreFilters->setCheckable(true);
    m_moreFilters->setToolTip(tr("More filters: management mode, data source, labels"));
    filterRow->addWidget(m_moreFilters);
    layout->addLayout(filterRow);

    m_filterBox = new QWidget(this);
    auto* filterGrid = new QVBoxLayout(m_filterBox);
    filterGrid->setContentsMargins(0, 0, 0, 0);
    filterGrid->setSpacing(4);
    m_managementMode = new QComboBox(m_filterBox);
    m_managementMode->addItem(tr("Any management mode"), QString());
    m_managementMode->addItem(tr("Platform managed"),
                              QString::fromLatin1(management_mode::PlatformManaged));
    m_managementMode->addItem(tr("External registered"),
                              QString::fromLatin1(management_mode::ExternalRegistered));
    m_dataSource = new QComboBox(m_filterBox);
    m_dataSource->addItem(theme::icon(QStringLiteral("database")), tr("Any data source"),
                          QString());
    m_labels = new QLineEdit(m_filterBox);
    m_labels->setPlaceholderText(tr("Labels, comma separated"));
    m_labels->setClearButtonEnabled(true);
    filterGrid->addWidget(m_managementMode);
    filterGrid->addWidget(m_dataSource);
    filterGrid->addWidget(m_labels);
    m_filterBox->hide();
    layout->addWidget(m_filterBox);
    connect(m_moreFilters, &QToolButton::toggled, m_filterBox, &QWidget::setVisible);

    auto* countRow = new QHBoxLayout;
    m_count = new QLabel(this);
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_count->setPalette(muted);
    countRow->addWidget(m_count, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(60, 4);
    m_busy->hide();
    countRow->addWidget(m_busy);
    layout->addLayout(countRow);

    m_stack = new QStackedWidget(this);
    auto* listPage = new QWidget(m_stack);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_list = new QListView(listPage);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CatalogRowDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    listLayout->addWidget(m_list, 1);

    m_pageError = new QWidget(listPage);
    auto* errRow = new QHBoxLayout(m_pageError);
    errRow->setContentsMargins(8, 6, 8, 6);
    auto* errIcon = new QLabel(m_pageError);
    errIcon->setPixmap(
        theme::icon(QStringLiteral("error"), theme::toneColor(theme::Tone::Danger)).pixmap(16, 16));
    m_pageErrorText = new QLabel(m_pageError);
    m_pageErrorText->setWordWrap(true);
    m_pageRetry = new QToolButton(m_pageError);
    m_pageRetry->setText(tr("Retry"));
    m_pageRetry->setIcon(theme::icon(QStringLiteral("refresh")));
    m_pageRetry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    errRow->addWidget(errIcon, 0, Qt::AlignTop);
    errRow->addWidget(m_pageErrorText, 1);
    errRow->addWidget(m_pageRetry);
    m_pageError->hide();
    listLayout->addWidget(m_pageError);
    connect(m_pageRetry, &QToolButton::clicked, m_model, &CatalogModel::retry);

    m_state = new StateView(m_stack);
    connect(m_state, &StateView::retryRequested, m_model, &CatalogModel::retry);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_state);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_model->cancelPending(); // the old text's answer is of no use any more
        scheduleQuery();
    });
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyQuery);
    connect(m_managementMode, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyQuery);
    connect(m_dataSource, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyQuery);
    connect(m_labels, &QLineEdit::textChanged, this, &CatalogPanel::scheduleQuery);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row(), false); });
}

void CatalogPanel::setClient(ApiClient* client) {
    if (m_namespaceCall)
        m_namespaceCall->cancel();
    if (m_dataSourceCall)
        m_dataSourceCall->cancel();
    m_client = client;
    m_namespacesLoaded = false;
    {
        const QSignalBlocker block(m_namespace);
        while (m_namespace->count() > 1)
            m_namespace->removeItem(1);
        m_namespace->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_dataSource);
        while (m_dataSource->count() > 1)
            m_dataSource->removeItem(1);
        m_dataSource->setCurrentIndex(0);
    }
    m_model->setClient(nullptr);
    if (!client) {
        updateState();
        return;
    }
    // Both start now: the namespace list never holds up the first page.
    m_model->setClient(client);
    m_model->setQuery(currentQuery());
    loadFilterOptions();
}

void CatalogPanel::loadFilterOptions() {
    m_namespaceCall = m_client->namespaces(this, [this](ApiResult<std::vector<NamespaceInfo>> r) {
        if (!r.ok())
            return; // the filter stays at "All namespaces"; the list itself reports errors
        std::vector<NamespaceInfo> list = std::move(r).value();
        std::sort(list.begin(), list.end(), [](const NamespaceInfo& a, const NamespaceInfo& b) {
            return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
        });
        const QSignalBlocker block(m_namespace);
        const QString selected = m_namespace->currentData(kNameRole).toString();
        for (const NamespaceInfo& ns : list) {
            const QString label = ns.tableCount
                                      ? tr("%1  (%2)").arg(ns.displayName).arg(*ns.tableCount)
                                      : ns.displayName;
            QVariantMap filters;
            for (const auto& [key, value] : ns.filters)
                filters.insert(key, value);
            m_namespace->addItem(theme::icon(QStringLiteral("namespace")), label, ns.name);
            m_namespace->setItemData(m_namespace->count() - 1, filters, kFiltersRole);
        }
        if (!selected.isEmpty())
            m_namespace->setCurrentIndex(std::max(0, m_namespace->findData(selected, kNameRole)));
        m_namespacesLoaded = true;
        emit namespacesLoadedChanged();
    });
    m_dataSourceCall = m_client->dataSources(this, [this](ApiResult<std::vector<DataSource>> r) {
        if (!r.ok())
            return;
        const QSignalBlocker block(m_dataSource);
        for (const DataSource& ds : r.value()) {
            const QString label = ds.classType.isEmpty()
                                      ? ds.displayName
                                      : tr("%1 (%2)").arg(ds.displayName, ds.classType);
            m_dataSource->addItem(theme::icon(QStringLiteral("database")), label, ds.uid);
        }
    });
}

CatalogQuery CatalogPanel::currentQuery() const {
    CatalogQuery q;
    q.mode = mode();
    q.text = m_search->text().trimmed();
    q.limit = m_settings.intValue(QStringLiteral("catalog"), QStringLiteral("pageSize"));
    const QString ns = m_namespace->currentData(kNameRole).toString();
    const QVariantMap filters = m_namespace->currentData(kFiltersRole).toMap();
    if (!filters.isEmpty()) {
        for (auto it = filters.cbegin(); it != filters.cend(); ++it)
            q.extraFilters[it.key()] = it.value().toString();
    } else if (!ns.isEmpty()) {
        q.namespaces = QStringList{ns};
    }
    q.managementMode = m_managementMode->currentData().toString();
    q.dataSourceUid = m_dataSource->currentData().toString();
    for (const QString& label : m_labels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!label.trimmed().isEmpty())
            q.labels.append(label.trimmed());
    return q;
}

void CatalogPanel::scheduleQuery() {
    m_debounce->start();
}

void CatalogPanel::applyQuery() {
    m_debounce->stop();
    if (!m_client)
        return;
    const CatalogQuery q = currentQuery();
    if (q == m_model->query() && m_model->state() != CatalogModel::State::Idle &&
        m_model->isFetching())
        return; // the same question is already being answered
    m_model->setQuery(q);
}

void CatalogPanel::refresh() {
    m_model->reload();
}

void CatalogPanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogPanel::setMode(CatalogQuery::Mode mode) {
    if (QAbstractButton* b = m_modes->button(int(mode)))
        b->setChecked(true);
    switch (mode) {
    case CatalogQuery::Mode::Catalog:
        m_search->setPlaceholderText(tr("Search tables by name, namespace, data source…"));
        break;
    case CatalogQuery::Mode::Description:
        m_search->setPlaceholderText(tr("Describe the data you are looking for…"));
        break;
    case CatalogQuery::Mode::Column:
        m_search->setPlaceholderText(tr("Find tables with a column named…"));
        break;
    }
    const QString name = mode == CatalogQuery::Mode::Description ? QStringLiteral("description")
                         : mode == CatalogQuery::Mode::Column    ? QStringLiteral("column")
                                                                 : QStringLiteral("catalog");
    if (m_settings.stringValue(QStringLiteral("catalog"), QStringLiteral("mode")) != name)
        m_settings.setValue(QStringLiteral("catalog"), QStringLiteral("mode"), name);
    emit modeChanged(mode);
    applyQuery();
}

CatalogQuery::Mode CatalogPanel::mode() const {
    const int id = m_modes->checkedId();
    return id < 0 ? CatalogQuery::Mode::Catalog : CatalogQuery::Mode(id);
}

void CatalogPanel::setSearchText(const QString& text) {
    const QSignalBlocker block(m_search);
    m_search->setText(text);
    applyQuery();
}

void CatalogPanel::setNamespaceFilter(const QString& name) {
    const int index = name.isEmpty() ? 0 : m_namespace->findData(name, kNameRole);
    if (index >= 0) {
        m_namespace->setCurrentIndex(index);
        return;
    }
    // Not listed (yet): filter by the name alone.
    m_namespace->addItem(theme::icon(QStringLiteral("namespace")), name, name);
    m_namespace->setCurrentIndex(m_namespace->count() - 1);
}

void CatalogPanel::setManagementModeFilter(const QString& modeName) {
    m_managementMode->setCurrentIndex(std::max(0, m_managementMode->findData(modeName)));
}

void CatalogPanel::setDataSourceFilter(const QString& uid) {
    m_dataSource->setCurrentIndex(std::max(0, m_dataSource->findData(uid)));
}

void CatalogPanel::setLabelFilter(const QStringList& labels) {
    const QSignalBlocker block(m_labels);
    m_labels->setText(labels.join(QStringLiteral(", ")));
    applyQuery();
}

QAbstractButton* CatalogPanel::pageRetryButton() const {
    return m_pageRetry;
}

QString CatalogPanel::resultCountText() const {
    return m_count->text();
}

QString CatalogPanel::emptyTitle() const {
    const CatalogQuery q = m_model->query();
    const QString ns = m_namespace->currentIndex() > 0
                           ? m_namespace->currentData(kNameRole).toString()
                           : QString();
    const bool otherFilters =
        !q.labels.isEmpty() || !q.managementMode.isEmpty() || !q.dataSourceUid.isEmpty();
    if (!q.text.isEmpty() && !ns.isEmpty())
        return tr("No tables match “%1” in namespace %2.").arg(q.text, ns);
    if (!q.text.isEmpty())
        return tr("No tables match “%1”.").arg(q.text);
    if (!ns.isEmpty() && !otherFilters)
        return tr("Namespace %1 has no tables.").arg(ns);
    if (otherFilters || !ns.isEmpty())
        return tr("No tables match these filters.");
    return tr("The catalog has no tables yet.");
}

void CatalogPanel::updateCount() {
    const int rows = m_model->rowCount();
    QString text;
    switch (m_model->state()) {
    case CatalogModel::State::Idle:
        text = m_client ? QString() : tr("Not connected");
        break;
    case CatalogModel::State::Loading:
        text = rows == 0 ? tr("Searching…")
               : m_model->totalCount()
                   ? counted(*m_model->totalCount(), tr("1 table"), tr("%1 tables"))
                   : tr("%1+ tables").arg(rows);
        break;
    case CatalogModel::State::Empty:
        text = tr("No tables");
        break;
    case CatalogModel::State::Error:
    case CatalogModel::State::Loaded:
        if (m_model->totalCount())
            text = counted(*m_model->totalCount(), tr("1 table"), tr("%1 tables"));
        else if (m_model->hasMore())
            text = tr("%1+ tables").arg(rows);
        else
            text = counted(rows, tr("1 table"), tr("%1 tables"));
        break;
    }
    m_count->setText(text);
}

void CatalogPanel::updateState() {
    const CatalogModel::State state = m_model->state();
    const bool hasRows = m_model->rowCount() > 0;
    m_busy->setVisible(state == CatalogModel::State::Loading);
    m_pageError->setVisible(state == CatalogModel::State::Error && hasRows);
    switch (state) {
    case CatalogModel::State::Idle:
        if (!m_client) {
            m_state->showInfo(QStringLiteral("connection"), tr("Not connected"),
                              tr("Choose or add a connection in the Connection menu."));
            m_stack->setCurrentWidget(m_state);
        } else {
            m_stack->setCurrentIndex(0);
        }
        break;
    case CatalogModel::State::Loading:
    case CatalogModel::State::Loaded:
        m_stack->setCurrentIndex(0);
        break;
    case CatalogModel::State::Empty:
        m_state->showEmpty(emptyTitle(), tr("Try another search mode or clear the filters."));
        m_stack->setCurrentWidget(m_state);
        break;
    case CatalogModel::State::Error:
        if (hasRows) {
            m_pageErrorText->setText(
                tr("Could not load more tables: %1").arg(m_model->lastError().message));
            m_stack->setCurrentIndex(0);
        } else {
            m_state->showError(tr("Could not load the catalog"), m_model->lastError().message);
            m_stack->setCurrentWidget(m_state);
        }
        break;
    }
    updateCount();
    if (state != CatalogModel::State::Loading && state != CatalogModel::State::Idle &&
        m_settledGeneration != m_model->generation()) {
        m_settledGeneration = m_model->generation();
        if (state == CatalogModel::State::Loaded && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
        emit resultsSettled();
    }
}

void CatalogPanel::openRow(int row, bool background) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const MetaTable& t = m_model->table(row);
    emit openRequested(t.uid, t.displayName(), background);
}

bool CatalogPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool background = key->modifiers() & Qt::ControlModifier;
        if (watched == m_search) {
            if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
                m_list->setFocus(Qt::TabFocusReason);
                if (!m_list->currentIndex().isValid())
                    m_list->setCurrentIndex(m_model->index(0, 0));
                return true;
            }
            if (enter) {
                if (m_debounce->isActive())
                    applyQuery();
                const QModelIndex current = m_list->currentIndex();
                openRow(current.isValid() ? current.row() : 0, background);
                return true;
            }
        } else if (watched == m_list) {
            if (enter) {
                openRow(m_list->currentIndex().row(), background);
                return true;
            }
            if (key->key() == Qt::Key_Up && m_list->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
        }
    } else if (event->type() == QEvent::MouseButtonRelease && watched == m_list->viewport()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::MiddleButton) {
            openRow(m_list->indexAt(mouse->position().toPoint()).row(), true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc::ui
