#pragma once

#include <cstdint>
#include <vector>

namespace waymark {

// Open-addressing set of 64-bit hashes (0 is the empty marker, so 0 is stored as 1). About 16 bytes
// per key at the 0.5 load factor it keeps; used for import deduplication.
class HashSet64 {
public:
    explicit HashSet64(size_t expected = 1024) { rehash(capacityFor(expected)); }

    // Inserts; false when the key was already present.
    bool insert(uint64_t key)
    {
        key = key ? key : 1;
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        return place(key);
    }
    bool contains(uint64_t key) const
    {
        key = key ? key : 1;
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] == key)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }
    size_t size() const { return m_size; }
    template<typename Fn>
    void forEach(Fn&& fn) const
    {
        for (uint64_t k : m_slots)
            if (k)
                fn(k);
    }
    void reserve(size_t n)
    {
        if (capacityFor(n) > m_slots.size())
            rehash(capacityFor(n));
    }

private:
    static size_t capacityFor(size_t n)
    {
        size_t c = 16;
        while (c < n * 2)
            c *= 2;
        return c;
    }
    bool place(uint64_t key)
    {
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i] == key)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = key;
                ++m_size;
                return true;
            }
        }
    }
    void rehash(size_t capacity)
    {
        std::vector<uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        m_size = 0;
        for (uint64_t k : old)
            if (k)
                place(k);
    }

    std::vector<uint64_t> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace waymark
