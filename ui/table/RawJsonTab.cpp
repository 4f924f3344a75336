#include "ui/table/RawJsonTab.h"

#include "core/Json.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/contract/JsonHighlighter.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

RawJsonTab::RawJsonTab(QWidget* parent)
    : TableTab(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in JSON"));
    m_find->setClearButtonEnabled(true);
    m_find->addAction(theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_find->setMinimumWidth(280);
    m_find->setMaximumWidth(360);
    auto* prev = new QToolButton(this);
    prev->setIcon(theme::icon(QStringLiteral("back")));
    prev->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton(this);
    next->setIcon(theme::icon(QStringLiteral("forward")));
    next->setToolTip(tr("Next match (Enter)"));
    m_status = new QLabel(this);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, theme::mutedText());
    m_status->setPalette(p);
    bar->addWidget(m_find);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addWidget(m_status);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    m_text->setFont(mono);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new JsonHighlighter(m_text->document());
    layout->addWidget(m_text, 1);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        highlightMatches();
        m_text->moveCursor(QTextCursor::Start);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
}

QString RawJsonTab::prettyJson(const QByteArray& raw) {
    const OrderedJson parsed = OrderedJson::parse(raw.toStdString(), nullptr, false);
    if (parsed.is_discarded())
        return QString::fromUtf8(raw);
    return QString::fromStdString(
        parsed.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

void RawJsonTab::setSnapshot(const TableSnapshotPtr& snapshot) {
    m_text->setPlainText(prettyJson(snapshot->rawJson));
    highlightMatches();
}

void RawJsonTab::focusFilter() {
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void RawJsonTab::highlightMatches() {
    QList<QTextEdit::ExtraSelection> selections;
    m_matches = 0;
    const QString needle = m_find->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        QColor bg = theme::toneColor(theme::Tone::Warning);
        bg.setAlpha(90);
        format.setBackground(bg);
        QTextCursor cursor(m_text->document());
        while (true) {
            cursor = m_text->document()->find(needle, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
            ++m_matches;
        }
    }
    m_text->setExtraSelections(selections);
    m_status->setText(needle.isEmpty() ? QString()
                      : m_matches == 0 ? tr("No matches")
                                       : counted(m_matches, tr("1 match"), tr("%1 matches")));
}

bool RawJsonTab::findNext(bool backwards) {
    const QString needle = m_find->text();
    if (needle.isEmpty() || m_matches == 0)
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(needle, flags))
        return true;
    // Wrap around.
    m_text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
    return m_text->find(needle, flags);
}

} // namespace cc::ui
