#include "measure.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

namespace waymark::bench {

namespace {

size_t statusField(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) != 0) continue;
        std::istringstream rest(line.substr(prefix.size()));
        size_t kb = 0;
        rest >> kb;
        return kb * 1024;
    }
    return 0;
}

} // namespace

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

Timing timeRuns(int warmups, int runs, const std::function<void()>& body)
{
    for (int i = 0; i < warmups; ++i)
        body();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        body();
        ms.push_back(msSince(t0));
    }
    Timing t;
    t.runs = runs;
    if (!ms.empty()) {
        t.medianMs = median(ms);
        t.minMs = *std::min_element(ms.begin(), ms.end());
        t.maxMs = *std::max_element(ms.begin(), ms.end());
    }
    return t;
}

size_t residentBytes()
{
    return statusField("VmRSS");
}

size_t peakResidentBytes()
{
    return statusField("VmHWM");
}

bool resetPeakResident()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

std::string cpuDescription()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line, model = "unknown CPU";
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) model = line.substr(line.find_first_not_of(' ', colon + 1));
            break;
        }
    }
    return std::to_string(std::thread::hardware_concurrency()) + " cores, " + model;
}

std::string loadAverages()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

} // namespace waymark::bench
