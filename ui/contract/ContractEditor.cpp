#include "ui/contract/ContractEditor.h"

#include "ui/Theme.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTimer>

namespace cc::ui {

namespace {
constexpr int kCheckPauseMs = 200;

} // namespace

ContractEditor::ContractEditor(QWidget* parent)
    : CodeEditor(parent)
    , m_checkTimer(new QTimer(this)) {
    QFont mono(theme::monospaceFamily());
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    setTabChangesFocus(false);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckPauseMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ContractEditor::checkNow);
    connect(this, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
}

bool ContractEditor::isEmptyText() const {
    return toPlainText().trimmed().isEmpty();
}

void ContractEditor::checkNow() {
    m_checkTimer->stop();
    std::optional<JsonSyntaxError> error;
    if (!isEmptyText())
        error = findJsonSyntaxError(toPlainText().toUtf8());
    const bool changed =
        !m_checked || error.has_value() != m_error.has_value() ||
        (error && (error->offset != m_error->offset || error->message != m_error->message));
    m_error = error;
    m_checked = true;
    updateMarks();
    if (changed)
        emit syntaxChanged();
}

void ContractEditor::replaceText(const QString& text) {
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    QTextCursor start(document());
    setTextCursor(start);
    checkNow();
}

int ContractEditor::positionOfByte(qsizetype offset) const {
    const QByteArray bytes = toPlainText().toUtf8();
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return int(QString::fromUtf8(bytes.constData(), offset).size());
}

void ContractEditor::selectSpan(const JsonTextSpan& span) {
    const int start = positionOfByte(span.start);
    const int end = positionOfByte(span.end);
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

bool ContractEditor::goToError() {
    if (!m_error)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(positionOfByte(m_error->offset));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
    return true;
}

void ContractEditor::updateMarks() {
    QList<QTextEdit::ExtraSelection> marks;
    if (m_error) {
        QColor lineColor = theme::toneBackground(theme::Tone::Danger);
        QTextEdit::ExtraSelection line;
        line.format.setBackground(lineColor);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(positionOfByte(m_error->offset));
        line.cursor.clearSelection();
        marks.append(line);

        // The character the parser stopped at (the last one when the text ended early),
        // widened to the whole token it ends: an unexpected "string" is marked entirely.
        int at = positionOfByte(m_error->offset);
        const int length = document()->characterCount() - 1;
        if (at >= length)
            at = std::max(0, length - 1);
        // An invalid literal ("tru}") is reported at the character after it.
        const bool literal = m_error->message.contains(QLatin1String("invalid literal"));
        const int start = literal && at > 0 ? tokenStart(at - 1) : tokenStart(at);
        QTextEdit::ExtraSelection spot;
        spot.cursor = QTextCursor(document());
        spot.cursor.setPosition(start);
        spot.cursor.setPosition(std::min(at + 1, length), QTextCursor::KeepAnchor);
        QColor spotColor = theme::toneColor(theme::Tone::Danger);
        spot.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        spot.format.setUnderlineColor(spotColor);
        spotColor.setAlpha(70);
        spot.format.setBackground(spotColor);
        marks.append(spot);
    }
    setExtraSelections(marks);
    setMarkedLine(m_error ? m_error->line - 1 : -1);
}

int ContractEditor::tokenStart(int position) const {
    const QTextBlock block = document()->findBlock(position);
    const QString line = block.text();
    int i = position - block.position();
    if (i < 0 || i >= line.size())
        return position;
    if (line.at(i) == QLatin1Char('"')) {
        // Back to the opening quote, skipping escaped ones.
        for (int j = i - 1; j >= 0; --j)
            if (line.at(j) == QLatin1Char('"') && (j == 0 || line.at(j - 1) != QLatin1Char('\\')))
                return block.position() + j;
        return position;
    }
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
               c == QLatin1Char('+') || c == QLatin1Char('_');
    };
    if (!isWordChar(line.at(i)))
        return position;
    while (i > 0 && isWordChar(line.at(i - 1)))
        --i;
    return block.position() + i;
}

void ContractEditor::keyPressEvent(QKeyEvent* event) {
    // Tab indents with two spaces; Enter keeps the indentation of the current line.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QStringLiteral("  "));
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // Ctrl+Enter belongs to the panel's Validate shortcut
        return;
    }
    if (enter && event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        QString more;
        const QString before = line.left(textCursor().positionInBlock()).trimmed();
        if (before.endsWith(QLatin1Char('{')) || before.endsWith(QLatin1Char('[')))
            more = QStringLiteral("  ");
        insertPlainText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + more);
        ensureCursorVisible();
        return;
    }
    CodeEditor::keyPressEvent(event);
}

} // namespace cc::ui
