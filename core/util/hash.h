#pragma once

#include <cstdint>
#include <string_view>
#include <xxhash.h>

namespace waymark {

inline uint64_t hash64(std::string_view s, uint64_t seed = 0)
{
    return XXH3_64bits_withSeed(s.data(), s.size(), seed);
}

// Order-sensitive combination used for content hashes of records without an export id.
inline uint64_t hashCombine(uint64_t h, uint64_t v)
{
    return XXH3_64bits_withSeed(&v, sizeof v, h);
}

} // namespace waymark
