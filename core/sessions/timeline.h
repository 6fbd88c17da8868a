#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark::store {
class Database;
}
namespace waymark::analysis {
class Snapshot;
}

namespace waymark::sessions {

struct TimelineEvent {
    int64_t rowId = 0; // events.id
    int64_t tsMs = 0;
    std::string name; // the event type's display name
    std::string stage; // the journey stage of its type, if any
    std::string props; // JSON object text, empty when the event has none
};

// A support ticket or a feedback response of the session's user, near the session in time.
struct LinkedRecord {
    enum class Kind { Ticket, Feedback };
    Kind kind = Kind::Ticket;
    int64_t tsMs = 0;
    std::string subject, status, theme; // tickets
    std::string feedbackKind, comment; // feedback ("nps", "csat", ...)
    std::optional<double> score;
};

struct Timeline {
    int64_t sessionId = 0;
    int64_t userId = 0;
    std::string user; // external id
    int64_t startMs = 0;
    int64_t endMs = 0;
    std::vector<TimelineEvent> events;
    std::vector<LinkedRecord> linked; // by time
};

// Records this long before the session or after it count as linked to it.
inline constexpr int64_t kLinkWindowMs = 48ll * 3600 * 1000;

// One session's events in order (from the snapshot: events have no index by session, the snapshot
// groups them by user), their properties by row id, and the user's tickets and feedback around it.
// Throws std::runtime_error when the session does not exist.
Timeline loadTimeline(store::Database& db, const analysis::Snapshot& snapshot, int64_t sessionId);

} // namespace waymark::sessions
