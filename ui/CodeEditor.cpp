#include "ui/CodeEditor.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace cc::ui {

class CodeEditor::Gutter : public QWidget {
public:
    explicit Gutter(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    CodeEditor* m_editor;
};

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this)) {
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_gutter, qOverload<>(&QWidget::update));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

int CodeEditor::lineNumberAreaWidth() const {
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void CodeEditor::setMarkedLine(int line) {
    if (line == m_markedLine)
        return;
    m_markedLine = line;
    m_gutter->update();
}

void CodeEditor::updateGutterWidth() {
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    m_gutter->update();
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintGutter(QPaintEvent* event) {
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setPen(theme::borderColor());
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());

    const int currentLine = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            if (number == m_markedLine) {
                const QColor danger = theme::toneColor(theme::Tone::Danger);
                painter.setPen(Qt::NoPen);
                painter.setBrush(danger);
                const int d = std::max(6, lineHeight / 2);
                painter.drawEllipse(QRect(4, top + (lineHeight - d) / 2, d, d));
                painter.setPen(danger);
            } else {
                painter.setPen(number == currentLine ? pal.color(QPalette::Text)
                                                     : theme::mutedText());
            }
            painter.drawText(0, top, m_gutter->width() - 6, lineHeight, Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace cc::ui
