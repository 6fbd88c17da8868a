#include "funnel.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "funnel_kernel.h"
#include "snapshot.h"

#include <QThread>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <thread>

namespace waymark::analysis {

namespace {

// Per group: how many units stopped at each level, and the step-to-step times of those that
// went on.
struct Accumulator {
    std::vector<int64_t> atLevel; // steps + 1 entries
    std::vector<std::vector<int64_t>> times; // times[k]: ms from step k-1 to step k (k >= 1)
    void init(int steps)
    {
        atLevel.assign(static_cast<size_t>(steps) + 1, 0);
        times.assign(static_cast<size_t>(steps), {});
    }
    void add(const kernel::Outcome& o, std::span<const kernel::UnitEvent> ev)
    {
        ++atLevel[static_cast<size_t>(o.level)];
        for (int k = 1; k < o.level; ++k)
            times[static_cast<size_t>(k)].push_back(ev[o.positions[k]].ts - ev[o.positions[k - 1]].ts);
    }
    void merge(Accumulator&& other)
    {
        if (atLevel.empty()) {
            *this = std::move(other);
            return;
        }
        if (other.atLevel.empty()) return;
        for (size_t i = 0; i < atLevel.size(); ++i)
            atLevel[i] += other.atLevel[i];
        for (size_t k = 0; k < times.size(); ++k)
            times[k].insert(times[k].end(), other.times[k].begin(), other.times[k].end());
    }
};

// alignas: each thread counts its units here; sharing a cache line with the next thread's
// partial would serialise them.
struct alignas(64) Partial {
    Accumulator all;
    std::vector<Accumulator> groups; // by property code or segment index
    int64_t units = 0;
};

// Everything the workers read, prepared once.
struct Plan {
    const Snapshot* snapshot = nullptr;
    kernel::Config config;
    std::vector<uint32_t> typeStepBits;
    std::vector<uint32_t> typeExclusionBits;
    std::vector<std::pair<int, EventMask>> stepWhere; // step bit -> events that satisfy its filter
    std::vector<std::pair<int, EventMask>> exclusionWhere;
    EventMask mask;
    std::shared_ptr<const PropertyColumn> hold;
    bool holdIsUser = false;
    bool sessions = false;
    FunnelBreakdown::Kind breakdown = FunnelBreakdown::Kind::None;
    std::shared_ptr<const PropertyColumn> byColumn;
    bool byUser = false;
    std::vector<std::vector<uint8_t>> segmentMembers;
};

class Worker {
public:
    Worker(const Plan& plan, Partial& out)
        : m_plan(plan)
        , m_out(out)
    {
        const int steps = plan.config.steps;
        out.all.init(steps);
        if (plan.breakdown == FunnelBreakdown::Kind::Property)
            out.groups.resize(plan.byColumn->valueCount());
        else if (plan.breakdown == FunnelBreakdown::Kind::Segments)
            out.groups.resize(plan.segmentMembers.size());
        for (auto& g : out.groups)
            g.init(steps);
        m_plain = !plan.sessions && !plan.config.keepsUnmatchedEvents() && plan.mask.empty() && !plan.hold
            && plan.stepWhere.empty() && plan.exclusionWhere.empty();
    }

