#include "session_filter.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
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
    std::vector<uint8_t> keep(snapshot->sessionCount(), mask.empty() ? 1 : 0);
    const auto sessions = snapshot->sessions();
    for (size_t e = 0; e < mask.size(); ++e)
        if (mask[e] && sessions[e] < keep.size()) keep[sessions[e]] = 1;
    QVector<qint64> ids;
    for (uint32_t s = 0; s < keep.size(); ++s)
        if (keep[s]) ids.push_back(snapshot->sessionId(s));
    return ids;
}

} // namespace waymark::ui
