#pragma once

#include "property_column.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

namespace waymark::store {
class Database;
}
namespace waymark::jobs {
class CancelToken;
class ProgressRange;
} // namespace waymark::jobs

namespace waymark::analysis {

struct EventTypeInfo {
    int64_t id = 0; // event_types.id
    std::string canonical;
    std::string displayName;
    int64_t stageId = 0; // 0 = no stage
};

struct StageInfo {
    int64_t id = 0;
    std::string name;
    int64_t ordinal = 0;
};

struct PropertyKeyInfo {
    PropertyScope scope = PropertyScope::Event;
    std::string name;
    std::string type;
};

// What the snapshot was built from, compared to decide whether the project changed since.
struct Fingerprint {
    int64_t maxEventId = 0;
    int64_t sources = 0;
    int64_t maxSourceId = 0;
    int64_t identities = 0;
    int64_t identityUserSum = 0;
    int64_t maxUserId = 0;
    uint64_t typesHash = 0; // event types with their stages, and the stages
    bool operator==(const Fingerprint&) const = default;
    static Fingerprint read(store::Database& db);
};

// One event for Snapshot::fromEvents (tests and benchmarks build snapshots without a project file).
struct RawEvent {
    uint32_t user = 0; // any user key; users are ordered by it
    int64_t ts = 0;
    uint32_t type = 0; // index into the types given to fromEvents
    uint32_t session = 0; // any session key
    std::string props; // JSON object text, or empty
};

// The columnar, integer-coded copy of a project's events that every analysis runs on. Events are
// sorted by (user, ts, import order) and laid out per user (CSR): the events of dense user u are
// [userBegin(u), userEnd(u)). Core columns cost 20 bytes an event. Immutable once built (property
// columns are loaded lazily behind a mutex but never change), so one instance is shared between
// threads as std::shared_ptr<const Snapshot>.
class Snapshot {
public:
    // Reads the project through db; for large projects a second read-only connection to the same
    // file scans half the events in parallel. Throws jobs::Cancelled or store::DatabaseError.
    static std::shared_ptr<const Snapshot> build(store::Database& db,
        const jobs::CancelToken* cancel = nullptr, const jobs::ProgressRange* progress = nullptr);
    // Builds from events in memory; their order in the vector is their import order.
    static std::shared_ptr<const Snapshot> fromEvents(
        std::vector<RawEvent> events, std::vector<EventTypeInfo> types);

    uint32_t userCount() const { return static_cast<uint32_t>(m_userIds.size()); }
    uint32_t eventCount() const { return static_cast<uint32_t>(m_ts.size()); }
    uint32_t userBegin(uint32_t user) const { return m_userOffsets[user]; }
    uint32_t userEnd(uint32_t user) const { return m_userOffsets[user + 1]; }
    uint32_t userOfEvent(uint32_t event) const;

    std::span<const int64_t> ts() const { return m_ts; }
    std::span<const uint32_t> types() const { return m_type; }
    std::span<const uint32_t> sessions() const { return m_session; }
    int64_t eventRowId(uint32_t event) const { return m_rowBase + m_rowDelta[event]; }
    int64_t userId(uint32_t user) const { return m_userIds[user]; } // users.id (or the fromEvents key)
    int64_t sessionId(uint32_t session) const { return m_sessionIds[session]; }
    uint32_t sessionCount() const { return static_cast<uint32_t>(m_sessionIds.size()); }
    int64_t minTs() const { return m_minTs; }
    int64_t maxTs() const { return m_maxTs; }

    const std::vector<EventTypeInfo>& eventTypes() const { return m_types; }
    const std::vector<StageInfo>& stages() const { return m_stages; }
    const std::vector<PropertyKeyInfo>& propertyKeys() const { return m_propertyKeys; }
    const Fingerprint& fingerprint() const { return m_fingerprint; }
    const std::string& projectPath() const { return m_path; }

    // Dictionary-coded property columns, loaded on first use and cached. Event columns have one
    // code per event (snapshot order), user columns one per dense user.
    // Loading reads every event's props once (about a second for 10M events) and polls `cancel`.
    std::shared_ptr<const PropertyColumn> propertyColumn(
        PropertyScope scope, const std::string& name, const jobs::CancelToken* cancel = nullptr) const;

    // Bytes held by the core columns (not property columns), for the memory budget check.
    size_t coreBytes() const;

private:
    Snapshot() = default;
    friend class SnapshotAssembler;
    std::shared_ptr<PropertyColumn> loadColumn(
        PropertyScope scope, const std::string& name, const jobs::CancelToken* cancel) const;

    std::string m_path;
    Fingerprint m_fingerprint;
    std::vector<uint32_t> m_userOffsets; // userCount() + 1 entries
    std::vector<int64_t> m_userIds;
    std::vector<int64_t> m_ts;
    std::vector<uint32_t> m_type;
    std::vector<uint32_t> m_session;
    std::vector<uint32_t> m_rowDelta; // events.id - m_rowBase: props are fetched by row id
    int64_t m_rowBase = 0;
    std::vector<int64_t> m_sessionIds;
    int64_t m_minTs = 0;
    int64_t m_maxTs = 0;
    std::vector<EventTypeInfo> m_types;
    std::vector<StageInfo> m_stages;
    std::vector<PropertyKeyInfo> m_propertyKeys;
    // In-memory snapshots keep their props here instead of a project file.
    std::vector<std::string> m_memoryProps; // by row id
    std::vector<std::string> m_memoryUserProps;

    mutable std::mutex m_columnsMutex;
    mutable std::map<std::pair<int, std::string>, std::shared_ptr<const PropertyColumn>> m_columns;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace waymark::analysis