    void user(uint32_t u)
    {
        if (m_plain) return plainUser(u);
        const Snapshot& s = *m_plan.snapshot;
        const auto ts = s.ts();
        const auto types = s.types();
        const auto sessions = s.sessions();
        m_events.clear();
        m_sessionOf.clear();
        const uint32_t userHold = m_plan.hold && m_plan.holdIsUser ? m_plan.hold->codes[u] : 0;
        // Per user, the kernel needs only the events that match a step or an exclusion (strict
        // order aside), so the others are never copied; the user is a unit all the same.
        const bool onlyRelevant = !m_plan.sessions && !m_plan.config.keepsUnmatchedEvents();
        bool any = false;
        for (uint32_t i = s.userBegin(u), end = s.userEnd(u); i < end; ++i) {
            if (!m_plan.mask.empty() && !m_plan.mask[i]) continue;
            any = true;
            if (onlyRelevant && !m_plan.typeStepBits[types[i]] && !m_plan.typeExclusionBits[types[i]])
                continue;
            kernel::UnitEvent e;
            e.ts = ts[i];
            e.event = i;
            e.stepBits = m_plan.typeStepBits[types[i]];
            for (const auto& [bit, where] : m_plan.stepWhere)
                if (!where[i]) e.stepBits &= ~(1u << bit);
            e.exclusionBits = m_plan.typeExclusionBits[types[i]];
            for (const auto& [bit, where] : m_plan.exclusionWhere)
                if (!where[i]) e.exclusionBits &= ~(1u << bit);
            if (m_plan.hold) e.hold = m_plan.holdIsUser ? userHold : m_plan.hold->codes[i];
            m_events.push_back(e);
            if (m_plan.sessions) m_sessionOf.push_back(sessions[i]);
        }
        if (!any) return; // not a unit: nothing of this user passes the filter
        if (!m_plan.sessions) {
            // A step's or an exclusion's own filter may still have cleared an event's bits.
            const bool filtered = !m_plan.stepWhere.empty() || !m_plan.exclusionWhere.empty();
            unit(u,
                filtered ? relevant(m_events.begin(), m_events.end())
                         : std::span<const kernel::UnitEvent>(m_events));
            return;
        }
        // Sessions: each session is its own unit, its events still in time order.
        m_order.resize(m_events.size());
        for (uint32_t k = 0; k < m_order.size(); ++k)
            m_order[k] = k;
        std::stable_sort(m_order.begin(), m_order.end(),
            [&](uint32_t x, uint32_t y) { return m_sessionOf[x] < m_sessionOf[y]; });
        m_bySession.clear();
        for (uint32_t k : m_order)
            m_bySession.push_back(m_events[k]);
        size_t begin = 0;
        for (size_t k = 0; k < m_order.size(); ++k) {
            if (k + 1 == m_order.size() || m_sessionOf[m_order[k + 1]] != m_sessionOf[m_order[k]]) {
                unit(u,
                    relevant(m_bySession.begin() + static_cast<ptrdiff_t>(begin),
                        m_bySession.begin() + static_cast<ptrdiff_t>(k) + 1));
                begin = k + 1;
            }
        }
    }

private:
    // Per user, no filter, no hold, not strict: the common case, so without branches per event:
    // every event is written and only those that match a step or an exclusion are kept.
    void plainUser(uint32_t u)
    {
        const Snapshot& s = *m_plan.snapshot;
        const uint32_t begin = s.userBegin(u), end = s.userEnd(u);
        if (begin == end) return;
        if (m_plainEvents.size() < size_t(end - begin)) m_plainEvents.resize(end - begin);
        kernel::UnitEvent* out = m_plainEvents.data();
        const int64_t* ts = s.ts().data();
        const uint32_t* types = s.types().data();
        const uint32_t* stepBits = m_plan.typeStepBits.data();
        const uint32_t* exclusionBits = m_plan.typeExclusionBits.data();
        size_t n = 0;
        for (uint32_t i = begin; i < end; ++i) {
            const uint32_t step = stepBits[types[i]], exclusion = exclusionBits[types[i]];
            out[n] = { ts[i], step, exclusion, 0, i };
            n += (step | exclusion) != 0;
        }
        unit(u, { out, n });
    }

    // The unit's events the kernel needs: all of them in strict order (any event breaks a run),
    // otherwise only those that match a step or an exclusion.
    std::span<const kernel::UnitEvent> relevant(std::vector<kernel::UnitEvent>::const_iterator begin,
        std::vector<kernel::UnitEvent>::const_iterator end)
    {
        if (m_plan.config.keepsUnmatchedEvents()) return { begin, end };
        m_unit.clear();
        for (auto it = begin; it != end; ++it)
            if (it->stepBits || it->exclusionBits) m_unit.push_back(*it);
        return m_unit;
    }

