#include "hash_set.h"

#include <cstdlib>
#include <new>
#include <sys/mman.h>

namespace waymark {

namespace {
constexpr size_t kHugePage = size_t(2) << 20;
}

uint64_t* HashSet64::allocate(size_t capacity)
{
    const size_t bytes = capacity * sizeof(uint64_t);
    if (bytes < kHugePage) {
        auto* p = static_cast<uint64_t*>(std::calloc(capacity, sizeof(uint64_t)));
        if (!p) throw std::bad_alloc();
        return p;
    }
    // Anonymous mappings are zero-filled lazily by the kernel.
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    ::madvise(p, bytes, MADV_HUGEPAGE);
    return static_cast<uint64_t*>(p);
}

void HashSet64::release(uint64_t* slots, size_t capacity)
{
    if (!slots) return;
    const size_t bytes = capacity * sizeof(uint64_t);
    if (bytes < kHugePage)
        std::free(slots);
    else
        ::munmap(slots, bytes);
}

} // namespace waymark
