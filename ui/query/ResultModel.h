#pragma once

#include "core/ApiError.h"
#include "core/CompiledSqlOperation.h"
#include "core/RowSet.h"
#include "net/ExecutePager.h"
#include "ui/query/ResultPageCache.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

namespace cc {
class ApiClient;
}

namespace cc::ui {

// The rows of one SELECT as a table model. Rows come from execute-operation windows
// (ExecutePager::fetchWindow) into a ResultPageCache as the view asks for the rows on
// screen; rows not there yet show "loading…". A re-run starts a new cache generation, so
// late pages of the previous run are dropped. Columns keep the SELECT's order.
class ResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(RowSet::CellKind), -1 while not loaded
        LoadedRole,                  // bool
        CellTextRole                 // the full text; null QVariant for SQL NULL
    };
    enum class State { Idle, Running, Finished, Failed, Cancelled };

    explicit ResultModel(QObject* parent = nullptr);
    ~ResultModel() override;

    void setClient(ApiClient* client);
    ApiClient* client() const;
    // Rows per window (from the next run on).
    void setPageSize(qint64 rows);
    void setResidentRowLimit(qint64 rows);

    // Starts a new result for a select (its limits.max_rows bounds the rows) and fetches
    // the first window. Rows of an earlier run are dropped.
    void run(const CompiledSqlOperation& select);
    // Aborts the window in flight; the rows already there stay.
    void cancel();
    void clear();
    // Rows [first, last] are on screen: fetches what is missing there (one window at a time).
    void requestRows(qint64 first, qint64 last);
    // An exact count of the result's rows: the grid gets its full size (up to max rows).
    bool setTotalRows(qint64 total);

    State state() const { return m_state; }
    bool isFetching() const { return m_cache.inFlight().has_value(); }
    const ApiError& lastError() const { return m_error; }
    const CompiledSqlOperation& operation() const { return m_operation; }
    const ResultPageCache& cache() const { return m_cache; }
    QStringList columns() const { return m_columns; }
    int pagesFetched() const { return m_pages; } // execute-operation replies
    int windowsFetched() const { return m_windows; }
    qint64 firstRowsMs() const { return m_firstRowsMs; } // from run() to the first rows
    qint64 fetchMs() const { return m_fetchMs; }         // time spent in windows

    bool isLoaded(int row) const { return m_cache.isLoaded(row); }
    // Full cell text (numbers as sent, JSON compact); empty for NULL and rows not loaded.
    QString cellText(int row, int column) const;
    // -1 when the row is not loaded.
    int cellKind(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void stateChanged(cc::ui::ResultModel::State state);
    // Row counts, pages or timings changed.
    void statsChanged();
    void firstRowsArrived();
    void failed(const cc::ApiError& error);

private:
    void makePager();
    void fetch(const RowRange& range);
    void onPage(const RowSet& rows, qint64 firstRow);
    void onFinished(const ExecuteSummary& summary);
    void onFailed(const ApiError& error);
    void syncRowCount();
    void setState(State state);

    QPointer<ApiClient> m_client;
    ExecutePager* m_pager = nullptr;
    ResultPageCache m_cache;
    CompiledSqlOperation m_operation;
    QStringList m_columns;
    int m_shownRows = 0;
    State m_state = State::Idle;
    ApiError m_error;
    RowRange m_window;
    quint64 m_windowGeneration = 0;
    int m_pages = 0;
    int m_windows = 0;
    qint64 m_firstRowsMs = -1;
    qint64 m_fetchMs = 0;
    QElapsedTimer m_clock;
};

} // namespace cc::ui
