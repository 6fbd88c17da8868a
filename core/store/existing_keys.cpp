#include "existing_keys.h"

#include <algorithm>
#include <cstring>

namespace waymark::store {

namespace {
// Blobs of the first layout held 65,536 keys in hash order (the last one of a source fewer).
constexpr size_t kLegacyBlobBytes = 65536 * sizeof(uint64_t);

void appendBlob(std::vector<uint64_t>& out, std::string_view blob)
{
    const size_t n = blob.size() / sizeof(uint64_t);
    const size_t at = out.size();
    out.resize(at + n);
    std::memcpy(out.data() + at, blob.data(), n * sizeof(uint64_t));
}
} // namespace

struct ExistingKeys::Source {
    Source(Database& db, int64_t id)
        : st(db.prepare("SELECT keys FROM event_keys WHERE source_id = ? ORDER BY id"))
    {
        st.bind(1, id);
    }
    Statement st;
    std::vector<uint64_t> keys; // the current blob (copied: the table may be written meanwhile)
    const std::vector<uint64_t>* sorted = nullptr; // a legacy source's keys, sorted, held in m_legacy
    size_t pos = 0;
    uint64_t head() const { return sorted ? (*sorted)[pos] : keys[pos]; }
};

ExistingKeys::ExistingKeys(Database& db)
{
    std::vector<int64_t> ids;
    {
        auto st = db.prepare("SELECT DISTINCT source_id FROM event_keys ORDER BY source_id");
        while (st.step())
            ids.push_back(st.columnInt(0));
    }
    m_legacy.reserve(ids.size()); // sources point into it
    for (const int64_t id : ids) {
        auto s = std::make_unique<Source>(db, id);
        if (!s->st.step()) continue;
        const std::string_view first = s->st.columnBlob(0);
        appendBlob(s->keys, first);
        if (first.size() == kLegacyBlobBytes || !std::is_sorted(s->keys.begin(), s->keys.end())) {
            Legacy legacy { id, std::move(s->keys) };
            while (s->st.step())
                appendBlob(legacy.keys, s->st.columnBlob(0));
            std::sort(legacy.keys.begin(), legacy.keys.end());
            m_legacy.push_back(std::move(legacy));
            s->sorted = &m_legacy.back().keys; // the source streams from the sorted keys from now on
            if (s->sorted->empty()) continue;
        } else if (s->keys.empty() && !advance(*s)) {
            continue;
        }
        m_heap.push_back(static_cast<uint32_t>(m_sources.size()));
        m_sources.push_back(std::move(s));
    }
    auto greater = [this](uint32_t a, uint32_t b) { return m_sources[b]->head() < m_sources[a]->head(); };
    std::make_heap(m_heap.begin(), m_heap.end(), greater);
}

ExistingKeys::~ExistingKeys() = default;

// Moves to the source's next key, reading its next blob when the current one is used up.
bool ExistingKeys::advance(Source& s)
{
    if (s.sorted) return ++s.pos < s.sorted->size();
    if (++s.pos < s.keys.size()) return true;
    s.keys.clear();
    s.pos = 0;
    while (s.st.step()) {
        appendBlob(s.keys, s.st.columnBlob(0));
        if (!s.keys.empty()) return true;
    }
    return false;
}

bool ExistingKeys::contains(uint64_t key)
{
    auto greater = [this](uint32_t a, uint32_t b) { return m_sources[b]->head() < m_sources[a]->head(); };
    while (!m_heap.empty()) {
        Source& top = *m_sources[m_heap.front()];
        if (top.head() > key) return false;
        if (top.head() == key) return true;
        std::pop_heap(m_heap.begin(), m_heap.end(), greater);
        if (advance(top))
            std::push_heap(m_heap.begin(), m_heap.end(), greater);
        else
            m_heap.pop_back();
    }
    return false;
}

KeyBlobWriter::KeyBlobWriter(Database& db, int64_t sourceId)
    : m_insert(db.prepare("INSERT INTO event_keys(source_id, keys) VALUES(?, ?)"))
    , m_sourceId(sourceId)
{
    m_keys.reserve(kKeysPerBlob);
}

void KeyBlobWriter::flush()
{
    if (m_keys.empty()) return;
    m_insert.bind(1, m_sourceId).bindBlob(2, m_keys.data(), m_keys.size() * sizeof(uint64_t)).run();
    m_keys.clear();
}

} // namespace waymark::store
