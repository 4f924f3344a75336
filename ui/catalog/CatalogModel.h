#pragma once

#include "core/ApiError.h"
#include "core/CatalogTypes.h"
#include "core/MetaTable.h"
#include "net/ApiClient.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

namespace cc::ui {

// The rows of one catalog query, loaded page by page as the view scrolls (canFetchMore /
// fetchMore). The next page follows the reply's `next` link, or asks for the next offset
// when the server sends no links. Rows only ever get appended, so the view keeps its place;
// a page is never requested twice for one query; every query bumps a generation number and
// replies of an older generation are dropped; a changed query cancels the call in flight.
class CatalogModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        TitleRole, // identifier, else table name
        NamespaceRole,
        QualifiedNameRole, // schema.table
        ManagementModeRole,
        ProtectedRole,
        LabelsRole,
        DescriptionRole,
        DataSourceRole,
    };
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)

    explicit CatalogModel(QObject* parent = nullptr);
    ~CatalogModel() override;

    // Clears the rows; nothing is loaded until setQuery().
    void setClient(ApiClient* client);
    ApiClient* client() const { return m_client; }

    // Starts a new query (generation + 1): clears the rows and loads the first page.
    void setQuery(const CatalogQuery& query);
    const CatalogQuery& query() const { return m_query; }
    // Asks again for the page that failed (the first page when nothing loaded).
    void retry();
    // Reloads the current query from the first page.
    void reload();
    // Drops the call in flight and any late reply to it: the text changed and a new query
    // is about to follow.
    void cancelPending();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const MetaTable& table(int row) const { return m_rows.at(std::size_t(row)); }
    State state() const { return m_state; }
    bool isFetching() const { return !m_inFlight.isNull(); }
    bool hasMore() const;
    // The server's total, when it sent one.
    std::optional<qint64> totalCount() const { return m_total; }
    const ApiError& lastError() const { return m_error; }
    int generation() const { return m_generation; }
    int pagesLoaded() const { return m_pagesLoaded; }
    // Every page key requested in this generation: a `next` URL or "offset:N".
    QStringList requestedPages() const { return m_requestedOrder; }

signals:
    void stateChanged(cc::ui::CatalogModel::State state);
    // After each page of the current generation was appended.
    void pageLoaded(int generation, int rowsAdded);
    void totalCountChanged();

private:
    struct NextPage {
        QString url;        // follow as is
        qint64 offset = -1; // or ask the query again from here
        bool valid() const { return !url.isEmpty() || offset >= 0; }
        QString key() const {
            return url.isEmpty() ? QStringLiteral("offset:%1").arg(offset) : url;
        }
    };

    void requestPage(const NextPage& page);
    void setState(State state);
    void cancelInFlight();
    void acceptPage(Page<MetaTable>&& page, const NextPage& requested);

    QPointer<ApiClient> m_client;
    CatalogQuery m_query;
    std::vector<MetaTable> m_rows;
    QSet<QString> m_uids;
    std::optional<qint64> m_total;
    NextPage m_next;
    NextPage m_failed;
    QSet<QString> m_requested;
    QStringList m_requestedOrder;
    QPointer<ApiCall> m_inFlight;
    State m_state = State::Idle;
    ApiError m_error;
    int m_generation = 0;
    int m_pagesLoaded = 0;
};

} // namespace cc::ui
