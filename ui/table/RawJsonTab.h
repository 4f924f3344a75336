#pragma once

#include "ui/table/TableTab.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace cc::ui {

// The detail reply as received, pretty-printed (keys in the server's order), monospace,
// with a find bar that highlights every match and steps through them.
class RawJsonTab : public TableTab {
    Q_OBJECT

public:
    explicit RawJsonTab(QWidget* parent = nullptr);
    void setSnapshot(const TableSnapshotPtr& snapshot) override;
    void focusFilter() override;

    QPlainTextEdit* editor() const { return m_text; }
    QLineEdit* findEdit() const { return m_find; }
    int matchCount() const { return m_matches; }
    // Moves to the next (or previous) match; false when there is none.
    bool findNext(bool backwards = false);

    // 2-space indented JSON in the original key order; the bytes as text if not JSON.
    static QString prettyJson(const QByteArray& raw);

private:
    void highlightMatches();

    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_status = nullptr;
    int m_matches = 0;
};

} // namespace cc::ui
