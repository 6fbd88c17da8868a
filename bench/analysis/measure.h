#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace waymark::bench {

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
};

// Runs `warmups` untimed calls (first touch of the snapshot's pages, thread start-up, allocator
// growth), then `runs` timed ones, and reports the median: on a shared machine the median is the
// number another engineer's build disturbs least.
Timing timeRuns(int warmups, int runs, const std::function<void()>& body);

double msSince(std::chrono::steady_clock::time_point start);
double median(std::vector<double> values);

// From /proc/self/status, in bytes.
size_t residentBytes(); // VmRSS
size_t peakResidentBytes(); // VmHWM
// Resets VmHWM to the current RSS (Linux clear_refs), so a later peak is that of one phase.
// Returns false where the kernel does not allow it.
bool resetPeakResident();

// "N cores, <model>" and the 1/5/15-minute load averages.
std::string cpuDescription();
std::string loadAverages();

} // namespace waymark::bench
