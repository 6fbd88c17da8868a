#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace waymark {

// A vector that grows in fixed chunks of 2^16 elements: appending never copies what is there, so
// a table of millions of entries never holds its old and new storage at once (as a doubling
// std::vector does while it grows), and peak memory stays at its size.
template<typename T> class ChunkedVector {
public:
    static constexpr size_t kShift = 16;
    static constexpr size_t kChunk = size_t(1) << kShift;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T& operator[](size_t i) { return m_chunks[i >> kShift][i & (kChunk - 1)]; }
    const T& operator[](size_t i) const { return m_chunks[i >> kShift][i & (kChunk - 1)]; }

    void push_back(const T& value)
    {
        if ((m_size & (kChunk - 1)) == 0 && (m_size >> kShift) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(kChunk));
        (*this)[m_size++] = value;
    }
    // Grows to `n` elements (never shrinks), new ones set to `value`.
    void resize(size_t n, const T& value = T())
    {
        while (m_size < n)
            push_back(value);
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};

} // namespace waymark
