#pragma once

#include <QTableView>
#include <QTimer>

namespace cc::ui {

class ResultModel;

// The grid of a ResultModel. It asks the model for the rows around the viewport whenever
// it scrolls, resizes or gains rows; copies the selection as TSV (Ctrl+C, with headers
// Ctrl+Shift+C); opens a JSON or long text cell in a viewer on double-click.
class ResultView : public QTableView {
    Q_OBJECT

public:
    explicit ResultView(QWidget* parent = nullptr);

    void setResultModel(ResultModel* model);
    ResultModel* resultModel() const { return m_model; }

    // The selected cells as tab-separated lines in row order, over the selection's columns.
    // SQL NULL is an empty field; fields with a tab, line break or quote are quoted with
    // inner quotes doubled. Rows not loaded yet are left out and counted in `skippedRows`.
    QString selectionAsTsv(bool withHeaders, int* skippedRows = nullptr) const;
    void copySelection(bool withHeaders);
    // Opens the viewer for a cell (JSON pretty-printed); false when the cell has no value.
    bool showCellValue(const QModelIndex& index);
    // The first and last rows on screen (-1 when there are none).
    std::pair<int, int> visibleRows() const;

signals:
    // After a copy: rows put on the clipboard, rows left out because they were not loaded.
    void copied(int rows, int skippedRows);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void scheduleRequest();
    void requestVisibleRows();
    void sizeColumnsOnce();

    ResultModel* m_model = nullptr;
    QTimer m_requestTimer;
    bool m_sized = false;
};

} // namespace cc::ui
