#pragma once

#include "funnel.h"

#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace waymark::analysis::kernel {

// One event of a unit (a user or a session), in time order, reduced to what the kernel needs.
struct UnitEvent {
    int64_t ts = 0;
    uint32_t stepBits = 0; // bit s: the event matches step s (0-based)
    uint32_t exclusionBits = 0; // bit e: the event is excluded by exclusion e
    uint32_t hold = 0; // held property's code (0 = missing); unused without hold
    uint32_t event = 0; // index into the snapshot
};

struct Config {
    int steps = 0;
    FunnelOrder order = FunnelOrder::Ordered;
    int64_t windowMs = INT64_MAX;
    bool strictIncrease = false;
    bool hold = false;
    std::vector<std::pair<int, int>> exclusions; // 1-based (from, to), bit e = exclusions[e]
    // Events that match no step and no exclusion may be left out of a unit, except in strict
    // order, where they break a run.
    bool keepsUnmatchedEvents() const { return order == FunnelOrder::Strict; }
};

struct Outcome {
    int level = 0; // steps reached by the best clean attempt
    // positions (into the unit's events) of the events that reached each step of that attempt;
    // in any order, step k is "the k-th step completed"
    std::array<uint32_t, kMaxFunnelSteps> positions {};
};

// Scratch space reused between units by one thread.
struct Scratch {
    std::vector<int32_t> owner; // any order: event position matched to each step
};

// The level of a unit over all of its attempts (one per step-1 event, or per matching event in
// any order) and the attempt that reached it, the earliest one when several tie.
Outcome evaluateUnit(const Config& config, std::span<const UnitEvent> events, Scratch& scratch);

} // namespace waymark::analysis::kernel
