#pragma once

#include "core/codec/JsonSyntax.h"
#include "ui/contract/JsonPathLocator.h"

#include "ui/CodeEditor.h"

#include <optional>

class QTimer;

namespace cc::ui {

// A monospace JSON editor with line numbers that checks the text as you type: the first
// syntax error is marked where it is (its line tinted, the character underlined, a dot in
// the gutter) and reported through syntaxChanged(). The text is never changed by a check.
class ContractEditor : public CodeEditor {
    Q_OBJECT

public:
    explicit ContractEditor(QWidget* parent = nullptr);

    // The result of the last check; nullopt for valid JSON and for an empty editor.
    const std::optional<JsonSyntaxError>& syntaxError() const { return m_error; }
    bool isEmptyText() const;
    // Checks at once instead of after the typing pause.
    void checkNow();

    // Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back).
    void replaceText(const QString& text);
    // Selects a byte span of the UTF-8 text (as JsonPathLocator reports) and scrolls to it.
    void selectSpan(const JsonTextSpan& span);
    // Puts the cursor on the syntax error, if there is one.
    bool goToError();
    // Character position in the document of a byte offset into its UTF-8 text.
    int positionOfByte(qsizetype offset) const;

signals:
    // After every check whose outcome differs from the previous one.
    void syntaxChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateMarks();
    // Where the token that ends at `position` starts (a string, number or literal).
    int tokenStart(int position) const;

    QTimer* m_checkTimer = nullptr;
    std::optional<JsonSyntaxError> m_error;
    bool m_checked = false;
};

} // namespace cc::ui
