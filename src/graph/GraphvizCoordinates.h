#pragma once

// Private to cc_graph: the one conversion from Graphviz's coordinates to ours.

#include <graphviz/gvc.h>

#include <QPointF>
#include <QRectF>

#include <cmath>

namespace cc::graphviz {

// Graphviz: points, origin bottom-left, y up, nodes by centre, node sizes in inches.
// Ours: points, origin top-left, y down, nodes by top-left corner, rounded to 1/100 pt
// (Graphviz's float noise would otherwise make equal layouts compare unequal).
class Coordinates {
public:
    explicit Coordinates(const boxf& boundingBox)
        : m_top(boundingBox.UR.y) {}

    QPointF point(const pointf& p) const { return QPointF(rounded(p.x), rounded(m_top - p.y)); }

    QRectF nodeBox(const pointf& centre, double widthInches, double heightInches) const {
        const double w = rounded(widthInches * kPointsPerInch);
        const double h = rounded(heightInches * kPointsPerInch);
        const QPointF c = point(centre);
        return QRectF(rounded(c.x() - w / 2), rounded(c.y() - h / 2), w, h);
    }

    QRectF box(const boxf& b) const { return QRectF(point(b.UR), point(b.LL)).normalized(); }

    static constexpr double kPointsPerInch = 72.0;

private:
    static double rounded(double v) { return std::round(v * 100.0) / 100.0; }

    double m_top;
};

} // namespace cc::graphviz
