#pragma once

#include "database.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace waymark::store {

// Dedup keys are stored per source in `event_keys`, sorted, kKeysPerBlob to a row.
inline constexpr size_t kKeysPerBlob = 8192;

// The dedup keys already in the project, probed in ascending key order: each source's keys are
// stored sorted, so the sources are merged as streams and memory stays at one blob per source.
// Sources written before keys were kept sorted (blobs of 65,536 keys in hash order) are read whole
// and sorted in memory; legacySources() lists them so the import can store them sorted.
class ExistingKeys {
public:
    explicit ExistingKeys(Database& db);
    ~ExistingKeys();

    // True when `key` is stored. Successive calls must not decrease `key`.
    bool contains(uint64_t key);

    struct Legacy {
        int64_t sourceId;
        std::vector<uint64_t> keys; // sorted
    };
    std::vector<Legacy>& legacySources() { return m_legacy; }

private:
    struct Source;
    bool advance(Source& s);

    std::vector<std::unique_ptr<Source>> m_sources;
    std::vector<uint32_t> m_heap; // sources with keys left, smallest head on top
    std::vector<Legacy> m_legacy;
};

// Writes `keys` (sorted) of a source as blobs of kKeysPerBlob keys.
class KeyBlobWriter {
public:
    KeyBlobWriter(Database& db, int64_t sourceId);
    void add(uint64_t key)
    {
        m_keys.push_back(key);
        if (m_keys.size() == kKeysPerBlob) flush();
    }
    void flush();

private:
    Statement m_insert;
    int64_t m_sourceId;
    std::vector<uint64_t> m_keys;
};

} // namespace waymark::store
