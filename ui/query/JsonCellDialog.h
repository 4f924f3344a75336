#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace cc::ui {

// Shows one cell's full value: JSON pretty-printed in a monospace font, other text as is.
class JsonCellDialog : public QDialog {
    Q_OBJECT

public:
    JsonCellDialog(const QString& title, const QString& value, bool isJson,
                   QWidget* parent = nullptr);

    QString shownText() const;

    // Two-space indented JSON, or the text unchanged when it is not JSON.
    static QString prettyJson(const QString& text);

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace cc::ui
