#include "ui/query/JsonCellDialog.h"

#include "core/Json.h"
#include "ui/Theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

JsonCellDialog::JsonCellDialog(const QString& title, const QString& value, bool isJson,
                               QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(isJson ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFont(theme::monospaceFamily()));
    m_text->setPlainText(isJson ? prettyJson(value) : value);
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setIcon(theme::icon(QStringLiteral("copy")));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

QString JsonCellDialog::shownText() const {
    return m_text->toPlainText();
}

QString JsonCellDialog::prettyJson(const QString& text) {
    const OrderedJson parsed = OrderedJson::parse(text.toStdString(), nullptr, false);
    if (parsed.is_discarded())
        return text;
    return QString::fromStdString(
        parsed.dump(2, ' ', false, OrderedJson::error_handler_t::replace));
}

} // namespace cc::ui
