#pragma once

// A deliberately simple funnel evaluator for the randomised comparison: it enumerates every
// matching instead of walking greedily, recomputes maximum matchings from scratch by trying every
// assignment, and shares no code with core/analysis. Slow, and only for journeys of a dozen events.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace waymark::test::ref {

struct Event {
    int64_t ts = 0;
    int type = 0;
    std::string dev; // "" = missing
    std::string p; // "" = missing
    uint32_t session = 0;
};

struct Step {
    std::set<int> types;
    std::string whereP; // when set, the event's p must equal it
};

struct Exclusion {
    std::set<int> types;
    int from = 1;
    int to = 2;
};

enum class Order { Ordered, Strict, Any };

struct Query {
    std::vector<Step> steps;
    Order order = Order::Ordered;
    std::optional<int64_t> window;
    bool strictIncrease = false;
    std::vector<Exclusion> exclusions;
    bool hold = false; // hold "dev" constant
};

struct Outcome {
    int level = 0;
    std::vector<int64_t> stepTs; // ts of the event that reached each step
    int start = -1; // index of the attempt's first event
};

// events: one unit, already in (ts, import order) order.
Outcome evaluate(const Query& q, const std::vector<Event>& events);

} // namespace waymark::test::ref
