#pragma once

#include <cstdint>
#include <functional>
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

enum class SessionSort { Start, User, Duration, Events, Segment, Label };

// Which sessions a list shows, in what order. Restrictions combine with AND.
struct ListQuery {
    std::optional<int64_t> fromMs; // session start, inclusive
    std::optional<int64_t> toMs; // exclusive
    std::optional<std::vector<int64_t>> userIds; // drill-down: only these users
    std::optional<std::vector<int64_t>> sessionIds; // drill-down or segment filter: only these sessions
    bool labelledOnly = false; // only sessions a researcher tagged
    SessionSort sort = SessionSort::Start;
    bool descending = false;
};

// One row of the session list.
struct SessionRecord {
    int64_t id = 0;
    int64_t userId = 0;
    std::string user; // the user's external id
    std::string email;
    int64_t startMs = 0;
    int64_t endMs = 0;
    int64_t events = 0;
    std::string segment; // the user's account segment, when the CRM import gave one
    std::optional<int> label; // -1 negative, 0 neutral, 1 positive
    std::string note;
};

// Streams the ids of the sessions `query` selects, in its order, `chunk` at a time: deliver(ids,
// complete) is called for each chunk and once more (possibly empty) at the end. `stop` is asked
// every few thousand rows; listing ends early (returning false) when it says so.
bool listSessionIds(store::Database& db, const ListQuery& query, size_t chunk,
    const std::function<void(std::vector<int64_t>&& ids, bool complete)>& deliver,
    const std::function<bool()>& stop = {});

// The rows of `ids`, in that order. A session that no longer exists comes back with only its id.
std::vector<SessionRecord> fetchSessions(store::Database& db, const std::vector<int64_t>& ids);

// The ids (sorted) of the sessions with at least one event the mask keeps (an empty mask keeps
// all): how a segment or event filter narrows the session list.
std::vector<int64_t> sessionsWithEvents(const analysis::Snapshot& snapshot, const std::vector<uint8_t>& mask);

// "positive", "negative", "neutral", or "" for none (the CLI's and the JSON's words).
const char* labelWord(const std::optional<int>& label);
// The inverse of labelWord ("none" for no tag); false for anything else.
bool parseLabelWord(const std::string& word, std::optional<int>& label);

} // namespace waymark::sessions
