#include "timeline_data.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace waymark::ui {

namespace {

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::TimelineText)
};

QString text(const store::Statement& st, int column)
{
    const auto view = st.columnText(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

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

void readEvents(store::Database& db, const analysis::Snapshot& snapshot, SessionTimeline& out)
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
            event.name = QString::fromStdString(types[type].displayName);
            const auto stage = std::find_if(stages.begin(), stages.end(),
                [&](const analysis::StageInfo& s) { return s.id == types[type].stageId; });
            if (stage != stages.end()) event.stage = QString::fromStdString(stage->name);
        }
        props.reset();
        props.bind(1, int64_t(event.rowId));
        if (props.step()) event.props = text(props, 0);
        out.events.push_back(std::move(event));
    }
}

void readLinked(store::Database& db, SessionTimeline& out)
{
    auto tickets = db.prepare("SELECT created_ts, subject, status, theme FROM tickets WHERE user_id = ? "
                              "AND created_ts BETWEEN ? AND ? ORDER BY created_ts");
    tickets.bind(1, int64_t(out.userId))
        .bind(2, int64_t(out.startMs - kLinkWindowMs))
        .bind(3, int64_t(out.endMs + kLinkWindowMs));
    while (tickets.step()) {
        LinkedRecord r;
        r.kind = LinkedRecord::Kind::Ticket;
        r.tsMs = tickets.columnInt(0);
        r.title = text(tickets, 1);
        const QString status = text(tickets, 2), theme = text(tickets, 3);
        r.detail = theme.isEmpty() ? status : TimelineText::tr("%1 · %2").arg(status, theme);
        out.linked.push_back(r);
    }
    auto feedback = db.prepare("SELECT ts, kind, score, comment FROM feedback WHERE user_id = ? "
                               "AND ts BETWEEN ? AND ? ORDER BY ts");
    feedback.bind(1, int64_t(out.userId))
        .bind(2, int64_t(out.startMs - kLinkWindowMs))
        .bind(3, int64_t(out.endMs + kLinkWindowMs));
    while (feedback.step()) {
        LinkedRecord r;
        r.kind = LinkedRecord::Kind::Feedback;
        r.tsMs = feedback.columnInt(0);
        const QString kind = text(feedback, 1).toUpper();
        r.title = feedback.columnIsNull(2)
            ? kind
            : TimelineText::tr("%1 %2").arg(kind, QLocale().toString(feedback.columnDouble(2)));
        r.detail = text(feedback, 3);
        out.linked.push_back(r);
    }
    std::sort(out.linked.begin(), out.linked.end(),
        [](const LinkedRecord& a, const LinkedRecord& b) { return a.tsMs < b.tsMs; });
}

} // namespace

SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    qint64 sessionId, const jobs::CancelToken& cancel)
{
    SessionTimeline out;
    out.sessionId = sessionId;
    auto project = store::Project::openReadOnly(projectPath);
    store::Database& db = project->db();
    auto st = db.prepare("SELECT s.user_id, s.start_ts, s.end_ts, u.external_id FROM sessions s "
                         "LEFT JOIN users u ON u.id = s.user_id WHERE s.id = ?");
    st.bind(1, int64_t(sessionId));
    if (!st.step()) throw std::runtime_error("the session no longer exists");
    out.userId = st.columnInt(0);
    out.startMs = st.columnInt(1);
    out.endMs = st.columnInt(2);
    out.user = text(st, 3);
    cancel.throwIfCancelled();
    const auto snapshot = snapshots.get(&cancel);
    readEvents(db, *snapshot, out);
    cancel.throwIfCancelled();
    readLinked(db, out);
    return out;
}

} // namespace waymark::ui
