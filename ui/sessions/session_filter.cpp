#include "session_filter.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/sessions/session_list.h"
#include "core/store/project.h"

namespace waymark::ui {

QVector<qint64> sessionsMatching(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const analysis::EventFilter& filter, const jobs::CancelToken& cancel)
{
    const auto snapshot = snapshots.get(&cancel);
    auto project = store::Project::openReadOnly(projectPath);
    const analysis::EventMask mask
        = analysis::buildEventMask(*snapshot, filter, analysis::loadSegments(project->db()));
    cancel.throwIfCancelled();
    const auto kept = sessions::sessionsWithEvents(*snapshot, mask);
    return QVector<qint64>(kept.begin(), kept.end());
}

} // namespace waymark::ui
