#include "process_map.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "grouped_median.h"
#include "process_map_scan.h"
#include "snapshot.h"
#include "unit_walk.h"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <unordered_map>

namespace waymark::analysis {

namespace {

// Activities kept after the activity share: keep[type].
std::vector<uint8_t> keptActivities(
    const Snapshot& s, const EventMask& mask, double minShare, int64_t& hidden)
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
        if (!(share >= 0 && share <= 1))
            throw std::invalid_argument("a share threshold must lie between 0 and 1");
    const EventMask mask = buildEventMask(s, q.filter, segments);
    ProcessMapResult result;
    const std::vector<uint8_t> keep = keptActivities(s, mask, q.minActivityShare, result.hiddenActivities);
    jobs::throwIfCancelled(cancel);

    const FlowIds ids { static_cast<uint32_t>(s.eventTypes().size()) };
    const int threads = scanThreads(s, q.threads);
    std::vector<FlowScan> parts;
    parts.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t)
        parts.emplace_back(s, mask, keep, q.unit);
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.8) : whole;
    scanUsers(s, threads, cancel, &scan, [&](int t, uint32_t u) { parts[static_cast<size_t>(t)].user(u); });

    // The threads' edges merged by (from, to); groupOf maps each thread's edge numbers to them.
    std::vector<EdgeTally> merged;
    std::vector<uint32_t> mergedIndex(
        size_t(ids.count()) * ids.count() <= (size_t(1) << 24) ? size_t(ids.count()) * ids.count() : 0,
        UINT32_MAX);
    std::unordered_map<uint64_t, uint32_t> mergedSparse;
    std::vector<std::vector<uint32_t>> groupOf(parts.size());
    std::vector<int64_t> nodeEvents(ids.count(), 0), nodeCases(ids.count(), 0);
    int64_t caseCount = 0;
    for (size_t t = 0; t < parts.size(); ++t) {
        for (const EdgeTally& e : parts[t].edges) {
            const uint64_t key = uint64_t(e.from) * ids.count() + e.to;
            uint32_t* slot = mergedIndex.empty() ? &mergedSparse.try_emplace(key, UINT32_MAX).first->second
                                                 : &mergedIndex[key];
            if (*slot == UINT32_MAX) {
                *slot = static_cast<uint32_t>(merged.size());
                merged.push_back({ e.from, e.to });
            }
            EdgeTally& m = merged[*slot];
            m.transitions += e.transitions;
            m.cases += e.cases;
            m.sumMs += e.sumMs;
            nodeEvents[e.to] += e.transitions;
            groupOf[t].push_back(*slot);
        }
        for (uint32_t k = 0; k < ids.count(); ++k) {
            nodeCases[k] += parts[t].nodeCases[k];
        }
        caseCount += parts[t].caseCount;
    }
    jobs::throwIfCancelled(cancel);
    std::vector<std::span<const uint64_t>> timed;
    for (const auto& p : parts)
        timed.push_back(p.timed());
    const auto median = groupedMedians(timed, static_cast<uint32_t>(merged.size()), threads, groupOf);
    parts.clear();
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
        result.nodes.push_back(
            { FlowNodeKind::Activity, t, s.eventTypes()[t].displayName, nodeEvents[t], nodeCases[t] });
        result.events += nodeEvents[t];
    }
    index[ids.end()] = result.nodes.size();
    result.nodes.push_back({ FlowNodeKind::End, 0, "END", caseCount, caseCount });
    if (caseCount == 0) result.nodes.clear(); // no case, no map

    for (size_t m = 0; m < merged.size(); ++m) {
        FlowEdge edge;
        edge.from = index[merged[m].from];
        edge.to = index[merged[m].to];
        edge.transitions = merged[m].transitions;
        edge.cases = merged[m].cases;
        if (median[m]) { // timed: neither from START nor into END, so every transition has a time
            edge.medianSeconds = *median[m] / 1000.0;
            edge.meanSeconds
                = static_cast<double>(merged[m].sumMs) / static_cast<double>(merged[m].transitions) / 1000.0;
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
            shown[e]
                = static_cast<double>(result.edges[e].transitions) / static_cast<double>(result.transitions)
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
