#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace waymark::bench {

// The generated project of the analysis benchmark. Bump kGeneratorVersion whenever the output
// changes, so that cached projects in bench/.data are rebuilt instead of silently reused.
constexpr int kGeneratorVersion = 2; // 2: schema 2 (sessions_start index)

struct GenSpec {
    int64_t events = 10'000'000;
    uint32_t users = 500'000;
    uint64_t seed = 42;
};

// The event vocabulary, and the six steps of the benchmark funnel (a web shop's purchase path).
const std::vector<std::string>& eventNames();
const std::vector<std::string>& funnelSteps();
// The anchor of the path analysis.
const char* pathStart();

constexpr int64_t kSessionGapMs = 30LL * 60 * 1000; // the importer's default

struct GenReport {
    int64_t events = 0;
    uint32_t users = 0;
    double generateSeconds = 0; // journeys in memory, sorted into export order
    double importSeconds = 0; // ImportWriter: rows in, commit done
};

// Writes a new project at `path` (which must not exist) through store::ImportWriter, the way an
// import of a time-ordered export would: users' journeys are sessions of a Markov chain over
// eventNames(), deterministic for a seed, exactly spec.events events over spec.users users.
GenReport generateProject(const std::string& path, const GenSpec& spec);

} // namespace waymark::bench
