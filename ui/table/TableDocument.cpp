#include "ui/table/TableDocument.h"

#include "net/ApiClient.h"
#include "ui/StateView.h"
#include "ui/Theme.h"
#include "ui/table/BuiltinTabs.h"
#include "ui/table/TableHeader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
std::vector<TableTabSpec>& registry() {
    static std::vector<TableTabSpec> tabs = builtinTableTabs();
    return tabs;
}

bool looksLikeUuid(const QString& text) {
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}
} // namespace

void TableDocument::registerTab(const QString& id, const QString& title, const QString& iconName,
                                TabFactory factory) {
    std::vector<TableTabSpec>& tabs = registry();
    for (TableTabSpec& spec : tabs)
        if (spec.id == id) {
            spec = {id, title, iconName, std::move(factory)};
            return;
        }
    tabs.push_back({id, title, iconName, std::move(factory)});
}

const std::vector<TableTabSpec>& TableDocument::registeredTabs() {
    return registry();
}

QStringList TableDocument::tabIds() {
    QStringList ids;
    for (const TableTabSpec& spec : registry())
        ids << spec.id;
    return ids;
}

TableDocument::TableDocument(ApiClient* client, const QString& target, const QString& title,
                             QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_target(target)
    , m_title(title.isEmpty() ? target : title)
    , m_specs(registry()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_state = new StateView(m_stack);
    connect(m_state, &StateView::retryRequested, this, &TableDocument::load);
    m_stack->addWidget(m_state);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_header = new TableHeader(content);
    contentLayout->addWidget(m_header);
    m_refreshError = new QLabel(content);
    m_refreshError->setWordWrap(true);
    m_refreshError->setContentsMargins(16, 6, 16, 6);
    QPalette p = m_refreshError->palette();
    p.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Danger));
    m_refreshError->setPalette(p);
    m_refreshError->hide();
    contentLayout->addWidget(m_refreshError);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    for (const TableTabSpec& spec : m_specs) {
        auto* page = new QWidget(m_tabs);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, theme::icon(spec.iconName), spec.title);
    }
    m_created.assign(m_specs.size(), nullptr);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    connect(m_header, &TableHeader::copyUidRequested, this, &TableDocument::copyUid);
    connect(m_header, &TableHeader::copyIdentifierRequested, this, &TableDocument::copyIdentifier);
    connect(m_header, &TableHeader::copyQualifiedNameRequested, this,
            &TableDocument::copyQualifiedName);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TableDocument::onTabChanged);
    load();
}

TableDocument::~TableDocument() {
    if (m_call)
        m_call->cancel();
}

QString TableDocument::uid() const {
    if (m_snapshot)
        return m_snapshot->table.uid;
    return looksLikeUuid(m_target) ? m_target.toLower() : QString();
}

void TableDocument::load() {
    if (m_call)
        m_call->cancel();
    m_failed = false;
    if (!m_snapshot) {
        m_state->showLoading(tr("Loading %1…").arg(m_title));
        m_stack->setCurrentWidget(m_state);
    }
    if (!m_client) {
        ApiError e;
        e.kind = ApiError::Kind::Configuration;
        e.message = tr("Not connected to a server.");
        fail(e);
        return;
    }
    const QString known = uid();
    if (!known.isEmpty()) {
        fetchDetail(known);
        return;
    }
    m_call = m_client->resolveTable(m_target, this, [this](ApiResult<MetaTable> result) {
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                fail(result.error());
            return;
        }
        fetchDetail(result.value().uid); // the detail route, so Raw JSON shows its reply
    });
}

void TableDocument::fetchDetail(const QString& uid) {
    m_call = m_client->getTable(uid, this, [this](ApiResult<MetaTable> result) {
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                fail(result.error());
            return;
        }
        const QByteArray raw = result.rawBody();
        applyDetail(std::move(result).value(), raw);
    });
}

void TableDocument::refresh() {
    if (!m_snapshot) {
        load();
        return;
    }
    m_refreshError->hide();
    load();
}

