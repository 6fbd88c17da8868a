#pragma once

#include "core/analysis/segment.h"

#include <QVector>

namespace waymark::analysis {
class SnapshotCache;
}
namespace waymark::jobs {
class CancelToken;
}

namespace waymark::ui {

// The sessions with at least one event the filter keeps (segment rules need the snapshot; the
// session table's own SQL handles the plain date range). Sorted by id. Runs on a worker thread.
QVector<qint64> sessionsMatching(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const analysis::EventFilter& filter, const jobs::CancelToken& cancel);

} // namespace waymark::ui
