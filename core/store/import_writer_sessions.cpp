// Sessions at commit: the import's sessions are written, then the gap sessions of users whose
// events came out of time order (or repeated stored ones) are rebuilt from their events.
#include "import_writer.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace waymark::store {

void ImportWriter::freshTempTable(const char* name, const char* columns)
{
    // Emptied rather than dropped: a DROP fails while any statement of the connection is reading.
    m_db.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS ") + name + "(" + columns + ")");
    m_db.exec(std::string("DELETE FROM temp.") + name);
}

void ImportWriter::writeSessions()
{
    // A big import into a small project rebuilds the user index in one sort instead of inserting
    // into it at random.
    const int64_t fresh = m_nextSessionId - m_firstNewSessionId;
    const bool rebuildIndex = fresh > 100000 && fresh > m_firstNewSessionId - 1;
    if (rebuildIndex) {
        m_db.exec("DROP INDEX sessions_user");
        m_db.exec("DROP INDEX sessions_start");
    }
    auto insert
        = m_db.prepare("INSERT INTO sessions(id, user_id, external_id, start_ts, end_ts, event_count) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
    auto update = m_db.prepare(
        "UPDATE sessions SET user_id = ?, start_ts = ?, end_ts = ?, event_count = ? WHERE id = ?");
    auto put = [&](int64_t id, int64_t user, std::string_view externalId, int64_t start, int64_t end,
                   int64_t count, int64_t storedCount) {
        if (count == 0) return; // every event of it was a duplicate
        if (storedCount < 0) {
            insert.bind(1, id).bind(2, user).bindOptional(3, externalId).bind(4, start).bind(5, end);
            insert.bind(6, count).run();
        } else if (count != storedCount) {
            update.bind(1, user).bind(2, start).bind(3, end).bind(4, count).bind(5, id).run();
        }
    };
    // Gap sessions of dirty users are left to rebuildDirtySessions().
    uint64_t n = 0;
    m_closedSessions->forEach([&](const ClosedSession& c) {
        tickCancel(n);
        const int64_t user = findUser(c.user);
        if (!m_userState[static_cast<size_t>(user)].dirty)
            put(c.id, user, {}, c.start, c.end, c.count, c.storedCount);
    });
    for (size_t u = 1; u < m_userState.size(); ++u) {
        const UserState& s = m_userState[u];
        if (s.openId == 0 || s.dirty || findUser(static_cast<int64_t>(u)) != static_cast<int64_t>(u))
            continue;
        put(s.openId, static_cast<int64_t>(u), {}, s.openStart, s.openEnd, s.openCount, s.storedCount);
    }
    for (const SessionAgg& s : m_sessions)
        put(s.id, s.user, s.externalId, s.start, s.end, s.count, -1);
    if (rebuildIndex) {
        m_db.exec("CREATE INDEX sessions_user ON sessions(user_id, start_ts)");
        m_db.exec("CREATE INDEX sessions_start ON sessions(start_ts)");
    }
}

// An export's session that an earlier import already stored (a session running past the end of one
// daily export into the next) is continued, not stored twice: the same user and the same session id
// name the same session. Its new events move into the stored session, which grows to cover them.
void ImportWriter::continueStoredSessions()
{
    if (m_sessions.empty() || m_firstNewSessionId == 1) return;
    freshTempTable("import_remap", "new INTEGER PRIMARY KEY, old INTEGER");
    m_db.prepare("INSERT OR IGNORE INTO temp.import_remap(new, old) SELECT n.id, o.id FROM sessions n JOIN "
                 "sessions o "
                 "ON o.user_id = n.user_id AND o.external_id = n.external_id AND o.id < ?1 WHERE n.id >= ?1")
        .bind(1, m_firstNewSessionId)
        .run();
    if (m_db.changes() == 0) return;
    checkCancelled();
    // Grouped by the stored session: two new ones (two devices) may continue the same one.
    m_db.exec(
        "UPDATE sessions AS o SET start_ts = min(o.start_ts, g.s), end_ts = max(o.end_ts, g.e), "
        "event_count = o.event_count + g.c FROM (SELECT r.old, min(n.start_ts) AS s, max(n.end_ts) AS e, "
        "sum(n.event_count) AS c FROM temp.import_remap r JOIN sessions n ON n.id = r.new GROUP BY r.old) AS "
        "g "
        "WHERE o.id = g.old");
    m_db.exec("DELETE FROM sessions WHERE id IN (SELECT new FROM temp.import_remap)");
    // One pass over this import's events (a row id range), not one per session.
    m_db.prepare(
            "UPDATE events SET session = (SELECT old FROM temp.import_remap r WHERE r.new = events.session) "
            "WHERE id >= ? AND session IN (SELECT new FROM temp.import_remap)")
        .bind(1, m_firstEventId)
        .run();
}

// Users whose events arrived out of time order, whose device and login histories interleave, or
// whose events repeated stored ones get their gap sessions rebuilt from all of their events, sorted
// by SQLite (memory stays bounded). A rebuilt session that starts where a stored one of the user
// started keeps that session's id, so its tag stays: a re-import or an overlapping export leaves
// the sessions a researcher tagged in place. Sessions named by the export are kept as they are.
void ImportWriter::rebuildDirtySessions()
{
    bool any = false;
    for (size_t u = 1; u < m_userState.size() && !any; ++u)
        any = m_userState[u].dirty && findUser(static_cast<int64_t>(u)) == static_cast<int64_t>(u);
    if (!any) return;
    freshTempTable("import_dirty_identities", "identity INTEGER PRIMARY KEY, user INTEGER");
    {
        auto insert = m_db.prepare("INSERT INTO temp.import_dirty_identities(identity, user) VALUES(?, ?)");
        for (size_t i = 1; i < m_identityUser.size(); ++i) {
            if (m_identityUser[i] <= 0) continue;
            const int64_t user = findUser(m_identityUser[i]);
            if (m_userState[static_cast<size_t>(user)].dirty)
                insert.bind(1, static_cast<int64_t>(i)).bind(2, user).run();
        }
    }
    // The stored gap sessions of these users, copied so that writing sessions cannot disturb the
    // reading (in (user, start) order: rowids follow the insertion order).
    m_db.exec("DROP TABLE IF EXISTS temp.import_old_sessions");
    m_db.exec("CREATE TEMP TABLE import_old_sessions AS SELECT id, user_id AS user, start_ts AS start FROM "
              "sessions "
              "WHERE external_id IS NULL AND user_id IN (SELECT user FROM temp.import_dirty_identities) "
              "ORDER BY user_id, start_ts, id");

    auto old = m_db.prepare("SELECT id, user, start FROM temp.import_old_sessions ORDER BY rowid");
    auto dropSession = m_db.prepare("DELETE FROM sessions WHERE id = ?");
    auto dropLabel = m_db.prepare("DELETE FROM session_labels WHERE session_id = ?");
    auto insert = m_db.prepare("INSERT INTO sessions(id, user_id, external_id, start_ts, end_ts, "
                               "event_count) VALUES(?, ?, NULL, ?, ?, ?)");
    auto update = m_db.prepare("UPDATE sessions SET end_ts = ?, event_count = ? WHERE id = ?");
    auto moveEvent = m_db.prepare("UPDATE events SET session = ? WHERE id = ?");

    bool hasOld = old.step();
    // Deletes the stored sessions before (user, start); true when one starts exactly there.
    auto matchOld = [&](int64_t user, int64_t start, int64_t& id) {
        while (hasOld && std::make_tuple(old.columnInt(1), old.columnInt(2)) < std::make_tuple(user, start)) {
            dropSession.bind(1, old.columnInt(0)).run();
            dropLabel.bind(1, old.columnInt(0)).run();
            hasOld = old.step();
        }
        if (hasOld && old.columnInt(1) == user && old.columnInt(2) == start) {
            id = old.columnInt(0);
            hasOld = old.step();
            return true;
        }
        return false;
    };

    struct Current {
        int64_t id = 0, user = -1, start = 0, end = 0, count = 0;
        bool reused = false;
    } cur;
    auto finish = [&] {
        if (cur.user < 0) return;
        if (cur.reused)
            update.bind(1, cur.end).bind(2, cur.count).bind(3, cur.id).run();
        else
            insert.bind(1, cur.id)
                .bind(2, cur.user)
                .bind(3, cur.start)
                .bind(4, cur.end)
                .bind(5, cur.count)
                .run();
    };
    // Sorted before the first row is returned, so the updates below do not disturb it.
    auto events = m_db.prepare(
        "SELECT e.id, d.user, e.ts, e.session FROM events e JOIN temp.import_dirty_identities d ON "
        "d.identity = "
        "e.identity WHERE e.session NOT IN (SELECT id FROM sessions WHERE external_id IS NOT NULL) "
        "ORDER BY d.user, e.ts, e.id");
    uint64_t n = 0;
    while (events.step()) {
        tickCancel(n);
        const int64_t user = events.columnInt(1);
        const int64_t ts = events.columnInt(2);
        if (user != cur.user || ts - cur.end > m_settings.sessionGapMs) {
            finish();
            cur = Current { 0, user, ts, ts, 0, false };
            cur.reused = matchOld(user, ts, cur.id);
            if (!cur.reused) cur.id = m_nextSessionId++;
        }
        cur.end = ts;
        ++cur.count;
        if (events.columnInt(3) != cur.id) moveEvent.bind(1, cur.id).bind(2, events.columnInt(0)).run();
    }
    finish();
    matchOld(std::numeric_limits<int64_t>::max(), 0, cur.id);
}

} // namespace waymark::store
