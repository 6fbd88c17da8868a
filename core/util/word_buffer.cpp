#include "word_buffer.h"

#include <new>
#include <sys/mman.h>
#include <utility>

namespace waymark {

namespace {
constexpr size_t kPage = 4096;
constexpr size_t kHugePage = size_t(2) << 20;
// Small buffers stay on small pages: a huge page is zeroed whole on first touch.
constexpr size_t kHugeFrom = size_t(16) << 20;
size_t roundUp(size_t bytes, size_t to)
{
    return (bytes + to - 1) / to * to;
}
} // namespace

WordBuffer::~WordBuffer()
{
    if (m_words) ::munmap(m_words, m_capacity * sizeof(uint64_t));
}

WordBuffer::WordBuffer(WordBuffer&& other) noexcept
    : m_words(std::exchange(other.m_words, nullptr))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

WordBuffer& WordBuffer::operator=(WordBuffer&& other) noexcept
{
    if (this != &other) {
        WordBuffer gone(std::move(*this));
        m_words = std::exchange(other.m_words, nullptr);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void WordBuffer::reserve(size_t words)
{
    if (words <= m_capacity) return;
    const size_t wanted = words * sizeof(uint64_t);
    const size_t bytes = roundUp(wanted, wanted >= kHugeFrom ? kHugePage : kPage);
    void* p = m_words
        ? ::mremap(m_words, m_capacity * sizeof(uint64_t), bytes, MREMAP_MAYMOVE)
        : ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    if (bytes >= kHugeFrom) ::madvise(p, bytes, MADV_HUGEPAGE);
    m_words = static_cast<uint64_t*>(p);
    m_capacity = bytes / sizeof(uint64_t);
}

} // namespace waymark
