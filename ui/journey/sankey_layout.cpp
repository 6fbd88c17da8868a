#include "sankey_layout.h"

#include <algorithm>
#include <cmath>

namespace waymark::ui {

namespace {

struct Columns {
    std::vector<qint64> total;
    std::vector<int> count;
};

Columns columnTotals(const SankeyInput& input)
{
    const auto steps = static_cast<size_t>(std::max(0, input.steps()));
    Columns c { std::vector<qint64>(steps, 0), std::vector<int>(steps, 0) };
    for (const SankeyNode& n : input.nodes) {
        c.total[n.step - 1] += n.count;
        ++c.count[n.step - 1];
    }
    return c;
}

double columnPadding(const SankeyOptions& o, int nodes, double height)
{
    return nodes > 1 ? std::min(o.nodePadding, 0.3 * height / (nodes - 1)) : 0.0;
}

double innerHeight(const SankeyOptions& o)
{
    return std::max(1.0, o.size.height() - o.margins.top() - o.margins.bottom());
}

// Stacks a column's nodes in order without overlaps inside [top, bottom], moving each as little as
// possible from where relaxation put it: down from the top first, then back up from the bottom.
void resolveCollisions(std::vector<SankeyNodeGeometry>& nodes, const std::vector<size_t>& column, double pad,
    double top, double bottom)
{
    double y = top;
    for (size_t n : column) {
        QRectF& r = nodes[n].rect;
        r.moveTop(std::max(r.top(), y));
        y = r.bottom() + pad;
    }
    double limit = bottom;
    for (size_t i = column.size(); i-- > 0;) {
        QRectF& r = nodes[column[i]].rect;
        if (r.bottom() > limit) r.moveBottom(limit);
        limit = r.top() - pad;
    }
    y = top; // a column taller than the area (a fixed shared scale) overflows at the bottom
    for (size_t n : column) {
        QRectF& r = nodes[n].rect;
        r.moveTop(std::max(r.top(), y));
        y = r.bottom() + pad;
    }
}

// Moves every node part of the way towards the weighted centre of its neighbours on one side.
void relax(const SankeyInput& input, std::vector<SankeyNodeGeometry>& nodes, bool leftToRight, double alpha)
{
    std::vector<double> sum(nodes.size(), 0), weight(nodes.size(), 0);
    for (const SankeyLink& l : input.links) {
        const size_t self = leftToRight ? l.to : l.from, other = leftToRight ? l.from : l.to;
        const double w = static_cast<double>(l.count);
        sum[self] += w * nodes[other].rect.center().y();
        weight[self] += w;
    }
    for (size_t n = 0; n < nodes.size(); ++n)
        if (weight[n] > 0)
            nodes[n].rect.translate(0, (sum[n] / weight[n] - nodes[n].rect.center().y()) * alpha);
}

void placeBands(const SankeyInput& input, SankeyLayout& layout)
{
    layout.bands.assign(input.links.size(), {});
    std::vector<std::vector<size_t>> in(input.nodes.size()), out(input.nodes.size());
    for (size_t l = 0; l < input.links.size(); ++l) {
        out[input.links[l].from].push_back(l);
        in[input.links[l].to].push_back(l);
    }
    const auto row = [&](size_t node) { return layout.nodes[node].row; };
    for (size_t n = 0; n < input.nodes.size(); ++n) {
        const QRectF& r = layout.nodes[n].rect;
        // Stacked in the order of the nodes at the other end, so a node's own bands never cross.
        std::stable_sort(out[n].begin(), out[n].end(),
            [&](size_t a, size_t b) { return row(input.links[a].to) < row(input.links[b].to); });
        std::stable_sort(in[n].begin(), in[n].end(),
            [&](size_t a, size_t b) { return row(input.links[a].from) < row(input.links[b].from); });
        double y = r.top();
        for (size_t l : out[n]) {
            layout.bands[l].sourceTop = { r.right(), y };
            layout.bands[l].width = static_cast<double>(input.links[l].count) * layout.scale;
            y += layout.bands[l].width;
        }
        y = r.top();
        for (size_t l : in[n]) {
            layout.bands[l].targetTop = { r.left(), y };
            y += static_cast<double>(input.links[l].count) * layout.scale;
        }
    }
}

} // namespace

double fittingScale(const SankeyInput& input, const SankeyOptions& options)
{
    const Columns c = columnTotals(input);
    const double height = innerHeight(options);
    double scale = 1e9;
    for (size_t k = 0; k < c.total.size(); ++k) {
        if (c.total[k] <= 0) continue;
        // Floored tiny nodes take at most minNodeHeight each beyond their proportional height.
        const double room = height - columnPadding(options, c.count[k], height) * (c.count[k] - 1)
            - options.minNodeHeight * c.count[k];
        scale = std::min(scale, std::max(room, 0.1 * height) / static_cast<double>(c.total[k]));
    }
    return scale == 1e9 ? 1.0 : scale;
}

SankeyLayout layoutSankey(const SankeyInput& input, const SankeyOptions& o)
{
    SankeyLayout layout;
    layout.size = o.size;
    if (input.nodes.empty()) return layout;
    layout.order = o.reduceCrossings ? reduceCrossings(input) : naiveOrder(input);
    layout.crossings = countCrossings(input, layout.order);
    layout.scale = o.scale.value_or(fittingScale(input, o));

    const size_t columns = layout.order.size();
    const double left = o.margins.left(), top = o.margins.top(), height = innerHeight(o);
    const double width = std::max(o.nodeWidth, o.size.width() - o.margins.left() - o.margins.right());
    for (size_t c = 0; c < columns; ++c)
        layout.columnX.push_back(
            columns > 1 ? left + (width - o.nodeWidth) * static_cast<double>(c) / (columns - 1) : left);

    layout.nodes.assign(input.nodes.size(), {});
    std::vector<double> padding(columns, 0);
    for (size_t c = 0; c < columns; ++c) {
        const auto& column = layout.order[c];
        padding[c] = columnPadding(o, static_cast<int>(column.size()), height);
        double y = top;
        for (size_t row = 0; row < column.size(); ++row) {
            const size_t n = column[row];
            const double h
                = std::max(o.minNodeHeight, static_cast<double>(input.nodes[n].count) * layout.scale);
            layout.nodes[n] = { static_cast<int>(c), static_cast<int>(row),
                QRectF(layout.columnX[c], y, o.nodeWidth, h) };
            y += h + padding[c];
        }
    }
    for (int i = 0; i < o.relaxIterations; ++i) {
        const double alpha = std::pow(0.9, i) * 0.8;
        relax(input, layout.nodes, i % 2 == 0, alpha);
        for (size_t c = 0; c < columns; ++c)
            resolveCollisions(layout.nodes, layout.order[c], padding[c], top, top + height);
    }

    placeBands(input, layout);
    layout.labels.assign(input.nodes.size(), {});
    for (size_t n = 0; n < input.nodes.size(); ++n) {
        const QRectF& r = layout.nodes[n].rect;
        const bool last = columns > 1 && layout.nodes[n].column == static_cast<int>(columns) - 1;
        layout.labels[n] = last
            ? SankeyLabelGeometry { { r.left() - 4, r.center().y() }, SankeyLabelSide::Left }
            : SankeyLabelGeometry { { r.right() + 4, r.center().y() }, SankeyLabelSide::Right };
    }
    return layout;
}

} // namespace waymark::ui
