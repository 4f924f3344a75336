#include "ui/query/WriteConfirmDialog.h"

#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
QPlainTextEdit* monoBox(const QString& text, int lines, QWidget* parent) {
    auto* box = new QPlainTextEdit(text, parent);
    box->setReadOnly(true);
    box->setFont(QFont(theme::monospaceFamily()));
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * lines + 16);
    return box;
}
} // namespace

QString WriteConfirmDialog::scopeText(const CompiledSqlOperation& operation,
                                      const std::vector<ScopeEntry>& scope) {
    QStringList lines;
    for (const ScopeTable& t : operation.tables) {
        QString name = t.metaTableUid;
        QString source;
        for (const ScopeEntry& e : scope)
            if (e.uid == t.metaTableUid) {
                name = e.qualifiedName.isEmpty() ? e.displayName : e.qualifiedName;
                source = e.dataSourceName;
            }
        QString line = name;
        if (t.alias)
            line += QStringLiteral(" AS ") + *t.alias;
        line +=
            QStringLiteral(" — ") + (t.access == QLatin1String("write") ? tr("write") : tr("read"));
        if (!source.isEmpty())
            line += QStringLiteral(" (") + source + QLatin1Char(')');
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString WriteConfirmDialog::parametersText(const CompiledSqlOperation& operation) {
    QStringList lines;
    if (operation.parameters.is_object())
        for (auto it = operation.parameters.begin(); it != operation.parameters.end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            QString line = name + QStringLiteral(" = ") +
                           QString::fromStdString(
                               it.value().dump(-1, ' ', false, Json::error_handler_t::replace));
            if (operation.parameterTypes) {
                auto type = operation.parameterTypes->find(name);
                if (type != operation.parameterTypes->end())
                    line += QStringLiteral("  (") + type->second + QLatin1Char(')');
            }
            lines << line;
        }
    return lines.isEmpty() ? tr("(none)") : lines.join(QLatin1Char('\n'));
}

WriteConfirmDialog::WriteConfirmDialog(const CompiledSqlOperation& operation,
                                       const std::vector<ScopeEntry>& scope, QWidget* parent)
    : QDialog(parent) {
    const QString kind = operation.operation.toUpper();
    setWindowTitle(tr("Run %1?").arg(kind));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(
        tr("This %1 changes data and is committed as soon as it runs; it cannot be undone "
           "from here. Check the statement, its scope and its parameters.")
            .arg(kind),
        this);
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; padding: 8px; }")
            .arg(theme::toneBackground(theme::Tone::Warning).name(QColor::HexArgb),
                 theme::toneColor(theme::Tone::Warning).name()));
    layout->addWidget(warning);
    layout->addWidget(new QLabel(tr("Statement:"), this));
    layout->addWidget(monoBox(operation.sql, 8, this));
    layout->addWidget(new QLabel(tr("Scope:"), this));
    layout->addWidget(monoBox(scopeText(operation, scope), 4, this));
    layout->addWidget(new QLabel(tr("Parameters:"), this));
    layout->addWidget(monoBox(parametersText(operation), 4, this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("Run %1").arg(kind), QDialogButtonBox::AcceptRole);
    m_run->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace cc::ui