    void unit(uint32_t u, std::span<const kernel::UnitEvent> ev)
    {
        ++m_out.units;
        const kernel::Outcome o = kernel::evaluateUnit(m_plan.config, ev, m_scratch);
        m_out.all.add(o, ev);
        switch (m_plan.breakdown) {
        case FunnelBreakdown::Kind::None:
            break;
        case FunnelBreakdown::Kind::Property: {
            // A user property is the user's; an event property is read on the step-1 event of the
            // attempt that reached furthest (units that never entered have no value).
            uint32_t code = 0;
            if (m_plan.byUser)
                code = m_plan.byColumn->codes[u];
            else if (o.level > 0)
                code = m_plan.byColumn->codes[ev[o.positions[0]].event];
            m_out.groups[code].add(o, ev);
            break;
        }
        case FunnelBreakdown::Kind::Segments:
            for (size_t g = 0; g < m_plan.segmentMembers.size(); ++g)
                if (m_plan.segmentMembers[g][u]) m_out.groups[g].add(o, ev);
            break;
        }
    }

    const Plan& m_plan;
    Partial& m_out;
    kernel::Scratch m_scratch;
    bool m_plain = false;
    std::vector<kernel::UnitEvent> m_plainEvents;
    std::vector<kernel::UnitEvent> m_events;
    std::vector<kernel::UnitEvent> m_unit;
    std::vector<uint32_t> m_sessionOf;
    std::vector<kernel::UnitEvent> m_bySession;
    std::vector<uint32_t> m_order;
};

EventMask maskFor(const Snapshot& s, const ConditionGroup& where, const SegmentLibrary& library,
    const jobs::CancelToken* cancel)
{
    return evaluateConditions(s, where, library, cancel);
}

Plan makePlan(
    const Snapshot& s, const FunnelQuery& q, const SegmentLibrary& library, const jobs::CancelToken* cancel)
{
    const int n = static_cast<int>(q.steps.size());
    if (n < 1) throw std::invalid_argument("a funnel needs at least one step");
    if (n > kMaxFunnelSteps)
        throw std::invalid_argument("a funnel has at most " + std::to_string(kMaxFunnelSteps) + " steps");
    if (q.exclusions.size() > static_cast<size_t>(kMaxFunnelExclusions))
        throw std::invalid_argument(
            "a funnel has at most " + std::to_string(kMaxFunnelExclusions) + " exclusions");
    if (q.windowMs && *q.windowMs < 0)
        throw std::invalid_argument("the conversion window cannot be negative");
    Plan p;
    p.snapshot = &s;
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
            if (t >= typeCount)
                throw std::invalid_argument("step " + std::to_string(k + 1) + ": unknown event type code");
            p.typeStepBits[t] |= 1u << k;
        }
        if (!step.where.empty()) p.stepWhere.emplace_back(k, maskFor(s, step.where, library, cancel));
    }
    for (size_t e = 0; e < q.exclusions.size(); ++e) {
        const auto& x = q.exclusions[e];
        if (x.fromStep < 1 || x.toStep > n || x.fromStep >= x.toStep)
            throw std::invalid_argument("exclusion " + x.label
                + " must lie between two steps: 1 <= from < to <= " + std::to_string(n) + " (got "
                + std::to_string(x.fromStep) + "-" + std::to_string(x.toStep) + ")");
        for (uint32_t t : x.types) {
            if (t >= typeCount)
                throw std::invalid_argument("exclusion " + x.label + ": unknown event type code");
            p.typeExclusionBits[t] |= 1u << e;
        }
        p.config.exclusions.emplace_back(x.fromStep, x.toStep);
        if (!x.where.empty())
            p.exclusionWhere.emplace_back(static_cast<int>(e), maskFor(s, x.where, library, cancel));
    }
    p.mask = buildEventMask(s, q.filter, library, cancel);
    if (q.holdConstant) {
        p.config.hold = true;
        p.hold = s.propertyColumn(q.holdConstant->scope, q.holdConstant->name, cancel);
        p.holdIsUser = q.holdConstant->scope == PropertyScope::User;
    }
    p.sessions = q.unit == CountingUnit::Sessions;
    p.breakdown = q.breakdown.kind;
    if (p.breakdown == FunnelBreakdown::Kind::Property) {
        p.byColumn = s.propertyColumn(q.breakdown.property.scope, q.breakdown.property.name, cancel);
        p.byUser = q.breakdown.property.scope == PropertyScope::User;
    } else if (p.breakdown == FunnelBreakdown::Kind::Segments) {
        if (q.breakdown.segments.empty())
            throw std::invalid_argument("a breakdown by segments needs at least one saved segment");
        for (const auto& name : q.breakdown.segments) {
            const auto it = library.find(name);
            if (it == library.end()) throw std::invalid_argument("no saved segment named \"" + name + "\"");
            p.segmentMembers.push_back(segmentMembers(s, it->second, library, cancel));
        }
    }
    return p;
}

} // namespace

