#include "ui/graph/CardTypography.h"

#include <QFontDatabase>

#include <algorithm>
#include <cmath>

namespace cc::ui {

namespace {

QFont sized(QFont font, qreal pixels, int weight = QFont::Normal) {
    font.setPixelSize(static_cast<int>(std::lround(pixels)));
    font.setWeight(static_cast<QFont::Weight>(weight));
    font.setHintingPreference(QFont::PreferNoHinting); // same metrics at every zoom
    return font;
}

} // namespace

CardTypography::CardTypography(const QFont& base)
    : m_title(sized(base, 13, QFont::Bold))
    , m_small(sized(base, 11))
    , m_mono(sized(QFontDatabase::systemFont(QFontDatabase::FixedFont), 11))
    , m_row(sized(base, 12))
    , m_rowBold(sized(base, 12, QFont::Bold))
    , m_badge(sized(base, 8.5, QFont::Bold)) {
    const QFontMetricsF title(m_title);
    const QFontMetricsF small(m_small);
    const QFontMetricsF row(m_row);
    m_geometry.titleHeight = std::ceil(title.height());
    m_geometry.lineHeight = std::ceil(std::max(small.height(), QFontMetricsF(m_mono).height()));
    m_geometry.rowHeight = std::max<qreal>(20, std::ceil(row.height() + 6));
    m_geometry.markerWidth =
        std::ceil(QFontMetricsF(m_badge).horizontalAdvance(QStringLiteral("PK")) + 10);
    m_geometry.titleCharWidth = title.averageCharWidth();
    m_geometry.smallCharWidth = small.averageCharWidth();
}

QSizeF CardTypography::cardSize(const GraphNode& node, bool expanded) const {
    const QFontMetricsF title(m_title);
    const QFontMetricsF small(m_small);
    const QFontMetricsF mono(m_mono);
    const qreal header = std::max({title.horizontalAdvance(cardTitle(node)),
                                   small.horizontalAdvance(cardNamespace(node)),
                                   mono.horizontalAdvance(cardPhysicalName(node))});
    qreal widestRow = 0;
    const bool open = expanded && !node.columns.empty();
    if (open) {
        const QFontMetricsF row(m_rowBold);
        for (const GraphColumn& column : node.columns) {
            widestRow = std::max(
                widestRow, m_geometry.markerWidth + row.horizontalAdvance(column.name) +
                               m_geometry.typeGap + mono.horizontalAdvance(columnTypeText(column)));
        }
    }
    const qreal width = m_geometry.width(header, widestRow);
    const qreal height = m_geometry.height(static_cast<int>(node.columns.size()), open);
    return QSizeF(std::ceil(width), std::ceil(height));
}

} // namespace cc::ui
