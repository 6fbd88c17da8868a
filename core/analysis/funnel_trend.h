#pragma once

#include "funnel.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

class Snapshot;

enum class TrendInterval { Day, Week };

// Units whose funnel started in one day or week (UTC) and how many of them reached the last step.
struct TrendBucket {
    int64_t startMs = 0; // 00:00 UTC of the day, or of the Monday of the ISO week
    int64_t entered = 0;
    int64_t converted = 0;
    std::optional<double> conversion; // converted / entered; none for an empty bucket
};

// The start of the day or ISO week (Monday) that holds `ms`, in UTC.
int64_t trendBucketStart(int64_t ms, TrendInterval interval);

// Conversion from the first to the last step over time, with the semantics of runFunnel (the
// breakdown is ignored). Each unit that entered counts once, in the bucket of the step-1 event of
// the attempt runFunnel reports for it: the one that reached furthest, the earliest when several
// tie (so a unit that never got past step 1 is bucketed by its first attempt). Buckets run from
// the first to the last one with an entry, empty ones included, so the series has no gaps.
// Throws std::invalid_argument like runFunnel.
std::vector<TrendBucket> funnelTrend(const Snapshot& snapshot, const FunnelQuery& query,
    TrendInterval interval, const SegmentLibrary& segments = {}, const jobs::CancelToken* cancel = nullptr,
    const jobs::ProgressRange* progress = nullptr);

} // namespace waymark::analysis
