#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace waymark::analysis {

// Durations tagged with the group (an edge of the process map, say) they belong to, packed into
// one word so that a scan can append them without knowing the groups' sizes in advance.
namespace packed_time {
constexpr int kValueBits = 44; // 2^44 ms is over 500 years
constexpr uint64_t kValueMask = (uint64_t(1) << kValueBits) - 1;
constexpr uint32_t kMaxGroups = uint32_t(1) << (64 - kValueBits);
inline uint64_t pack(uint32_t group, int64_t value)
{
    const uint64_t v = value < 0 ? 0 : (uint64_t(value) > kValueMask ? kValueMask : uint64_t(value));
    return (uint64_t(group) << kValueBits) | v;
}
inline uint32_t group(uint64_t p)
{
    return static_cast<uint32_t>(p >> kValueBits);
}
inline int64_t value(uint64_t p)
{
    return static_cast<int64_t>(p & kValueMask);
}
} // namespace packed_time

// The exact median of each group's values (the mean of the two middle ones for an even count),
// none for an empty group. The values may be spread over several buffers (one per thread); the
// buffers are read, never reordered. Two passes with a log-linear histogram find the buckets
// holding the middle ranks, and only those buckets' values are selected, so the work is linear in
// the values and the memory in the groups. Buffers are shared out over `threads` threads.
// groupOf, when given, has one table per buffer that maps the buffer's own group numbers to the
// result's (each thread of a scan numbers its groups as it meets them).
std::vector<std::optional<double>> groupedMedians(std::span<const std::span<const uint64_t>> buffers,
    uint32_t groups, int threads = 1, std::span<const std::vector<uint32_t>> groupOf = {});

} // namespace waymark::analysis
