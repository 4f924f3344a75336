#pragma once

#include "core/CompiledSqlOperation.h"
#include "ui/query/QueryDraft.h"

#include <QDialog>

#include <vector>

class QPushButton;

namespace cc::ui {

// Asks before a write runs: the statement, its scope with each table's access, and the
// bound parameters. Cancel is the default button.
class WriteConfirmDialog : public QDialog {
    Q_OBJECT

public:
    WriteConfirmDialog(const CompiledSqlOperation& operation, const std::vector<ScopeEntry>& scope,
                       QWidget* parent = nullptr);

    // The scope and parameters as the dialog lists them, one per line.
    static QString scopeText(const CompiledSqlOperation& operation,
                             const std::vector<ScopeEntry>& scope);
    static QString parametersText(const CompiledSqlOperation& operation);

    QPushButton* runButton() const { return m_run; }

private:
    QPushButton* m_run = nullptr;
};

} // namespace cc::ui
