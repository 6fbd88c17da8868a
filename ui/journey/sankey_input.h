#pragma once

#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace waymark::ui {

// What the Sankey draws, independent of how it was computed: the journey page fills it from the
// path analysis, tests write it by hand.
enum class SankeyNodeKind { Event, Other, End };

struct SankeyNode {
    int step = 1; // 1-based column
    SankeyNodeKind kind = SankeyNodeKind::Event;
    qint64 eventTypeId = 0; // event_types.id (Event only): keys the colour
    QString name;
    qint64 count = 0;
};

struct SankeyLink {
    int step = 1; // the source node's step; the target is at step + 1
    size_t from = 0; // indexes into SankeyInput::nodes
    size_t to = 0;
    qint64 count = 0;
    std::optional<double> medianSeconds; // from the source event to the target event
};

struct SankeyInput {
    std::vector<SankeyNode> nodes;
    std::vector<SankeyLink> links;
    qint64 units = 0;

    int steps() const
    {
        int s = 0;
        for (const SankeyNode& n : nodes)
            s = std::max(s, n.step);
        return s;
    }
    bool isEmpty() const { return nodes.empty(); }
};

} // namespace waymark::ui
