#include "funnel_reference.h"

#include <algorithm>

namespace waymark::test::ref {

namespace {

bool inWindow(const Query& q, const std::vector<Event>& ev, int start, int i)
{
    return !q.window || ev[static_cast<size_t>(i)].ts - ev[static_cast<size_t>(start)].ts <= *q.window;
}

bool matchesStep(const Query& q, const Event& e, int step)
{
    const Step& s = q.steps[static_cast<size_t>(step)];
    return s.types.count(e.type) && (s.whereP.empty() || e.p == s.whereP);
}

bool sameHold(const Query& q, const std::vector<Event>& ev, int start, int i)
{
    return !q.hold || ev[static_cast<size_t>(i)].dev == ev[static_cast<size_t>(start)].dev;
}

// Every increasing sequence of events that takes the steps in order; keeps the longest, and of
// those the lexicographically smallest (the earliest events).
void enumerate(const Query& q, const std::vector<Event>& ev, std::vector<int>& path, std::vector<int>& best)
{
    if (path.size() > best.size() || (path.size() == best.size() && path < best)) best = path;
    const int k = static_cast<int>(path.size());
    if (k == static_cast<int>(q.steps.size())) return;
    const int start = path.front();
    for (int i = path.back() + 1; i < static_cast<int>(ev.size()); ++i) {
        if (!inWindow(q, ev, start, i)) break;
        const Event& e = ev[static_cast<size_t>(i)];
        if (!matchesStep(q, e, k) || !sameHold(q, ev, start, i)) continue;
        if (q.strictIncrease && e.ts <= ev[static_cast<size_t>(path.back())].ts) continue;
        path.push_back(i);
        enumerate(q, ev, path, best);
        path.pop_back();
    }
}

// Largest number of steps that distinct events among `candidates` can cover, by trying every
// assignment of events to steps.
int maxAssignment(const Query& q, const std::vector<Event>& ev, const std::vector<int>& candidates,
    size_t step, std::vector<bool>& used)
{
    if (step == q.steps.size()) return 0;
    int best = maxAssignment(q, ev, candidates, step + 1, used); // leave this step uncovered
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (used[c] || !matchesStep(q, ev[static_cast<size_t>(candidates[c])], static_cast<int>(step)))
            continue;
        used[c] = true;
        best = std::max(best, 1 + maxAssignment(q, ev, candidates, step + 1, used));
        used[c] = false;
    }
    return best;
}

int windowEnd(const Query& q, const std::vector<Event>& ev, int start)
{
    int end = start;
    while (end < static_cast<int>(ev.size()) && inWindow(q, ev, start, end))
        ++end;
    return end;
}

// positions[k] = event at which k + 1 steps were first complete.
std::vector<int> attempt(const Query& q, const std::vector<Event>& ev, int start)
{
    const int n = static_cast<int>(q.steps.size());
    if (q.order == Order::Ordered) {
        std::vector<int> path { start }, best;
        enumerate(q, ev, path, best);
        return best;
    }
    if (q.order == Order::Strict) {
        std::vector<int> path { start };
        for (int k = 1; k < n; ++k) {
            const int i = start + k;
            if (i >= static_cast<int>(ev.size()) || !inWindow(q, ev, start, i)
                || !matchesStep(q, ev[static_cast<size_t>(i)], k) || !sameHold(q, ev, start, i)
                || (q.strictIncrease && ev[static_cast<size_t>(i)].ts <= ev[static_cast<size_t>(i - 1)].ts))
                break;
            path.push_back(i);
        }
        return path;
    }
    std::vector<int> positions;
    const int end = windowEnd(q, ev, start);
    std::vector<int> candidates;
    for (int p = start; p < end; ++p) {
        if (!sameHold(q, ev, start, p)) continue;
        candidates.push_back(p);
        std::vector<bool> used(candidates.size(), false);
        const int covered = maxAssignment(q, ev, candidates, 0, used);
        while (static_cast<int>(positions.size()) < covered)
            positions.push_back(p);
    }
    return positions;
}

bool excluded(const Query& q, const std::vector<Event>& ev, int start, const std::vector<int>& pos)
{
    const int level = static_cast<int>(pos.size());
    for (const auto& x : q.exclusions) {
        if (x.from > level) continue;
        const int lo = pos[static_cast<size_t>(x.from - 1)];
        const int hi = x.to <= level ? pos[static_cast<size_t>(x.to - 1)] : windowEnd(q, ev, start);
        for (int i = lo + 1; i < hi; ++i)
            if (x.types.count(ev[static_cast<size_t>(i)].type)) return true;
    }
    return false;
}

} // namespace

Outcome evaluate(const Query& q, const std::vector<Event>& ev)
{
    Outcome best;
    for (int start = 0; start < static_cast<int>(ev.size()); ++start) {
        const Event& e = ev[static_cast<size_t>(start)];
        bool canStart = false;
        for (int k = 0; k < static_cast<int>(q.steps.size()); ++k)
            if ((k == 0 || q.order == Order::Any) && matchesStep(q, e, k)) canStart = true;
        if (!canStart || (q.hold && e.dev.empty())) continue;
        const std::vector<int> pos = attempt(q, ev, start);
        if (excluded(q, ev, start, pos)) continue;
        if (static_cast<int>(pos.size()) > best.level) {
            best.level = static_cast<int>(pos.size());
            best.start = start;
            best.stepTs.clear();
            for (int i : pos)
                best.stepTs.push_back(ev[static_cast<size_t>(i)].ts);
        }
    }
    return best;
}

} // namespace waymark::test::ref
