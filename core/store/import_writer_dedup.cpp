// Deduplication at commit: every event went in with its key; here the keys are sorted (KeyLog, on
// disk beyond its budget) and merged with the project's stored keys (ExistingKeys), so memory does
// not grow with the size of the file or of the project.
//
// Semantics (as the per-row hash sets had them): a row with an export id is a duplicate when its
// key is stored already or an earlier row of this import had it. A row without one is keyed by its
// content and its occurrence among identical rows of this import (the first by the content hash,
// the n-th repeat by hashCombine(content, n)), and is a duplicate only when that key is stored, so
// genuine repeats within a file survive and a re-import adds nothing.
#include "../util/hash.h"
#include "existing_keys.h"
#include "import_writer.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace waymark::store {

namespace {

int64_t eventOf(const KeyEntry& e)
{
    return static_cast<int64_t>(e.tag >> 1);
}
bool isContent(const KeyEntry& e)
{
    return (e.tag & 1) != 0;
}

// Reads the first key of each (key, kind) group of the main log: the candidates whose key is their
// own. Later id rows of a group are duplicates within the import (reported to `dup`); later content
// rows are repeats, keyed by occurrence in `repeats`.
class Candidates {
public:
    explicit Candidates(const KeyLog& log)
        : m_reader(log.read())
    {
    }
    template<typename Dup> bool next(KeyEntry& out, KeyLog* repeats, Dup&& dup)
    {
        KeyEntry e;
        while (m_reader.next(e)) {
            if (e.key != m_key || !m_any) {
                m_any = true;
                m_key = e.key;
                m_contentSeen = 0;
                m_idSeen = false;
            }
            if (isContent(e)) {
                if (m_contentSeen++ == 0) {
                    out = e;
                    return true;
                }
                if (repeats) repeats->add(hashCombine(e.key, m_contentSeen - 1), e.tag);
            } else {
                if (!m_idSeen) {
                    m_idSeen = true;
                    out = e;
                    return true;
                }
                dup(eventOf(e));
            }
        }
        return false;
    }

private:
    KeyLog::Reader m_reader;
    uint64_t m_key = 0;
    bool m_any = false;
    uint64_t m_contentSeen = 0;
    bool m_idSeen = false;
};

} // namespace

void ImportWriter::resolveDuplicates()
{
    m_keys.finish();
    freshTempTable("import_dups", "id INTEGER PRIMARY KEY");
    auto insertDup = m_db.prepare("INSERT OR IGNORE INTO temp.import_dups(id) VALUES(?)");
    int64_t dups = 0;
    auto dup = [&](int64_t event) {
        insertDup.bind(1, event).run();
        ++dups;
    };

    // Pass 1: repeats of content rows get their occurrence keys, which sort elsewhere.
    KeyLog repeats(KeyLog::kDefaultBudget / 4);
    {
        Candidates all(m_keys);
        KeyEntry e;
        uint64_t n = 0;
        while (all.next(e, &repeats, [](int64_t) {}))
            tickCancel(n);
    }
    repeats.finish();

    // Pass 2: the candidates and the repeats in one key order, against the stored keys.
    ExistingKeys existing(m_db);
    KeyBlobWriter out(m_db, sourceId());
    Candidates primary(m_keys);
    KeyLog::Reader more = repeats.read();
    KeyEntry a {}, b {};
    bool hasA = primary.next(a, nullptr, dup);
    bool hasB = more.next(b);
    uint64_t n = 0;
    while (hasA || hasB) {
        tickCancel(n);
        const bool takeA = hasA && (!hasB || !(b < a));
        const KeyEntry c = takeA ? a : b;
        if (existing.contains(c.key))
            dup(eventOf(c));
        else
            out.add(c.key);
        if (takeA)
            hasA = primary.next(a, nullptr, dup);
        else
            hasB = more.next(b);
    }
    out.flush();
    // Stored keys of the first layout (hash order) are stored again, sorted.
    for (auto& legacy : existing.legacySources()) {
        m_db.prepare("DELETE FROM event_keys WHERE source_id = ?").bind(1, legacy.sourceId).run();
        KeyBlobWriter rewrite(m_db, legacy.sourceId);
        for (const uint64_t key : legacy.keys)
            rewrite.add(key);
        rewrite.flush();
    }
    if (dups > 0) dropDuplicateEvents(dups);
}

// The duplicates went in with the import's rows: their sessions counted them. Gap sessions of their
// users are rebuilt from the events that stay; sessions named by the export are recounted.
void ImportWriter::dropDuplicateEvents(int64_t count)
{
    std::unordered_map<int64_t, size_t> named; // session id -> index in m_sessions
    for (size_t i = 0; i < m_sessions.size(); ++i)
        named.emplace(m_sessions[i].id, i);
    freshTempTable("import_recount", "id INTEGER PRIMARY KEY");
    {
        auto recount = m_db.prepare("INSERT OR IGNORE INTO temp.import_recount(id) VALUES(?)");
        auto st = m_db.prepare(
            "SELECT e.identity, e.session FROM temp.import_dups d JOIN events e ON e.id = d.id");
        while (st.step()) {
            const int64_t identity = st.columnInt(0);
            const int64_t session = st.columnInt(1);
            if (named.count(session)) {
                recount.bind(1, session).run();
            } else {
                const int64_t user = findUser(m_identityUser[static_cast<size_t>(identity)]);
                m_userState[static_cast<size_t>(user)].dirty = true;
            }
        }
    }
    m_db.exec("DELETE FROM events WHERE id IN (SELECT id FROM temp.import_dups)");
    m_stats.rowsImported -= count;
    m_stats.duplicatesSkipped += count;
    m_kindRows[4] -= count;

    // Sessions named by the export hold only this import's events: recount them from those.
    {
        auto st = m_db.prepare("SELECT id FROM temp.import_recount");
        while (st.step()) {
            SessionAgg& s = m_sessions[named.at(st.columnInt(0))];
            s.count = 0;
            s.start = std::numeric_limits<int64_t>::max();
            s.end = std::numeric_limits<int64_t>::min();
        }
    }
    auto st
        = m_db.prepare("SELECT session, count(*), min(ts), max(ts) FROM events WHERE id >= ? AND session IN "
                       "(SELECT id FROM temp.import_recount) GROUP BY session");
    st.bind(1, m_firstEventId);
    while (st.step()) {
        SessionAgg& s = m_sessions[named.at(st.columnInt(0))];
        s.count = st.columnInt(1);
        s.start = st.columnInt(2);
        s.end = st.columnInt(3);
    }
}

} // namespace waymark::store
