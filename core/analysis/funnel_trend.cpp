#include "funnel_trend.h"

#include "core/jobs/cancel_token.h"
#include "funnel_kernel.h"
#include "snapshot.h"
#include "unit_walk.h"

#include <map>
#include <stdexcept>

namespace waymark::analysis {

namespace {

constexpr int64_t kDayMs = 86400000LL;

int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The kernel's view of the query: which steps and exclusions each event type and event matches.
// members.cpp prepares the same for the drill-down (funnel.cpp keeps its plan private).
struct TrendPlan {
    kernel::Config config;
    std::vector<uint32_t> typeStepBits;
    std::vector<uint32_t> typeExclusionBits;
    std::vector<std::pair<int, EventMask>> stepWhere;
    std::vector<std::pair<int, EventMask>> exclusionWhere;
    EventMask mask;
    std::shared_ptr<const PropertyColumn> hold;
    bool holdIsUser = false;
};

TrendPlan makePlan(
    const Snapshot& s, const FunnelQuery& q, const SegmentLibrary& library, const jobs::CancelToken* cancel)
{
    const int n = static_cast<int>(q.steps.size());
    if (n < 1 || n > kMaxFunnelSteps)
        throw std::invalid_argument(
            "a funnel has between 1 and " + std::to_string(kMaxFunnelSteps) + " steps");
    if (q.exclusions.size() > static_cast<size_t>(kMaxFunnelExclusions))
        throw std::invalid_argument(
            "a funnel has at most " + std::to_string(kMaxFunnelExclusions) + " exclusions");
    if (q.windowMs && *q.windowMs < 0)
        throw std::invalid_argument("the conversion window cannot be negative");
    TrendPlan p;
    p.config.steps = n;
    p.config.order = q.order;
    p.config.windowMs = q.windowMs.value_or(INT64_MAX);
    p.config.strictIncrease = q.strictIncrease && q.order != FunnelOrder::Any;
    const size_t typeCount = s.eventTypes().size();
    p.typeStepBits.assign(typeCount, 0);
    p.typeExclusionBits.assign(typeCount, 0);
    for (int k = 0; k < n; ++k) {
        const auto& step = q.steps[static_cast<size_t>(k)];
        if (step.types.empty())
            throw std::invalid_argument(
                "step " + std::to_string(k + 1) + " (" + step.label + ") matches no event type");
        for (uint32_t t : step.types) {
            if (t >= typeCount) throw std::invalid_argument("unknown event type code in a funnel step");
            p.typeStepBits[t] |= 1u << k;
        }
        if (!step.where.empty())
            p.stepWhere.emplace_back(k, evaluateConditions(s, step.where, library, cancel));
    }
    for (size_t e = 0; e < q.exclusions.size(); ++e) {
        const auto& x = q.exclusions[e];
        if (x.fromStep < 1 || x.toStep > n || x.fromStep >= x.toStep)
            throw std::invalid_argument("exclusion " + x.label + " must lie between two steps");
        for (uint32_t t : x.types) {
            if (t >= typeCount) throw std::invalid_argument("unknown event type code in an exclusion");
            p.typeExclusionBits[t] |= 1u << e;
        }
        p.config.exclusions.emplace_back(x.fromStep, x.toStep);
        if (!x.where.empty())
            p.exclusionWhere.emplace_back(
                static_cast<int>(e), evaluateConditions(s, x.where, library, cancel));
    }
    p.mask = buildEventMask(s, q.filter, library, cancel);
    if (q.holdConstant) {
        p.config.hold = true;
        p.hold = s.propertyColumn(q.holdConstant->scope, q.holdConstant->name, cancel);
        p.holdIsUser = q.holdConstant->scope == PropertyScope::User;
    }
    return p;
}

// Per thread: entries and conversions by bucket start.
using Tally = std::map<int64_t, std::pair<int64_t, int64_t>>;

} // namespace

int64_t trendBucketStart(int64_t ms, TrendInterval interval)
{
    const int64_t day = floorDiv(ms, kDayMs);
    if (interval == TrendInterval::Day) return day * kDayMs;
    // 1970-01-01 was a Thursday: day 0 is 3 days after the Monday that starts its ISO week.
    return (day - ((day % 7 + 7 + 3) % 7)) * kDayMs;
}

std::vector<TrendBucket> funnelTrend(const Snapshot& s, const FunnelQuery& q, TrendInterval interval,
    const SegmentLibrary& segments, const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    const TrendPlan plan = makePlan(s, q, segments, cancel);
    const int threads = scanThreads(s, q.threads);
    std::vector<Tally> tallies(static_cast<size_t>(threads));
    std::vector<UnitWalker> walkers;
    for (int t = 0; t < threads; ++t)
        walkers.emplace_back(s, plan.mask, q.unit);
    std::vector<kernel::Scratch> scratch(static_cast<size_t>(threads));
    std::vector<std::vector<kernel::UnitEvent>> buffers(static_cast<size_t>(threads));
    const auto ts = s.ts();
    const auto types = s.types();
    const int last = plan.config.steps;
    scanUsers(s, threads, cancel, progress, [&](int t, uint32_t u) {
        auto& unitEvents = buffers[static_cast<size_t>(t)];
        const uint32_t userHold = plan.hold && plan.holdIsUser ? plan.hold->codes[u] : 0;
        walkers[static_cast<size_t>(t)].user(u, [&](UnitRef, std::span<const uint32_t> events) {
            unitEvents.clear();
            for (uint32_t i : events) {
                kernel::UnitEvent e;
                e.ts = ts[i];
                e.event = i;
                e.stepBits = plan.typeStepBits[types[i]];
                for (const auto& [bit, where] : plan.stepWhere)
                    if (!where[i]) e.stepBits &= ~(1u << bit);
                e.exclusionBits = plan.typeExclusionBits[types[i]];
                for (const auto& [bit, where] : plan.exclusionWhere)
                    if (!where[i]) e.exclusionBits &= ~(1u << bit);
                if (plan.hold) e.hold = plan.holdIsUser ? userHold : plan.hold->codes[i];
                if (plan.config.keepsUnmatchedEvents() || e.stepBits || e.exclusionBits)
                    unitEvents.push_back(e);
            }
            const auto o = kernel::evaluateUnit(plan.config, unitEvents, scratch[static_cast<size_t>(t)]);
            if (o.level == 0) return;
            auto& cell
                = tallies[static_cast<size_t>(t)][trendBucketStart(unitEvents[o.positions[0]].ts, interval)];
            ++cell.first;
            if (o.level == last) ++cell.second;
        });
    });
    Tally all;
    for (const auto& tally : tallies)
        for (const auto& [start, cell] : tally) {
            all[start].first += cell.first;
            all[start].second += cell.second;
        }
    std::vector<TrendBucket> out;
    if (all.empty()) return out;
    const int64_t first = all.begin()->first, end = all.rbegin()->first;
    const int64_t stepMs = interval == TrendInterval::Day ? kDayMs : 7 * kDayMs;
    for (int64_t start = first; start <= end; start += stepMs) {
        TrendBucket b;
        b.startMs = start;
        if (const auto it = all.find(start); it != all.end()) {
            b.entered = it->second.first;
            b.converted = it->second.second;
            b.conversion = static_cast<double>(b.converted) / static_cast<double>(b.entered);
        }
        out.push_back(b);
    }
    return out;
}

} // namespace waymark::analysis
