#include "timeline_data.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/store/project.h"

namespace waymark::ui {

SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    int64_t sessionId, const jobs::CancelToken& cancel)
{
    auto project = store::Project::openReadOnly(projectPath);
    const auto snapshot = snapshots.get(&cancel);
    cancel.throwIfCancelled();
    return sessions::loadTimeline(project->db(), *snapshot, sessionId);
}

} // namespace waymark::ui
