#pragma once

#include <cstddef>
#include <cstdint>

namespace waymark {

// A growable array of 64-bit words for scans that append tens of millions of values: an anonymous
// mapping, so pages cost nothing until written; huge pages where the kernel allows, since page
// faults on fresh 4 KiB pages otherwise cost more than the scan; growth by mremap, without a copy.
// Contents are left uninitialised.
class WordBuffer {
public:
    WordBuffer() = default;
    ~WordBuffer();
    WordBuffer(WordBuffer&& other) noexcept;
    WordBuffer& operator=(WordBuffer&& other) noexcept;
    WordBuffer(const WordBuffer&) = delete;
    WordBuffer& operator=(const WordBuffer&) = delete;

    // Makes room for at least `words` words, keeping what is there.
    void reserve(size_t words);
    uint64_t* data() { return m_words; }
    const uint64_t* data() const { return m_words; }
    size_t capacity() const { return m_capacity; }

private:
    uint64_t* m_words = nullptr;
    size_t m_capacity = 0;
};

} // namespace waymark
