#pragma once

#include "core/jobs/job_runner.h"
#include "funnel.h"
#include "snapshot_cache.h"

#include <functional>
#include <memory>

namespace waymark::analysis {

// Builds the query against the snapshot the job actually runs on: type codes and property
// columns belong to one snapshot, and the cache may have rebuilt it since the view was set up.
// Typically parses the view's step texts with parseStep() and friends; may throw
// std::invalid_argument, which reaches the view as the job's error.
using FunnelQueryBuilder = std::function<FunnelQuery(const Snapshot&)>;

// The work of a funnel view for JobRunner::submit<FunnelResult>: takes the cached snapshot (built
// or rebuilt first when the project changed: the first half of the progress) and runs the funnel
// on it (the second half). Everything is captured by value, so the job owns what it reads.
jobs::JobRunner::Work<FunnelResult> funnelJob(
    std::shared_ptr<SnapshotCache> cache, FunnelQueryBuilder makeQuery, SegmentLibrary segments = {});

} // namespace waymark::analysis
