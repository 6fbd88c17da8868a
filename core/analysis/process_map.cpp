#include "process_map.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "snapshot.h"
#include "unit_walk.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <thread>
#include <stdexcept>
#include <unordered_map>

namespace waymark::analysis {

namespace {

// Transition times are kept to take an exact median. Below 2^32 ms (49 days) they are stored in
// half the bytes; longer ones, which only whole-history cases of users have, go to a second list,
// every value of which is larger than any in the first.
struct Times {
    std::vector<uint32_t> shortMs;
    std::vector<int64_t> longMs;
    void add(int64_t ms)
    {
        if (ms >= 0 && ms <= int64_t(UINT32_MAX))
            shortMs.push_back(static_cast<uint32_t>(ms));
        else
            longMs.push_back(ms);
    }
    size_t size() const { return shortMs.size() + longMs.size(); }
};

struct EdgeAcc {
    uint64_t key = 0; // from * ids + to
    int64_t transitions = 0;
    int64_t cases = 0;
    int64_t sumMs = 0;
    uint64_t lastCase = 0; // the case that last counted this edge
    Times times;
};

// Node ids while accumulating: type codes, then START, then END.
struct Ids {
    uint32_t types;
    uint32_t start() const { return types; }
    uint32_t end() const { return types + 1; }
    uint64_t count() const { return uint64_t(types) + 2; }
};

// Up to this many node ids a thread finds an edge through a dense from x to table (4 MiB at
// most); beyond, through a hash map.
constexpr uint64_t kDenseIds = 1024;
constexpr uint32_t kNoEdge = UINT32_MAX;

// One thread's share of the map. Cases are fed event by event; a case's first event opens it.
class Accumulator {
public:
    Accumulator(const Ids& ids, std::span<const int64_t> ts, std::span<const uint32_t> types,
        const std::vector<uint8_t>& keep)
        : m_ids(ids)
        , m_ts(ts)
        , m_types(types)
        , m_keep(keep)
    {
        events.assign(ids.count(), 0);
        cases.assign(ids.count(), 0);
        m_nodeCase.assign(ids.count(), 0);
        if (ids.count() <= kDenseIds) m_dense.assign(ids.count() * ids.count(), kNoEdge);
    }

    void open()
    {
        ++caseCount;
        ++m_case; // case numbers start at 1, so 0 never matches a stamp
        m_previous = m_ids.start();
        m_open = true;
        node(m_ids.start());
    }
    bool isOpen() const { return m_open; }

    void event(uint32_t e)
    {
        const uint32_t type = m_types[e];
        if (!m_keep[type]) return;
        EdgeAcc& acc = edge(m_previous, type);
        if (m_previous != m_ids.start()) {
            const int64_t ms = m_ts[e] - m_previousTs;
            acc.times.add(ms);
            acc.sumMs += ms;
        }
        node(type);
        m_previous = type;
        m_previousTs = m_ts[e];
    }

    void close()
    {
        edge(m_previous, m_ids.end());
        node(m_ids.end());
        m_open = false;
    }

    std::vector<EdgeAcc> edges;
    std::vector<int64_t> events; // by node id
    std::vector<int64_t> cases;
    int64_t caseCount = 0;

private:
    EdgeAcc& edge(uint32_t from, uint32_t to)
    {
        const uint64_t key = from * m_ids.count() + to;
        uint32_t* slot = nullptr;
        if (!m_dense.empty()) {
            slot = &m_dense[key];
        } else {
            slot = &m_sparse.try_emplace(key, kNoEdge).first->second;
        }
        if (*slot == kNoEdge) {
            *slot = static_cast<uint32_t>(edges.size());
            edges.emplace_back().key = key;
        }
        EdgeAcc& acc = edges[*slot];
        ++acc.transitions;
        if (acc.lastCase != m_case) {
            acc.lastCase = m_case;
            ++acc.cases;
        }
        return acc;
    }

    void node(uint32_t id)
    {
        ++events[id];
        if (m_nodeCase[id] != m_case) {
            m_nodeCase[id] = m_case;
            ++cases[id];
        }
    }

