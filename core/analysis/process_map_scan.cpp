#include "process_map_scan.h"

#include "snapshot.h"

#include <algorithm>
#include <stdexcept>

namespace waymark::analysis {

namespace {
// Up to this many node ids an edge is found through a dense from x to table (256 KiB at most);
// beyond, through a hash map.
constexpr uint32_t kDenseIds = 256;
} // namespace

// The scan's hot state in locals for the length of one user, so that the compiler keeps counters
// and pointers in registers instead of reloading them after every store into an int64 array.
struct FlowScan::Cursor {
    FlowScan& scan;
    EdgeTally* edges;
    const uint32_t* dense;
    int64_t* nodeCases;
    uint32_t* nodeStamp;
    uint64_t* out;
    uint32_t nodes, start, end;
    uint32_t caseNo;
    int64_t caseCount = 0;

    explicit Cursor(FlowScan& s)
        : scan(s)
        , edges(s.edges.data())
        , dense(s.m_dense.empty() ? nullptr : s.m_dense.data())
        , nodeCases(s.nodeCases.data())
        , nodeStamp(s.m_nodeStamp.data())
        , out(s.m_timed.data() + s.m_timedSize)
        , nodes(s.m_ids.count())
        , start(s.m_ids.start())
        , end(s.m_ids.end())
        , caseNo(s.m_case)
    {
    }
    ~Cursor()
    {
        scan.m_case = caseNo;
        scan.caseCount += caseCount;
        scan.m_timedSize = static_cast<size_t>(out - scan.m_timed.data());
    }

    uint32_t edge(uint32_t from, uint32_t to)
    {
        uint32_t e;
        if (dense) {
            e = dense[size_t(from) * nodes + to];
            if (e != kNoEdge) return e;
        } else {
            const auto it = scan.m_sparse.find(uint64_t(from) * nodes + to);
            if (it != scan.m_sparse.end()) return it->second;
        }
        e = scan.addEdge(from, to);
        edges = scan.edges.data();
        return e;
    }
    void open()
    {
        ++caseCount;
        ++caseNo;
    }
    // A transition into an activity; timed unless it leaves START. The time is written whatever
    // happens and kept by moving the end, which spares a mispredicted branch per case.
    void step(uint32_t from, uint32_t to, int64_t ms)
    {
        const uint32_t e = edge(from, to);
        EdgeTally& c = edges[e];
        ++c.transitions;
        c.cases += c.stamp != caseNo;
        c.stamp = caseNo;
        const bool timed = from != start;
        c.sumMs += timed ? ms : 0;
        *out = (uint64_t(e) << packed_time::kValueBits)
            | uint64_t(std::clamp<int64_t>(ms, 0, int64_t(packed_time::kValueMask)));
        out += timed;
        nodeCases[to] += nodeStamp[to] != caseNo;
        nodeStamp[to] = caseNo;
    }
    void close(uint32_t last)
    {
        const uint32_t e = edge(last, end); // first: it may move `edges`
        EdgeTally& c = edges[e];
        ++c.transitions;
        ++c.cases; // one END per case
    }
};

FlowScan::FlowScan(
    const Snapshot& s, const EventMask& mask, const std::vector<uint8_t>& keep, CountingUnit unit)
    : m_s(s)
    , m_mask(mask)
    , m_keep(keep)
    , m_ids { static_cast<uint32_t>(s.eventTypes().size()) }
    , m_sessions(unit == CountingUnit::Sessions)
    , m_plain(mask.empty() && std::all_of(keep.begin(), keep.end(), [](uint8_t k) { return k != 0; }))
{
    nodeCases.assign(m_ids.count(), 0);
    m_nodeStamp.assign(m_ids.count(), 0);
    if (m_ids.count() <= kDenseIds) m_dense.assign(size_t(m_ids.count()) * m_ids.count(), kNoEdge);
    // Address space only: a thread writes as many words as it has timed transitions.
    m_timed.reserve(size_t(s.eventCount()) + 1);
}

uint32_t FlowScan::addEdge(uint32_t from, uint32_t to)
{
    if (edges.size() >= packed_time::kMaxGroups)
        throw std::invalid_argument("the process map has more than a million distinct transitions");
    const auto e = static_cast<uint32_t>(edges.size());
    edges.push_back({ from, to });
    if (!m_dense.empty())
        m_dense[size_t(from) * m_ids.count() + to] = e;
    else
        m_sparse.emplace(uint64_t(from) * m_ids.count() + to, e);
    return e;
}

void FlowScan::user(uint32_t u)
{
    const uint32_t begin = m_s.userBegin(u), end = m_s.userEnd(u);
    if (begin == end) return;
    // step() writes one word past the kept ones.
    if (m_timedSize + (end - begin) + 1 > m_timed.capacity())
        m_timed.reserve(
            std::max(m_timed.capacity() * 2, m_timedSize + (end - begin) + 1 + (size_t(1) << 20)));
    if (!m_sessions) {
        m_plain ? walk<true, false>(begin, end) : walk<false, false>(begin, end);
        return;
    }
    // What an import writes: a user's session indexes never decrease, so each session is one run.
    const auto session = m_s.sessions();
    for (uint32_t i = begin + 1; i < end; ++i)
        if (session[i - 1] > session[i]) return walkSorted(begin, end);
    m_plain ? walk<true, true>(begin, end) : walk<false, true>(begin, end);
}

template<bool Plain, bool Sessions> void FlowScan::walk(uint32_t begin, uint32_t end)
{
    const int64_t* ts = m_s.ts().data();
    const uint32_t* types = m_s.types().data();
    const uint32_t* session = m_s.sessions().data();
    Cursor c(*this);
    bool open = false;
    uint32_t previous = c.start, previousSession = 0;
    int64_t previousTs = 0;
    for (uint32_t i = begin; i < end; ++i) {
        if constexpr (!Plain)
            if (!m_mask.empty() && !m_mask[i]) continue;
        if constexpr (Sessions) {
            if (open && session[i] != previousSession) {
                c.close(previous);
                open = false;
            }
            previousSession = session[i];
        }
        if (!open) {
            c.open();
            open = true;
            previous = c.start;
        }
        const uint32_t type = types[i];
        if constexpr (!Plain)
            if (!m_keep[type]) continue;
        c.step(previous, type, ts[i] - previousTs);
        previous = type;
        previousTs = ts[i];
    }
    if (open) c.close(previous);
}

// Sessions interleaved in time: each session's events in snapshot order, sessions by index (as
// UnitWalker cuts them).
void FlowScan::walkSorted(uint32_t begin, uint32_t end)
{
    const auto session = m_s.sessions();
    m_sorted.clear();
    for (uint32_t i = begin; i < end; ++i)
        if (m_mask.empty() || m_mask[i]) m_sorted.push_back(i);
    std::stable_sort(
        m_sorted.begin(), m_sorted.end(), [&](uint32_t a, uint32_t b) { return session[a] < session[b]; });
    const auto ts = m_s.ts();
    const auto types = m_s.types();
    Cursor c(*this);
    uint32_t previous = c.start;
    int64_t previousTs = 0;
    for (size_t k = 0; k < m_sorted.size(); ++k) {
        const uint32_t i = m_sorted[k];
        if (k == 0 || session[i] != session[m_sorted[k - 1]]) {
            if (k > 0) c.close(previous);
            c.open();
            previous = c.start;
        }
        if (!m_keep[types[i]]) continue;
        c.step(previous, types[i], ts[i] - previousTs);
        previous = types[i];
        previousTs = ts[i];
    }
    if (!m_sorted.empty()) c.close(previous);
}

} // namespace waymark::analysis
