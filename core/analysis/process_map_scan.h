#pragma once

#include "core/util/word_buffer.h"
#include "funnel.h"
#include "grouped_median.h"
#include "segment.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace waymark::analysis {

class Snapshot;

// Node ids of the directly-follows scan: the snapshot's type codes, then START, then END.
struct FlowIds {
    uint32_t types = 0;
    uint32_t start() const { return types; }
    uint32_t end() const { return types + 1; }
    uint32_t count() const { return types + 2; }
};

struct EdgeTally {
    uint32_t from = 0, to = 0; // node ids
    int64_t transitions = 0;
    int64_t cases = 0;
    int64_t sumMs = 0; // over the timed transitions (none from START or into END)
    uint32_t stamp = 0; // the case that last counted this edge
};

// One thread's share of the directly-follows graph. Feed it users in any order; each case (a
// session, or a user's whole history) is START, the user's kept events in snapshot order, END.
// Every timed transition is appended to `timed` as packed_time (edge index, milliseconds) so
// that exact medians can be taken afterwards (groupedMedians).
// alignas: each thread's scan is written on every event; sharing a cache line with the next
// thread's would serialise them.
class alignas(64) FlowScan {
public:
    FlowScan(
        const Snapshot& snapshot, const EventMask& mask, const std::vector<uint8_t>& keep, CountingUnit unit);

    void user(uint32_t u);

    std::vector<EdgeTally> edges;
    // Cases per node id (START and END left at 0: every case has one). A node's events are the
    // transitions into it.
    std::vector<int64_t> nodeCases;
    int64_t caseCount = 0;
    std::span<const uint64_t> timed() const { return { m_timed.data(), m_timedSize }; }

private:
    struct Cursor;
    template<bool Plain, bool Sessions> void walk(uint32_t begin, uint32_t end);
    void walkSorted(uint32_t begin, uint32_t end);
    uint32_t addEdge(uint32_t from, uint32_t to);

    static constexpr uint32_t kNoEdge = UINT32_MAX;
    const Snapshot& m_s;
    const EventMask& m_mask;
    const std::vector<uint8_t>& m_keep;
    FlowIds m_ids;
    bool m_sessions;
    bool m_plain; // no mask, every activity kept
    std::vector<uint32_t> m_dense; // from * ids + to -> index into edges, for few types
    std::unordered_map<uint64_t, uint32_t> m_sparse;
    std::vector<uint32_t> m_nodeStamp;
    uint32_t m_case = 0; // case numbers start at 1, so the stamps' initial 0 never matches
    WordBuffer m_timed;
    size_t m_timedSize = 0;
    std::vector<uint32_t> m_sorted;
};

} // namespace waymark::analysis
