#include "variants.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/util/hash.h"
#include "snapshot.h"
#include "unit_walk.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace waymark::analysis {

namespace {

struct SequenceHash {
    size_t operator()(const std::vector<uint32_t>& v) const
    {
        return static_cast<size_t>(
            hash64(std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint32_t))));
    }
};

using VariantCounts = std::unordered_map<std::vector<uint32_t>, int64_t, SequenceHash>;

} // namespace

VariantResult findVariants(const Snapshot& s, const VariantQuery& q, const SegmentLibrary& segments,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    if (q.top < 0) throw std::invalid_argument("the number of variants cannot be negative");
    const size_t typeCount = s.eventTypes().size();
    for (uint32_t t : q.goalTypes)
        if (t >= typeCount) throw std::invalid_argument("variants: unknown goal event type code");
    const EventMask mask = buildEventMask(s, q.filter, segments);
    const int threads = scanThreads(s, q.threads);
    std::vector<VariantCounts> parts(static_cast<size_t>(threads));
    std::vector<std::vector<uint32_t>> seqs(static_cast<size_t>(threads));
    std::vector<UnitWalker> walkers;
    for (int t = 0; t < threads; ++t)
        walkers.emplace_back(s, mask, q.unit);
    const auto types = s.types();
    const jobs::ProgressRange whole(nullptr, 0, 1);
    const jobs::ProgressRange scan = progress ? progress->sub(0, 0.9) : whole;
    scanUsers(s, threads, cancel, &scan, [&](int t, uint32_t u) {
        auto& seq = seqs[static_cast<size_t>(t)];
        walkers[static_cast<size_t>(t)].user(u, [&](UnitRef, std::span<const uint32_t> events) {
            seq.clear();
            for (uint32_t e : events)
                seq.push_back(types[e]);
            if (q.collapseRepeats) collapseRepeats(seq);
            ++parts[static_cast<size_t>(t)][seq];
        });
    });
    VariantCounts all = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t)
        for (auto& [seq, count] : parts[t])
            all[seq] += count;
    jobs::throwIfCancelled(cancel);

    // Comparing ranks of the names is comparing the names, without touching strings in the sort.
    std::vector<uint32_t> byName(typeCount);
    for (uint32_t t = 0; t < typeCount; ++t)
        byName[t] = t;
    std::sort(byName.begin(), byName.end(), [&](uint32_t a, uint32_t b) {
        const auto& na = s.eventTypes()[a].displayName;
        const auto& nb = s.eventTypes()[b].displayName;
        return na != nb ? na < nb : a < b;
    });
    std::vector<uint32_t> nameRank(typeCount);
    for (uint32_t r = 0; r < typeCount; ++r)
        nameRank[byName[r]] = r;

    std::vector<std::pair<const std::vector<uint32_t>*, int64_t>> ranked;
    ranked.reserve(all.size());
    VariantResult result;
    for (const auto& [seq, count] : all) {
        ranked.emplace_back(&seq, count);
        result.cases += count;
    }
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return std::lexicographical_compare(a.first->begin(), a.first->end(), b.first->begin(),
            b.first->end(), [&](uint32_t x, uint32_t y) { return nameRank[x] < nameRank[y]; });
    });
    result.distinct = static_cast<int64_t>(ranked.size());
    std::vector<uint8_t> goal(typeCount, 0);
    for (uint32_t t : q.goalTypes)
        goal[t] = 1;
    int64_t covered = 0;
    const auto cases = static_cast<double>(result.cases);
    for (size_t r = 0; r < ranked.size(); ++r) {
        covered += ranked[r].second;
        const bool wanted = q.top == 0 || r < static_cast<size_t>(q.top);
        const bool happy = !result.happyPath && !q.goalTypes.empty()
            && std::any_of(
                ranked[r].first->begin(), ranked[r].first->end(), [&](uint32_t t) { return goal[t]; });
        if (!wanted && !happy) {
            if (result.happyPath || q.goalTypes.empty()) break;
            continue;
        }
        Variant v;
        v.events = *ranked[r].first;
        v.count = ranked[r].second;
        v.share = static_cast<double>(v.count) / cases;
        v.coverage = static_cast<double>(covered) / cases;
        v.rank = static_cast<int64_t>(r) + 1;
        if (happy) result.happyPath = v;
        if (wanted) result.variants.push_back(std::move(v));
    }
    if (progress) progress->report(1.0);
    return result;
}

} // namespace waymark::analysis
