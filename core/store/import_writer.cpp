#include "import_writer.h"

#include "../util/event_names.h"
#include "../util/hash.h"
#include "import_writer_statements.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace waymark::store {

namespace {
constexpr int kIdentityUser = 0;
constexpr int kIdentityAnonymous = 1;
constexpr size_t kBatchRows = 16384;

int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

size_t ImportWriter::StringHash::operator()(std::string_view s) const
{
    return static_cast<size_t>(hash64(s));
}

ImportWriter::ImportWriter(Database& db, ImportSettings settings)
    : m_db(db)
    , m_settings(std::move(settings))
{
    m_tx = std::make_unique<Transaction>(m_db);
    auto st
        = m_db.prepare("INSERT INTO sources(path, format, kind, imported_at, options) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, m_settings.path)
        .bind(2, m_settings.format)
        .bind(3, std::string_view("events"))
        .bind(4, nowMs());
    st.bindOptional(5, m_settings.optionsJson);
    st.run();
    m_stats.sourceId = m_db.lastInsertId();
    loadDictionaries();
    m_batch.rows.reserve(kBatchRows);
}

ImportWriter::~ImportWriter()
{
    // Stop the writer thread before the transaction rolls back.
    m_pipe.reset();
}

void ImportWriter::loadDictionaries()
{
    {
        auto st = m_db.prepare("SELECT id, external_id, user_id FROM identities");
        while (st.step()) {
            const int64_t id = st.columnInt(0);
            m_identities.emplace(std::string(st.columnText(1)), id);
            if (static_cast<size_t>(id) >= m_identityUser.size())
                m_identityUser.resize(static_cast<size_t>(id) + 1, 0);
            m_identityUser[static_cast<size_t>(id)] = st.columnInt(2);
        }
        m_nextIdentity = static_cast<int64_t>(std::max<size_t>(m_identityUser.size(), 1));
        m_firstNewIdentity = m_nextIdentity;
    }
    m_firstNewUser = m_db.queryInt("SELECT max(id) FROM users") + 1;
    for (int64_t i = 0; i < m_firstNewUser; ++i)
        m_userParent.push_back(i);
    m_userState.resize(m_userParent.size());
    {
        auto st = m_db.prepare("SELECT id, canonical FROM event_types");
        while (st.step())
            m_eventTypesByKey.emplace(std::string(st.columnText(1)), st.columnInt(0));
        auto aliases = m_db.prepare("SELECT id, raw_name, event_type FROM event_aliases");
        while (aliases.step()) {
            const int64_t id = aliases.columnInt(0);
            m_aliases.emplace(std::string(aliases.columnText(1)), id);
            if (static_cast<size_t>(id) >= m_aliasType.size())
                m_aliasType.resize(static_cast<size_t>(id) + 1, 0);
            m_aliasType[static_cast<size_t>(id)] = aliases.columnInt(2);
        }
        m_nextAlias = static_cast<int64_t>(std::max<size_t>(m_aliasType.size(), 1));
        m_nextType = m_db.queryInt("SELECT max(id) FROM event_types") + 1;
    }
    m_nextSessionId = m_db.queryInt("SELECT max(id) FROM sessions") + 1;
    m_firstEventId = m_nextEventId = m_db.queryInt("SELECT max(id) FROM events") + 1;
    // The latest session of every user, so a newer export continues it instead of starting over
    // (a gap session only: an event without the export's session id never joins a named one).
    {
        auto st = m_db.prepare("SELECT id, user_id, start_ts, end_ts, event_count, external_id IS NOT NULL "
                               "FROM sessions ORDER BY user_id, start_ts, id");
        while (st.step()) {
            const int64_t user = st.columnInt(1);
            if (user <= 0 || static_cast<size_t>(user) >= m_userState.size()) continue;
            UserState& state = m_userState[static_cast<size_t>(user)];
            const bool named = st.columnInt(5) != 0;
            state.hasSession = true;
            state.openId = named ? 0 : st.columnInt(0);
            state.openStart = st.columnInt(2);
            state.openEnd = st.columnInt(3);
            state.openCount = st.columnInt(4);
            state.storedCount = state.openCount;
            state.lastTs = std::max(state.lastTs, state.openEnd);
        }
    }
    m_firstNewSessionId = m_nextSessionId;
    m_closedSessions = std::make_unique<SessionSpill>();
}

int64_t ImportWriter::newUser(int64_t creatorIdentity)
{
    const int64_t id = m_firstNewUser + static_cast<int64_t>(m_newUserIdentity.size());
    m_newUserIdentity.push_back(creatorIdentity);
    m_userParent.push_back(id);
    m_userState.push_back({});
    return id;
}

int64_t ImportWriter::findUser(int64_t user)
{
    int64_t root = user;
    while (m_userParent[static_cast<size_t>(root)] != root)
        root = m_userParent[static_cast<size_t>(root)];
    while (m_userParent[static_cast<size_t>(user)] != root) {
        const int64_t next = m_userParent[static_cast<size_t>(user)];
        m_userParent[static_cast<size_t>(user)] = root;
        user = next;
    }
    return root;
}

int64_t ImportWriter::identityFor(std::string_view externalId, int kind, int64_t userHint)
{
    // Exports list a user's events together, so the previous row's identity is the likely one.
    if (externalId == m_lastIdentityName) return m_lastIdentity;
    if (auto it = m_identities.find(externalId); it != m_identities.end()) {
        m_lastIdentityName.assign(externalId);
        m_lastIdentity = it->second;
        return it->second;
    }
    const int64_t user = userHint > 0 ? userHint : newUser(m_nextIdentity);
    const int64_t id = m_nextIdentity++;
    m_newIdentityKind.push_back(static_cast<uint8_t>(kind));
    m_identities.emplace(std::string(externalId), id);
    m_identityUser.resize(static_cast<size_t>(id) + 1, 0);
    m_identityUser[static_cast<size_t>(id)] = user;
    return id;
}

// The anonymous history joins the known user: all of a device's events belong to the person who
// logged in on it, including those before login.
void ImportWriter::mergeUsers(int64_t from, int64_t to)
{
    from = findUser(from);
    to = findUser(to);
    if (from == to) return;
    m_userParent[static_cast<size_t>(from)] = to;
    UserState& a = m_userState[static_cast<size_t>(from)];
    UserState& b = m_userState[static_cast<size_t>(to)];
    if (!a.hasSession) return;
    if (!b.hasSession) {
        b = a; // the known user continues the device's session
    } else {
        // Both sides have history: their events interleave, so sessions are rebuilt at commit.
        b.dirty = true;
        b.lastTs = std::max(a.lastTs, b.lastTs);
    }
    if (a.dirty) b.dirty = true;
    a = UserState {};
}

int64_t ImportWriter::aliasFor(std::string_view rawName)
{
    if (auto it = m_aliases.find(rawName); it != m_aliases.end()) return it->second;
    std::string key = canonicalEventKey(rawName);
    int64_t type;
    if (auto it = m_eventTypesByKey.find(key); it != m_eventTypesByKey.end()) {
        type = it->second;
    } else {
        type = m_nextType++;
        m_newTypes.push_back({ type, key, std::string(rawName) });
        m_eventTypesByKey.emplace(std::move(key), type);
    }
    const int64_t alias = m_nextAlias++;
    m_newAliases.push_back({ alias, std::string(rawName), type });
    m_aliases.emplace(std::string(rawName), alias);
    if (static_cast<size_t>(alias) >= m_aliasType.size())
        m_aliasType.resize(static_cast<size_t>(alias) + 1 + m_aliasType.size() / 2, 0);
    m_aliasType[static_cast<size_t>(alias)] = type;
    return alias;
}

int64_t ImportWriter::newExternalSession(int64_t user, int64_t ts, std::string_view externalId)
{
    SessionAgg s;
    s.id = m_nextSessionId++;
    s.user = user;
    s.start = ts;
    s.end = ts;
    s.externalId = std::string(externalId);
    m_sessions.push_back(std::move(s));
    return static_cast<int64_t>(m_sessions.size()) - 1;
}

int64_t ImportWriter::gapSession(UserState& state, int64_t user, int64_t ts)
{
    if (state.hasSession && ts < state.lastTs) state.dirty = true;
    if (state.openId == 0 || ts - state.lastTs > m_settings.sessionGapMs) {
        if (state.openId != 0)
            m_closedSessions->add(
                { state.openId, user, state.openStart, state.openEnd, state.openCount, state.storedCount });
        state.hasSession = true;
        state.openId = m_nextSessionId++;
        state.openStart = state.openEnd = ts;
        state.openCount = 0;
        state.storedCount = -1;
    }
    state.openStart = std::min(state.openStart, ts);
    state.openEnd = std::max(state.openEnd, ts);
    ++state.openCount;
    return state.openId;
}

bool ImportWriter::event(const ingest::EventRow& row)
{
    // Dedup: the export's own id when it has one, otherwise the content of the row plus how many
    // identical rows came before it in this import, so genuine repeats survive and a re-import or
    // a newer overlapping export adds only what is new.
    // Both are one hash over the fields, each followed by a separator byte that cannot occur in
    // UTF-8 text, so ("ab","c") and ("a","bc") differ.
    uint64_t key;
    m_keyScratch.clear();
    if (!row.insertId.empty()) {
        // The id together with the event, its time and who did it, as Mixpanel de-duplicates on
        // (event, time, distinct_id, $insert_id): an id that another tool, user or moment reuses
        // names another event. A resent event repeats all four and is dropped.
        for (std::string_view part : { row.insertId, row.event, row.userId, row.anonymousId }) {
            m_keyScratch.append(part);
            m_keyScratch.push_back('\xff');
        }
        const int64_t ts = row.dedupTimeMs.value_or(row.timeMs);
        m_keyScratch.append(reinterpret_cast<const char*>(&ts), sizeof ts);
        key = hash64(m_keyScratch, 0x1d);
    } else {
        for (std::string_view part :
            { row.userId, row.anonymousId, row.event, row.sessionId, row.propsJson }) {
            m_keyScratch.append(part);
            m_keyScratch.push_back('\xff');
        }
        m_keyScratch.append(reinterpret_cast<const char*>(&row.timeMs), sizeof row.timeMs);
        key = hash64(m_keyScratch, 1);
    }
    // Duplicates are settled at commit (resolveDuplicates): the row goes in now, with its key.
    m_keys.add(key, (static_cast<uint64_t>(m_nextEventId) << 1) | (row.insertId.empty() ? 1u : 0u));

    int64_t identity;
    if (!row.userId.empty()) {
        identity = identityFor(row.userId, kIdentityUser, 0);
        if (!row.anonymousId.empty() && row.anonymousId != row.userId) {
            const int64_t knownUser = m_identityUser[static_cast<size_t>(identity)];
            const int64_t device = identityFor(row.anonymousId, kIdentityAnonymous, findUser(knownUser));
            mergeUsers(m_identityUser[static_cast<size_t>(device)], knownUser);
        }
    } else {
        identity = identityFor(row.anonymousId, kIdentityAnonymous, 0);
    }
    const int64_t alias = aliasFor(row.event);
    const int64_t type = m_aliasType[static_cast<size_t>(alias)];

    const int64_t user = findUser(m_identityUser[static_cast<size_t>(identity)]);

    UserState& state = m_userState[static_cast<size_t>(user)];
    int64_t sessionId;
    if (!row.sessionId.empty()) {
        const std::string_view device = row.anonymousId.empty() ? row.userId : row.anonymousId;
        const uint64_t skey = hashCombine(hash64(device, 7), hash64(row.sessionId, 8));
        auto it = m_externalSessions.find(skey);
        if (it == m_externalSessions.end())
            it = m_externalSessions.emplace(skey, newExternalSession(user, row.timeMs, row.sessionId)).first;
        SessionAgg& session = m_sessions[static_cast<size_t>(it->second)];
        session.start = std::min(session.start, row.timeMs);
        session.end = std::max(session.end, row.timeMs);
        ++session.count;
        sessionId = session.id;
    } else {
        sessionId = gapSession(state, user, row.timeMs);
    }
    state.lastTs = std::max(state.lastTs, row.timeMs);

    EventBatch::Row r { m_nextEventId++, identity, type, alias, row.timeMs, sessionId,
        static_cast<uint32_t>(m_batch.props.size()), static_cast<uint32_t>(row.propsJson.size()) };
    m_batch.props.append(row.propsJson);
    m_batch.rows.push_back(r);
    ++m_kindRows[4];
    if (m_batch.rows.size() >= kBatchRows) {
        if (!m_pipe) m_pipe = std::make_unique<EventPipe>(m_db.handle());
        m_pipe->push(m_batch);
    }
    ++m_stats.rowsImported;
    return true;
}

void ImportWriter::drainEvents()
{
    if (m_batch.rows.empty() && !m_pipe) return;
    if (!m_pipe) m_pipe = std::make_unique<EventPipe>(m_db.handle());
    if (!m_batch.rows.empty()) m_pipe->push(m_batch);
    m_pipe->drain();
}

bool ImportWriter::identify(const ingest::IdentifyRow& row)
{
    if (row.userId.empty() || row.anonymousId.empty() || row.userId == row.anonymousId) return true;
    const int64_t known = identityFor(row.userId, kIdentityUser, 0);
    const int64_t knownUser = m_identityUser[static_cast<size_t>(known)];
    const int64_t device = identityFor(row.anonymousId, kIdentityAnonymous, findUser(knownUser));
    mergeUsers(m_identityUser[static_cast<size_t>(device)], knownUser);
    return true; // a link is not a stored row: it does not count as imported
}

void ImportWriter::reject(int64_t line, const std::string& reason)
{
    ++m_stats.rowsRejected;
    if (m_stats.rejects.size() < kMaxListedRejects) m_stats.rejects.push_back({ line, reason });
}

ImportStats ImportWriter::commit()
{
    // WAYMARK_TIMING=1 prints how long each settling pass takes (for benchmarks).
    const bool timing = std::getenv("WAYMARK_TIMING") != nullptr;
    auto t0 = m_created;
    auto lap = [&](const char* what) {
        if (!timing) return;
        const auto t1 = std::chrono::steady_clock::now();
        std::fprintf(stderr, "  %-22s %8.3f s\n", what, std::chrono::duration<double>(t1 - t0).count());
        t0 = t1;
    };
    lap("parse + queue");
    checkCancelled();
    drainEvents();
    m_pipe.reset();
    lap("drain event writer");
    checkCancelled();
    writeDictionaries();
    settleMerges();
    lap("dictionaries, merges");
    checkCancelled();
    resolveDuplicates();
    lap("dedup keys");
    checkCancelled();
    writeSessions();
    continueStoredSessions();
    lap("sessions");
    checkCancelled();
    rebuildDirtySessions();
    lap("out-of-order sessions");
    checkCancelled();
    resolveRecordUsers();
    writePropertyCatalog();
    lap("joins, catalog");
    checkCancelled(); // the last chance: after this the import is committed whatever happens
    auto rejects = m_db.prepare("INSERT INTO source_rejects(source_id, line, reason) VALUES(?, ?, ?)");
    for (const auto& r : m_stats.rejects)
        rejects.bind(1, sourceId()).bind(2, r.line).bind(3, r.reason).run();
    const char* kind = sourceKind();
    auto st = m_db.prepare(
        "UPDATE sources SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
        "duplicates_skipped = ?, kind = ?, first_event_id = ?, last_event_id = ? WHERE id = ?");
    st.bind(1, m_stats.rowsRead).bind(2, m_stats.rowsImported).bind(3, m_stats.rowsRejected);
    st.bind(4, m_stats.duplicatesSkipped).bind(5, std::string_view(kind));
    if (m_stats.rowsImported > 0 && m_kindRows[4] > 0) st.bind(6, m_firstEventId).bind(7, m_nextEventId - 1);
    st.bind(8, sourceId()).run();
    m_tx->commit();
    lap("commit");
    return m_stats;
}

} // namespace waymark::store
