#pragma once

#include "core/sessions/timeline.h"

#include <cstdint>
#include <string>

namespace waymark::analysis {
class SnapshotCache;
}
namespace waymark::jobs {
class CancelToken;
}

namespace waymark::ui {

// What the timeline view shows: the core's session timeline as it is.
using SessionTimeline = sessions::Timeline;

// sessions::loadTimeline over the project's snapshot, on its own read-only connection. Runs on a
// worker thread.
SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    int64_t sessionId, const jobs::CancelToken& cancel);

} // namespace waymark::ui
