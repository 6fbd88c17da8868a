#pragma once

#include "funnel.h"
#include "segment.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

// Variants: the distinct event sequences of the cases (sessions, or users' whole histories).
struct VariantQuery {
    CountingUnit unit = CountingUnit::Sessions;
    EventFilter filter;
    int top = 0; // variants returned; 0 = all
    std::vector<uint32_t> goalTypes; // the happy path reaches one of these; empty = no happy path
    bool collapseRepeats = false;
    int threads = 0; // 0 = one per core
};

struct Variant {
    std::vector<uint32_t> events; // type codes in case order
    int64_t count = 0; // cases
    double share = 0; // count / cases
    double coverage = 0; // share of this and every variant ranked before it
    int64_t rank = 0; // 1-based
};

// Variants ranked by count (most first), then by their event names compared in order (a prefix
// first).
struct VariantResult {
    std::vector<Variant> variants; // the first `top`
    int64_t cases = 0;
    int64_t distinct = 0; // all variants, not only those returned
    std::optional<Variant> happyPath; // the best-ranked variant containing a goal event
};

// Throws std::invalid_argument for a query that cannot run and jobs::Cancelled when cancelled.
VariantResult findVariants(const Snapshot& snapshot, const VariantQuery& query,
    const SegmentLibrary& segments = {}, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

} // namespace waymark::analysis
