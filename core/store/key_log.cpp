#include "key_log.h"

#include <algorithm>
#include <stdexcept>
#include <unistd.h>
#include <utility>

namespace waymark::store {

namespace {

constexpr size_t kReadBatch = 16384; // entries per refill of a run: 256 KiB

void writeAll(std::FILE* file, const void* data, size_t bytes)
{
    if (bytes && std::fwrite(data, 1, bytes, file) != bytes)
        throw std::runtime_error("cannot write the import's temporary key file (disk full?)");
}

// Heap order for the merge: the run whose head is smallest on top.
struct HeadGreater {
    const std::vector<KeyEntry>* heads;
    bool operator()(uint32_t a, uint32_t b) const { return (*heads)[b] < (*heads)[a]; }
};

} // namespace

void sortKeys(std::vector<KeyEntry>& entries)
{
    const size_t n = entries.size();
    if (n < 256) {
        std::sort(entries.begin(), entries.end());
        return;
    }
    // Six passes of 11 bits over the key; each pass is stable, so equal keys keep their order.
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    std::vector<KeyEntry> scratch(n);
    std::vector<size_t> counts(kBuckets);
    KeyEntry* from = entries.data();
    KeyEntry* to = scratch.data();
    for (int shift = 0; shift < 64; shift += kBits) {
        std::fill(counts.begin(), counts.end(), 0);
        for (size_t i = 0; i < n; ++i)
            ++counts[(from[i].key >> shift) & (kBuckets - 1)];
        size_t sum = 0;
        for (size_t& c : counts)
            sum += std::exchange(c, sum);
        for (size_t i = 0; i < n; ++i)
            to[counts[(from[i].key >> shift) & (kBuckets - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (from != entries.data()) entries.swap(scratch);
    // Equal keys (repeats of one row, or a resent event) are few; order them by tag as well.
    for (size_t i = 1; i < n;) {
        if (entries[i].key != entries[i - 1].key) {
            ++i;
            continue;
        }
        size_t end = i + 1;
        while (end < n && entries[end].key == entries[i - 1].key)
            ++end;
        std::sort(entries.begin() + std::ptrdiff_t(i - 1), entries.begin() + std::ptrdiff_t(end));
        i = end;
    }
}

KeyLog::KeyLog(size_t budget)
    : m_budget(std::max<size_t>(budget, 1024))
{
}

KeyLog::~KeyLog()
{
    if (m_file) std::fclose(m_file);
}

void KeyLog::spill()
{
    sortKeys(m_buffer);
    if (!m_file) {
        m_file = std::tmpfile();
        if (!m_file) throw std::runtime_error("cannot create the import's temporary key file");
    }
    writeAll(m_file, m_buffer.data(), m_buffer.size() * sizeof(KeyEntry));
    m_runs.push_back({ m_fileSize, m_buffer.size() });
    m_fileSize += static_cast<int64_t>(m_buffer.size() * sizeof(KeyEntry));
    m_total += m_buffer.size();
    m_buffer.clear();
}

void KeyLog::finish()
{
    if (m_finished) return;
    m_finished = true;
    if (!m_runs.empty()) {
        // Everything goes through the merge; the last run as well, so memory is released.
        if (!m_buffer.empty()) spill();
        std::vector<KeyEntry>().swap(m_buffer);
        if (std::fflush(m_file) != 0)
            throw std::runtime_error("cannot write the import's temporary key file");
    } else {
        sortKeys(m_buffer);
        m_total = m_buffer.size();
    }
}

KeyLog::Reader KeyLog::read() const
{
    if (!m_finished) throw std::logic_error("KeyLog::read before finish");
    Reader r;
    r.m_log = this;
    for (const RunSpan& span : m_runs) {
        Reader::Run run;
        run.offset = span.offset;
        run.left = span.count;
        r.m_runs.push_back(std::move(run));
    }
    r.m_heads.resize(r.m_runs.size());
    return r;
}

bool KeyLog::Reader::refill(Run& run)
{
    if (run.pos < run.buffer.size()) return true;
    if (run.left == 0) return false;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(run.left, kReadBatch));
    run.buffer.resize(n);
    const size_t bytes = n * sizeof(KeyEntry);
    size_t done = 0;
    while (done < bytes) {
        const ssize_t got = ::pread(fileno(m_log->m_file), reinterpret_cast<char*>(run.buffer.data()) + done,
            bytes - done, static_cast<off_t>(run.offset + static_cast<int64_t>(done)));
        if (got <= 0) throw std::runtime_error("cannot read the import's temporary key file");
        done += static_cast<size_t>(got);
    }
    run.offset += static_cast<int64_t>(bytes);
    run.left -= n;
    run.pos = 0;
    return true;
}

bool KeyLog::Reader::next(KeyEntry& out)
{
    if (m_runs.empty()) {
        if (m_memoryPos >= m_log->m_buffer.size()) return false;
        out = m_log->m_buffer[m_memoryPos++];
        return true;
    }
    // A binary heap of run indices, keyed by each run's head; built on the first call.
    if (m_heap.empty() && !m_started) {
        m_started = true;
        for (uint32_t i = 0; i < m_runs.size(); ++i)
            if (refill(m_runs[i])) {
                m_heads[i] = m_runs[i].buffer[m_runs[i].pos++];
                m_heap.push_back(i);
            }
        std::make_heap(m_heap.begin(), m_heap.end(), HeadGreater { &m_heads });
    }
    if (m_heap.empty()) return false;
    std::pop_heap(m_heap.begin(), m_heap.end(), HeadGreater { &m_heads });
    const uint32_t top = m_heap.back();
    out = m_heads[top];
    Run& run = m_runs[top];
    if (refill(run)) {
        m_heads[top] = run.buffer[run.pos++];
        std::push_heap(m_heap.begin(), m_heap.end(), HeadGreater { &m_heads });
    } else {
        m_heap.pop_back();
    }
    return true;
}

} // namespace waymark::store
