#include "snapshot.h"

#include "core/jobs/cancel_token.h"
#include "core/store/database.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace waymark::analysis {

uint32_t Snapshot::userOfEvent(uint32_t event) const
{
    const auto it = std::upper_bound(m_userOffsets.begin(), m_userOffsets.end(), event);
    return static_cast<uint32_t>(it - m_userOffsets.begin() - 1);
}

size_t Snapshot::coreBytes() const
{
    return m_ts.capacity() * sizeof(int64_t) + m_type.capacity() * sizeof(uint32_t)
        + m_session.capacity() * sizeof(uint32_t) + m_rowDelta.capacity() * sizeof(uint32_t)
        + m_userOffsets.capacity() * sizeof(uint32_t) + m_userIds.capacity() * sizeof(int64_t)
        + m_sessionIds.capacity() * sizeof(int64_t);
}

std::shared_ptr<const PropertyColumn> Snapshot::propertyColumn(
    PropertyScope scope, const std::string& name, const jobs::CancelToken* cancel) const
{
    const auto key = std::make_pair(static_cast<int>(scope), name);
    {
        std::lock_guard lock(m_columnsMutex);
        const auto it = m_columns.find(key);
        if (it != m_columns.end()) return it->second;
    }
    // Loaded outside the lock so that two different columns can load at once; if two threads
    // race for the same column the first stored copy wins and both are equal anyway.
    std::shared_ptr<const PropertyColumn> column = loadColumn(scope, name, cancel);
    std::lock_guard lock(m_columnsMutex);
    return m_columns.emplace(key, std::move(column)).first->second;
}

namespace {

// A cheap pre-filter: most props objects lack a given key, and finding its quoted name is much
// faster than parsing. Keys that JSON would escape skip the shortcut.
struct KeyProbe {
    std::string quoted;
    bool usable = true;
    explicit KeyProbe(const std::string& key)
        : quoted("\"" + key + "\"")
    {
        for (unsigned char c : key)
            if (c == '"' || c == '\\' || c < 0x20) usable = false;
    }
    bool mayContain(std::string_view json) const
    {
        return !usable || json.find(quoted) != std::string_view::npos;
    }
};

} // namespace

std::shared_ptr<PropertyColumn> Snapshot::loadColumn(
    PropertyScope scope, const std::string& name, const jobs::CancelToken* cancel) const
{
    const KeyProbe probe(name);
    std::string text;
    double number = 0;
    if (scope == PropertyScope::Event) {
        auto column = std::make_shared<PropertyColumn>(m_ts.size());
        if (m_path.empty()) {
            for (uint32_t i = 0; i < m_ts.size(); ++i) {
                const std::string& props = m_memoryProps[m_rowDelta[i]];
                if (!props.empty() && probe.mayContain(props) && jsonMemberValue(props, name, text, number))
                    column->codes[i] = column->intern(text, number);
            }
            return column;
        }
        uint32_t maxDelta = 0;
        for (uint32_t d : m_rowDelta)
            maxDelta = std::max(maxDelta, d);
        std::vector<uint32_t> position(m_ts.empty() ? 0 : size_t(maxDelta) + 1, UINT32_MAX);
        for (uint32_t i = 0; i < m_rowDelta.size(); ++i)
            position[m_rowDelta[i]] = i;
        store::Database db(m_path, store::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT id, props FROM events WHERE id BETWEEN ? AND ? AND props IS NOT NULL");
        st.bind(1, m_rowBase).bind(2, m_rowBase + static_cast<int64_t>(maxDelta));
        size_t rows = 0;
        while (st.step()) {
            if ((++rows & 0xFFFF) == 0) jobs::throwIfCancelled(cancel);
            const auto delta = static_cast<size_t>(st.columnInt(0) - m_rowBase);
            if (delta >= position.size() || position[delta] == UINT32_MAX) continue;
            const std::string_view props = st.columnText(1);
            if (probe.mayContain(props) && jsonMemberValue(props, name, text, number))
                column->codes[position[delta]] = column->intern(text, number);
        }
        return column;
    }
    auto column = std::make_shared<PropertyColumn>(m_userIds.size());
    if (m_path.empty()) {
        for (uint32_t u = 0; u < m_userIds.size() && u < m_memoryUserProps.size(); ++u) {
            const std::string& props = m_memoryUserProps[u];
            if (!props.empty() && jsonMemberValue(props, name, text, number))
                column->codes[u] = column->intern(text, number);
        }
        return column;
    }
    std::unordered_map<int64_t, uint32_t> dense;
    dense.reserve(m_userIds.size());
    for (uint32_t u = 0; u < m_userIds.size(); ++u)
        dense.emplace(m_userIds[u], u);
    store::Database db(m_path, store::Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT id, props FROM users WHERE props IS NOT NULL");
    while (st.step()) {
        const auto it = dense.find(st.columnInt(0));
        if (it == dense.end()) continue;
        const std::string_view props = st.columnText(1);
        if (probe.mayContain(props) && jsonMemberValue(props, name, text, number))
            column->codes[it->second] = column->intern(text, number);
    }
    return column;
}

} // namespace waymark::analysis
