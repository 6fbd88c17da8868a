#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

namespace waymark::store {

// One dedup key with what it belongs to: `tag` is the event id shifted left by one, its low bit
// set for a content key (a hash of the row) and clear for an export id key.
struct KeyEntry {
    uint64_t key;
    uint64_t tag;
    friend bool operator<(const KeyEntry& a, const KeyEntry& b)
    {
        return a.key != b.key ? a.key < b.key : a.tag < b.tag;
    }
};

// The dedup keys of an import, read back sorted by (key, tag) within a fixed memory budget: once
// the buffer holds `budget` entries it is sorted and written to a temporary file as a run, and
// reading merges the runs. This is what keeps an import's memory flat whatever the file's size.
class KeyLog {
public:
    static constexpr size_t kDefaultBudget = size_t(1) << 21; // 2M entries, 32 MiB

    explicit KeyLog(size_t budget = kDefaultBudget);
    ~KeyLog();
    KeyLog(const KeyLog&) = delete;
    KeyLog& operator=(const KeyLog&) = delete;

    void add(uint64_t key, uint64_t tag)
    {
        m_buffer.push_back({ key, tag });
        if (m_buffer.size() >= m_budget) spill();
    }
    uint64_t size() const { return m_total; }
    size_t runCount() const { return m_runs.size(); }

    // Sorts what is buffered; call once, after the last add().
    void finish();

    // Streams the entries in (key, tag) order. Several readers may be used one after another.
    class Reader {
    public:
        bool next(KeyEntry& out);

    private:
        friend class KeyLog;
        struct Run {
            int64_t offset = 0; // next byte to read in the file
            uint64_t left = 0; // entries not yet read
            std::vector<KeyEntry> buffer;
            size_t pos = 0;
        };
        bool refill(Run& run);
        const KeyLog* m_log = nullptr;
        size_t m_memoryPos = 0;
        std::vector<Run> m_runs;
        std::vector<KeyEntry> m_heads; // the current entry of each run
        std::vector<uint32_t> m_heap; // runs with entries left, smallest head on top
        bool m_started = false;
    };
    Reader read() const;

private:
    void spill();

    size_t m_budget;
    std::vector<KeyEntry> m_buffer;
    struct RunSpan {
        int64_t offset;
        uint64_t count;
    };
    std::vector<RunSpan> m_runs;
    std::FILE* m_file = nullptr;
    int64_t m_fileSize = 0;
    uint64_t m_total = 0;
    bool m_finished = false;
};

// Sorts entries by (key, tag): a least-significant-digit radix sort, stable and linear, since the
// keys are uniform 64-bit hashes and the buffers are millions of entries.
void sortKeys(std::vector<KeyEntry>& entries);

} // namespace waymark::store
