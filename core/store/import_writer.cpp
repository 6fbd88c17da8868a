#include "import_writer.h"

#include "../util/event_names.h"
#include "../util/hash.h"

#include <algorithm>
#include <chrono>
#include <sqlite3.h>

namespace waymark::store {

namespace {
constexpr int kIdentityUser = 0;
constexpr int kIdentityAnonymous = 1;

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
    auto st = m_db.prepare("INSERT INTO sources(path, format, kind, imported_at, options) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, m_settings.path).bind(2, m_settings.format).bind(3, std::string_view("events")).bind(4, nowMs());
    st.bindOptional(5, m_settings.optionsJson);
    st.run();
    m_stats.sourceId = m_db.lastInsertId();
    loadDictionaries();
    if (sqlite3_prepare_v3(m_db.handle(),
            "INSERT INTO events(identity, type, ts, session, source, dedup, props) VALUES(?,?,?,?,?,?,?)", -1,
            SQLITE_PREPARE_PERSISTENT, &m_insertEvent, nullptr)
        != SQLITE_OK)
        throw DatabaseError(m_db.path() + ": " + sqlite3_errmsg(m_db.handle()));
    m_insertIdentity = std::make_unique<Statement>(m_db, "INSERT INTO identities(external_id, kind, user_id) VALUES(?,?,?)");
    m_insertUser = std::make_unique<Statement>(m_db, "INSERT INTO users(external_id) VALUES(?)");
    m_insertType = std::make_unique<Statement>(m_db, "INSERT INTO event_types(canonical, display_name) VALUES(?, ?)");
    m_insertAlias = std::make_unique<Statement>(m_db, "INSERT OR IGNORE INTO event_aliases(raw_name, event_type) VALUES(?, ?)");
}

ImportWriter::~ImportWriter()
{
    sqlite3_finalize(m_insertEvent);
    // m_tx rolls back on destruction unless commit() ran.
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
    }
    const int64_t maxUser = m_db.queryInt("SELECT max(id) FROM users");
    m_userParent.resize(static_cast<size_t>(maxUser) + 1);
    for (size_t i = 0; i < m_userParent.size(); ++i)
        m_userParent[i] = static_cast<int64_t>(i);
    m_userState.resize(m_userParent.size());
    {
        auto st = m_db.prepare("SELECT id, canonical FROM event_types");
        while (st.step())
            m_eventTypesByKey.emplace(std::string(st.columnText(1)), st.columnInt(0));
        auto aliases = m_db.prepare("SELECT raw_name, event_type FROM event_aliases");
        while (aliases.step())
            m_eventTypesByRaw.emplace(std::string(aliases.columnText(0)), aliases.columnInt(1));
    }
    m_nextSessionId = m_db.queryInt("SELECT max(id) FROM sessions") + 1;
    // The latest session of every user, so a newer export continues it instead of starting over.
    {
        auto st = m_db.prepare("SELECT id, user_id, start_ts, end_ts, event_count, external_id FROM sessions "
                               "ORDER BY user_id, start_ts, id");
        while (st.step()) {
            const int64_t user = st.columnInt(1);
            if (static_cast<size_t>(user) >= m_userState.size())
                continue;
            SessionAgg s;
            s.id = st.columnInt(0);
            s.user = user;
            s.start = st.columnInt(2);
            s.end = st.columnInt(3);
            s.count = st.columnInt(4);
            s.externalId = std::string(st.columnText(5));
            s.existing = true;
            s.storedCount = s.count;
            UserState& state = m_userState[static_cast<size_t>(user)];
            if (!m_sessions.empty() && m_sessions.back().existing && m_sessions.back().user == user)
                m_sessions.back() = std::move(s); // keep only the latest session of each user
            else
                m_sessions.push_back(std::move(s));
            state.session = static_cast<int64_t>(m_sessions.size()) - 1;
            state.lastTs = std::max(state.lastTs, m_sessions.back().end);
        }
    }
    const int64_t existing = m_db.queryInt("SELECT count(*) FROM events");
    m_anyEvents = existing > 0;
    if (m_anyEvents) {
        m_dedupExisting.reserve(static_cast<size_t>(existing));
        auto st = m_db.prepare("SELECT dedup FROM events");
        while (st.step())
            m_dedupExisting.insert(static_cast<uint64_t>(st.columnInt(0)));
    }
}

int64_t ImportWriter::newUser(std::string_view externalId)
{
    m_insertUser->bind(1, externalId).run();
    const int64_t id = m_db.lastInsertId();
    if (static_cast<size_t>(id) >= m_userParent.size()) {
        const size_t old = m_userParent.size();
        m_userParent.resize(static_cast<size_t>(id) + 1);
        for (size_t i = old; i < m_userParent.size(); ++i)
            m_userParent[i] = static_cast<int64_t>(i);
        m_userState.resize(m_userParent.size());
    }
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
    if (auto it = m_identities.find(externalId); it != m_identities.end())
        return it->second;
    const int64_t user = userHint > 0 ? userHint : newUser(externalId);
    m_insertIdentity->bind(1, externalId).bind(2, kind).bind(3, user).run();
    const int64_t id = m_db.lastInsertId();
    m_identities.emplace(std::string(externalId), id);
    if (static_cast<size_t>(id) >= m_identityUser.size())
        m_identityUser.resize(static_cast<size_t>(id) + 1 + m_identityUser.size() / 2, 0);
    m_identityUser[static_cast<size_t>(id)] = user;
    return id;
}

// The anonymous history joins the known user: all of a device's events belong to the person who
// logged in on it, including those before login.
void ImportWriter::mergeUsers(int64_t from, int64_t to)
{
    from = findUser(from);
    to = findUser(to);
    if (from == to)
        return;
    m_userParent[static_cast<size_t>(from)] = to;
    UserState& a = m_userState[static_cast<size_t>(from)];
    UserState& b = m_userState[static_cast<size_t>(to)];
    if (a.session < 0)
        return;
    if (b.session < 0) {
        b = a; // the known user continues the device's session
    } else {
        // Both sides have history: their events interleave, so sessions are rebuilt at commit.
        b.dirty = true;
        b.lastTs = std::max(a.lastTs, b.lastTs);
    }
    if (a.dirty)
        b.dirty = true;
    a = UserState {};
}

int64_t ImportWriter::eventTypeFor(std::string_view rawName)
{
    if (auto it = m_eventTypesByRaw.find(rawName); it != m_eventTypesByRaw.end())
        return it->second;
    const std::string key = canonicalEventKey(rawName);
    int64_t type;
    if (auto it = m_eventTypesByKey.find(key); it != m_eventTypesByKey.end()) {
        type = it->second;
    } else {
        m_insertType->bind(1, key).bind(2, rawName).run();
        type = m_db.lastInsertId();
        m_eventTypesByKey.emplace(key, type);
    }
    m_insertAlias->bind(1, rawName).bind(2, type).run();
    m_eventTypesByRaw.emplace(std::string(rawName), type);
    return type;
}

int64_t ImportWriter::newSession(int64_t user, int64_t ts, std::string_view externalId)
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

bool ImportWriter::event(const ingest::EventRow& row)
{
    // Dedup: the export's own id when it has one, otherwise the content of the row plus how many
    // identical rows came before it in this import, so genuine repeats survive and a re-import or
    // a newer overlapping export adds only what is new.
    uint64_t key;
    if (!row.insertId.empty()) {
        key = hash64(row.insertId, 0x1d);
        if (m_dedupExisting.contains(key) || !m_dedupNew.insert(key)) {
            ++m_stats.duplicatesSkipped;
            return true;
        }
    } else {
        uint64_t content = hash64(row.userId, 1);
        content = hashCombine(content, hash64(row.anonymousId, 2));
        content = hashCombine(content, hash64(row.event, 3));
        content = hashCombine(content, static_cast<uint64_t>(row.timeMs));
        content = hashCombine(content, hash64(row.sessionId, 4));
        content = hashCombine(content, hash64(row.propsJson, 5));
        uint64_t occurrence = 0;
        key = content;
        while (!m_dedupNew.insert(key))
            key = hashCombine(content, ++occurrence);
        if (m_dedupExisting.contains(key)) {
            ++m_stats.duplicatesSkipped;
            return true;
        }
    }

    int64_t identity;
    if (!row.userId.empty()) {
        identity = identityFor(row.userId, kIdentityUser, 0);
        if (!row.anonymousId.empty()) {
            const int64_t knownUser = m_identityUser[static_cast<size_t>(identity)];
            const int64_t device = identityFor(row.anonymousId, kIdentityAnonymous, findUser(knownUser));
            mergeUsers(m_identityUser[static_cast<size_t>(device)], knownUser);
        }
    } else {
        identity = identityFor(row.anonymousId, kIdentityAnonymous, 0);
    }
    const int64_t user = findUser(m_identityUser[static_cast<size_t>(identity)]);
    const int64_t type = eventTypeFor(row.event);

    UserState& state = m_userState[static_cast<size_t>(user)];
    int64_t sessionIndex;
    if (!row.sessionId.empty()) {
        const std::string_view device = row.anonymousId.empty() ? row.userId : row.anonymousId;
        const uint64_t skey = hashCombine(hash64(device, 7), hash64(row.sessionId, 8));
        auto it = m_externalSessions.find(skey);
        if (it == m_externalSessions.end())
            it = m_externalSessions.emplace(skey, newSession(user, row.timeMs, row.sessionId)).first;
        sessionIndex = it->second;
    } else {
        if (state.session >= 0 && row.timeMs < state.lastTs)
            state.dirty = true;
        if (state.session < 0 || row.timeMs - state.lastTs > m_settings.sessionGapMs
            || !m_sessions[static_cast<size_t>(state.session)].externalId.empty())
            state.session = newSession(user, row.timeMs, {});
        sessionIndex = state.session;
    }
    state.lastTs = std::max(state.lastTs, row.timeMs);
    SessionAgg& session = m_sessions[static_cast<size_t>(sessionIndex)];
    session.start = std::min(session.start, row.timeMs);
    session.end = std::max(session.end, row.timeMs);
    ++session.count;

    sqlite3_bind_int64(m_insertEvent, 1, identity);
    sqlite3_bind_int64(m_insertEvent, 2, type);
    sqlite3_bind_int64(m_insertEvent, 3, row.timeMs);
    sqlite3_bind_int64(m_insertEvent, 4, session.id);
    sqlite3_bind_int64(m_insertEvent, 5, sourceId());
    sqlite3_bind_int64(m_insertEvent, 6, static_cast<int64_t>(key));
    if (row.propsJson.empty())
        sqlite3_bind_null(m_insertEvent, 7);
    else
        sqlite3_bind_text(m_insertEvent, 7, row.propsJson.data(), static_cast<int>(row.propsJson.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(m_insertEvent) != SQLITE_DONE) {
        const std::string message = sqlite3_errmsg(m_db.handle());
        sqlite3_reset(m_insertEvent);
        throw DatabaseError(m_db.path() + ": " + message);
    }
    sqlite3_reset(m_insertEvent);
    ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::identify(const ingest::IdentifyRow& row)
{
    if (row.userId.empty() || row.anonymousId.empty() || row.userId == row.anonymousId)
        return true;
    const int64_t known = identityFor(row.userId, kIdentityUser, 0);
    const int64_t knownUser = m_identityUser[static_cast<size_t>(known)];
    const int64_t device = identityFor(row.anonymousId, kIdentityAnonymous, findUser(knownUser));
    mergeUsers(m_identityUser[static_cast<size_t>(device)], knownUser);
    ++m_stats.rowsImported;
    return true;
}

void ImportWriter::reject(int64_t line, const std::string& reason)
{
    ++m_stats.rowsRejected;
    if (m_stats.rejects.size() < kMaxListedRejects)
        m_stats.rejects.push_back({ line, reason });
}

ImportStats ImportWriter::commit()
{
    settleMerges();
    rebuildDirtySessions();
    writeSessions();
    resolveRecordUsers();
    writePropertyCatalog();
    auto rejects = m_db.prepare("INSERT INTO source_rejects(source_id, line, reason) VALUES(?, ?, ?)");
    for (const auto& r : m_stats.rejects)
        rejects.bind(1, sourceId()).bind(2, r.line).bind(3, r.reason).run();
    auto st = m_db.prepare("UPDATE sources SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
                           "duplicates_skipped = ?, kind = ? WHERE id = ?");
    const char* kind = "events";
    if (m_db.queryInt("SELECT count(*) FROM tickets WHERE source = " + std::to_string(sourceId())) > 0)
        kind = "tickets";
    else if (m_db.queryInt("SELECT count(*) FROM feedback WHERE source = " + std::to_string(sourceId())) > 0)
        kind = "feedback";
    else if (m_db.queryInt("SELECT count(*) FROM annotations WHERE source = " + std::to_string(sourceId())) > 0)
        kind = "annotations";
    else if (m_settings.format == "crm")
        kind = "accounts";
    st.bind(1, m_stats.rowsRead).bind(2, m_stats.rowsImported).bind(3, m_stats.rowsRejected);
    st.bind(4, m_stats.duplicatesSkipped).bind(5, std::string_view(kind)).bind(6, sourceId()).run();
    m_tx->commit();
    m_committed = true;
    return m_stats;
}

} // namespace waymark::store
