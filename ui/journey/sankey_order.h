#pragma once

#include "sankey_input.h"

#include <vector>

namespace waymark::ui {

// The vertical order of each column: order[c] lists the node indexes of step c + 1, top first.
using SankeyOrder = std::vector<std::vector<size_t>>;

// Columns in input order (the path analysis sorts by count), Other and (end) at the bottom.
SankeyOrder naiveOrder(const SankeyInput& input);

struct SankeyCrossings {
    qint64 pairs = 0; // pairs of bands that cross
    double weight = 0; // sum over crossing pairs of the product of their shares of all units
    bool operator<(const SankeyCrossings& o) const
    {
        return weight != o.weight ? weight < o.weight : pairs < o.pairs;
    }
};

// Bands leaving one node never cross each other (they are stacked by target), so only pairs
// with distinct sources and distinct targets count.
SankeyCrossings countCrossings(const SankeyInput& input, const SankeyOrder& order);

// Barycentric sweeps (forward against the left column, backward against the right one) followed
// by adjacent swaps, keeping the best order seen; never worse than the naive order. Other and
// (end) stay at the bottom of their column so drop-off reads the same everywhere.
SankeyOrder reduceCrossings(const SankeyInput& input, int sweeps = 6);

} // namespace waymark::ui
