#include "ui/query/ParameterForm.h"

#include "core/DTypes.h"
#include "core/sql/ParameterValue.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cc::ui {

ParameterForm::ParameterForm(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No parameters. Write %(name)s in the SQL to add one."), this);
    m_empty->setWordWrap(true);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_empty->setPalette(muted);
    layout->addWidget(m_empty);
    auto* gridHolder = new QWidget(this);
    m_grid = new QGridLayout(gridHolder);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(2, 1);
    layout->addWidget(gridHolder);
    layout->addStretch(1);
}

QStringList ParameterForm::typeTokens() {
    return {QString(),
            QString::fromLatin1(dtype::String),
            QString::fromLatin1(dtype::Int64),
            QString::fromLatin1(dtype::Int32),
            QString::fromLatin1(dtype::Int16),
            QString::fromLatin1(dtype::Float64),
            QString::fromLatin1(dtype::Float32),
            QString::fromLatin1(dtype::Numeric),
            QString::fromLatin1(dtype::Bool),
            QString::fromLatin1(dtype::Date),
            QString::fromLatin1(dtype::TimestampTz),
            QString::fromLatin1(dtype::Uuid),
            QString::fromLatin1(dtype::JsonType),
            QString::fromLatin1(dtype::Jsonb)};
}

QString ParameterForm::hintFor(const QString& token) {
    if (token == QLatin1String(dtype::Date))
        return tr("YYYY-MM-DD");
    if (token == QLatin1String(dtype::TimestampTz))
        return tr("2026-01-31T09:30:00Z");
    if (token == QLatin1String(dtype::Bool))
        return tr("true or false");
    if (token == QLatin1String(dtype::Uuid))
        return tr("8-4-4-4-12 hex digits");
    if (dtype::isNumeric(token))
        return tr("a number");
    if (token.isEmpty())
        return tr("value (type inferred by PostgreSQL)");
    return tr("value");
}

void ParameterForm::setNames(const QStringList& names) {
    if (names == m_names)
        return;
    // Keep what was typed in the rows that go away.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        m_kept[it.key()] = read(it.value(), it.key());
    m_names = names;
    rebuild();
}

void ParameterForm::setEntries(const std::vector<ParameterEntry>& entries) {
    for (const ParameterEntry& e : entries)
        m_kept[e.name] = e;
    rebuild();
}

ParameterForm::Row ParameterForm::makeRow(const ParameterEntry& entry) {
    auto* holder = m_grid->parentWidget();
    Row row;
    row.name = new QLabel(QStringLiteral("%(") + entry.name + QStringLiteral(")s"), holder);
    row.name->setFont(QFont(theme::monospaceFamily()));
    row.type = new QComboBox(holder);
    for (const QString& token : typeTokens())
        row.type->addItem(token.isEmpty() ? tr("auto") : token, token);
    row.type->setToolTip(tr("The parameter's dtype; auto lets PostgreSQL infer it"));
    // Long type names elide in the closed combo so the value keeps most of the width.
    row.type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.type->setMinimumContentsLength(9);
    const int typeIndex = row.type->findData(dtype::normalizeDataType(entry.dataType));
    row.type->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    row.value = new QLineEdit(entry.value, holder);
    row.value->setMinimumWidth(120);
    row.value->setClearButtonEnabled(true);
    row.value->setPlaceholderText(hintFor(row.type->currentData().toString()));
    row.null = new QCheckBox(tr("NULL"), holder);
    row.null->setToolTip(tr("Send SQL NULL instead of a value"));
    row.null->setChecked(entry.isNull);
    row.value->setEnabled(!entry.isNull);
    row.problem = new QLabel(holder);
    row.problem->setWordWrap(true);
    QPalette danger = row.problem->palette();
    danger.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Danger));
    row.problem->setPalette(danger);
    row.problem->hide();
    const QString name = entry.name;
    connect(row.type, &QComboBox::currentIndexChanged, this, [this, name] {
        const Row& r = m_rows[name];
        r.value->setPlaceholderText(hintFor(r.type->currentData().toString()));
        checkRow(name);
        emit changed();
    });
    connect(row.value, &QLineEdit::textChanged, this, [this, name] {
        checkRow(name);
        emit changed();
    });
    connect(row.null, &QCheckBox::toggled, this, [this, name](bool on) {
        m_rows[name].value->setEnabled(!on);
        checkRow(name);
        emit changed();
    });
    return row;
}

