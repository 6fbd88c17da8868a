#include "grouped_median.h"

#include <algorithm>
#include <bit>
#include <thread>

namespace waymark::analysis {

namespace {

// Log-linear buckets: values below 16 have one each; above, 16 per power of two, so a bucket
// spans at most 1/16 of its values' magnitude. Monotone in the value.
constexpr uint32_t kBuckets = 16 * (packed_time::kValueBits - 3);
// Above this many groups the histograms would outgrow the caches: sort instead.
constexpr uint32_t kMaxHistogramGroups = 4096;

inline uint32_t bucketOf(uint64_t v)
{
    if (v < 16) return static_cast<uint32_t>(v);
    const int width = std::bit_width(v); // 5 .. kValueBits
    return 16 * static_cast<uint32_t>(width - 4) + static_cast<uint32_t>((v >> (width - 5)) & 15);
}

// Runs body(i) for every buffer index i, each on its own thread as far as `threads` allows.
template<typename Body> void perBuffer(size_t buffers, int threads, Body body)
{
    const size_t width
        = std::max<size_t>(1, std::min<size_t>(buffers, static_cast<size_t>(std::max(threads, 1))));
    std::vector<std::thread> pool;
    for (size_t t = 1; t < width; ++t)
        pool.emplace_back([&, t] {
            for (size_t i = t; i < buffers; i += width)
                body(i);
        });
    for (size_t i = 0; i < buffers; i += width)
        body(i);
    for (auto& th : pool)
        th.join();
}

double middle(int64_t lower, int64_t upper, bool even)
{
    return even ? (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0
                : static_cast<double>(upper);
}

// The group number of a packed value of buffer i in the result's numbering.
struct GroupMap {
    std::span<const std::vector<uint32_t>> groupOf;
    uint32_t operator()(size_t buffer, uint64_t p) const
    {
        const uint32_t g = packed_time::group(p);
        return groupOf.empty() ? g : groupOf[buffer][g];
    }
};

std::vector<std::optional<double>> bySorting(
    std::span<const std::span<const uint64_t>> buffers, uint32_t groups, const GroupMap& groupOf)
{
    std::vector<uint64_t> all;
    for (size_t i = 0; i < buffers.size(); ++i)
        for (uint64_t p : buffers[i])
            all.push_back(packed_time::pack(groupOf(i, p), packed_time::value(p)));
    std::sort(all.begin(), all.end()); // group-major, then value
    std::vector<std::optional<double>> out(groups);
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        const uint32_t g = packed_time::group(all[i]);
        while (j < all.size() && packed_time::group(all[j]) == g)
            ++j;
        const size_t n = j - i;
        out[g] = middle(
            packed_time::value(all[i + (n - 1) / 2]), packed_time::value(all[i + n / 2]), n % 2 == 0);
        i = j;
    }
    return out;
}

} // namespace

std::vector<std::optional<double>> groupedMedians(std::span<const std::span<const uint64_t>> buffers,
    uint32_t groups, int threads, std::span<const std::vector<uint32_t>> groupOf)
{
    const GroupMap map { groupOf };
    if (groups > kMaxHistogramGroups) return bySorting(buffers, groups, map);
    const size_t width = size_t(groups) * kBuckets;

    // Pass 1: a histogram per buffer, then summed.
    std::vector<std::vector<uint32_t>> hist(buffers.size());
    perBuffer(buffers.size(), threads, [&](size_t i) {
        auto& h = hist[i];
        h.assign(width, 0);
        for (uint64_t p : buffers[i])
            ++h[size_t(map(i, p)) * kBuckets + bucketOf(p & packed_time::kValueMask)];
    });

    // The buckets of the two middle ranks of each group, and how many values lie below each.
    struct Target {
        uint64_t count = 0;
        uint32_t lowBucket = 0, highBucket = 0;
        uint64_t lowBefore = 0, highBefore = 0;
    };
    std::vector<Target> target(groups);
    for (uint32_t g = 0; g < groups; ++g) {
        Target& t = target[g];
        for (const auto& h : hist)
            for (uint32_t b = 0; b < kBuckets; ++b)
                t.count += h[size_t(g) * kBuckets + b];
        if (t.count == 0) continue;
        const uint64_t lowRank = (t.count - 1) / 2, highRank = t.count / 2;
        uint64_t below = 0;
        bool lowFound = false;
        for (uint32_t b = 0; b < kBuckets; ++b) {
            uint64_t inBucket = 0;
            for (const auto& h : hist)
                inBucket += h[size_t(g) * kBuckets + b];
            if (!lowFound && lowRank < below + inBucket) {
                t.lowBucket = b;
                t.lowBefore = below;
                lowFound = true;
            }
            if (highRank < below + inBucket) {
                t.highBucket = b;
                t.highBefore = below;
                break;
            }
            below += inBucket;
        }
    }
    hist.clear();

    // Pass 2: only the values in those buckets are kept, per buffer, then selected.
    std::vector<std::vector<std::vector<int64_t>>> picked(buffers.size());
    perBuffer(buffers.size(), threads, [&](size_t i) {
        auto& mine = picked[i];
        mine.resize(groups);
        for (uint64_t p : buffers[i]) {
            const uint32_t g = map(i, p);
            const uint32_t b = bucketOf(p & packed_time::kValueMask);
            if (b == target[g].lowBucket || b == target[g].highBucket)
                mine[g].push_back(packed_time::value(p));
        }
    });
    std::vector<std::optional<double>> out(groups);
    std::vector<int64_t> low, high;
    for (uint32_t g = 0; g < groups; ++g) {
        const Target& t = target[g];
        if (t.count == 0) continue;
        low.clear();
        high.clear();
        for (auto& mine : picked)
            for (int64_t v : mine[g])
                (bucketOf(uint64_t(v)) == t.lowBucket ? low : high).push_back(v);
        auto select = [](std::vector<int64_t>& values, uint64_t rank) {
            std::nth_element(values.begin(), values.begin() + static_cast<ptrdiff_t>(rank), values.end());
            return values[rank];
        };
        const uint64_t lowRank = (t.count - 1) / 2, highRank = t.count / 2;
        int64_t lower = 0, upper = 0;
        if (t.lowBucket == t.highBucket) {
            upper = select(low, highRank - t.highBefore);
            // After selecting rank r, the largest value before it is rank r - 1.
            lower = lowRank == highRank ? upper
                                        : *std::max_element(low.begin(),
                                            low.begin() + static_cast<ptrdiff_t>(highRank - t.highBefore));
        } else {
            lower = select(low, lowRank - t.lowBefore);
            upper = select(high, highRank - t.highBefore);
        }
        out[g] = middle(lower, upper, t.count % 2 == 0);
    }
    return out;
}

} // namespace waymark::analysis
