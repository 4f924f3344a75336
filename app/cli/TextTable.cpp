#include "TextTable.h"

#include <algorithm>

namespace cc::cli {

namespace {

QString fit(QString cell, int width)
{
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (cell.size() > width)
        cell = cell.left(std::max(0, width - 1)) + QChar(0x2026);
    return cell;
}

} // namespace

TextTable::TextTable(QStringList header, int maxColumnWidth)
    : m_header(std::move(header))
    , m_rightAligned(std::size_t(m_header.size()), false)
    , m_maxWidth(std::max(4, maxColumnWidth))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.push_back(std::move(cells));
}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < int(m_rightAligned.size()))
        m_rightAligned[std::size_t(column)] = right;
}

QString TextTable::toString() const
{
    const int columns = int(m_header.size());
    std::vector<int> widths(std::size_t(columns), 0);
    auto measure = [&](const QStringList& cells) {
        for (int c = 0; c < columns; ++c)
            widths[std::size_t(c)] =
                std::max(widths[std::size_t(c)], int(fit(cells.value(c), m_maxWidth).size()));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    QString out;
    auto appendLine = [&](const QStringList& cells) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = fit(cells.value(c), m_maxWidth);
            const int width = widths[std::size_t(c)];
            if (c > 0)
                line += QStringLiteral("  ");
            line += m_rightAligned[std::size_t(c)] ? cell.rightJustified(width)
                                                   : cell.leftJustified(width);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    appendLine(m_header);
    QStringList rule;
    for (int c = 0; c < columns; ++c)
        rule.append(QString(widths[std::size_t(c)], QLatin1Char('-')));
    appendLine(rule);
    for (const QStringList& row : m_rows)
        appendLine(row);
    return out;
}

} // namespace cc::cli