    const Ids& m_ids;
    std::span<const int64_t> m_ts;
    std::span<const uint32_t> m_types;
    const std::vector<uint8_t>& m_keep;
    std::vector<uint32_t> m_dense; // from * ids + to -> index into edges
    std::unordered_map<uint64_t, uint32_t> m_sparse;
    std::vector<uint64_t> m_nodeCase;
    uint64_t m_case = 0;
    uint32_t m_previous = 0;
    int64_t m_previousTs = 0;
    bool m_open = false;
};

// Feeds a user's cases to the accumulator: the events that pass the mask, in snapshot order; per
// session when counting sessions. Where a user's session indexes never decrease (what an import
// writes) each session is one run of events; otherwise they are sorted apart first, as
// UnitWalker does.
class CaseFeeder {
public:
    CaseFeeder(const Snapshot& s, const EventMask& mask, CountingUnit unit)
        : m_s(s)
        , m_mask(mask)
        , m_sessions(unit == CountingUnit::Sessions)
        , m_sessionOf(s.sessions())
    {
    }

    void user(uint32_t u, Accumulator& acc)
    {
        const uint32_t begin = m_s.userBegin(u), end = m_s.userEnd(u);
        if (!m_sessions) {
            for (uint32_t i = begin; i < end; ++i)
                if (passes(i)) {
                    if (!acc.isOpen()) acc.open();
                    acc.event(i);
                }
            if (acc.isOpen()) acc.close();
            return;
        }
        bool runs = true;
        for (uint32_t i = begin + 1; i < end && runs; ++i)
            runs = m_sessionOf[i - 1] <= m_sessionOf[i];
        if (runs) {
            for (uint32_t i = begin; i < end; ++i) {
                if (i > begin && m_sessionOf[i] != m_sessionOf[i - 1] && acc.isOpen()) acc.close();
                if (!passes(i)) continue;
                if (!acc.isOpen()) acc.open();
                acc.event(i);
            }
            if (acc.isOpen()) acc.close();
            return;
        }
        m_sorted.clear();
        for (uint32_t i = begin; i < end; ++i)
            if (passes(i)) m_sorted.push_back(i);
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
            [&](uint32_t a, uint32_t b) { return m_sessionOf[a] < m_sessionOf[b]; });
        for (size_t k = 0; k < m_sorted.size(); ++k) {
            if (k > 0 && m_sessionOf[m_sorted[k]] != m_sessionOf[m_sorted[k - 1]]) acc.close();
            if (!acc.isOpen()) acc.open();
            acc.event(m_sorted[k]);
        }
        if (acc.isOpen()) acc.close();
    }

private:
    bool passes(uint32_t i) const { return m_mask.empty() || m_mask[i]; }

