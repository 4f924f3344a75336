#pragma once

#include <QPlainTextEdit>

namespace cc::ui {

// A plain-text editor with a line-number gutter, shared by the SQL and contract editors: the
// cursor's line number stands out, and one line can carry a danger-toned dot (an error).
class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    int lineNumberAreaWidth() const;

protected:
    // 0-based line to mark in the gutter; -1 for none.
    void setMarkedLine(int line);
    void resizeEvent(QResizeEvent* event) override;

private:
    class Gutter;

    void paintGutter(QPaintEvent* event);
    void updateGutterWidth();

    QWidget* m_gutter = nullptr;
    int m_markedLine = -1;
};

} // namespace cc::ui
