#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace waymark::demo {

// The std::*_distribution classes and std::shuffle are allowed to differ between standard libraries;
// the raw output of std::mt19937_64 is fixed by the standard. Every draw below is built from the raw
// 64-bit words, so a seed produces the same data set with libstdc++, libc++ and MSVC. The only
// platform-dependent parts left are libm's log/exp/cos, whose last-ulp differences disappear when
// results are rounded to milliseconds or integers.
class Rng {
public:
    explicit Rng(uint64_t seed)
        : m_engine(seed)
    {
    }

    uint64_t next() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }

    // Unbiased integer in [0, n) by rejection of the short last block.
    uint64_t below(uint64_t n)
    {
        if (n <= 1) return 0;
        const uint64_t limit = (0 - n) % n;
        uint64_t x = m_engine();
        while (x < limit)
            x = m_engine();
        return x % n;
    }
    // Integer in [lo, hi].
    int between(int lo, int hi)
    {
        return lo + static_cast<int>(below(static_cast<uint64_t>(static_cast<int64_t>(hi) - lo + 1)));
    }

    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    // Box-Muller without the cached second value, so each call consumes a fixed number of words.
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    // Log-normal parameterised by its arithmetic mean, which is what the data set is specified in.
    double lognormalWithMean(double mean, double sigma)
    {
        const double mu = std::log(mean) - sigma * sigma / 2;
        return std::exp(mu + sigma * normal());
    }

    // Index drawn with probability proportional to weights[i].
    size_t weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.size() - 1;
    }

    template<class T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(items.size()))];
    }

    // Fisher-Yates from the back.
    template<class T> void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<size_t>(below(i))]);
    }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64 finaliser: independent seeds for independent streams (one per person and purpose), so
// changing how one part of the data set is drawn leaves the others untouched.
inline uint64_t mix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline uint64_t streamSeed(uint64_t seed, uint64_t stream, uint64_t index = 0)
{
    return mix64(mix64(seed ^ mix64(stream)) + index);
}

} // namespace waymark::demo
