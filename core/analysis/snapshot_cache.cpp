#include "snapshot_cache.h"

#include "core/store/database.h"

namespace waymark::analysis {

SnapshotCache::SnapshotCache(std::string projectPath)
    : m_path(std::move(projectPath))
{
}

SnapshotCache::~SnapshotCache() = default;

bool SnapshotCache::unchangedLocked()
{
    if (!m_db) m_db = std::make_unique<store::Database>(m_path, store::Database::Mode::ReadOnly);
    const int64_t version = m_db->queryInt("PRAGMA data_version", -1);
    if (!m_snapshot) return false;
    if (version == m_dataVersion) return true;
    if (Fingerprint::read(*m_db) == m_snapshot->fingerprint()) {
        m_dataVersion = version;
        return true;
    }
    return false;
}

SnapshotPtr SnapshotCache::get(const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    std::lock_guard lock(m_mutex);
    if (unchangedLocked()) return m_snapshot;
    // data_version is read before the build: a commit racing with the build makes the next call
    // look again rather than trust a snapshot that may predate it.
    const int64_t version = m_db->queryInt("PRAGMA data_version", -1);
    m_snapshot = Snapshot::build(*m_db, cancel, progress);
    m_dataVersion = version;
    return m_snapshot;
}

bool SnapshotCache::isCurrent()
{
    std::lock_guard lock(m_mutex);
    return unchangedLocked();
}

void SnapshotCache::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_snapshot.reset();
    m_dataVersion = -1;
}

} // namespace waymark::analysis
