#include "ui/catalog/CatalogModel.h"

#include "net/ApiClient.h"
#include "ui/Logging.h"

namespace cc::ui {

namespace {
// Description and column search need a term (spec §2.3): without one the panel lists the
// catalog itself, with the same filters.
CatalogQuery effectiveQuery(CatalogQuery query) {
    if (query.mode != CatalogQuery::Mode::Catalog && query.text.trimmed().isEmpty())
        query.mode = CatalogQuery::Mode::Catalog;
    return query;
}
} // namespace

CatalogModel::CatalogModel(QObject* parent)
    : QAbstractListModel(parent) {}

CatalogModel::~CatalogModel() {
    cancelInFlight();
}

void CatalogModel::setClient(ApiClient* client) {
    cancelInFlight();
    m_client = client;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_uids.clear();
    endResetModel();
    m_next = NextPage();
    setState(State::Idle);
}

void CatalogModel::setQuery(const CatalogQuery& query) {
    cancelInFlight();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_uids.clear();
    endResetModel();
    m_query = query;
    m_query.offset = 0;
    if (m_query.limit <= 0)
        m_query.limit = 50;
    const bool hadTotal = m_total.has_value();
    m_total.reset();
    if (hadTotal)
        emit totalCountChanged();
    m_requested.clear();
    m_requestedOrder.clear();
    m_pagesLoaded = 0;
    m_error = ApiError();
    m_failed = NextPage();
    m_next = NextPage();
    m_next.offset = 0;
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    requestPage(m_next);
}

void CatalogModel::retry() {
    if (m_state != State::Error)
        return;
    if (m_rows.empty()) {
        setQuery(m_query);
        return;
    }
    requestPage(m_failed);
}

void CatalogModel::reload() {
    setQuery(m_query);
}

void CatalogModel::cancelPending() {
    cancelInFlight();
    ++m_generation;
}

void CatalogModel::cancelInFlight() {
    if (ApiCall* call = m_inFlight.data()) {
        m_inFlight.clear();
        call->cancel();
    }
}

void CatalogModel::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool CatalogModel::hasMore() const {
    return m_next.valid();
}

bool CatalogModel::canFetchMore(const QModelIndex& parent) const {
    if (parent.isValid() || !m_client || m_inFlight || m_state == State::Error)
        return false;
    return m_next.valid() && !m_requested.contains(m_next.key());
}

void CatalogModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        requestPage(m_next);
}

void CatalogModel::requestPage(const NextPage& page) {
    if (!m_client || !page.valid() || m_inFlight || m_requested.contains(page.key()))
        return;
    m_requested.insert(page.key());
    m_requestedOrder.append(page.key());
    setState(State::Loading);

    const int generation = m_generation;
    auto done = [this, generation, page](ApiResult<Page<MetaTable>> result) {
        if (generation != m_generation)
            return; // a reply to an older query
        m_inFlight.clear();
        if (!result.ok()) {
            if (result.error().kind == ApiError::Kind::Cancelled)
                return;
            m_error = result.error();
            m_failed = page;
            m_requested.remove(page.key()); // nothing was loaded: Retry may ask again
            qCInfo(lcUi) << "Catalog page failed:" << m_error.message;
            setState(State::Error);
            return;
        }
        acceptPage(std::move(result).value(), page);
    };

    if (!page.url.isEmpty()) {
        m_inFlight = m_client->fetchPage(page.url, this, done);
    } else {
        CatalogQuery query = effectiveQuery(m_query);
        query.offset = page.offset;
        m_inFlight = m_client->listTables(query, this, done);
    }
}

void CatalogModel::acceptPage(Page<MetaTable>&& page, const NextPage& requested) {
    ++m_pagesLoaded;
    if (page.count && page.count != m_total) {
        m_total = page.count;
        emit totalCountChanged();
    }

    std::vector<MetaTable> fresh;
    fresh.reserve(page.results.size());
    for (MetaTable& t : page.results) {
        if (t.uid.isEmpty() || m_uids.contains(t.uid))
            continue; // a row shifted between pages: keep the first copy
        m_uids.insert(t.uid);
        fresh.push_back(std::move(t));
    }
    const int added = int(fresh.size());
    if (added > 0) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + added - 1);
        for (MetaTable& t : fresh)
            m_rows.push_back(std::move(t));
        endInsertRows();
    }

    NextPage next;
    const qint64 received = qint64(page.results.size());
    if (page.next && !page.next->isEmpty()) {
        next.url = *page.next;
    } else if (requested.url.isEmpty() && received > 0 && added > 0) {
        // No links: continue by offset while the server says (or a full page hints) there is more.
        const qint64 reached = requested.offset + received;
        const bool more = page.count ? reached < *page.count : received >= m_query.limit;
        if (more && !(page.wasBareArray && received > m_query.limit))
            next.offset = reached;
    }
    m_next = next;
    if (m_next.valid() && m_requested.contains(m_next.key()))
        m_next = NextPage(); // the server pointed back at a page already loaded

    setState(m_rows.empty() ? State::Empty : State::Loaded);
    emit pageLoaded(m_generation, added);
}

int CatalogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const MetaTable& t = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.displayName();
    case UidRole:
        return t.uid;
    case NamespaceRole:
        return t.namespaceName.value_or(QString());
    case QualifiedNameRole:
        return t.qualifiedName();
    case ManagementModeRole:
        return t.managementMode;
    case ProtectedRole:
        return t.protectFromDeletion;
    case LabelsRole:
        return t.labels;
    case DescriptionRole:
        return t.description.value_or(QString());
    case DataSourceRole:
        return t.dataSource ? t.dataSource->displayName : QString();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(t.displayName().toHtmlEscaped(), t.qualifiedName().toHtmlEscaped());
        if (t.namespaceName)
            tip +=
                QStringLiteral("<br>") + tr("Namespace: %1").arg(t.namespaceName->toHtmlEscaped());
        if (t.description && !t.description->isEmpty())
            tip += QStringLiteral("<br><br>") + t.description->toHtmlEscaped();
        if (!t.labels.isEmpty())
            tip += QStringLiteral("<br>") +
                   tr("Labels: %1").arg(t.labels.join(QStringLiteral(", ")).toHtmlEscaped());
        return tip;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UidRole, "uid");
    names.insert(TitleRole, "title");
    names.insert(NamespaceRole, "namespace");
    names.insert(QualifiedNameRole, "qualifiedName");
    names.insert(ManagementModeRole, "managementMode");
    names.insert(ProtectedRole, "protected");
    names.insert(LabelsRole, "labels");
    names.insert(DescriptionRole, "description");
    names.insert(DataSourceRole, "dataSource");
    return names;
}

} // namespace cc::ui