void ParameterForm::rebuild() {
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        m_kept[it.key()] = read(it.value(), it.key());
        for (QWidget* w : {static_cast<QWidget*>(it->name), static_cast<QWidget*>(it->type),
                           static_cast<QWidget*>(it->value), static_cast<QWidget*>(it->null),
                           static_cast<QWidget*>(it->problem)}) {
            m_grid->removeWidget(w);
            w->hide();
            w->deleteLater();
        }
    }
    m_rows.clear();
    int line = 0;
    for (const QString& name : m_names) {
        ParameterEntry entry = m_kept.value(name);
        entry.name = name;
        Row row = makeRow(entry);
        m_grid->addWidget(row.name, line, 0);
        m_grid->addWidget(row.type, line, 1);
        m_grid->addWidget(row.value, line, 2);
        m_grid->addWidget(row.null, line, 3);
        m_grid->addWidget(row.problem, line + 1, 1, 1, 3);
        m_rows.insert(name, row);
        line += 2;
        checkRow(name);
    }
    m_empty->setVisible(m_names.isEmpty());
}

ParameterEntry ParameterForm::read(const Row& row, const QString& name) const {
    ParameterEntry e;
    e.name = name;
    e.dataType = row.type->currentData().toString();
    e.value = row.value->text();
    e.isNull = row.null->isChecked();
    return e;
}

std::vector<ParameterEntry> ParameterForm::entries() const {
    std::vector<ParameterEntry> out;
    for (const QString& name : m_names) {
        auto it = m_rows.constFind(name);
        if (it != m_rows.constEnd())
            out.push_back(read(it.value(), name));
    }
    return out;
}

void ParameterForm::checkRow(const QString& name) {
    auto it = m_rows.find(name);
    if (it == m_rows.end())
        return;
    const ParameterEntry e = read(it.value(), name);
    QString problem;
    if (!e.isNull && !e.dataType.isEmpty()) {
        const sql::ParameterConversion c =
            sql::convertParameterValue(Json(e.value.toStdString()), e.dataType);
        if (!c.ok())
            problem = e.value.isEmpty()
                          ? tr("enter a value (%1) or tick NULL").arg(hintFor(e.dataType))
                          : c.error;
    }
    it->problem->setText(problem);
    it->problem->setVisible(!problem.isEmpty());
    it->value->setStyleSheet(problem.isEmpty()
                                 ? QString()
                                 : QStringLiteral("QLineEdit { border: 1px solid %1; }")
                                       .arg(theme::toneColor(theme::Tone::Danger).name()));
}

bool ParameterForm::validate() {
    m_problems.clear();
    for (const QString& name : m_names) {
        checkRow(name);
        const Row& row = m_rows[name];
        if (!row.problem->text().isEmpty())
            m_problems << QStringLiteral("%1: %2").arg(name, row.problem->text());
    }
    return m_problems.isEmpty();
}

QLineEdit* ParameterForm::valueEdit(const QString& name) const {
    auto it = m_rows.constFind(name);
    return it == m_rows.constEnd() ? nullptr : it->value;
}

QComboBox* ParameterForm::typeCombo(const QString& name) const {
    auto it = m_rows.constFind(name);
    return it == m_rows.constEnd() ? nullptr : it->type;
}

QCheckBox* ParameterForm::nullCheck(const QString& name) const {
    auto it = m_rows.constFind(name);
    return it == m_rows.constEnd() ? nullptr : it->null;
}

} // namespace cc::ui
