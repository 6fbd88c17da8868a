#pragma once

#include "snapshot.h"

#include <memory>
#include <mutex>
#include <string>

namespace waymark::store {
class Database;
}

namespace waymark::analysis {

// Keeps one snapshot of a project and rebuilds it only when the project changed. The check is
// cheap: SQLite's data_version on the cache's own connection tells whether anyone committed
// since; only then is the fingerprint (max ids, sources, identity links, event types and
// stages) compared, so saving a view or a segment does not cost a rebuild.
class SnapshotCache {
public:
    explicit SnapshotCache(std::string projectPath);
    ~SnapshotCache();

    // The current snapshot, built on first use or after a change. Thread-safe: concurrent callers
    // share one build. Throws what Snapshot::build throws.
    SnapshotPtr get(const jobs::CancelToken* cancel = nullptr, const jobs::ProgressRange* progress = nullptr);
    // Whether the cached snapshot still describes the project (false when there is none).
    bool isCurrent();
    void invalidate();
    const std::string& path() const { return m_path; }

private:
    bool unchangedLocked();

    std::string m_path;
    std::mutex m_mutex;
    std::unique_ptr<store::Database> m_db;
    int64_t m_dataVersion = -1;
    SnapshotPtr m_snapshot;
};

} // namespace waymark::analysis
