#include "process_map.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "snapshot.h"
#include "unit_walk.h"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <unordered_map>

namespace waymark::analysis {

namespace {

struct EdgeAcc {
    int64_t transitions = 0;
    int64_t cases = 0;
    int64_t sumMs = 0;
    std::vector<int64_t> ms; // one per timed transition
};

struct Partial {
    std::unordered_map<uint64_t, EdgeAcc> edges; // from * ids + to
    std::vector<int64_t> events; // by node id
    std::vector<int64_t> cases;
    int64_t caseCount = 0;
    // Scratch of the current case.
    std::vector<uint64_t> caseEdges;
    std::vector<uint32_t> caseNodes;
};

// Node ids while accumulating: type codes, then START, then END.
struct Ids {
    uint32_t types;
    uint32_t start() const { return types; }
    uint32_t end() const { return types + 1; }
    uint64_t count() const { return uint64_t(types) + 2; }
};

double medianMs(std::vector<int64_t>& ms)
{
    const size_t n = ms.size(), mid = n / 2;
    std::nth_element(ms.begin(), ms.begin() + static_cast<ptrdiff_t>(mid), ms.end());
    const int64_t upper = ms[mid];
    if (n % 2) return static_cast<double>(upper);
    const int64_t lower = *std::max_element(ms.begin(), ms.begin() + static_cast<ptrdiff_t>(mid));
    return (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0;
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
    std::vector<Partial> parts(static_cast<size_t>(threads));
    std::vector<UnitWalker> walkers;
    for (auto& p : parts) {
        p.events.assign(ids.count(), 0);
        p.cases.assign(ids.count(), 0);
        walkers.emplace_back(s, mask, q.unit);
    }
    const auto ts = s.ts();
    const auto types = s.types();
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.9) : whole;
    scanUsers(s, threads, cancel, &scan, [&](int t, uint32_t u) {
        Partial& p = parts[static_cast<size_t>(t)];
        walkers[static_cast<size_t>(t)].user(u, [&](UnitRef, std::span<const uint32_t> events) {
            ++p.caseCount;
            p.caseEdges.clear();
            p.caseNodes.clear();
            uint32_t previous = ids.start(), previousEvent = 0;
            auto step = [&](uint32_t node, uint32_t event) {
                const uint64_t key = previous * ids.count() + node;
                EdgeAcc& edge = p.edges[key];
                ++edge.transitions;
                if (previous != ids.start() && node != ids.end()) {
                    const int64_t ms = ts[event] - ts[previousEvent];
                    edge.ms.push_back(ms);
                    edge.sumMs += ms;
                }
                p.caseEdges.push_back(key);
                ++p.events[node];
                p.caseNodes.push_back(node);
                previous = node;
                previousEvent = event;
            };
            for (uint32_t e : events)
                if (keep[types[e]]) step(types[e], e);
            step(ids.end(), 0);
            ++p.events[ids.start()];
            p.caseNodes.push_back(ids.start());
            std::sort(p.caseEdges.begin(), p.caseEdges.end());
            p.caseEdges.erase(std::unique(p.caseEdges.begin(), p.caseEdges.end()), p.caseEdges.end());
            for (uint64_t key : p.caseEdges)
                ++p.edges[key].cases;
            std::sort(p.caseNodes.begin(), p.caseNodes.end());
            p.caseNodes.erase(std::unique(p.caseNodes.begin(), p.caseNodes.end()), p.caseNodes.end());
            for (uint32_t node : p.caseNodes)
                ++p.cases[node];
        });
    });

    Partial all = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t) {
        for (auto& [key, edge] : parts[t].edges) {
            EdgeAcc& into = all.edges[key];
            into.transitions += edge.transitions;
            into.cases += edge.cases;
            into.sumMs += edge.sumMs;
            into.ms.insert(into.ms.end(), edge.ms.begin(), edge.ms.end());
        }
        for (uint64_t k = 0; k < ids.count(); ++k) {
            all.events[k] += parts[t].events[k];
            all.cases[k] += parts[t].cases[k];
        }
        all.caseCount += parts[t].caseCount;
    }
    jobs::throwIfCancelled(cancel);

    result.cases = all.caseCount;
    std::vector<uint32_t> order;
    for (uint32_t t = 0; t < ids.types; ++t)
        if (all.events[t] > 0) order.push_back(t);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (all.events[a] != all.events[b]) return all.events[a] > all.events[b];
        const auto& na = s.eventTypes()[a].displayName;
        const auto& nb = s.eventTypes()[b].displayName;
        return na != nb ? na < nb : a < b;
    });
    std::vector<size_t> index(ids.count(), SIZE_MAX);
    index[ids.start()] = 0;
    result.nodes.push_back({ FlowNodeKind::Start, 0, "START", all.caseCount, all.caseCount });
    for (uint32_t t : order) {
        index[t] = result.nodes.size();
        result.nodes.push_back({ FlowNodeKind::Activity, t, s.eventTypes()[t].displayName, all.events[t], all.cases[t] });
        result.events += all.events[t];
    }
    index[ids.end()] = result.nodes.size();
    result.nodes.push_back({ FlowNodeKind::End, 0, "END", all.caseCount, all.caseCount });
    if (all.caseCount == 0) result.nodes.clear(); // no case, no map

    for (auto& [key, acc] : all.edges) {
        FlowEdge edge;
        edge.from = index[key / ids.count()];
        edge.to = index[key % ids.count()];
        edge.transitions = acc.transitions;
        edge.cases = acc.cases;
        if (!acc.ms.empty()) {
            edge.medianSeconds = medianMs(acc.ms) / 1000.0;
            edge.meanSeconds = static_cast<double>(acc.sumMs) / static_cast<double>(acc.ms.size()) / 1000.0;
        }
        result.transitions += acc.transitions;
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
