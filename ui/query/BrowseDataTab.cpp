#include "ui/query/BrowseDataTab.h"

#include "ui/Settings.h"
#include "ui/Theme.h"
#include "ui/query/QueryWorkspace.h"
#include "ui/query/ResultModel.h"
#include "ui/query/ResultPanel.h"
#include "ui/table/TableDocument.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
const QString kQuery = QStringLiteral("query");

qint64 settingFor(const QWidget* widget, const QString& name) {
    if (QueryWorkspace* workspace = QueryWorkspace::forWidget(widget))
        return workspace->settings().value(kQuery, name).toLongLong();
    return Settings::defaultValue(kQuery, name).toLongLong();
}
} // namespace

BrowseDataTab::BrowseDataTab(QWidget* parent)
    : TableTab(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("browseStrip"));
    auto* stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(12, 6, 8, 6);
    stripLayout->setSpacing(8);
    auto* icon = new QLabel(strip);
    icon->setPixmap(theme::icon(QStringLiteral("rows")).pixmap(16, 16));
    stripLayout->addWidget(icon);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_sql = new QLabel(strip);
    m_sql->setFont(QFont(theme::monospaceFamily()));
    m_sql->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sql->setMinimumWidth(100);
    m_sql->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    texts->addWidget(m_sql);
    m_note = new QLabel(strip);
    m_note->setWordWrap(true);
    QPalette warn = m_note->palette();
    warn.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Warning));
    m_note->setPalette(warn);
    m_note->hide();
    texts->addWidget(m_note);
    stripLayout->addLayout(texts, 1);
    m_reload = new QPushButton(theme::icon(QStringLiteral("refresh")), tr("Reload"), strip);
    m_reload->setToolTip(tr("Run the browse query again"));
    stripLayout->addWidget(m_reload);
    m_openInConsole =
        new QPushButton(theme::icon(QStringLiteral("query")), tr("Open in Query Console"), strip);
    m_openInConsole->setToolTip(tr("Edit this SELECT in a query console (Ctrl+Shift+E)"));
    stripLayout->addWidget(m_openInConsole);
    layout->addWidget(strip);

    m_results = new ResultPanel(this);
    layout->addWidget(m_results, 1);

    connect(m_reload, &QPushButton::clicked, this, &BrowseDataTab::reload);
    connect(m_openInConsole, &QPushButton::clicked, this, &BrowseDataTab::openInConsole);
    connect(m_results->model(), &ResultModel::firstRowsArrived, this, &BrowseDataTab::markReady);
    connect(m_results->model(), &ResultModel::stateChanged, this, [this](ResultModel::State s) {
        if (s == ResultModel::State::Finished || s == ResultModel::State::Failed ||
            s == ResultModel::State::Cancelled)
            markReady();
    });
}

CompiledSqlOperation BrowseDataTab::browseOperation(const MetaTable& table, qint64 maxRows) {
    CompiledSqlOperation op;
    op.sql = sql::browseTableSql(table).sql;
    ScopeTable scope;
    scope.metaTableUid = table.uid;
    scope.alias = QStringLiteral("t");
    op.tables = {scope};
    if (table.dataSourceUid && !table.dataSourceUid->isEmpty())
        op.dataSourceUid = table.dataSourceUid;
    else if (table.dataSource && !table.dataSource->uid.isEmpty())
        op.dataSourceUid = table.dataSource->uid;
    op.maxRows = maxRows;
    op.offset = 0;
    op.statementTimeoutMs =
        Settings::defaultValue(kQuery, QStringLiteral("timeoutMs")).toLongLong();
    return op;
}

void BrowseDataTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    m_query = sql::browseTableSql(snapshot->table);
    m_sql->setText(m_query.sql);
    m_sql->setToolTip(m_query.sql);
    m_note->setText(m_query.note);
    m_note->setVisible(!m_query.note.isEmpty());
    m_openInConsole->setEnabled(QueryWorkspace::forWidget(this) != nullptr);
    m_results->setClient(snapshot->client);
    m_results->setPageSize(settingFor(this, QStringLiteral("pageSize")));
    reload();
}

void BrowseDataTab::reload() {
    if (!m_snapshot)
        return;
    m_ready = false;
    CompiledSqlOperation op =
        browseOperation(m_snapshot->table, settingFor(this, QStringLiteral("browseMaxRows")));
    op.statementTimeoutMs = settingFor(this, QStringLiteral("timeoutMs"));
    m_results->run(op);
}

bool BrowseDataTab::openInConsole() {
    QueryWorkspace* workspace = QueryWorkspace::forWidget(this);
    if (!workspace || !m_snapshot)
        return false;
    return workspace->queryTable(m_snapshot->table, m_query.sql) != nullptr;
}

void BrowseDataTab::markReady() {
    if (m_ready)
        return;
    m_ready = true;
    emit ready();
}

void registerQueryTabs() {
    TableDocument::registerTab(
        QStringLiteral("data"), QCoreApplication::translate("TableDocument", "Data"),
        QStringLiteral("rows"),
        [](QWidget* parent) -> TableTab* { return new BrowseDataTab(parent); });
}

} // namespace cc::ui
