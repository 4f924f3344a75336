#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cc::cli {

// A plain-text table for terminals: a header, a rule, left-aligned columns (numbers
// right-aligned), cells cut to a maximum width with an ellipsis.
class TextTable {
public:
    explicit TextTable(QStringList header, int maxColumnWidth = 48);

    void addRow(QStringList cells);
    void setRightAligned(int column, bool right = true);
    int rowCount() const { return int(m_rows.size()); }

    QString toString() const;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<bool> m_rightAligned;
    int m_maxWidth;
};

} // namespace cc::cli