const std::vector<int64_t>& histogramEdgesMs()
{
    static const std::vector<int64_t> edges = [] {
        std::vector<int64_t> e;
        for (int64_t seconds : { 0LL, 10LL, 60LL, 300LL, 900LL, 3600LL, 21600LL, 86400LL, 259200LL, 604800LL,
                 1209600LL, 2592000LL })
            e.push_back(seconds * 1000);
        return e;
    }();
    return edges;
}

namespace {

// The q-quantile (linear interpolation between order statistics, as stats::quantileSorted) by
// selection, not sorting; values before `from` must all be no larger than those after it.
double quantileSelect(std::vector<int64_t>& v, double q, size_t from = 0)
{
    const double h = (static_cast<double>(v.size()) - 1.0) * q;
    const auto lo = std::max(from, static_cast<size_t>(std::floor(h)));
    std::nth_element(
        v.begin() + static_cast<ptrdiff_t>(from), v.begin() + static_cast<ptrdiff_t>(lo), v.end());
    const double frac = h - static_cast<double>(lo);
    if (lo + 1 >= v.size() || frac <= 0) return static_cast<double>(v[lo]);
    const int64_t next = *std::min_element(v.begin() + static_cast<ptrdiff_t>(lo) + 1, v.end());
    return static_cast<double>(v[lo]) + frac * static_cast<double>(next - v[lo]);
}

std::optional<TimeToConvert> timeStats(std::vector<int64_t> ms)
{
    if (ms.empty()) return std::nullopt;
    TimeToConvert t;
    t.count = static_cast<int64_t>(ms.size());
    const auto& edges = histogramEdgesMs();
    std::vector<int64_t> counts(edges.size(), 0);
    long double sum = 0;
    for (int64_t v : ms) {
        sum += v;
        const auto b = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
        if (b > 0) ++counts[static_cast<size_t>(b - 1)];
    }
    t.meanSeconds = static_cast<double>(sum / static_cast<long double>(ms.size()) / 1000.0L);
    t.medianSeconds = quantileSelect(ms, 0.5) / 1000.0;
    const auto mid = static_cast<size_t>(std::floor((static_cast<double>(ms.size()) - 1.0) * 0.5));
    t.p90Seconds = quantileSelect(ms, 0.9, mid) / 1000.0;
    for (size_t b = 0; b < edges.size(); ++b) {
        HistogramBucket bucket;
        bucket.fromMs = edges[b];
        bucket.toMs = b + 1 < edges.size() ? edges[b + 1] : -1;
        bucket.count = counts[b];
        t.histogram.push_back(bucket);
    }
    return t;
}

std::vector<FunnelStepResult> stepResults(const FunnelQuery& q, Accumulator& acc)
{
    const size_t n = q.steps.size();
    std::vector<int64_t> reached(n, 0);
    for (size_t k = 0; k < n; ++k)
        for (size_t l = k + 1; l < acc.atLevel.size(); ++l)
            reached[k] += acc.atLevel[l];
    std::vector<FunnelStepResult> out(n);
    for (size_t k = 0; k < n; ++k) {
        auto& r = out[k];
        // In any order the k-th row is not one step but how many of them a unit completed.
        r.label = q.order == FunnelOrder::Any
            ? "completed " + std::to_string(k + 1) + (k == 0 ? " step" : " steps")
            : q.steps[k].label;
        r.count = reached[k];
        const int64_t first = reached[0];
        const int64_t previous = k == 0 ? reached[0] : reached[k - 1];
        if (previous > 0)
            r.conversionFromPrevious = static_cast<double>(r.count) / static_cast<double>(previous);
        if (first > 0) r.conversionFromFirst = static_cast<double>(r.count) / static_cast<double>(first);
        r.dropOff = k == 0 ? 0 : previous - r.count;
        r.ci95 = stats::wilson(r.count, first);
        r.ci95FromPrevious = stats::wilson(r.count, previous);
        if (k > 0) r.timeFromPrevious = timeStats(std::move(acc.times[k]));
    }
    return out;
}

void addTests(const FunnelQuery& q, FunnelResult& result, const std::vector<FunnelStepResult>& overall)
{
    const size_t n = q.steps.size();
    auto& groups = result.breakdown;
    std::vector<double> chiP;
    std::vector<StepTest*> chiTests;
    if (!result.groupsOverlap) {
        for (size_t k = 1; k < n; ++k) {
            std::vector<int64_t> successes, trials;
            for (const auto& g : groups) {
                successes.push_back(g.steps[k].count);
                trials.push_back(g.steps[k - 1].count);
            }
            const auto chi = stats::chiSquareHomogeneity(successes, trials);
            if (!chi) continue;
            result.tests.push_back(
                { static_cast<int>(k + 1), chi->statistic, chi->df, chi->pValue, 1.0, false });
        }
        for (auto& t : result.tests)
            chiP.push_back(t.pValue);
        const auto adjusted = stats::benjaminiHochberg(chiP);
        for (size_t i = 0; i < result.tests.size(); ++i) {
            result.tests[i].pAdjusted = adjusted[i];
            result.tests[i].significant = adjusted[i] <= q.alpha;
        }
    }
    // Each group against every other unit: the rest is the overall funnel minus the group, which
    // is right for disjoint property groups and for overlapping segments alike.
    std::vector<double> pairP;
    std::vector<PairwiseTest*> pairTests;
    for (auto& g : groups) {
        for (size_t k = 1; k < n; ++k) {
            const int64_t x1 = g.steps[k].count, n1 = g.steps[k - 1].count;
            const int64_t x2 = overall[k].count - x1, n2 = overall[k - 1].count - n1;
            const auto z = stats::twoProportionZ(x1, n1, x2, n2);
            if (!z) continue;
            g.vsRest.push_back({ static_cast<int>(k + 1), z->z, z->pValue, 1.0, false });
        }
    }
    for (auto& g : groups)
        for (auto& t : g.vsRest) {
            pairP.push_back(t.pValue);
            pairTests.push_back(&t);
        }
    const auto adjusted = stats::benjaminiHochberg(pairP);
    for (size_t i = 0; i < pairTests.size(); ++i) {
        pairTests[i]->pAdjusted = adjusted[i];
        pairTests[i]->significant = adjusted[i] <= q.alpha;
    }
}

} // namespace