    const Snapshot& m_s;
    const EventMask& m_mask;
    bool m_sessions;
    std::span<const uint32_t> m_sessionOf;
    std::vector<uint32_t> m_sorted;
};

// The median of an edge's times (the mean of the two middle values when their count is even),
// reordering the lists.
double medianMs(Times& t)
{
    auto& lo = t.shortMs;
    auto& hi = t.longMs;
    const size_t n = t.size(), mid = n / 2;
    // The value at rank r, given that nothing before rank r needs to stay in place.
    auto at = [&](size_t r) -> int64_t {
        if (r < lo.size()) {
            std::nth_element(lo.begin(), lo.begin() + static_cast<ptrdiff_t>(r), lo.end());
            return lo[r];
        }
        const size_t k = r - lo.size();
        std::nth_element(hi.begin(), hi.begin() + static_cast<ptrdiff_t>(k), hi.end());
        return hi[k];
    };
    const int64_t upper = at(mid);
    if (n % 2) return static_cast<double>(upper);
    // After the selection of rank mid, the largest value below it is the lower middle one.
    int64_t lower = 0;
    if (mid - 1 < lo.size()) {
        const size_t until = std::min(mid, lo.size());
        lower = *std::max_element(lo.begin(), lo.begin() + static_cast<ptrdiff_t>(until));
    } else {
        const size_t k = mid - lo.size();
        lower = *std::max_element(hi.begin(), hi.begin() + static_cast<ptrdiff_t>(k));
    }
    return (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0;
}

// Runs body(i) for i in [0, n) on `threads` threads, handing out indexes one at a time.
void parallelFor(int threads, size_t n, const std::function<void(size_t)>& body)
{
    std::atomic<size_t> next { 0 };
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;)
            body(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && size_t(t) < n; ++t)
        pool.emplace_back(work);
    work();
    for (auto& th : pool)
        th.join();
}

// Activities kept after the activity share: keep[type].
std::vector<uint8_t> keptActivities(const Snapshot& s, const EventMask& mask, double minShare, int64_t& hidden)
{
    const size_t typeCount = s.eventTypes().size();
    std::vector<uint8_t> keep(typeCount, 1);
    hidden = 0;
    if (minShare <= 0) return keep;
    std::vector<int64_t> count(typeCount, 0);
    const auto types = s.types();
    int64_t total = 0;
    for (uint32_t i = 0; i < s.eventCount(); ++i)
        if (mask.empty() || mask[i]) {
            ++count[types[i]];
            ++total;
        }
    for (size_t t = 0; t < typeCount; ++t) {
        if (count[t] == 0) continue;
        keep[t] = static_cast<double>(count[t]) / static_cast<double>(total) >= minShare;
        hidden += !keep[t];
    }
    return keep;
}

// Adds back dropped edges, the most frequent first, until every node is reachable from START
// (forward) or can reach END (backward). Each edge added reaches at least one new node.
void restore(const ProcessMapResult& r, std::vector<uint8_t>& shown, size_t root, bool forward)
{
    const size_t n = r.nodes.size();
    std::vector<uint8_t> reached(n, 0);
    std::deque<size_t> queue;
    auto spread = [&](size_t from) {
        reached[from] = 1;
        queue.push_back(from);
        while (!queue.empty()) {
            const size_t v = queue.front();
            queue.pop_front();
            for (size_t e = 0; e < r.edges.size(); ++e) {
                if (!shown[e]) continue;
                const size_t a = forward ? r.edges[e].from : r.edges[e].to;
                const size_t b = forward ? r.edges[e].to : r.edges[e].from;
                if (a == v && !reached[b]) {
                    reached[b] = 1;
                    queue.push_back(b);
                }
            }
        }
    };
    spread(root);
    for (;;) {
        // Edges are sorted most frequent first, so the first candidate is the one to add.
        size_t pick = SIZE_MAX;
        for (size_t e = 0; e < r.edges.size() && pick == SIZE_MAX; ++e) {
            const size_t a = forward ? r.edges[e].from : r.edges[e].to;
            const size_t b = forward ? r.edges[e].to : r.edges[e].from;
            if (!shown[e] && reached[a] && !reached[b]) pick = e;
        }
        if (pick == SIZE_MAX) return;
        shown[pick] = 2;
        spread(forward ? r.edges[pick].to : r.edges[pick].from);
    }
}

} // namespace

