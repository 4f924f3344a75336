#pragma once

#include "core/diff/ContractDiff.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cc::ui {

class ChipStrip;
class StateView;

// The changes of a ContractDiff as rows, in the diff's order (breaking first), each tinted
// by its severity, the reason in its own column and as the tooltip.
class ContractChangeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Change, Subject, Field, Before, After, Reason, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit ContractChangeModel(QObject* parent = nullptr);
    void setChanges(std::vector<ContractChange> changes);
    const ContractChange* change(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ContractChange> m_changes;
};

// A contract diff for people: counts by severity, the changes (breaking first, colour-coded,
// each with its reason), the diff's notes, and exports as Markdown or JSON.
class ContractDiffView : public QWidget {
    Q_OBJECT

public:
    enum class Format { Markdown, Json };

    explicit ContractDiffView(QWidget* parent = nullptr);

    // `exportName`: the file name offered on export, without extension.
    void setDiff(const ContractDiff& diff, const QString& exportName);
    // What an empty diff says ("No drift", "Identical to the registered contract").
    void setEmptyText(const QString& title, const QString& detail);
    void clear();

    const ContractDiff& diff() const { return m_diff; }
    QTableView* view() const { return m_view; }
    ContractChangeModel* model() const { return m_model; }
    QString notesText() const;
    bool isShowingEmptyState() const;

    static QString exportText(const ContractDiff& diff, Format format);
    // Writes the diff; false (and `error` set) when the file cannot be written.
    bool exportTo(const QString& path, Format format, QString* error = nullptr) const;

private:
    void exportInteractively(Format format);
    void copyMarkdown();

    ContractDiff m_diff;
    QString m_exportName;
    QString m_emptyTitle;
    QString m_emptyDetail;
    ContractChangeModel* m_model = nullptr;
    ChipStrip* m_summary = nullptr;
    QToolButton* m_copy = nullptr;
    QToolButton* m_export = nullptr;
    QStackedWidget* m_stack = nullptr;
    StateView* m_empty = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_notes = nullptr;
};

} // namespace cc::ui