FunnelResult runFunnel(const Snapshot& snapshot, const FunnelQuery& query, const SegmentLibrary& segments,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    const Plan plan = makePlan(snapshot, query, segments, cancel);
    jobs::throwIfCancelled(cancel);

    const uint32_t users = snapshot.userCount();
    int threads = query.threads > 0 ? query.threads : QThread::idealThreadCount();
    threads = std::clamp(threads, 1, 16);
    if (query.threads <= 0 && snapshot.eventCount() < 50000)
        threads = 1; // thread start-up costs more than it saves
    // Split users so that each thread gets about the same number of events.
    std::vector<uint32_t> bounds { 0 };
    for (int t = 1; t < threads; ++t) {
        const auto target = static_cast<uint32_t>(static_cast<uint64_t>(snapshot.eventCount()) * t / threads);
        const uint32_t userAt = users ? snapshot.userOfEvent(std::min(target, snapshot.eventCount() - 1)) : 0;
        bounds.push_back(std::max(bounds.back(), userAt));
    }
    bounds.push_back(users);

    std::vector<Partial> partials(static_cast<size_t>(threads));
    std::atomic<bool> stop { false };
    std::vector<std::exception_ptr> errors(static_cast<size_t>(threads));
    auto work = [&](int t) {
        try {
            Worker worker(plan, partials[static_cast<size_t>(t)]);
            const uint32_t from = bounds[static_cast<size_t>(t)], to = bounds[static_cast<size_t>(t) + 1];
            for (uint32_t u = from; u < to; ++u) {
                if ((u & 1023) == 0) {
                    if ((cancel && cancel->isCancelled()) || stop.load(std::memory_order_relaxed)) return;
                    if (t == 0 && progress && to > from) progress->report(0.95 * (u - from) / (to - from));
                }
                worker.user(u);
            }
        } catch (...) {
            errors[static_cast<size_t>(t)] = std::current_exception();
            stop = true;
        }
    };
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work, t);
        work(0);
        for (auto& th : pool)
            th.join();
    }
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
    jobs::throwIfCancelled(cancel);

    Partial merged = std::move(partials[0]);
    for (size_t t = 1; t < partials.size(); ++t) {
        merged.all.merge(std::move(partials[t].all));
        for (size_t g = 0; g < merged.groups.size(); ++g)
            merged.groups[g].merge(std::move(partials[t].groups[g]));
        merged.units += partials[t].units;
    }

    FunnelResult result;
    result.units = merged.units;
    result.steps = stepResults(query, merged.all);
    if (plan.breakdown != FunnelBreakdown::Kind::None) {
        for (size_t g = 0; g < merged.groups.size(); ++g) {
            auto& acc = merged.groups[g];
            const int64_t entered
                = static_cast<int64_t>(std::accumulate(acc.atLevel.begin() + 1, acc.atLevel.end(), 0LL));
            const bool isSegment = plan.breakdown == FunnelBreakdown::Kind::Segments;
            if (!isSegment && entered == 0) continue; // a value never seen at step 1
            FunnelGroupResult group;
            group.missing = !isSegment && g == 0;
            group.value = isSegment ? query.breakdown.segments[g] : plan.byColumn->values[g];
            group.steps = stepResults(query, acc);
            result.breakdown.push_back(std::move(group));
        }
        if (plan.breakdown == FunnelBreakdown::Kind::Segments) {
            for (uint32_t u = 0; u < users && !result.groupsOverlap; ++u) {
                int in = 0;
                for (const auto& m : plan.segmentMembers)
                    in += m[u];
                result.groupsOverlap = in > 1;
            }
        } else {
            std::stable_sort(
                result.breakdown.begin(), result.breakdown.end(), [](const auto& a, const auto& b) {
                    if (a.steps[0].count != b.steps[0].count) return a.steps[0].count > b.steps[0].count;
                    if (a.missing != b.missing) return b.missing;
                    return a.value < b.value;
                });
        }
        addTests(query, result, result.steps);
    }
    if (progress) progress->report(1.0);
    return result;
}

} // namespace waymark::analysis
