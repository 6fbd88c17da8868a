#include "paths.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "snapshot.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

namespace waymark::analysis {

namespace {

// Every unit's path as event types, before folding: the anchor first, then the walk.
struct Paths {
    std::vector<UnitRef> units;
    std::vector<uint32_t> offsets { 0 }; // units.size() + 1 entries into types
    std::vector<uint32_t> types;
    std::vector<int64_t> times; // parallel to types: when each path event happened (ms)
    std::vector<int64_t> counts; // [step * typeCount + type]
    int64_t considered = 0;

    std::span<const uint32_t> path(size_t k) const
    {
        return { types.data() + offsets[k], offsets[k + 1] - offsets[k] };
    }
    std::span<const int64_t> pathTimes(size_t k) const
    {
        return { times.data() + offsets[k], offsets[k + 1] - offsets[k] };
    }
};

// One event of a unit's sequence.
struct SeqEvent {
    uint32_t type;
    int64_t ms;
};

void validate(const Snapshot& s, const PathQuery& q)
{
    const bool start = q.mode != PathMode::End, end = q.mode != PathMode::Start;
    if (start && q.startTypes.empty()) throw std::invalid_argument("paths need a start event");
    if (end && q.endTypes.empty()) throw std::invalid_argument("paths need an end event");
    const int minSteps = q.mode == PathMode::Between ? 2 : 1;
    if (q.steps < minSteps || q.steps > kMaxPathSteps)
        throw std::invalid_argument("the number of steps must be between " + std::to_string(minSteps)
            + " and " + std::to_string(kMaxPathSteps) + " (got " + std::to_string(q.steps) + ")");
    if (q.top < 0) throw std::invalid_argument("the number of events kept per step cannot be negative");
    if (!(q.minShare >= 0 && q.minShare <= 1))
        throw std::invalid_argument("the share threshold must lie between 0 and 1");
    for (const auto* list : { &q.startTypes, &q.endTypes, &q.excludeTypes })
        for (uint32_t t : *list)
            if (t >= s.eventTypes().size()) throw std::invalid_argument("paths: unknown event type code");
    for (uint32_t t : q.excludeTypes)
        if (std::count(q.startTypes.begin(), q.startTypes.end(), t)
            || std::count(q.endTypes.begin(), q.endTypes.end(), t))
            throw std::invalid_argument("paths: an anchor event cannot be excluded");
}

// The unit's path (anchor first) appended to out; false when the unit has none.
bool extractPath(const PathQuery& q, const std::vector<uint8_t>& isStart, const std::vector<uint8_t>& isEnd,
    const std::vector<SeqEvent>& seq, std::vector<SeqEvent>& out)
{
    const size_t n = seq.size(), steps = static_cast<size_t>(q.steps);
    switch (q.mode) {
    case PathMode::Start: {
        const auto it
            = std::find_if(seq.begin(), seq.end(), [&](const SeqEvent& e) { return isStart[e.type]; });
        if (it == seq.end()) return false;
        const size_t i = static_cast<size_t>(it - seq.begin());
        out.insert(out.end(), it, it + static_cast<ptrdiff_t>(std::min(steps, n - i)));
        return true;
    }
    case PathMode::End: {
        const auto it
            = std::find_if(seq.rbegin(), seq.rend(), [&](const SeqEvent& e) { return isEnd[e.type]; });
        if (it == seq.rend()) return false;
        const size_t left = static_cast<size_t>(seq.rend() - it); // events up to and with the anchor
        out.insert(out.end(), it, it + static_cast<ptrdiff_t>(std::min(steps, left)));
        return true;
    }
    case PathMode::Between: {
        const auto first
            = std::find_if(seq.begin(), seq.end(), [&](const SeqEvent& e) { return isStart[e.type]; });
        if (first == seq.end()) return false;
        const auto last
            = std::find_if(first + 1, seq.end(), [&](const SeqEvent& e) { return isEnd[e.type]; });
        if (last == seq.end()) return false;
        if (static_cast<size_t>(last - first) + 1 <= steps) {
            out.insert(out.end(), first, last + 1);
        } else {
            // Too long: the first steps - 1 events, then the end event folded up to the last step.
            out.insert(out.end(), first, first + static_cast<ptrdiff_t>(steps) - 1);
            out.push_back(*last);
        }
        return true;
    }
    }
    return false;
}

Paths collect(const Snapshot& s, const PathQuery& q, const SegmentLibrary& library,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    validate(s, q);
    const EventMask mask = buildEventMask(s, q.filter, library);
    const size_t typeCount = s.eventTypes().size();
    std::vector<uint8_t> isStart(typeCount, 0), isEnd(typeCount, 0), excluded(typeCount, 0);
    for (uint32_t t : q.excludeTypes)
        excluded[t] = 1;
    for (uint32_t t : q.startTypes)
        isStart[t] = 1;
    for (uint32_t t : q.endTypes)
        isEnd[t] = 1;

    const int threads = scanThreads(s, q.threads);
    std::vector<Paths> parts(static_cast<size_t>(threads));
    std::vector<UnitWalker> walkers;
    std::vector<std::vector<SeqEvent>> seqs(static_cast<size_t>(threads)),
        picked(static_cast<size_t>(threads));
    for (auto& p : parts)
        p.counts.assign(static_cast<size_t>(q.steps) * typeCount, 0);
    for (int t = 0; t < threads; ++t)
        walkers.emplace_back(s, mask, q.unit);
    const auto types = s.types();
    const auto ts = s.ts();
    scanUsers(s, threads, cancel, progress, [&](int t, uint32_t u) {
        Paths& out = parts[static_cast<size_t>(t)];
        auto& seq = seqs[static_cast<size_t>(t)];
        auto& path = picked[static_cast<size_t>(t)];
        walkers[static_cast<size_t>(t)].user(u, [&](UnitRef unit, std::span<const uint32_t> events) {
            ++out.considered;
            seq.clear();
            for (uint32_t e : events)
                if (!excluded[types[e]]) seq.push_back({ types[e], ts[e] });
            if (q.collapseRepeats) {
                // As collapseRepeats: the first event of each run stays, with its time.
                size_t kept = 0;
                for (size_t r = 0; r < seq.size(); ++r)
                    if (kept == 0 || seq[r].type != seq[kept - 1].type) seq[kept++] = seq[r];
                seq.resize(kept);
            }
            path.clear();
            if (!extractPath(q, isStart, isEnd, seq, path)) return;
            const size_t before = out.types.size();
            for (const SeqEvent& e : path) {
                out.types.push_back(e.type);
                out.times.push_back(e.ms);
            }
            for (size_t k = before; k < out.types.size(); ++k)
                ++out.counts[(k - before) * typeCount + out.types[k]];
            out.units.push_back(unit);
            out.offsets.push_back(static_cast<uint32_t>(out.types.size()));
        });
    });
    // Threads hold consecutive user ranges, so appending them in order keeps unit order.
    Paths all = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t) {
        Paths& p = parts[t];
        const auto base = static_cast<uint32_t>(all.types.size());
        all.units.insert(all.units.end(), p.units.begin(), p.units.end());
        for (size_t k = 1; k < p.offsets.size(); ++k)
            all.offsets.push_back(base + p.offsets[k]);
        all.types.insert(all.types.end(), p.types.begin(), p.types.end());
        all.times.insert(all.times.end(), p.times.begin(), p.times.end());
        for (size_t k = 0; k < all.counts.size(); ++k)
            all.counts[k] += p.counts[k];
        all.considered += p.considered;
    }
    return all;
}

// Which events stay at which step: kept[step * typeCount + type].
std::vector<uint8_t> keptEvents(const Snapshot& s, const PathQuery& q, const Paths& paths)
{
    const size_t typeCount = s.eventTypes().size(), steps = static_cast<size_t>(q.steps);
    const auto units = static_cast<double>(paths.units.size());
    // The anchor events never fold (Retentioneering exempts its targets likewise).
    std::vector<uint8_t> anchor(typeCount, 0);
    for (const auto* list : { &q.startTypes, &q.endTypes })
        for (uint32_t t : *list)
            anchor[t] = 1;
    std::vector<uint8_t> rare(typeCount, 0);
    if (q.minShare > 0) {
        for (size_t t = 0; t < typeCount; ++t) {
            int64_t best = 0;
            for (size_t k = 0; k < steps; ++k)
                best = std::max(best, paths.counts[k * typeCount + t]);
            rare[t] = !anchor[t] && static_cast<double>(best) / units < q.minShare;
        }
    }
    std::vector<uint8_t> kept(steps * typeCount, 0);
    std::vector<uint32_t> ranked;
    for (size_t k = 0; k < steps; ++k) {
        const int64_t* count = paths.counts.data() + k * typeCount;
        ranked.clear();
        for (uint32_t t = 0; t < typeCount; ++t)
            if (count[t] > 0 && !rare[t]) ranked.push_back(t);
        std::sort(ranked.begin(), ranked.end(), [&](uint32_t a, uint32_t b) {
            if (count[a] != count[b]) return count[a] > count[b];
            const auto& na = s.eventTypes()[a].displayName;
            const auto& nb = s.eventTypes()[b].displayName;
            return na != nb ? na < nb : a < b;
        });
        for (size_t r = 0; r < ranked.size(); ++r)
            if (q.top == 0 || r < static_cast<size_t>(q.top) || anchor[ranked[r]])
                kept[k * typeCount + ranked[r]] = 1;
    }
    return kept;
}

// Label codes: a type code, then Other, then End.
struct Labeller {
    const std::vector<uint8_t>& kept;
    size_t typeCount;
    size_t steps;
    uint32_t other() const { return static_cast<uint32_t>(typeCount); }
    uint32_t end() const { return static_cast<uint32_t>(typeCount + 1); }
    // The label of a path at 0-based step k, or UINT32_MAX past its end.
    uint32_t at(std::span<const uint32_t> path, size_t k) const
    {
        if (k < path.size()) return kept[k * typeCount + path[k]] ? path[k] : other();
        if (k == path.size() && k < steps) return end();
        return UINT32_MAX;
    }
    PathLabel label(uint32_t code) const
    {
        if (code == other()) return { PathNodeKind::Other, 0 };
        if (code == end()) return { PathNodeKind::End, 0 };
        return { PathNodeKind::Event, code };
    }
};

bool matches(const PathNodeRef& ref, const Labeller& l, uint32_t code)
{
    if (code == UINT32_MAX) return false;
    const PathLabel label = l.label(code);
    if (label.kind != ref.kind) return false;
    return label.kind != PathNodeKind::Event
        || std::find(ref.types.begin(), ref.types.end(), label.type) != ref.types.end();
}

} // namespace

