// Building a Snapshot: scanning the store (or events in memory) into per-user, time-sorted columns.
#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/store/database.h"
#include "snapshot.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <sqlite3.h>
#include <stdexcept>
#include <thread>
#include <unordered_map>

namespace waymark::analysis {

namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// Events in import order, already integer-coded.
struct Columns {
    std::vector<uint32_t> user; // provisional dense user
    std::vector<int64_t> ts;
    std::vector<uint32_t> type;
    std::vector<uint32_t> session; // kNone until resolved
    std::vector<int64_t> rawSession; // only for sessions missing from the sessions table
    std::vector<uint32_t> rowDelta;
    void reserve(size_t n)
    {
        user.reserve(n);
        ts.reserve(n);
        type.reserve(n);
        session.reserve(n);
        rowDelta.reserve(n);
    }
    size_t size() const { return ts.size(); }
};

} // namespace

// Turns import-ordered columns into the CSR layout. A friend of Snapshot.
class SnapshotAssembler {
public:
    static void assemble(Snapshot& s, Columns&& in, const std::vector<int64_t>& provisionalUserIds,
        const jobs::CancelToken* cancel)
    {
        const size_t n = in.size();
        if (n >= std::numeric_limits<uint32_t>::max())
            throw std::runtime_error("too many events for one snapshot (at most 4 billion)");
        // Counting sort by user keeps import order within a user, so only users whose events
        // were imported out of time order need a (stable) sort afterwards.
        std::vector<uint32_t> count(provisionalUserIds.size(), 0);
        for (uint32_t u : in.user)
            ++count[u];
        std::vector<uint32_t> dense(provisionalUserIds.size(), kNone);
        s.m_userOffsets.assign(1, 0);
        for (size_t u = 0; u < count.size(); ++u) {
            if (!count[u]) continue;
            dense[u] = static_cast<uint32_t>(s.m_userIds.size());
            s.m_userIds.push_back(provisionalUserIds[u]);
            s.m_userOffsets.push_back(s.m_userOffsets.back() + count[u]);
        }
        std::vector<uint32_t> cursor(s.m_userOffsets.begin(), s.m_userOffsets.end() - 1);
        s.m_ts.resize(n);
        s.m_type.resize(n);
        s.m_session.resize(n);
        s.m_rowDelta.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const uint32_t dst = cursor[dense[in.user[i]]]++;
            s.m_ts[dst] = in.ts[i];
            s.m_type[dst] = in.type[i];
            s.m_session[dst] = in.session[i];
            s.m_rowDelta[dst] = in.rowDelta[i];
        }
        in = Columns();
        jobs::throwIfCancelled(cancel);

        const uint32_t users = s.userCount();
        // Runs on two threads, so it stops quietly when cancelled and the caller throws.
        auto sortUsers = [&s, cancel](uint32_t from, uint32_t to) {
            std::vector<uint32_t> order;
            std::vector<int64_t> ts;
            std::vector<uint32_t> a, b, c;
            for (uint32_t u = from; u < to; ++u) {
                if ((u & 4095) == 0 && cancel && cancel->isCancelled()) return;
                const uint32_t begin = s.m_userOffsets[u], end = s.m_userOffsets[u + 1];
                if (std::is_sorted(s.m_ts.begin() + begin, s.m_ts.begin() + end)) continue;
                order.resize(end - begin);
                std::iota(order.begin(), order.end(), begin);
                std::stable_sort(order.begin(), order.end(),
                    [&](uint32_t x, uint32_t y) { return s.m_ts[x] < s.m_ts[y]; });
                ts.clear();
                a.clear();
                b.clear();
                c.clear();
                for (uint32_t i : order) {
                    ts.push_back(s.m_ts[i]);
                    a.push_back(s.m_type[i]);
                    b.push_back(s.m_session[i]);
                    c.push_back(s.m_rowDelta[i]);
                }
                std::copy(ts.begin(), ts.end(), s.m_ts.begin() + begin);
                std::copy(a.begin(), a.end(), s.m_type.begin() + begin);
                std::copy(b.begin(), b.end(), s.m_session.begin() + begin);
                std::copy(c.begin(), c.end(), s.m_rowDelta.begin() + begin);
            }
        };
        if (n > 200000 && users > 1) {
            const uint32_t mid = static_cast<uint32_t>(
                std::upper_bound(s.m_userOffsets.begin(), s.m_userOffsets.end(), static_cast<uint32_t>(n / 2))
                - s.m_userOffsets.begin() - 1);
            std::thread other(sortUsers, mid, users);
            sortUsers(0, mid);
            other.join();
        } else {
            sortUsers(0, users);
        }
        jobs::throwIfCancelled(cancel);
        if (n) {
            s.m_minTs = *std::min_element(s.m_ts.begin(), s.m_ts.end());
            s.m_maxTs = *std::max_element(s.m_ts.begin(), s.m_ts.end());
        }
    }
};

