#include "sankey_layout.h"

#include <cmath>

namespace waymark::ui {

namespace {

// With the control points halfway across, x(t) = x0 + dx * (1.5 t - 1.5 t² + t³), which is strictly
// increasing, and y(t) = y0 + dy * (3 t² - 2 t³): a band's edge can be read as a function of x.
double solveT(double u)
{
    double lo = 0, hi = 1;
    for (int i = 0; i < 40; ++i) {
        const double t = (lo + hi) / 2;
        (1.5 * t - 1.5 * t * t + t * t * t < u ? lo : hi) = t;
    }
    return (lo + hi) / 2;
}

std::array<QPointF, 4> edge(QPointF from, QPointF to)
{
    const double mid = (from.x() + to.x()) / 2;
    return { from, QPointF(mid, from.y()), QPointF(mid, to.y()), to };
}

// The y of the top edge at x, when x lies within the band's horizontal extent.
std::optional<double> topAt(const SankeyBandGeometry& band, double x)
{
    const double x0 = band.sourceTop.x(), x1 = band.targetTop.x();
    if (x < x0 || x > x1 || x1 <= x0) return std::nullopt;
    const double t = solveT((x - x0) / (x1 - x0));
    return band.sourceTop.y() + (band.targetTop.y() - band.sourceTop.y()) * (3 * t * t - 2 * t * t * t);
}

} // namespace

std::array<QPointF, 4> SankeyBandGeometry::topEdge() const
{
    return edge(sourceTop, targetTop);
}

std::array<QPointF, 4> SankeyBandGeometry::bottomEdge() const
{
    return edge(sourceTop + QPointF(0, width), targetTop + QPointF(0, width));
}

QPainterPath SankeyBandGeometry::path() const
{
    const auto top = topEdge();
    const auto bottom = bottomEdge();
    QPainterPath p(top[0]);
    p.cubicTo(top[1], top[2], top[3]);
    p.lineTo(bottom[3]);
    p.cubicTo(bottom[2], bottom[1], bottom[0]);
    p.closeSubpath();
    return p;
}

SankeyBandGeometry SankeyBandGeometry::slice(double offset, double sliceWidth) const
{
    return { sourceTop + QPointF(0, offset), targetTop + QPointF(0, offset), sliceWidth };
}

int SankeyLayout::nodeAt(QPointF point, double tolerance) const
{
    for (size_t n = 0; n < nodes.size(); ++n)
        if (nodes[n].rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
            return static_cast<int>(n);
    return -1;
}

int SankeyLayout::bandAt(QPointF point) const
{
    // Later bands are painted over earlier ones (the analysis lists thin ones last): look at them first.
    for (size_t i = bands.size(); i-- > 0;) {
        const auto y = topAt(bands[i], point.x());
        if (y && point.y() >= *y && point.y() <= *y + std::max(bands[i].width, 1.0))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace waymark::ui
