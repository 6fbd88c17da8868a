#include "sankey_flow.h"

#include <algorithm>

namespace waymark::ui {

namespace {

// Spreads the flow of seeded nodes downstream (forward) or upstream, step by step.
void propagate(const SankeyInput& input, SankeyTrace& trace, int fromStep, bool forward)
{
    std::vector<double> total(input.nodes.size(), 0);
    for (const SankeyLink& l : input.links)
        total[forward ? l.from : l.to] += static_cast<double>(l.count);
    const int steps = input.steps();
    for (int s = fromStep; forward ? s < steps : s > 1; s += forward ? 1 : -1) {
        for (size_t i = 0; i < input.links.size(); ++i) {
            const SankeyLink& l = input.links[i];
            if (l.step != (forward ? s : s - 1)) continue;
            const size_t near = forward ? l.from : l.to, far = forward ? l.to : l.from;
            if (trace.nodeFlow[near] <= 0 || total[near] <= 0) continue;
            const double flow = trace.nodeFlow[near] * static_cast<double>(l.count) / total[near];
            trace.linkFlow[i] += flow;
            trace.nodeFlow[far] += flow;
        }
    }
}

SankeyTrace emptyTrace(const SankeyInput& input)
{
    return { std::vector<double>(input.nodes.size(), 0), std::vector<double>(input.links.size(), 0) };
}

} // namespace

qint64 stepTotal(const SankeyInput& input, int step)
{
    qint64 total = 0;
    for (const SankeyNode& n : input.nodes)
        if (n.step == step) total += n.count;
    return total;
}

SankeyNodeStats nodeStats(const SankeyInput& input, size_t node)
{
    const SankeyNode& n = input.nodes[node];
    SankeyNodeStats stats;
    stats.count = n.count;
    const qint64 total = stepTotal(input, n.step);
    stats.shareOfStep = total > 0 ? static_cast<double>(n.count) / static_cast<double>(total) : 0;
    qint64 continued = 0, out = 0;
    double timeSum = 0, timeWeight = 0;
    for (const SankeyLink& l : input.links) {
        if (l.from == node) {
            out += l.count;
            if (input.nodes[l.to].kind != SankeyNodeKind::End) continued += l.count;
        }
        if (l.to == node && l.medianSeconds) {
            timeSum += *l.medianSeconds * static_cast<double>(l.count);
            timeWeight += static_cast<double>(l.count);
        }
    }
    if (n.kind != SankeyNodeKind::End && n.step < input.steps() && n.count > 0)
        stats.conversionToNext = static_cast<double>(continued) / static_cast<double>(n.count);
    if (timeWeight > 0) stats.medianSeconds = timeSum / timeWeight;
    return stats;
}

SankeyTrace traceNode(const SankeyInput& input, size_t node)
{
    SankeyTrace trace = emptyTrace(input);
    const double count = static_cast<double>(input.nodes[node].count);
    trace.nodeFlow[node] = count;
    propagate(input, trace, input.nodes[node].step, true);
    // The upstream pass must start from this node alone, not from what the downstream pass added.
    SankeyTrace up = emptyTrace(input);
    up.nodeFlow[node] = count;
    propagate(input, up, input.nodes[node].step, false);
    for (size_t i = 0; i < trace.nodeFlow.size(); ++i)
        if (i != node) trace.nodeFlow[i] += up.nodeFlow[i];
    for (size_t i = 0; i < trace.linkFlow.size(); ++i)
        trace.linkFlow[i] += up.linkFlow[i];
    return trace;
}

SankeyTrace traceLink(const SankeyInput& input, size_t link)
{
    const SankeyLink& l = input.links[link];
    const double count = static_cast<double>(l.count);
    SankeyTrace down = emptyTrace(input), up = emptyTrace(input);
    down.nodeFlow[l.to] = count;
    propagate(input, down, l.step + 1, true);
    up.nodeFlow[l.from] = count;
    propagate(input, up, l.step, false);
    for (size_t i = 0; i < down.nodeFlow.size(); ++i)
        down.nodeFlow[i] += up.nodeFlow[i];
    for (size_t i = 0; i < down.linkFlow.size(); ++i)
        down.linkFlow[i] += up.linkFlow[i];
    down.linkFlow[link] = count;
    return down;
}

bool SankeyPath::contains(size_t node) const
{
    return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

bool SankeyPath::containsLink(size_t link) const
{
    return std::find(links.begin(), links.end(), link) != links.end();
}

SankeyPath happyPath(const SankeyInput& input)
{
    // Dynamic programming from the right: best[n] = (bottleneck, total, next link) of the best chain
    // starting at n.
    struct Best {
        qint64 bottleneck = 0;
        qint64 total = 0;
        int link = -1;
    };
    std::vector<Best> best(input.nodes.size());
    const auto isEvent = [&](size_t n) { return input.nodes[n].kind == SankeyNodeKind::Event; };
    for (int s = input.steps() - 1; s >= 1; --s)
        for (size_t i = 0; i < input.links.size(); ++i) {
            const SankeyLink& l = input.links[i];
            if (l.step != s || !isEvent(l.from) || !isEvent(l.to)) continue;
            const Best& next = best[l.to];
            Best candidate { next.link < 0 ? l.count : std::min(l.count, next.bottleneck),
                l.count + next.total, static_cast<int>(i) };
            Best& mine = best[l.from];
            if (mine.link < 0 || candidate.bottleneck > mine.bottleneck
                || (candidate.bottleneck == mine.bottleneck && candidate.total > mine.total))
                mine = candidate;
        }
    SankeyPath path;
    int start = -1;
    for (size_t n = 0; n < input.nodes.size(); ++n)
        if (input.nodes[n].step == 1 && isEvent(n)
            && (start < 0 || input.nodes[n].count > input.nodes[start].count))
            start = static_cast<int>(n);
    for (int n = start; n >= 0;) {
        path.nodes.push_back(static_cast<size_t>(n));
        const int link = best[n].link;
        if (link < 0) break;
        path.links.push_back(static_cast<size_t>(link));
        n = static_cast<int>(input.links[link].to);
    }
    return path;
}

} // namespace waymark::ui
