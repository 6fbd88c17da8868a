#include "funnel_kernel.h"

#include <bit>

namespace waymark::analysis::kernel {

namespace {

struct Attempt {
    int level = 0;
    uint32_t windowEnd = 0; // first position past the window (valid when level < steps)
};

int64_t windowLimit(int64_t t0, int64_t window)
{
    return window > INT64_MAX - t0 ? INT64_MAX : t0 + window;
}

bool stepMatches(const Config& c, const UnitEvent& e, int step, const UnitEvent& start, int64_t lastTs)
{
    return (e.stepBits >> step & 1u) && (!c.hold || e.hold == start.hold)
        && (!c.strictIncrease || e.ts > lastTs);
}

Attempt ordered(const Config& c, std::span<const UnitEvent> ev, uint32_t a, uint32_t* pos)
{
    const int64_t limit = windowLimit(ev[a].ts, c.windowMs);
    Attempt r { 1, 0 };
    pos[0] = a;
    int64_t last = ev[a].ts;
    uint32_t j = a + 1;
    // Taking each step at its earliest possible event maximises how far the attempt gets.
    for (; j < ev.size() && ev[j].ts <= limit; ++j) {
        if (stepMatches(c, ev[j], r.level, ev[a], last)) {
            pos[r.level++] = j;
            last = ev[j].ts;
            if (r.level == c.steps) break;
        }
    }
    r.windowEnd = j;
    return r;
}

Attempt strict(const Config& c, std::span<const UnitEvent> ev, uint32_t a, uint32_t* pos)
{
    const int64_t limit = windowLimit(ev[a].ts, c.windowMs);
    Attempt r { 1, 0 };
    pos[0] = a;
    uint32_t j = a + 1;
    while (r.level < c.steps && j < ev.size() && ev[j].ts <= limit
        && stepMatches(c, ev[j], r.level, ev[a], ev[j - 1].ts)) {
        pos[r.level++] = j;
        ++j;
    }
    if (r.level < c.steps && !c.exclusions.empty())
        while (j < ev.size() && ev[j].ts <= limit)
            ++j;
    r.windowEnd = j;
    return r;
}

// Kuhn's augmenting path from event p over the steps it matches.
bool augment(std::span<const UnitEvent> ev, uint32_t p, uint32_t& visited, std::vector<int32_t>& owner)
{
    uint32_t bits = ev[p].stepBits & ~visited;
    while (bits) {
        const int s = std::countr_zero(bits);
        bits &= bits - 1;
        if (visited >> s & 1u) continue;
        visited |= 1u << s;
        if (owner[s] < 0 || augment(ev, static_cast<uint32_t>(owner[s]), visited, owner)) {
            owner[s] = static_cast<int32_t>(p);
            return true;
        }
    }
    return false;
}

// Any order: the largest set of distinct steps matched by distinct events in the window, grown one
// event at a time; positions[k] is the event at which k + 1 steps were first complete.
Attempt anyOrder(const Config& c, std::span<const UnitEvent> ev, uint32_t a, uint32_t* pos, Scratch& scratch)
{
    const int64_t limit = windowLimit(ev[a].ts, c.windowMs);
    scratch.owner.assign(static_cast<size_t>(c.steps), -1);
    Attempt r { 0, 0 };
    uint32_t p = a;
    for (; p < ev.size() && ev[p].ts <= limit; ++p) {
        if (!ev[p].stepBits || (c.hold && ev[p].hold != ev[a].hold)) continue;
        uint32_t visited = 0;
        if (augment(ev, p, visited, scratch.owner)) {
            pos[r.level++] = p;
            if (r.level == c.steps) break;
        }
    }
    r.windowEnd = p;
    return r;
}

bool disqualified(const Config& c, std::span<const UnitEvent> ev, const uint32_t* pos, const Attempt& at)
{
    for (size_t e = 0; e < c.exclusions.size(); ++e) {
        const auto [from, to] = c.exclusions[e];
        if (from > at.level) continue; // never got to the step the exclusion starts after
        const uint32_t lo = pos[from - 1];
        const uint32_t hi = to <= at.level ? pos[to - 1] : at.windowEnd;
        for (uint32_t p = lo + 1; p < hi; ++p)
            if (ev[p].exclusionBits >> e & 1u) return true;
    }
    return false;
}

} // namespace

Outcome evaluateUnit(const Config& c, std::span<const UnitEvent> ev, Scratch& scratch)
{
    Outcome best;
    std::array<uint32_t, kMaxFunnelSteps> pos {};
    const auto n = static_cast<uint32_t>(ev.size());
    for (uint32_t a = 0; a < n; ++a) {
        const uint32_t startBits = c.order == FunnelOrder::Any ? ev[a].stepBits : (ev[a].stepBits & 1u);
        if (!startBits || (c.hold && ev[a].hold == 0)) continue;
        Attempt at;
        switch (c.order) {
        case FunnelOrder::Ordered:
            at = ordered(c, ev, a, pos.data());
            break;
        case FunnelOrder::Strict:
            at = strict(c, ev, a, pos.data());
            break;
        case FunnelOrder::Any:
            at = anyOrder(c, ev, a, pos.data(), scratch);
            break;
        }
        const bool clean = c.exclusions.empty() || !disqualified(c, ev, pos.data(), at);
        if (clean && at.level > best.level) {
            best.level = at.level;
            std::copy(pos.begin(), pos.begin() + at.level, best.positions.begin());
            if (best.level == c.steps) break;
        }
        // A clean attempt whose scan ran to the unit's last event cannot be beaten by a later
        // start: that one sees a subset of the same events (strict order and a held property
        // break this, since a later start may begin a different run or value).
        if (clean && c.order != FunnelOrder::Strict && !c.hold && at.windowEnd == n && at.level < c.steps)
            break;
    }
    return best;
}

} // namespace waymark::analysis::kernel
