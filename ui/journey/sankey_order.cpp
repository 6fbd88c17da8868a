#include "sankey_order.h"

#include <algorithm>
#include <numeric>

namespace waymark::ui {

namespace {

bool pinned(const SankeyNode& node)
{
    return node.kind != SankeyNodeKind::Event;
}

// Links by the column pair they join, and every node's links on each side.
struct Graph {
    const SankeyInput& input;
    std::vector<std::vector<size_t>> byStep; // links of step s + 1 (column s to s + 1)
    std::vector<std::vector<size_t>> in, out;
    double unitWeight = 1;

    explicit Graph(const SankeyInput& in_)
        : input(in_)
        , byStep(static_cast<size_t>(std::max(0, in_.steps())))
        , in(in_.nodes.size())
        , out(in_.nodes.size())
    {
        qint64 units = input.units;
        for (const SankeyNode& n : input.nodes)
            if (n.step == 1) units = std::max(units, n.count);
        unitWeight = 1.0 / static_cast<double>(std::max<qint64>(units, 1));
        for (size_t l = 0; l < input.links.size(); ++l) {
            const SankeyLink& link = input.links[l];
            if (link.step >= 1 && link.step <= static_cast<int>(byStep.size()))
                byStep[link.step - 1].push_back(l);
            out[link.from].push_back(l);
            in[link.to].push_back(l);
        }
    }
    double share(size_t link) const { return static_cast<double>(input.links[link].count) * unitWeight; }
};

std::vector<size_t> positions(const SankeyInput& input, const SankeyOrder& order)
{
    std::vector<size_t> pos(input.nodes.size(), 0);
    for (const auto& column : order)
        for (size_t i = 0; i < column.size(); ++i)
            pos[column[i]] = i;
    return pos;
}

// Reorders the event nodes of a column by the weighted mean position of their neighbours on one
// side; nodes without neighbours there keep their place.
void sortByBarycentre(const Graph& g, std::vector<size_t>& column, const std::vector<size_t>& pos, bool left)
{
    std::vector<std::pair<double, size_t>> keyed;
    std::vector<size_t> fixed;
    for (size_t i = 0; i < column.size(); ++i) {
        const size_t node = column[i];
        if (pinned(g.input.nodes[node])) {
            fixed.push_back(node);
            continue;
        }
        double sum = 0, weight = 0;
        for (size_t l : left ? g.in[node] : g.out[node]) {
            const SankeyLink& link = g.input.links[l];
            const double w = static_cast<double>(link.count);
            sum += w * static_cast<double>(pos[left ? link.from : link.to]);
            weight += w;
        }
        keyed.emplace_back(weight > 0 ? sum / weight : static_cast<double>(i), node);
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    column.clear();
    for (const auto& k : keyed)
        column.push_back(k.second);
    column.insert(column.end(), fixed.begin(), fixed.end());
}

// The change in crossings when the adjacent nodes a (above) and b swap: only pairs of one link
// of each on the same side can change, and each such pair flips.
SankeyCrossings swapDelta(const Graph& g, const std::vector<size_t>& pos, size_t a, size_t b)
{
    SankeyCrossings delta;
    const auto side = [&](const std::vector<size_t>& la, const std::vector<size_t>& lb, bool incoming) {
        for (size_t x : la)
            for (size_t y : lb) {
                const size_t ex = incoming ? g.input.links[x].from : g.input.links[x].to;
                const size_t ey = incoming ? g.input.links[y].from : g.input.links[y].to;
                if (ex == ey) continue;
                const int sign = pos[ex] > pos[ey] ? -1 : 1; // crossing now: removing it
                delta.pairs += sign;
                delta.weight += sign * g.share(x) * g.share(y);
            }
    };
    side(g.in[a], g.in[b], true);
    side(g.out[a], g.out[b], false);
    return delta;
}

void adjacentSwaps(const Graph& g, SankeyOrder& order, int passes)
{
    for (int pass = 0; pass < passes; ++pass) {
        bool improved = false;
        for (auto& column : order) {
            std::vector<size_t> pos = positions(g.input, order);
            for (size_t i = 0; i + 1 < column.size(); ++i) {
                const size_t a = column[i], b = column[i + 1];
                if (pinned(g.input.nodes[a]) || pinned(g.input.nodes[b])) continue;
                const SankeyCrossings d = swapDelta(g, pos, a, b);
                if (d.weight < -1e-12 || (d.weight <= 1e-12 && d.pairs < 0)) {
                    std::swap(column[i], column[i + 1]);
                    std::swap(pos[a], pos[b]);
                    improved = true;
                }
            }
        }
        if (!improved) break;
    }
}

} // namespace

SankeyOrder naiveOrder(const SankeyInput& input)
{
    SankeyOrder order(static_cast<size_t>(std::max(0, input.steps())));
    for (size_t n = 0; n < input.nodes.size(); ++n)
        if (!pinned(input.nodes[n])) order[input.nodes[n].step - 1].push_back(n);
    // Other above (end): the folded events still continue, the end does not.
    for (SankeyNodeKind kind : { SankeyNodeKind::Other, SankeyNodeKind::End })
        for (size_t n = 0; n < input.nodes.size(); ++n)
            if (input.nodes[n].kind == kind) order[input.nodes[n].step - 1].push_back(n);
    return order;
}

SankeyCrossings countCrossings(const SankeyInput& input, const SankeyOrder& order)
{
    const Graph g(input);
    const std::vector<size_t> pos = positions(input, order);
    SankeyCrossings result;
    for (const auto& links : g.byStep)
        for (size_t i = 0; i < links.size(); ++i)
            for (size_t j = i + 1; j < links.size(); ++j) {
                const SankeyLink& a = input.links[links[i]];
                const SankeyLink& b = input.links[links[j]];
                if (a.from == b.from || a.to == b.to) continue;
                const bool sourceAbove = pos[a.from] < pos[b.from];
                const bool targetAbove = pos[a.to] < pos[b.to];
                if (sourceAbove != targetAbove) {
                    ++result.pairs;
                    result.weight += g.share(links[i]) * g.share(links[j]);
                }
            }
    return result;
}

SankeyOrder reduceCrossings(const SankeyInput& input, int sweeps)
{
    const Graph g(input);
    SankeyOrder order = naiveOrder(input);
    SankeyOrder best = order;
    SankeyCrossings bestCount = countCrossings(input, best);
    for (int sweep = 0; sweep < sweeps && bestCount.pairs > 0; ++sweep) {
        for (size_t c = 1; c < order.size(); ++c)
            sortByBarycentre(g, order[c], positions(input, order), true);
        for (size_t c = order.size(); c-- > 1;)
            sortByBarycentre(g, order[c - 1], positions(input, order), false);
        adjacentSwaps(g, order, 4);
        const SankeyCrossings count = countCrossings(input, order);
        if (count < bestCount) {
            best = order;
            bestCount = count;
        } else if (!(bestCount < count)) {
            break; // converged
        }
    }
    return best;
}

} // namespace waymark::ui
