#pragma once

#include "funnel.h"
#include "segment.h"
#include "unit_walk.h"

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

// Where a unit's path is anchored (see docs/cli.md, "paths").
enum class PathMode {
    Start, // the first start event, then the events after it
    End, // the last end event, then the events before it (the walk goes backward in time)
    Between, // the first start event up to the first end event after it
};

constexpr int kDefaultPathSteps = 5;
constexpr int kDefaultPathTop = 8;
constexpr int kMaxPathSteps = 50;

struct PathQuery {
    PathMode mode = PathMode::Start;
    std::vector<uint32_t> startTypes; // Start and Between
    std::vector<uint32_t> endTypes; // End and Between
    int steps = kDefaultPathSteps; // columns, the anchor's included
    int top = kDefaultPathTop; // events kept per step; 0 = all
    double minShare = 0; // fold an event whose largest share of units at any step is below this
    CountingUnit unit = CountingUnit::Users;
    bool collapseRepeats = false;
    // Event types taken out of every unit's events before the walk (and before collapsing repeats),
    // so the paths read as if they never happened; an anchor type cannot be excluded.
    std::vector<uint32_t> excludeTypes;
    bool linkTimes = false; // also compute each link's median time between its two events
    EventFilter filter;
    int threads = 0; // 0 = one per core
};

enum class PathNodeKind { Event, Other, End };

// What a node stands for at its step: an event type, the folded events, or the end of the walk.
struct PathLabel {
    PathNodeKind kind = PathNodeKind::Event;
    uint32_t type = 0; // Event only: a type code of the snapshot
    bool operator==(const PathLabel&) const = default;
};

struct PathNode {
    int step = 1; // 1-based; step 1 holds the anchor
    PathLabel label;
    std::string name; // display name, "Other" or "(end)"
    int64_t count = 0; // units
};

struct PathLink {
    int step = 1; // the step of the source node
    size_t from = 0; // indexes into PathResult::nodes
    size_t to = 0;
    int64_t count = 0; // units
    std::optional<int64_t> medianMs; // with PathQuery::linkTimes, between two events (none into (end))
};

// Nodes ordered by step, then events by count (largest first) and name, then Other, then (end);
// links by step, count (largest first), then source and target in node order.
struct PathResult {
    std::vector<PathNode> nodes;
    std::vector<PathLink> links;
    int64_t units = 0; // units with a path (they reached the anchor)
    int64_t considered = 0; // units with any event after the filters
};

// Throws std::invalid_argument for a query that cannot run and jobs::Cancelled when cancelled.
PathResult runPaths(const Snapshot& snapshot, const PathQuery& query, const SegmentLibrary& segments = {},
    const jobs::CancelToken* cancel = nullptr, const jobs::ProgressRange* progress = nullptr);

// A node (no `to`) or a link (from `step` to `step + 1`) of a path result, for drill-down. A label
// of kind Event matches any of `types`, so a name that resolves to several types selects them all.
struct PathNodeRef {
    PathNodeKind kind = PathNodeKind::Event;
    std::vector<uint32_t> types;
};
struct PathSelection {
    int step = 1;
    PathNodeRef node;
    std::optional<PathNodeRef> to; // set: the link from node to this node at step + 1
};

// The units behind a node or link, in unit order (dense user, then session), from `offset`, at
// most `limit` (negative: all); total is the number of units selected.
struct UnitPage {
    int64_t total = 0;
    std::vector<UnitRef> units;
};
UnitPage pathMembers(const Snapshot& snapshot, const PathQuery& query, const PathSelection& selection,
    int64_t offset = 0, int64_t limit = -1, const SegmentLibrary& segments = {},
    const jobs::CancelToken* cancel = nullptr, const jobs::ProgressRange* progress = nullptr);

// The name a path result gives a label.
std::string pathLabelName(const Snapshot& snapshot, const PathLabel& label);

} // namespace waymark::analysis
