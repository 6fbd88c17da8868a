#pragma once

#include "sankey_input.h"

#include <QString>

namespace waymark::ui {

// The words of the journey map: node labels and the hover tooltips. `sessions` picks the unit noun.
QString sankeyCountText(const SankeyInput& input, size_t node); // "380 · 95.0%"
QString sankeyNodeToolTip(const SankeyInput& input, size_t node, bool sessions);
QString sankeyLinkToolTip(const SankeyInput& input, size_t link, bool sessions);
QString sankeyUnitCount(qint64 count, bool sessions); // "380 users"

} // namespace waymark::ui