namespace {

template<typename T> void setAt(std::vector<T>& v, int64_t index, T value, T fill)
{
    if (index < 0) return;
    if (static_cast<size_t>(index) >= v.size()) v.resize(static_cast<size_t>(index) + 1, fill);
    v[static_cast<size_t>(index)] = value;
}

struct Dictionaries {
    std::vector<uint32_t> typeCode; // event_types.id -> code
    std::vector<uint32_t> identityUser; // identities.id -> provisional dense user
    std::vector<uint32_t> sessionCode; // sessions.id -> dense session
    int64_t rowBase = 0;
};

void scanRange(store::Database& db, const Dictionaries& d, int64_t lo, int64_t hi, Columns& out,
    const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    auto st = db.prepare(
        "SELECT id, identity, type, ts, session FROM events WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, lo).bind(2, hi);
    const double span = static_cast<double>(hi - lo + 1);
    size_t rows = 0;
    while (st.step()) {
        const int64_t id = st.columnInt(0);
        const int64_t identity = st.columnInt(1);
        const int64_t type = st.columnInt(2);
        const int64_t session = st.columnInt(4);
        const uint32_t user = identity >= 0 && static_cast<size_t>(identity) < d.identityUser.size()
            ? d.identityUser[static_cast<size_t>(identity)]
            : kNone;
        if (user == kNone)
            throw store::DatabaseError(
                db.path() + ": event " + std::to_string(id) + " has an unknown identity");
        const uint32_t code = type >= 0 && static_cast<size_t>(type) < d.typeCode.size()
            ? d.typeCode[static_cast<size_t>(type)]
            : kNone;
        if (code == kNone)
            throw store::DatabaseError(db.path() + ": event " + std::to_string(id) + " has an unknown type");
        const uint32_t scode = session >= 0 && static_cast<size_t>(session) < d.sessionCode.size()
            ? d.sessionCode[static_cast<size_t>(session)]
            : kNone;
        out.user.push_back(user);
        out.ts.push_back(st.columnInt(3));
        out.type.push_back(code);
        out.session.push_back(scode);
        if (scode == kNone) {
            out.rawSession.resize(out.size(), 0);
            out.rawSession.back() = session;
        }
        out.rowDelta.push_back(static_cast<uint32_t>(id - d.rowBase));
        if ((++rows & 0xFFFF) == 0) {
            jobs::throwIfCancelled(cancel);
            if (progress) progress->report(static_cast<double>(id - lo) / span);
        }
    }
    out.rawSession.resize(out.rawSession.empty() ? 0 : out.size(), 0);
}

uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

uint64_t hashText(std::string_view s)
{
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

} // namespace

Fingerprint Fingerprint::read(store::Database& db)
{
    Fingerprint f;
    auto st = db.prepare(
        "SELECT (SELECT coalesce(max(id), 0) FROM events), (SELECT count(*) FROM sources),"
        " (SELECT coalesce(max(id), 0) FROM sources), (SELECT count(*) FROM identities),"
        " (SELECT coalesce(sum(user_id), 0) FROM identities), (SELECT coalesce(max(id), 0) FROM users)");
    if (st.step()) {
        f.maxEventId = st.columnInt(0);
        f.sources = st.columnInt(1);
        f.maxSourceId = st.columnInt(2);
        f.identities = st.columnInt(3);
        f.identityUserSum = st.columnInt(4);
        f.maxUserId = st.columnInt(5);
    }
    uint64_t h = 0;
    auto types = db.prepare("SELECT id, coalesce(stage_id, 0), display_name FROM event_types ORDER BY id");
    while (types.step())
        h = mix(
            mix(mix(h, static_cast<uint64_t>(types.columnInt(0))), static_cast<uint64_t>(types.columnInt(1))),
            hashText(types.columnText(2)));
    auto stages = db.prepare("SELECT id, ordinal, name FROM stages ORDER BY id");
    while (stages.step())
        h = mix(mix(mix(h, static_cast<uint64_t>(stages.columnInt(0))),
                    static_cast<uint64_t>(stages.columnInt(1))),
            hashText(stages.columnText(2)));
    f.typesHash = h;
    return f;
}

std::shared_ptr<const Snapshot> Snapshot::build(
    store::Database& db, const jobs::CancelToken* cancel, const jobs::ProgressRange* progress)
{
    std::shared_ptr<Snapshot> s(new Snapshot());
    s->m_path = db.path();
    // One read transaction, so the dictionaries and the events describe the same moment.
    const bool ownTransaction = sqlite3_get_autocommit(db.handle()) != 0;
    if (ownTransaction) db.exec("BEGIN");
    struct EndRead {
        store::Database& db;
        bool active;
        ~EndRead()
        {
            if (!active) return;
            try {
                db.exec("COMMIT");
            } catch (...) {
            }
        }
    } endRead { db, ownTransaction };

    s->m_fingerprint = Fingerprint::read(db);
    Dictionaries d;
    {
        auto st = db.prepare(
            "SELECT id, canonical, display_name, coalesce(stage_id, 0) FROM event_types ORDER BY id");
        while (st.step()) {
            EventTypeInfo t { st.columnInt(0), std::string(st.columnText(1)), std::string(st.columnText(2)),
                st.columnInt(3) };
            setAt(d.typeCode, t.id, static_cast<uint32_t>(s->m_types.size()), kNone);
            s->m_types.push_back(std::move(t));
        }
    }
    {
        auto st = db.prepare("SELECT id, name, ordinal FROM stages ORDER BY ordinal, id");
        while (st.step())
            s->m_stages.push_back({ st.columnInt(0), std::string(st.columnText(1)), st.columnInt(2) });
    }
    {
        auto st = db.prepare("SELECT scope, name, type FROM property_keys ORDER BY scope, name");
        while (st.step()) {
            const auto scope = st.columnText(0) == "user" ? PropertyScope::User : PropertyScope::Event;
            s->m_propertyKeys.push_back(
                { scope, std::string(st.columnText(1)), std::string(st.columnText(2)) });
        }
    }
    std::vector<int64_t> provisionalUserIds;
    {
        std::vector<uint32_t> userCode;
        auto users = db.prepare("SELECT id FROM users ORDER BY id");
        while (users.step()) {
            setAt(userCode, users.columnInt(0), static_cast<uint32_t>(provisionalUserIds.size()), kNone);
            provisionalUserIds.push_back(users.columnInt(0));
        }
        auto st = db.prepare("SELECT id, user_id FROM identities");
        while (st.step()) {
            const int64_t user = st.columnInt(1);
            uint32_t code = user >= 0 && static_cast<size_t>(user) < userCode.size()
                ? userCode[static_cast<size_t>(user)]
                : kNone;
            if (code == kNone) { // a user row that is missing: keep the events under the id anyway
                code = static_cast<uint32_t>(provisionalUserIds.size());
                setAt(userCode, user, code, kNone);
                provisionalUserIds.push_back(user);
            }
            setAt(d.identityUser, st.columnInt(0), code, kNone);
        }
    }
    {
        auto st = db.prepare("SELECT id FROM sessions ORDER BY id");
        while (st.step()) {
            setAt(d.sessionCode, st.columnInt(0), static_cast<uint32_t>(s->m_sessionIds.size()), kNone);
            s->m_sessionIds.push_back(st.columnInt(0));
        }
    }
    const int64_t minId = db.queryInt("SELECT coalesce(min(id), 1) FROM events", 1);
    const int64_t maxId = s->m_fingerprint.maxEventId;
    if (maxId - minId >= static_cast<int64_t>(std::numeric_limits<uint32_t>::max()))
        throw std::runtime_error("event ids span more than 4 billion; compact the project first");
    d.rowBase = minId;
    s->m_rowBase = minId;
    jobs::throwIfCancelled(cancel);

    // Reading rows out of SQLite dominates the build, so large projects are read by two
    // connections at once, each over half of the id range.
    const int64_t total = maxId >= minId ? maxId - minId + 1 : 0;
    Columns parts[2];
    const jobs::ProgressRange whole = progress ? *progress : jobs::ProgressRange(nullptr, 0, 1);
    const jobs::ProgressRange scanProgress = whole.sub(0, 0.8);
    if (total > 400000 && !s->m_path.empty() && s->m_path != ":memory:") {
        const int64_t mid = minId + total / 2;
        parts[0].reserve(static_cast<size_t>(total / 2 + 1));
        parts[1].reserve(static_cast<size_t>(total / 2 + 1));
        std::exception_ptr error;
        std::thread second([&] {
            try {
                store::Database other(s->m_path, store::Database::Mode::ReadOnly);
                scanRange(other, d, mid, maxId, parts[1], cancel, nullptr);
            } catch (...) {
                error = std::current_exception();
            }
        });
        try {
            scanRange(db, d, minId, mid - 1, parts[0], cancel, &scanProgress);
        } catch (...) {
            second.join();
            throw;
        }
        second.join();
        if (error) std::rethrow_exception(error);
        // The other connection may have seen a later commit; only events up to maxId are kept,
        // and a changed project is caught by the fingerprint at the next cache check.
        auto& a = parts[0];
        auto& b = parts[1];
        const bool raw = !a.rawSession.empty() || !b.rawSession.empty();
        if (raw) {
            a.rawSession.resize(a.size(), 0);
            b.rawSession.resize(b.size(), 0);
        }
        a.user.insert(a.user.end(), b.user.begin(), b.user.end());
        a.ts.insert(a.ts.end(), b.ts.begin(), b.ts.end());
        a.type.insert(a.type.end(), b.type.begin(), b.type.end());
        a.session.insert(a.session.end(), b.session.begin(), b.session.end());
        a.rawSession.insert(a.rawSession.end(), b.rawSession.begin(), b.rawSession.end());
        a.rowDelta.insert(a.rowDelta.end(), b.rowDelta.begin(), b.rowDelta.end());
        b = Columns();
    } else if (total > 0) {
        parts[0].reserve(static_cast<size_t>(total));
        scanRange(db, d, minId, maxId, parts[0], cancel, &scanProgress);
    }
    Columns& all = parts[0];
    if (!all.rawSession.empty()) { // sessions referenced by events but absent from the table
        std::unordered_map<int64_t, uint32_t> extra;
        for (size_t i = 0; i < all.size(); ++i) {
            if (all.session[i] != kNone) continue;
            auto [it, added]
                = extra.emplace(all.rawSession[i], static_cast<uint32_t>(s->m_sessionIds.size()));
            if (added) s->m_sessionIds.push_back(all.rawSession[i]);
            all.session[i] = it->second;
        }
    }
    jobs::throwIfCancelled(cancel);
    SnapshotAssembler::assemble(*s, std::move(all), provisionalUserIds, cancel);
    whole.report(1.0);
    return s;
}

std::shared_ptr<const Snapshot> Snapshot::fromEvents(
    std::vector<RawEvent> events, std::vector<EventTypeInfo> types)
{
    std::shared_ptr<Snapshot> s(new Snapshot());
    s->m_types = std::move(types);
    std::vector<uint32_t> userKeys;
    userKeys.reserve(events.size());
    for (const auto& e : events)
        userKeys.push_back(e.user);
    std::sort(userKeys.begin(), userKeys.end());
    userKeys.erase(std::unique(userKeys.begin(), userKeys.end()), userKeys.end());
    std::vector<int64_t> provisional(userKeys.begin(), userKeys.end());
    std::unordered_map<uint32_t, uint32_t> sessionCode;
    Columns c;
    c.reserve(events.size());
    s->m_memoryProps.resize(events.size());
    s->m_rowBase = 1; // row ids start at 1 as in a project
    for (size_t i = 0; i < events.size(); ++i) {
        auto& e = events[i];
        if (e.type >= s->m_types.size()) throw std::invalid_argument("fromEvents: event type out of range");
        c.user.push_back(static_cast<uint32_t>(
            std::lower_bound(userKeys.begin(), userKeys.end(), e.user) - userKeys.begin()));
        c.ts.push_back(e.ts);
        c.type.push_back(e.type);
        auto [it, added] = sessionCode.emplace(e.session, static_cast<uint32_t>(s->m_sessionIds.size()));
        if (added) s->m_sessionIds.push_back(e.session);
        c.session.push_back(it->second);
        c.rowDelta.push_back(static_cast<uint32_t>(i));
        s->m_memoryProps[i] = std::move(e.props);
    }
    SnapshotAssembler::assemble(*s, std::move(c), provisional, nullptr);
    return s;
}

} // namespace waymark::analysis