std::string pathLabelName(const Snapshot& snapshot, const PathLabel& label)
{
    switch (label.kind) {
    case PathNodeKind::Other:
        return "Other";
    case PathNodeKind::End:
        return "(end)";
    case PathNodeKind::Event:
        break;
    }
    return snapshot.eventTypes()[label.type].displayName;
}

PathResult runPaths(const Snapshot& s, const PathQuery& q, const SegmentLibrary& segments,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.9) : whole;
    const Paths paths = collect(s, q, segments, cancel, &scan);
    const size_t typeCount = s.eventTypes().size(), steps = static_cast<size_t>(q.steps);
    const std::vector<uint8_t> kept = keptEvents(s, q, paths);
    const Labeller labels { kept, typeCount, steps };
    const size_t codes = typeCount + 2;

    std::vector<int64_t> nodeCount(steps * codes, 0);
    std::unordered_map<uint64_t, int64_t> linkCount;
    std::unordered_map<uint64_t, std::vector<int64_t>> linkTimes;
    for (size_t k = 0; k < paths.units.size(); ++k) {
        if ((k & 65535) == 0) jobs::throwIfCancelled(cancel);
        const auto path = paths.path(k);
        const auto times = paths.pathTimes(k);
        uint32_t previous = UINT32_MAX;
        for (size_t step = 0; step < steps; ++step) {
            const uint32_t code = labels.at(path, step);
            if (code == UINT32_MAX) break;
            ++nodeCount[step * codes + code];
            if (step > 0) {
                const uint64_t key = ((step - 1) * codes + previous) * codes + code;
                ++linkCount[key];
                // End mode walks backward in time, hence the absolute difference.
                if (q.linkTimes && step < path.size())
                    linkTimes[key].push_back(std::abs(times[step] - times[step - 1]));
            }
            previous = code;
        }
    }

    PathResult result;
    result.units = static_cast<int64_t>(paths.units.size());
    result.considered = paths.considered;
    std::vector<size_t> nodeIndex(steps * codes, SIZE_MAX);
    std::vector<uint32_t> order;
    for (size_t step = 0; step < steps; ++step) {
        const int64_t* count = nodeCount.data() + step * codes;
        order.clear();
        for (uint32_t t = 0; t < typeCount; ++t)
            if (count[t] > 0) order.push_back(t);
        std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            if (count[a] != count[b]) return count[a] > count[b];
            const auto& na = s.eventTypes()[a].displayName;
            const auto& nb = s.eventTypes()[b].displayName;
            return na != nb ? na < nb : a < b;
        });
        for (uint32_t special : { labels.other(), labels.end() })
            if (count[special] > 0) order.push_back(special);
        for (uint32_t code : order) {
            nodeIndex[step * codes + code] = result.nodes.size();
            PathNode node;
            node.step = static_cast<int>(step) + 1;
            node.label = labels.label(code);
            node.name = pathLabelName(s, node.label);
            node.count = count[code];
            result.nodes.push_back(std::move(node));
        }
    }
    for (const auto& [key, count] : linkCount) {
        const uint64_t to = key % codes, from = key / codes % codes, step = key / codes / codes;
        PathLink link { static_cast<int>(step) + 1, nodeIndex[step * codes + from],
            nodeIndex[(step + 1) * codes + to], count, {} };
        if (const auto it = linkTimes.find(key); it != linkTimes.end() && !it->second.empty()) {
            auto& v = it->second;
            const size_t mid = v.size() / 2;
            std::nth_element(v.begin(), v.begin() + static_cast<ptrdiff_t>(mid), v.end());
            int64_t median = v[mid];
            if (v.size() % 2 == 0)
                median = (median + *std::max_element(v.begin(), v.begin() + static_cast<ptrdiff_t>(mid))) / 2;
            link.medianMs = median;
        }
        result.links.push_back(link);
    }
    std::sort(result.links.begin(), result.links.end(), [](const PathLink& a, const PathLink& b) {
        if (a.step != b.step) return a.step < b.step;
        if (a.count != b.count) return a.count > b.count;
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    if (progress) progress->report(1.0);
    return result;
}

UnitPage pathMembers(const Snapshot& s, const PathQuery& q, const PathSelection& selection, int64_t offset,
    int64_t limit, const SegmentLibrary& segments, const jobs::CancelToken* cancel,
    const jobs::ProgressRange* progress)
{
    if (selection.step < 1 || selection.step > q.steps || (selection.to && selection.step >= q.steps))
        throw std::invalid_argument("step " + std::to_string(selection.step) + " is not a "
            + (selection.to ? "link" : "node") + " step of a " + std::to_string(q.steps) + "-step path");
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.9) : whole;
    const Paths paths = collect(s, q, segments, cancel, &scan);
    const std::vector<uint8_t> kept = keptEvents(s, q, paths);
    const Labeller labels { kept, s.eventTypes().size(), static_cast<size_t>(q.steps) };
    const auto k = static_cast<size_t>(selection.step - 1);
    UnitPage page;
    for (size_t i = 0; i < paths.units.size(); ++i) {
        const auto path = paths.path(i);
        if (!matches(selection.node, labels, labels.at(path, k))) continue;
        if (selection.to && !matches(*selection.to, labels, labels.at(path, k + 1))) continue;
        if (page.total >= offset && (limit < 0 || static_cast<int64_t>(page.units.size()) < limit))
            page.units.push_back(paths.units[i]);
        ++page.total;
    }
    if (progress) progress->report(1.0);
    return page;
}

} // namespace waymark::analysis
