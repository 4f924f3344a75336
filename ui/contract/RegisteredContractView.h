#pragma once

#include "core/TableContract.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace cc::ui {

class CellTableModel;

// The registered `table_contract`: its facts on one line, its columns with every field in
// a grid, and the JSON as the server sent it (monospace, read-only, copyable).
class RegisteredContractView : public QWidget {
    Q_OBJECT

public:
    enum Column {
        Name,
        DataType,
        BackendType,
        Nullable,
        PrimaryKey,
        Unique,
        Default,
        Label,
        LogicalName,
        Description
    };

    explicit RegisteredContractView(QWidget* parent = nullptr);

    // `jsonText`: the pretty JSON to show (and to start replacements from).
    void setContract(const TableContract& contract, const QString& jsonText);

    QTableView* columnsView() const { return m_view; }
    CellTableModel* columnsModel() const { return m_model; }
    QPlainTextEdit* jsonView() const { return m_json; }
    QString factsText() const;

    // The `table_contract` of a detail reply, pretty-printed in the server's key order; the
    // encoded contract when the reply has none.
    static QString contractJsonText(const QByteArray& detailJson, const TableContract& contract);

private:
    QLabel* m_facts = nullptr;
    QTableView* m_view = nullptr;
    CellTableModel* m_model = nullptr;
    QPlainTextEdit* m_json = nullptr;
};

} // namespace cc::ui
