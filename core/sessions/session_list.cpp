#include "session_list.h"

#include "../analysis/snapshot.h"
#include "../store/database.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace waymark::sessions {

namespace {

std::string orderBy(const ListQuery& query)
{
    const char* key = "s.start_ts";
    switch (query.sort) {
    case SessionSort::Start:
        key = "s.start_ts";
        break;
    case SessionSort::User:
        key = "u.external_id";
        break;
    case SessionSort::Duration:
        key = "s.end_ts - s.start_ts";
        break;
    case SessionSort::Events:
        key = "s.event_count";
        break;
    case SessionSort::Segment:
        key = "a.segment";
        break;
    case SessionSort::Label:
        key = "l.label";
        break;
    }
    const char* dir = query.descending ? " DESC" : "";
    return std::string(" ORDER BY ") + key + dir + ", s.id" + dir;
}

} // namespace

bool listSessionIds(store::Database& db, const ListQuery& query, size_t chunk,
    const std::function<void(std::vector<int64_t>&& ids, bool complete)>& deliver,
    const std::function<bool()>& stop)
{
    // Only the joins the sort needs: listing a million ids must stay a single cheap scan.
    std::string sql = "SELECT s.id, s.user_id FROM sessions s";
    if (query.sort == SessionSort::User || query.sort == SessionSort::Segment)
        sql += " LEFT JOIN users u ON u.id = s.user_id";
    if (query.sort == SessionSort::Segment) sql += " LEFT JOIN accounts a ON a.id = u.account_id";
    if (query.sort == SessionSort::Label || query.labelledOnly)
        sql += std::string(query.labelledOnly ? " JOIN" : " LEFT JOIN")
            + " session_labels l ON l.session_id = s.id";
    // Only a real date range constrains start_ts: an open one would lead SQLite to walk the
    // sessions_start index for every sort, fetching each row at random (3x slower by user).
    const bool dated = query.fromMs || query.toMs;
    if (dated) sql += " WHERE s.start_ts >= ? AND s.start_ts < ?";
    sql += orderBy(query);
    auto st = db.prepare(sql);
    if (dated) st.bind(1, query.fromMs.value_or(INT64_MIN)).bind(2, query.toMs.value_or(INT64_MAX));

    std::unordered_set<int64_t> users, sessions;
    if (query.userIds) users.insert(query.userIds->begin(), query.userIds->end());
    if (query.sessionIds) sessions.insert(query.sessionIds->begin(), query.sessionIds->end());
    std::vector<int64_t> ids;
    ids.reserve(chunk);
    int sinceCheck = 0;
    while (st.step()) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (stop && stop()) return false;
        }
        const int64_t id = st.columnInt(0);
        if (query.userIds && !users.count(st.columnInt(1))) continue;
        if (query.sessionIds && !sessions.count(id)) continue;
        ids.push_back(id);
        if (ids.size() == chunk) {
            deliver(std::exchange(ids, {}), false);
            ids.reserve(chunk);
        }
    }
    deliver(std::move(ids), true);
    return true;
}

std::vector<SessionRecord> fetchSessions(store::Database& db, const std::vector<int64_t>& ids)
{
    std::vector<SessionRecord> rows(ids.size());
    if (ids.empty()) return rows;
    std::string sql = "SELECT s.id, s.user_id, u.external_id, u.email, s.start_ts, s.end_ts, s.event_count, "
                      "a.segment, l.label, l.note FROM sessions s LEFT JOIN users u ON u.id = s.user_id "
                      "LEFT JOIN accounts a ON a.id = u.account_id "
                      "LEFT JOIN session_labels l ON l.session_id = s.id WHERE s.id IN (";
    for (size_t i = 0; i < ids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    auto st = db.prepare(sql);
    for (size_t i = 0; i < ids.size(); ++i)
        st.bind(int(i + 1), ids[i]);
    std::unordered_map<int64_t, SessionRecord> byId;
    while (st.step()) {
        SessionRecord row;
        row.id = st.columnInt(0);
        row.userId = st.columnInt(1);
        row.user = std::string(st.columnText(2));
        row.email = std::string(st.columnText(3));
        row.startMs = st.columnInt(4);
        row.endMs = st.columnInt(5);
        row.events = st.columnInt(6);
        row.segment = std::string(st.columnText(7));
        if (!st.columnIsNull(8)) row.label = int(st.columnInt(8));
        row.note = std::string(st.columnText(9));
        byId.emplace(row.id, std::move(row));
    }
    for (size_t i = 0; i < ids.size(); ++i) {
        if (auto it = byId.find(ids[i]); it != byId.end()) rows[i] = it->second;
        rows[i].id = ids[i]; // a session deleted meanwhile shows as an empty row rather than shifting others
    }
    return rows;
}

std::vector<int64_t> sessionsWithEvents(const analysis::Snapshot& snapshot, const std::vector<uint8_t>& mask)
{
    std::vector<uint8_t> keep(snapshot.sessionCount(), mask.empty() ? 1 : 0);
    const auto sessions = snapshot.sessions();
    for (size_t e = 0; e < mask.size(); ++e)
        if (mask[e] && sessions[e] < keep.size()) keep[sessions[e]] = 1;
    std::vector<int64_t> ids;
    for (uint32_t s = 0; s < keep.size(); ++s)
        if (keep[s]) ids.push_back(snapshot.sessionId(s));
    std::sort(ids.begin(), ids.end());
    return ids;
}

const char* labelWord(const std::optional<int>& label)
{
    if (!label) return "";
    return *label > 0 ? "positive" : *label < 0 ? "negative" : "neutral";
}

bool parseLabelWord(const std::string& word, std::optional<int>& label)
{
    if (word == "positive")
        label = 1;
    else if (word == "negative")
        label = -1;
    else if (word == "neutral")
        label = 0;
    else if (word == "none")
        label.reset();
    else
        return false;
    return true;
}

} // namespace waymark::sessions
