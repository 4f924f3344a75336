#include "ui/table/OverviewTab.h"

#include "ui/Text.h"
#include "ui/Theme.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    l->setFont(f);
    return l;
}

QLabel* mutedLabel(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, theme::mutedText());
    l->setPalette(p);
    return l;
}

void clearGrid(QGridLayout* grid) {
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void fillPairs(QFormLayout* form, const QList<QPair<QString, QString>>& pairs, QWidget* parent) {
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const auto& [label, value] : pairs) {
        auto* v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, parent);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(value.size() > 80);
        form->addRow(mutedLabel(label, parent), v);
    }
}

QFormLayout* pairsLayout() {
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    return form;
}

QString dateText(const std::optional<QString>& iso) {
    if (!iso || iso->isEmpty())
        return {};
    const QDateTime dt = QDateTime::fromString(*iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return *iso;
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

QString yesNo(bool value) {
    return value ? OverviewTab::tr("yes") : OverviewTab::tr("no");
}
} // namespace

OverviewTab::OverviewTab(QWidget* parent)
    : TableTab(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(10);

    layout->addWidget(sectionTitle(tr("Description"), page));
    m_description = new QLabel(page);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setMaximumWidth(900);
    layout->addWidget(m_description);

    layout->addSpacing(6);
    m_counts = new QGridLayout;
    m_counts->setHorizontalSpacing(10);
    layout->addLayout(m_counts);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto* left = new QVBoxLayout;
    left->addWidget(sectionTitle(tr("Facts"), page));
    m_factsGrid = pairsLayout();
    left->addLayout(m_factsGrid);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(sectionTitle(tr("Search index"), page));
    m_searchGrid = pairsLayout();
    right->addLayout(m_searchGrid);
    right->addStretch(1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addSpacing(6);
    layout->addLayout(columns);
    layout->addStretch(1);
}

QString OverviewTab::descriptionText() const {
    return m_description->text();
}

void OverviewTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    const MetaTable& t = snapshot->table;
    QWidget* page = m_description->parentWidget();

    if (t.description && !t.description->trimmed().isEmpty()) {
        m_description->setText(t.description->trimmed());
        m_description->setPalette(QPalette());
    } else {
        m_description->setText(tr("No description. Tables without one are harder to find by "
                                  "description search."));
        QPalette p = m_description->palette();
        p.setColor(QPalette::WindowText, theme::mutedText());
        m_description->setPalette(p);
    }

    // Count tiles.
    clearGrid(m_counts);
    int pk = 0;
    for (const Column& c : t.columns)
        pk += c.primaryKey ? 1 : 0;
    const QList<QPair<QString, qint64>> tiles = {
        {tr("Columns"), qint64(t.columns.size())},
        {tr("Primary key"), pk},
        {tr("Indexes"), qint64(t.indexesMeta.size())},
        {tr("Foreign keys"), qint64(t.foreignKeys.size())},
        {tr("Referenced by"), qint64(t.incomingFks.size())},
        {tr("Labels"), qint64(t.labels.size())},
    };
    int col = 0;
    for (const auto& [caption, value] : tiles) {
        auto* tile = new QFrame(page);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        QPalette tp = tile->palette();
        tp.setColor(QPalette::Window, palette().color(QPalette::Base));
        tile->setPalette(tp);
        auto* v = new QVBoxLayout(tile);
        v->setContentsMargins(12, 8, 12, 8);
        v->setSpacing(0);
        auto* number = new QLabel(QString::number(value), tile);
        QFont f = number->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setWeight(QFont::DemiBold);
        number->setFont(f);
        v->addWidget(number);
        v->addWidget(mutedLabel(caption, tile));
        m_counts->addWidget(tile, 0, col++);
    }
    m_counts->setColumnStretch(col, 1);

    // Facts.
    QString dataSource;
    if (t.dataSource) {
        dataSource = t.dataSource->displayName;
        QStringList about;
        if (!t.dataSource->classType.isEmpty())
            about << t.dataSource->classType;
        if (!t.dataSource->status.isEmpty())
            about << t.dataSource->status;
        if (!about.isEmpty())
            dataSource += QStringLiteral(" — ") + about.join(QStringLiteral(", "));
    } else if (t.dataSourceUid) {
        dataSource = *t.dataSourceUid;
    }
    m_facts = {
        {tr("Identifier"), t.identifier.value_or(QString())},
        {tr("Namespace"), t.namespaceName.value_or(QString())},
        {tr("Physical table"), t.qualifiedName()},
        {tr("Data source"), dataSource},
        {tr("Management mode"), t.managementMode},
        {tr("Schema management"), t.schemaManagementMode},
        {tr("Provisioning"), t.provisioningStatus},
        {tr("Table kind"), t.tableKind.value_or(QString())},
        {tr("Contract version"), t.contractVersion},
        {tr("Protected from deletion"), yesNo(t.protectFromDeletion)},
        {tr("Created"), dateText(t.creationDate)},
        {tr("Created by"), t.createdByUserUid.value_or(QString())},
        {tr("UID"), t.uid},
    };
    if (t.migrationProviderKey)
        m_facts.append({tr("Migration provider"), *t.migrationProviderKey});
    if (t.alembicRevision)
        m_facts.append({tr("Alembic revision"), *t.alembicRevision});
    fillPairs(m_factsGrid, m_facts, page);

    // What the TableSearchIndex document of this table is built from (spec §2.3).
    int described = 0;
    for (const Column& c : t.columns)
        described += c.description && !c.description->trimmed().isEmpty() ? 1 : 0;
    const QList<QPair<QString, QString>> search = {
        {tr("Identifier"),
         t.identifier && !t.identifier->isEmpty() ? tr("indexed") : tr("missing")},
        {tr("Description"),
         t.description && !t.description->trimmed().isEmpty()
             ? counted(t.description->split(QLatin1Char(' '), Qt::SkipEmptyParts).size(),
                       tr("1 word"), tr("%1 words"))
             : tr("missing: description search cannot rank this table")},
        {tr("Labels"), t.labels.isEmpty() ? tr("none") : t.labels.join(QStringLiteral(", "))},
        {tr("Columns"),
         tr("%1 indexed, %2 with a description").arg(t.columns.size()).arg(described)},
        {tr("Data source"), t.dataSource ? t.dataSource->displayName : QString()},
        {tr("Found by"), tr("name, description and column search")},
    };
    fillPairs(m_searchGrid, search, page);
}

} // namespace cc::ui
