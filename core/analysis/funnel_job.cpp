#include "funnel_job.h"

namespace waymark::analysis {

jobs::JobRunner::Work<FunnelResult> funnelJob(
    std::shared_ptr<SnapshotCache> cache, FunnelQueryBuilder makeQuery, SegmentLibrary segments)
{
    return [cache = std::move(cache), makeQuery = std::move(makeQuery), segments = std::move(segments)](
               const jobs::CancelToken& token, jobs::ProgressSink& sink) {
        const jobs::ProgressRange whole(&sink, 0, 1);
        const jobs::ProgressRange build = whole.sub(0, 0.5);
        const jobs::ProgressRange run = whole.sub(0.5, 1);
        const SnapshotPtr snapshot = cache->get(&token, &build);
        const FunnelQuery query = makeQuery(*snapshot);
        return runFunnel(*snapshot, query, segments, &token, &run);
    };
}

} // namespace waymark::analysis
