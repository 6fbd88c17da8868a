#pragma once

#include "funnel.h"
#include "segment.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

// The directly-follows graph (process map) of the cases: every case (a session, or a user's whole
// history) runs START -> its events in time order -> END. See docs/cli.md, "flow".
struct ProcessMapQuery {
    CountingUnit unit = CountingUnit::Sessions;
    EventFilter filter;
    // Activities whose share of all events is below this are taken out of the cases, so that their
    // neighbours follow each other directly (Disco's activities slider).
    double minActivityShare = 0;
    // Edges whose share of all transitions is below this are hidden, except the fewest most frequent
    // ones needed to keep every shown node reachable from START and able to reach END.
    double minPathShare = 0;
    int threads = 0; // 0 = one per core
};

enum class FlowNodeKind { Start, Activity, End };

struct FlowNode {
    FlowNodeKind kind = FlowNodeKind::Activity;
    uint32_t type = 0; // Activity: a type code of the snapshot
    std::string name; // display name, "START" or "END"
    int64_t events = 0; // occurrences (START and END: one per case)
    int64_t cases = 0; // cases with at least one occurrence
};

struct FlowEdge {
    size_t from = 0; // indexes into ProcessMapResult::nodes
    size_t to = 0;
    int64_t transitions = 0;
    int64_t cases = 0; // cases with this transition at least once
    // Time from the source event to the target event; none on edges from START or into END.
    std::optional<double> medianSeconds;
    std::optional<double> meanSeconds;
    bool restored = false; // below minPathShare, kept for reachability
};

// Nodes: START, activities by events (most first) then name, END. Edges by transitions (most
// first), then source and target in node order.
struct ProcessMapResult {
    std::vector<FlowNode> nodes;
    std::vector<FlowEdge> edges;
    int64_t cases = 0;
    int64_t events = 0; // events of the activities kept
    int64_t transitions = 0; // all transitions of the kept activities, START and END included
    int64_t hiddenActivities = 0;
    int64_t hiddenEdges = 0;
};

// Throws std::invalid_argument for a query that cannot run and jobs::Cancelled when cancelled.
ProcessMapResult buildProcessMap(const Snapshot& snapshot, const ProcessMapQuery& query,
    const SegmentLibrary& segments = {}, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

} // namespace waymark::analysis
