#include "timeline.h"

#include "../analysis/snapshot.h"
#include "../store/database.h"

#include <algorithm>
#include <stdexcept>

namespace waymark::sessions {

namespace {

// The dense snapshot index of a users.id / sessions.id (both lists are sorted by id when built
// from a project); -1 when absent.
template<typename F> int64_t denseIndex(uint32_t count, F idAt, int64_t id)
{
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        const uint32_t mid = lo + (hi - lo) / 2;
        if (idAt(mid) < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < count && idAt(lo) == id) return lo;
    for (uint32_t i = 0; i < count; ++i) // ids out of order: fall back to a scan
        if (idAt(i) == id) return i;
    return -1;
}

void readEvents(store::Database& db, const analysis::Snapshot& snapshot, Timeline& out)
{
    const int64_t user = denseIndex(
        snapshot.userCount(), [&](uint32_t u) { return snapshot.userId(u); }, out.userId);
    const int64_t session = denseIndex(
        snapshot.sessionCount(), [&](uint32_t s) { return snapshot.sessionId(s); }, out.sessionId);
    if (user < 0 || session < 0) return;
    const auto& types = snapshot.eventTypes();
    const auto& stages = snapshot.stages();
    auto props = db.prepare("SELECT props FROM events WHERE id = ?");
    for (uint32_t e = snapshot.userBegin(uint32_t(user)); e < snapshot.userEnd(uint32_t(user)); ++e) {
        if (snapshot.sessions()[e] != uint32_t(session)) continue;
        TimelineEvent event;
        event.rowId = snapshot.eventRowId(e);
        event.tsMs = snapshot.ts()[e];
        const uint32_t type = snapshot.types()[e];
        if (type < types.size()) {
            event.name = types[type].displayName;
            const auto stage = std::find_if(stages.begin(), stages.end(),
                [&](const analysis::StageInfo& s) { return s.id == types[type].stageId; });
            if (stage != stages.end()) event.stage = stage->name;
        }
        props.reset();
        props.bind(1, event.rowId);
        if (props.step()) event.props = std::string(props.columnText(0));
        out.events.push_back(std::move(event));
    }
}

void readLinked(store::Database& db, Timeline& out)
{
    auto tickets = db.prepare("SELECT created_ts, subject, status, theme FROM tickets WHERE user_id = ? "
                              "AND created_ts BETWEEN ? AND ? ORDER BY created_ts");
    tickets.bind(1, out.userId).bind(2, out.startMs - kLinkWindowMs).bind(3, out.endMs + kLinkWindowMs);
    while (tickets.step()) {
        LinkedRecord r;
        r.kind = LinkedRecord::Kind::Ticket;
        r.tsMs = tickets.columnInt(0);
        r.subject = std::string(tickets.columnText(1));
        r.status = std::string(tickets.columnText(2));
        r.theme = std::string(tickets.columnText(3));
        out.linked.push_back(std::move(r));
    }
    auto feedback = db.prepare("SELECT ts, kind, score, comment FROM feedback WHERE user_id = ? "
                               "AND ts BETWEEN ? AND ? ORDER BY ts");
    feedback.bind(1, out.userId).bind(2, out.startMs - kLinkWindowMs).bind(3, out.endMs + kLinkWindowMs);
    while (feedback.step()) {
        LinkedRecord r;
        r.kind = LinkedRecord::Kind::Feedback;
        r.tsMs = feedback.columnInt(0);
        r.feedbackKind = std::string(feedback.columnText(1));
        if (!feedback.columnIsNull(2)) r.score = feedback.columnDouble(2);
        r.comment = std::string(feedback.columnText(3));
        out.linked.push_back(std::move(r));
    }
    std::stable_sort(out.linked.begin(), out.linked.end(),
        [](const LinkedRecord& a, const LinkedRecord& b) { return a.tsMs < b.tsMs; });
}

} // namespace

Timeline loadTimeline(store::Database& db, const analysis::Snapshot& snapshot, int64_t sessionId)
{
    Timeline out;
    out.sessionId = sessionId;
    auto st = db.prepare("SELECT s.user_id, s.start_ts, s.end_ts, u.external_id FROM sessions s "
                         "LEFT JOIN users u ON u.id = s.user_id WHERE s.id = ?");
    st.bind(1, sessionId);
    if (!st.step()) throw std::runtime_error("no session " + std::to_string(sessionId) + " in this project");
    out.userId = st.columnInt(0);
    out.startMs = st.columnInt(1);
    out.endMs = st.columnInt(2);
    out.user = std::string(st.columnText(3));
    readEvents(db, snapshot, out);
    readLinked(db, out);
    return out;
}

} // namespace waymark::sessions