void TableDocument::applyDetail(MetaTable table, const QByteArray& raw) {
    auto snapshot = std::make_shared<TableSnapshot>();
    snapshot->table = std::move(table);
    snapshot->rawJson = raw;
    snapshot->client = m_client;
    m_snapshot = snapshot;
    m_failed = false;
    m_refreshError->hide();
    if (m_title != m_snapshot->table.displayName()) {
        m_title = m_snapshot->table.displayName();
        emit titleChanged(m_title);
    }
    m_header->setTable(m_snapshot->table);
    m_stack->setCurrentIndex(1);
    for (TableTab* tab : m_created)
        if (tab)
            tab->setSnapshot(m_snapshot);
    emit loaded();
    if (!m_pendingTab.isEmpty()) {
        const QString pending = m_pendingTab;
        m_pendingTab.clear();
        showTab(pending);
    } else {
        ensureTab(m_tabs->currentIndex());
    }
    checkReady();
}

void TableDocument::fail(const ApiError& error) {
    m_failed = true;
    m_error = error;
    if (m_snapshot) {
        // Keep what is on screen; say the refresh failed.
        m_refreshError->setText(tr("Could not refresh: %1").arg(error.message));
        m_refreshError->show();
    } else {
        QString title = tr("Could not load %1").arg(m_title);
        if (error.isNotFound())
            title = tr("Table %1 was not found").arg(m_title);
        else if (error.isAuthentication() || error.isPermission())
            title = tr("Not allowed to read %1").arg(m_title);
        m_state->showError(title, error.message);
        m_stack->setCurrentWidget(m_state);
    }
    emit failed(error);
}

QString TableDocument::currentTabId() const {
    const int index = m_tabs->currentIndex();
    if (!m_pendingTab.isEmpty())
        return m_pendingTab;
    return index >= 0 && index < int(m_specs.size()) ? m_specs[std::size_t(index)].id : QString();
}

bool TableDocument::showTab(const QString& id) {
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].id != id)
            continue;
        if (!m_snapshot) {
            m_pendingTab = id;
            return true;
        }
        if (m_tabs->currentIndex() == int(i)) {
            ensureTab(int(i));
            checkReady();
        } else {
            m_tabs->setCurrentIndex(int(i));
        }
        return true;
    }
    return false;
}

TableTab* TableDocument::tab(const QString& id) const {
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].id == id)
            return m_created[i];
    return nullptr;
}

void TableDocument::ensureTab(int index) {
    if (!m_snapshot || index < 0 || index >= int(m_specs.size()) || m_created[std::size_t(index)])
        return;
    QWidget* page = m_tabs->widget(index);
    TableTab* tab = m_specs[std::size_t(index)].factory(page);
    if (!tab)
        return;
    m_created[std::size_t(index)] = tab;
    page->layout()->addWidget(tab);
    tab->show(); // now, not on the layout's queued show: focus and shortcuts work at once
    connect(tab, &TableTab::ready, this, [this, tab] {
        if (m_tabs->currentWidget() && tab->parentWidget() == m_tabs->currentWidget())
            checkReady();
    });
    connect(tab, &TableTab::openTableRequested, this, &TableDocument::openTableRequested);
    tab->setSnapshot(m_snapshot);
}

void TableDocument::onTabChanged(int index) {
    ensureTab(index);
    if (index >= 0 && index < int(m_specs.size()))
        emit currentTabChanged(m_specs[std::size_t(index)].id);
    checkReady();
}

bool TableDocument::isReady() const {
    const int index = m_tabs->currentIndex();
    if (!m_snapshot || index < 0 || index >= int(m_created.size()))
        return false;
    const TableTab* tab = m_created[std::size_t(index)];
    return tab && tab->isReady();
}

void TableDocument::checkReady() {
    if (isReady())
        emit viewReady();
}

void TableDocument::focusFilter() {
    const int index = m_tabs->currentIndex();
    if (index >= 0 && index < int(m_created.size()) && m_created[std::size_t(index)])
        m_created[std::size_t(index)]->focusFilter();
}

void TableDocument::copyUid() const {
    if (!uid().isEmpty())
        QGuiApplication::clipboard()->setText(uid());
}

void TableDocument::copyIdentifier() const {
    if (m_snapshot)
        QGuiApplication::clipboard()->setText(
            m_snapshot->table.identifier.value_or(m_snapshot->table.displayName()));
}

void TableDocument::copyQualifiedName() const {
    if (m_snapshot)
        QGuiApplication::clipboard()->setText(m_snapshot->table.qualifiedName());
}

} // namespace cc::ui
