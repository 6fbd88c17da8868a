#pragma once

#include "sankey_input.h"

#include <optional>
#include <vector>

namespace waymark::ui {

// What the tooltip says about a node.
struct SankeyNodeStats {
    qint64 count = 0;
    double shareOfStep = 0; // of all units at the node's step
    std::optional<double> conversionToNext; // continued to an event at the next step
    std::optional<double> medianSeconds; // of the links into the node, weighted by users
};
SankeyNodeStats nodeStats(const SankeyInput& input, size_t node);
qint64 stepTotal(const SankeyInput& input, int step);

// How much of every node and link flows through a node or a link. The input only has the counts
// between adjacent steps, so flow is split proportionally at every node (as if what a unit does
// next did not depend on how it arrived); the hovered element itself is exact.
struct SankeyTrace {
    std::vector<double> nodeFlow;
    std::vector<double> linkFlow;
    bool isEmpty() const { return nodeFlow.empty(); }
};
SankeyTrace traceNode(const SankeyInput& input, size_t node);
SankeyTrace traceLink(const SankeyInput& input, size_t link);

// The happy path: from step 1 along events (never Other or the end), the chain of links whose
// smallest link is largest (ties: the larger total), as far as events continue.
struct SankeyPath {
    std::vector<size_t> nodes;
    std::vector<size_t> links;
    bool contains(size_t node) const;
    bool containsLink(size_t link) const;
};
SankeyPath happyPath(const SankeyInput& input);

} // namespace waymark::ui
