#include "overview_data.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/store/database.h"
#include "core/util/timestamp.h"

#include <QDateTime>
#include <algorithm>

namespace waymark::ui {

namespace {

constexpr int64_t kDayMs = 24 * 3600 * 1000;
constexpr int64_t kRareEventThreshold = 5;

void countEvents(const analysis::Snapshot& snapshot, const analysis::EventMask& mask, bool bySessions,
    OverviewData& out, const jobs::CancelToken& cancel)
{
    const auto types = snapshot.types();
    const auto sessions = snapshot.sessions();
    const auto ts = snapshot.ts();
    const size_t typeCount = snapshot.eventTypes().size();
    std::vector<int64_t> events(typeCount, 0), units(typeCount, 0);
    // Events are grouped by user, so "last unit seen" per type counts distinct users exactly;
    // sessions of one user rarely interleave, and when they do a session may count twice.
    std::vector<int64_t> lastUnit(typeCount, -1);
    std::vector<uint8_t> sessionSeen(snapshot.sessionCount(), 0);
    out.firstMs = INT64_MAX;
    out.lastMs = INT64_MIN;
    for (uint32_t u = 0; u < snapshot.userCount(); ++u) {
        if ((u & 1023) == 0) cancel.throwIfCancelled();
        bool userSeen = false;
        for (uint32_t e = snapshot.userBegin(u); e < snapshot.userEnd(u); ++e) {
            if (!mask.empty() && !mask[e]) continue;
            userSeen = true;
            ++out.events;
            const uint32_t type = types[e];
            const uint32_t session = sessions[e];
            if (session < sessionSeen.size() && !sessionSeen[session]) {
                sessionSeen[session] = 1;
                ++out.sessions;
            }
            out.firstMs = std::min(out.firstMs, ts[e]);
            out.lastMs = std::max(out.lastMs, ts[e]);
            if (type >= typeCount) continue;
            ++events[type];
            const int64_t unit = bySessions ? int64_t(session) : int64_t(u);
            if (lastUnit[type] != unit) {
                lastUnit[type] = unit;
                ++units[type];
            }
        }
        if (userSeen) ++out.users;
    }
    if (out.events == 0) out.firstMs = out.lastMs = 0;
    const int64_t totalUnits = bySessions ? out.sessions : out.users;
    std::vector<TopEvent> top;
    for (size_t t = 0; t < typeCount; ++t) {
        if (events[t] == 0) continue;
        ++out.eventTypes;
        const auto& info = snapshot.eventTypes()[t];
        top.push_back({ info.id, info.displayName, events[t], units[t],
            totalUnits ? double(units[t]) / double(totalUnits) : 0.0 });
    }
    std::sort(top.begin(), top.end(), [](const TopEvent& a, const TopEvent& b) {
        return a.units != b.units ? a.units > b.units : a.events > b.events;
    });
    out.topEvents = std::move(top);
}

void addRareAndQuiet(const analysis::Snapshot& snapshot, OverviewData& out)
{
    std::vector<int64_t> perType(snapshot.eventTypes().size(), 0);
    for (uint32_t t : snapshot.types())
        if (t < perType.size()) ++perType[t];
    QualityIssue rare { QualityIssue::Kind::RareEventTypes, 0, 0, {} };
    for (size_t t = 0; t < perType.size(); ++t) {
        if (perType[t] == 0) continue;
        ++rare.total;
        if (perType[t] < kRareEventThreshold) {
            if (rare.count++ == 0) rare.example = snapshot.eventTypes()[t].displayName;
        }
    }
    if (rare.count) out.issues.push_back(rare);

    if (snapshot.eventCount() == 0) return;
    const int64_t firstDay = snapshot.minTs() / kDayMs;
    const int64_t lastDay = snapshot.maxTs() / kDayMs;
    if (lastDay - firstDay > 3660) return; // a span this long is itself the finding (future events)
    std::vector<uint8_t> active(size_t(lastDay - firstDay + 1), 0);
    for (int64_t t : snapshot.ts())
        active[size_t(t / kDayMs - firstDay)] = 1;
    QualityIssue quiet { QualityIssue::Kind::QuietDays, 0, int64_t(active.size()), {} };
    for (size_t d = 0; d < active.size(); ++d)
        if (!active[d] && quiet.count++ == 0)
            quiet.example = formatIsoUtc(int64_t(firstDay + int64_t(d)) * kDayMs).substr(0, 10);
    if (quiet.count) out.issues.push_back(quiet);
}

void addStoreChecks(store::Database& db, OverviewData& out)
{
    int64_t rejected = 0, duplicates = 0, read = 0;
    for (const auto& s : out.sources) {
        rejected += s.rowsRejected;
        duplicates += s.duplicatesSkipped;
        read += s.rowsRead;
    }
    if (rejected) out.issues.push_back({ QualityIssue::Kind::RejectedRows, rejected, read, {} });
    if (duplicates) out.issues.push_back({ QualityIssue::Kind::DuplicatesSkipped, duplicates, read, {} });

    const int64_t users = db.queryInt("SELECT count(*) FROM users");
    const int64_t anonymous
        = db.queryInt("SELECT count(*) FROM users u WHERE NOT EXISTS "
                      "(SELECT 1 FROM identities i WHERE i.user_id = u.id AND i.kind = 0)");
    if (anonymous) out.issues.push_back({ QualityIssue::Kind::AnonymousUsers, anonymous, users, {} });
    const int64_t sessions = db.queryInt("SELECT count(*) FROM sessions");
    const int64_t single = db.queryInt("SELECT count(*) FROM sessions WHERE event_count = 1");
    if (sessions && single * 5 > sessions)
        out.issues.push_back({ QualityIssue::Kind::SingleEventSessions, single, sessions, {} });
    const int64_t unlinkedTickets = db.queryInt("SELECT count(*) FROM tickets WHERE user_id IS NULL");
    if (unlinkedTickets)
        out.issues.push_back({ QualityIssue::Kind::UnlinkedTickets, unlinkedTickets, out.tickets, {} });
    const int64_t unlinkedFeedback = db.queryInt("SELECT count(*) FROM feedback WHERE user_id IS NULL");
    if (unlinkedFeedback)
        out.issues.push_back({ QualityIssue::Kind::UnlinkedFeedback, unlinkedFeedback, out.feedback, {} });
    const int64_t types = db.queryInt("SELECT count(*) FROM event_types");
    if (types && db.queryInt("SELECT count(*) FROM stages") == 0)
        out.issues.push_back({ QualityIssue::Kind::NoStages, types, 0, {} });
}

} // namespace

OverviewData computeOverview(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const analysis::EventFilter& filter, bool bySessions, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress, size_t topCount)
{
    OverviewData out;
    out.filtered = !filter.empty();
    out.bySessions = bySessions;
    const jobs::ProgressRange range(&progress, 0, 1);
    const jobs::ProgressRange buildRange = range.sub(0, 0.8);
    const auto snapshot = snapshots.get(&cancel, &buildRange);
    auto project = store::Project::openReadOnly(projectPath);
    store::Database& db = project->db();
    analysis::EventMask mask;
    if (!filter.empty()) mask = analysis::buildEventMask(*snapshot, filter, analysis::loadSegments(db));
    cancel.throwIfCancelled();
    countEvents(*snapshot, mask, bySessions, out, cancel);
    if (out.topEvents.size() > topCount) out.topEvents.resize(topCount);
    out.allEvents = snapshot->eventCount();
    progress.report(0.9);

    out.tickets = db.queryInt("SELECT count(*) FROM tickets");
    out.feedback = db.queryInt("SELECT count(*) FROM feedback");
    out.accounts = db.queryInt("SELECT count(*) FROM accounts");
    out.annotations = db.queryInt("SELECT count(*) FROM annotations");
    out.labelledSessions = db.queryInt("SELECT count(*) FROM session_labels");
    auto st
        = db.prepare("SELECT id, path, format, kind, imported_at, rows_read, rows_imported, rows_rejected, "
                     "duplicates_skipped FROM sources ORDER BY id");
    while (st.step()) {
        store::SourceInfo s;
        s.id = st.columnInt(0);
        s.path = std::string(st.columnText(1));
        s.format = std::string(st.columnText(2));
        s.kind = std::string(st.columnText(3));
        s.importedAt = st.columnInt(4);
        s.rowsRead = st.columnInt(5);
        s.rowsImported = st.columnInt(6);
        s.rowsRejected = st.columnInt(7);
        s.duplicatesSkipped = st.columnInt(8);
        out.sources.push_back(std::move(s));
    }
    addStoreChecks(db, out);
    addRareAndQuiet(*snapshot, out);
    const int64_t tomorrow = QDateTime::currentMSecsSinceEpoch() + kDayMs;
    if (snapshot->maxTs() > tomorrow) {
        int64_t future = 0;
        for (int64_t t : snapshot->ts())
            future += t > tomorrow;
        out.issues.push_back({ QualityIssue::Kind::FutureEvents, future, snapshot->eventCount(), {} });
    }
    return out;
}

} // namespace waymark::ui
