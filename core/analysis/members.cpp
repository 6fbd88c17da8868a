#include "members.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/store/database.h"
#include "funnel_kernel.h"
#include "snapshot.h"

#include <stdexcept>

namespace waymark::analysis {

namespace {

// What runFunnel prepares before it walks the units (funnel.cpp keeps its plan private; the
// tests compare the levels found here with runFunnel's counts).
struct LevelPlan {
    kernel::Config config;
    std::vector<uint32_t> typeStepBits;
    std::vector<uint32_t> typeExclusionBits;
    std::vector<std::pair<int, EventMask>> stepWhere;
    std::vector<std::pair<int, EventMask>> exclusionWhere;
    EventMask mask;
    std::shared_ptr<const PropertyColumn> hold;
    bool holdIsUser = false;
};

LevelPlan makePlan(const Snapshot& s, const FunnelQuery& q, const SegmentLibrary& library)
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
    LevelPlan p;
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
        if (!step.where.empty()) p.stepWhere.emplace_back(k, evaluateConditions(s, step.where, library));
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
            p.exclusionWhere.emplace_back(static_cast<int>(e), evaluateConditions(s, x.where, library));
    }
    p.mask = buildEventMask(s, q.filter, library);
    if (q.holdConstant) {
        p.config.hold = true;
        p.hold = s.propertyColumn(q.holdConstant->scope, q.holdConstant->name);
        p.holdIsUser = q.holdConstant->scope == PropertyScope::User;
    }
    return p;
}

} // namespace

std::vector<UnitLevel> funnelLevels(const Snapshot& s, const FunnelQuery& q, const SegmentLibrary& segments,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    const LevelPlan plan = makePlan(s, q, segments);
    const int threads = scanThreads(s, q.threads);
    std::vector<std::vector<UnitLevel>> parts(static_cast<size_t>(threads));
    std::vector<UnitWalker> walkers;
    std::vector<kernel::Scratch> scratch(static_cast<size_t>(threads));
    std::vector<std::vector<kernel::UnitEvent>> buffers(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t)
        walkers.emplace_back(s, plan.mask, q.unit);
    const auto ts = s.ts();
    const auto types = s.types();
    scanUsers(s, threads, cancel, progress, [&](int t, uint32_t u) {
        auto& unitEvents = buffers[static_cast<size_t>(t)];
        const uint32_t userHold = plan.hold && plan.holdIsUser ? plan.hold->codes[u] : 0;
        walkers[static_cast<size_t>(t)].user(u, [&](UnitRef unit, std::span<const uint32_t> events) {
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
                // Outside strict order an event that matches nothing cannot change the outcome.
                if (plan.config.keepsUnmatchedEvents() || e.stepBits || e.exclusionBits)
                    unitEvents.push_back(e);
            }
            const auto outcome
                = kernel::evaluateUnit(plan.config, unitEvents, scratch[static_cast<size_t>(t)]);
            parts[static_cast<size_t>(t)].push_back({ unit, outcome.level });
        });
    });
    std::vector<UnitLevel> all = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t)
        all.insert(all.end(), parts[t].begin(), parts[t].end());
    return all;
}

UnitPage funnelMembers(const Snapshot& s, const FunnelQuery& q, int step, bool dropped, int64_t offset,
    int64_t limit, const SegmentLibrary& segments, const jobs::CancelToken* cancel,
    const jobs::ProgressRange* progress)
{
    const int n = static_cast<int>(q.steps.size());
    if (step < 1 || step > n)
        throw std::invalid_argument(
            "step must be between 1 and " + std::to_string(n) + " (got " + std::to_string(step) + ")");
    if (dropped && step < 2)
        throw std::invalid_argument(
            "nobody drops off at step 1: the drop-off of step N is counted from step 2 on");
    UnitPage page;
    for (const auto& [unit, level] : funnelLevels(s, q, segments, cancel, progress)) {
        if (dropped ? level != step - 1 : level < step) continue;
        if (page.total >= offset && (limit < 0 || static_cast<int64_t>(page.units.size()) < limit))
            page.units.push_back(unit);
        ++page.total;
    }
    return page;
}

std::vector<MemberInfo> describeMembers(
    store::Database& db, const Snapshot& s, const std::vector<UnitRef>& units)
{
    auto user = db.prepare("SELECT external_id FROM users WHERE id = ?");
    auto identities = db.prepare("SELECT external_id FROM identities WHERE user_id = ? ORDER BY id");
    auto session = db.prepare("SELECT external_id FROM sessions WHERE id = ?");
    std::vector<MemberInfo> out;
    out.reserve(units.size());
    for (const UnitRef& unit : units) {
        MemberInfo m;
        m.unit = unit;
        m.userId = s.userId(unit.user);
        user.bind(1, m.userId);
        if (user.step()) m.user = std::string(user.columnText(0));
        user.reset();
        identities.bind(1, m.userId);
        while (identities.step())
            m.identities.emplace_back(identities.columnText(0));
        identities.reset();
        if (unit.session != kNoSession) {
            m.sessionId = s.sessionId(unit.session);
            session.bind(1, *m.sessionId);
            if (session.step() && !session.columnIsNull(0)) m.session = std::string(session.columnText(0));
            session.reset();
        }
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace waymark::analysis