ProcessMapResult buildProcessMap(const Snapshot& s, const ProcessMapQuery& q, const SegmentLibrary& segments,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    for (double share : { q.minActivityShare, q.minPathShare })
        if (!(share >= 0 && share <= 1)) throw std::invalid_argument("a share threshold must lie between 0 and 1");
    const EventMask mask = buildEventMask(s, q.filter, segments);
    ProcessMapResult result;
    const std::vector<uint8_t> keep = keptActivities(s, mask, q.minActivityShare, result.hiddenActivities);
    jobs::throwIfCancelled(cancel);

    const Ids ids { static_cast<uint32_t>(s.eventTypes().size()) };
    const int threads = scanThreads(s, q.threads);
    std::vector<Accumulator> parts;
    std::vector<CaseFeeder> feeders;
    parts.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        parts.emplace_back(ids, s.ts(), s.types(), keep);
        feeders.emplace_back(s, mask, q.unit);
    }
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.9) : whole;
    scanUsers(s, threads, cancel, &scan, [&](int t, uint32_t u) {
        feeders[static_cast<size_t>(t)].user(u, parts[static_cast<size_t>(t)]);
    });

    // Each edge's accumulators across threads; the times are joined into the first of them.
    struct Merged {
        int64_t transitions = 0, cases = 0, sumMs = 0;
        std::vector<EdgeAcc*> parts;
    };
    std::unordered_map<uint64_t, size_t> mergedIndex;
    std::vector<Merged> merged;
    std::vector<uint64_t> mergedKey;
    std::vector<int64_t> nodeEvents(ids.count(), 0), nodeCases(ids.count(), 0);
    int64_t caseCount = 0;
    for (auto& p : parts) {
        for (auto& e : p.edges) {
            const auto [it, added] = mergedIndex.try_emplace(e.key, merged.size());
            if (added) {
                merged.emplace_back();
                mergedKey.push_back(e.key);
            }
            Merged& m = merged[it->second];
            m.transitions += e.transitions;
            m.cases += e.cases;
            m.sumMs += e.sumMs;
            m.parts.push_back(&e);
        }
        for (uint64_t k = 0; k < ids.count(); ++k) {
            nodeEvents[k] += p.events[k];
            nodeCases[k] += p.cases[k];
        }
        caseCount += p.caseCount;
    }
    jobs::throwIfCancelled(cancel);
    // Medians are the other half of the work: the edges are shared out over the threads.
    std::vector<std::optional<double>> median(merged.size());
    std::vector<size_t> timed(merged.size(), 0);
    parallelFor(threads, merged.size(), [&](size_t m) {
        Times& into = merged[m].parts.front()->times;
        for (size_t k = 1; k < merged[m].parts.size(); ++k) {
            Times& from = merged[m].parts[k]->times;
            into.shortMs.insert(into.shortMs.end(), from.shortMs.begin(), from.shortMs.end());
            into.longMs.insert(into.longMs.end(), from.longMs.begin(), from.longMs.end());
            from = Times();
        }
        timed[m] = into.size();
        if (timed[m]) median[m] = medianMs(into);
    });
    jobs::throwIfCancelled(cancel);

    result.cases = caseCount;
    std::vector<uint32_t> order;
    for (uint32_t t = 0; t < ids.types; ++t)
        if (nodeEvents[t] > 0) order.push_back(t);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (nodeEvents[a] != nodeEvents[b]) return nodeEvents[a] > nodeEvents[b];
        const auto& na = s.eventTypes()[a].displayName;
        const auto& nb = s.eventTypes()[b].displayName;
        return na != nb ? na < nb : a < b;
    });
    std::vector<size_t> index(ids.count(), SIZE_MAX);
    index[ids.start()] = 0;
    result.nodes.push_back({ FlowNodeKind::Start, 0, "START", caseCount, caseCount });
    for (uint32_t t : order) {
        index[t] = result.nodes.size();
        result.nodes.push_back({ FlowNodeKind::Activity, t, s.eventTypes()[t].displayName, nodeEvents[t], nodeCases[t] });
        result.events += nodeEvents[t];
    }
    index[ids.end()] = result.nodes.size();
    result.nodes.push_back({ FlowNodeKind::End, 0, "END", caseCount, caseCount });
    if (caseCount == 0) result.nodes.clear(); // no case, no map

    for (size_t m = 0; m < merged.size(); ++m) {
        FlowEdge edge;
        edge.from = index[mergedKey[m] / ids.count()];
        edge.to = index[mergedKey[m] % ids.count()];
        edge.transitions = merged[m].transitions;
        edge.cases = merged[m].cases;
        if (timed[m]) {
            edge.medianSeconds = *median[m] / 1000.0;
            edge.meanSeconds = static_cast<double>(merged[m].sumMs) / static_cast<double>(timed[m]) / 1000.0;
        }
        result.transitions += merged[m].transitions;
        result.edges.push_back(edge);
    }
    std::sort(result.edges.begin(), result.edges.end(), [](const FlowEdge& a, const FlowEdge& b) {
        if (a.transitions != b.transitions) return a.transitions > b.transitions;
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });

    if (q.minPathShare > 0 && !result.edges.empty()) {
        // 1 = above the share, 2 = restored, 0 = hidden.
        std::vector<uint8_t> shown(result.edges.size(), 0);
        for (size_t e = 0; e < result.edges.size(); ++e)
            shown[e] = static_cast<double>(result.edges[e].transitions) / static_cast<double>(result.transitions)
                >= q.minPathShare;
        restore(result, shown, 0, true);
        restore(result, shown, result.nodes.size() - 1, false);
        std::vector<FlowEdge> kept;
        for (size_t e = 0; e < result.edges.size(); ++e) {
            if (!shown[e]) continue;
            result.edges[e].restored = shown[e] == 2;
            kept.push_back(result.edges[e]);
        }
        result.hiddenEdges = static_cast<int64_t>(result.edges.size() - kept.size());
        result.edges = std::move(kept);
    }
    if (progress) progress->report(1.0);
    return result;
}

} // namespace waymark::analysis
