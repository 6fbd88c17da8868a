#pragma once

#include <cstdint>
#include <cstring>
#include <utility>

namespace waymark {

// Open-addressing set of 64-bit hashes (0 is the empty marker, so 0 is stored as 1), linear probing,
// load factor at most 0.7 (12-23 bytes per key); used for import deduplication. Large tables live
// on transparent huge pages: every probe is a random access, and 4 KiB pages would make each one a
// TLB miss as well as a cache miss.
class HashSet64 {
public:
    explicit HashSet64(size_t expected = 1024) { rehash(capacityFor(expected)); }
    ~HashSet64() { release(m_slots, m_capacity); }
    HashSet64(const HashSet64&) = delete;
    HashSet64& operator=(const HashSet64&) = delete;

    // Inserts; false when the key was already present.
    bool insert(uint64_t key)
    {
        key = key ? key : 1;
        if ((m_size + 1) * 10 > m_capacity * 7) rehash(m_capacity * 2);
        return place(key);
    }
    bool contains(uint64_t key) const
    {
        key = key ? key : 1;
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] == key) return true;
            if (m_slots[i] == 0) return false;
        }
    }
    // Starts loading the key's slot into cache, so the probe that follows does not stall.
    void prefetch(uint64_t key) const { __builtin_prefetch(&m_slots[(key ? key : 1) & m_mask]); }
    size_t size() const { return m_size; }
    void reserve(size_t n)
    {
        if (capacityFor(n) > m_capacity) rehash(capacityFor(n));
    }
    template<typename Fn> void forEach(Fn&& fn) const
    {
        for (size_t i = 0; i < m_capacity; ++i)
            if (m_slots[i]) fn(m_slots[i]);
    }

private:
    static size_t capacityFor(size_t n)
    {
        size_t c = 16;
        while (c * 7 < n * 10)
            c *= 2;
        return c;
    }
    static uint64_t* allocate(size_t capacity);
    static void release(uint64_t* slots, size_t capacity);

    bool place(uint64_t key)
    {
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] == key) return false;
            if (m_slots[i] == 0) {
                m_slots[i] = key;
                ++m_size;
                return true;
            }
        }
    }
    void rehash(size_t capacity)
    {
        uint64_t* old = std::exchange(m_slots, allocate(capacity));
        const size_t oldCapacity = std::exchange(m_capacity, capacity);
        m_mask = capacity - 1;
        m_size = 0;
        for (size_t i = 0; i < oldCapacity; ++i)
            if (old[i]) place(old[i]);
        release(old, oldCapacity);
    }

    uint64_t* m_slots = nullptr;
    size_t m_capacity = 0;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace waymark
