#pragma once

#include "core/SchemaGraph.h"
#include "graph/CardGeometry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QSizeF>

namespace cc::ui {

// The fonts of a table card and the card geometry measured from them, so that the
// sizes handed to Graphviz are the sizes the scene paints.
class CardTypography {
public:
    explicit CardTypography(const QFont& base = QFont());

    const QFont& titleFont() const { return m_title; }
    const QFont& smallFont() const { return m_small; }
    const QFont& monoFont() const { return m_mono; }
    const QFont& rowFont() const { return m_row; }
    const QFont& rowBoldFont() const { return m_rowBold; }
    const QFont& badgeFont() const { return m_badge; }
    const CardGeometry& geometry() const { return m_geometry; }

    QSizeF cardSize(const GraphNode& node, bool expanded) const;

private:
    QFont m_title;
    QFont m_small;
    QFont m_mono;
    QFont m_row;
    QFont m_rowBold;
    QFont m_badge;
    CardGeometry m_geometry;
};

} // namespace cc::ui
