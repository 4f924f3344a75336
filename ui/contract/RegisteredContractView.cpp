#include "ui/contract/RegisteredContractView.h"

#include "core/codec/ContractCodec.h"
#include "core/codec/JsonParse.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/contract/JsonHighlighter.h"
#include "ui/table/CellTableModel.h"
#include "ui/table/GridCellDelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QString authoringText(const std::optional<Json>& authoring) {
    if (!authoring || !authoring->is_object())
        return QString();
    auto model = authoring->find("table_model");
    if (model != authoring->end() && model->is_object()) {
        const QString module = QString::fromStdString(model->value("module", std::string()));
        const QString qualname = QString::fromStdString(model->value("qualname", std::string()));
        const QString kind = QString::fromStdString(model->value("kind", std::string()));
        return QStringLiteral("%1 %2.%3").arg(kind, module, qualname).trimmed();
    }
    if (authoring->contains("owner"))
        return QString::fromStdString(authoring->value("owner", std::string()));
    return QString();
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}
} // namespace

RegisteredContractView::RegisteredContractView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CellTableModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(sectionTitle(tr("Columns"), left));
    m_model->setHeaders({tr("Name"), tr("Data type"), tr("Backend type"), tr("Nullable"), tr("PK"),
                         tr("Unique"), tr("Server default"), tr("Label"), tr("Logical name"),
                         tr("Description")});
    m_view = new QTableView(left);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GridCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    leftLayout->addWidget(m_view, 1);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->setSpacing(4);
    auto* jsonBar = new QHBoxLayout;
    jsonBar->addWidget(sectionTitle(tr("JSON"), right), 1);
    auto* copy = new QToolButton(right);
    copy->setIcon(theme::icon(QStringLiteral("copy")));
    copy->setText(tr("Copy JSON"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAutoRaise(true);
    jsonBar->addWidget(copy);
    rightLayout->addLayout(jsonBar);
    m_json = new QPlainTextEdit(right);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    m_json->setFont(mono);
    new JsonHighlighter(m_json->document());
    rightLayout->addWidget(m_json, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(copy, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_json->toPlainText()); });
}

QString RegisteredContractView::contractJsonText(const QByteArray& detailJson,
                                                 const TableContract& contract) {
    const DecodeResult<OrderedJson> parsed = parseOrderedJson(detailJson);
    if (parsed && parsed.value().is_object()) {
        auto it = parsed.value().find("table_contract");
        if (it != parsed.value().end() && it->is_object())
            return QString::fromStdString(
                it->dump(2, ' ', false, OrderedJson::error_handler_t::replace));
    }
    return QString::fromStdString(OrderedJson(encodeTableContract(contract))
                                      .dump(2, ' ', false, OrderedJson::error_handler_t::replace));
}

void RegisteredContractView::setContract(const TableContract& contract, const QString& jsonText) {
    QStringList facts;
    facts << QStringLiteral("<b>%1</b>").arg(contract.version.toHtmlEscaped());
    const QString physical =
        contract.physicalSchema && !contract.physicalSchema->isEmpty()
            ? *contract.physicalSchema + QLatin1Char('.') + contract.physicalTableName
            : contract.physicalTableName;
    facts << tr("physical table <b>%1</b>").arg(physical.toHtmlEscaped());
    facts << counted(qint64(contract.columns.size()), tr("1 column"), tr("%1 columns"));
    int keys = 0;
    for (const cc::Column& c : contract.columns)
        keys += c.primaryKey ? 1 : 0;
    facts << (keys == 0 ? tr("no primary key")
                        : counted(keys, tr("1 primary key column"), tr("%1 primary key columns")));
    if (contract.tableKind)
        facts << tr("kind %1").arg(contract.tableKind->toHtmlEscaped());
    const QString authoring = authoringText(contract.authoring);
    if (!authoring.isEmpty())
        facts << tr("authored by %1").arg(authoring.toHtmlEscaped());
    if (contract.legacyIndexes || contract.legacyForeignKeys)
        facts << tr("carries legacy indexes / foreign keys");
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    std::vector<std::vector<Cell>> rows;
    for (const cc::Column& c : contract.columns) {
        Cell name;
        name.text = c.name;
        Cell type;
        type.text = c.dataType;
        type.monospace = true;
        Cell backend = Cell::optional(c.backendType);
        backend.monospace = true;
        Cell def = Cell::optional(c.serverDefault);
        def.monospace = true;
        rows.push_back({name, type, backend, Cell::flag(c.nullable, tr("nullable")),
                        Cell::flag(c.primaryKey, tr("primary key")),
                        Cell::flag(c.unique, tr("unique")), def, Cell::optional(c.label),
                        Cell::optional(c.logicalName), Cell::optional(c.description)});
    }
    m_model->setRows(std::move(rows));
    for (int col = 0; col < m_model->columnCount() - 1; ++col)
        m_view->resizeColumnToContents(col);

    m_json->setPlainText(jsonText);
}

QString RegisteredContractView::factsText() const {
    QTextDocument doc;
    doc.setHtml(m_facts->text());
    return doc.toPlainText();
}

} // namespace cc::ui
