#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

namespace waymark::store {

// A closed gap session of an import, written once its user moved on.
struct ClosedSession {
    int64_t id;
    int64_t user;
    int64_t start;
    int64_t end;
    int64_t count;
    int64_t storedCount; // event_count as stored when it is a stored session, -1 for a new one
};

// Closed sessions, appended to a temporary file through a small buffer and read back once at
// commit: an import holds only its users' open sessions in memory, however many it makes.
class SessionSpill {
public:
    SessionSpill() = default;
    ~SessionSpill();
    SessionSpill(const SessionSpill&) = delete;
    SessionSpill& operator=(const SessionSpill&) = delete;

    void add(const ClosedSession& s)
    {
        m_buffer.push_back(s);
        if (m_buffer.size() == kBuffer) flush();
    }
    uint64_t size() const { return m_written + m_buffer.size(); }
    // Calls fn(const ClosedSession&) for each, in the order added.
    template<typename Fn> void forEach(Fn&& fn)
    {
        if (m_file) {
            flush();
            std::rewind(m_file);
            std::vector<ClosedSession> chunk(kBuffer);
            size_t n;
            while ((n = std::fread(chunk.data(), sizeof(ClosedSession), chunk.size(), m_file)) > 0)
                for (size_t i = 0; i < n; ++i)
                    fn(chunk[i]);
            std::fseek(m_file, 0, SEEK_END);
        }
        for (const ClosedSession& s : m_buffer)
            fn(s);
    }

private:
    static constexpr size_t kBuffer = 16384; // 768 KiB
    void flush();
    std::vector<ClosedSession> m_buffer;
    std::FILE* m_file = nullptr;
    uint64_t m_written = 0;
};

} // namespace waymark::store
