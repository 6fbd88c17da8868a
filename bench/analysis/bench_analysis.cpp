// The analysis benchmark (docs/performance.md, "Analysis"): on a generated project of 10M events
// and 500k users, times the snapshot build from the store, a 6-step 14-day funnel, 5-step paths,
// the session process map and sessionization, and writes what bench/compare/ needs to run the same
// queries in chdb and DuckDB. bench/analysis_bench.sh is the one command that runs it all.
#include "core/analysis/funnel.h"
#include "core/analysis/snapshot.h"
#include "core/store/project.h"
#include "generate.h"
#include "measure.h"

#if __has_include("core/analysis/paths.h") && __has_include("core/analysis/process_map.h")
#include "core/analysis/paths.h"
#include "core/analysis/process_map.h"
#define WAYMARK_BENCH_FLOW 1
#else
#define WAYMARK_BENCH_FLOW 0
#endif

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace waymark;
using namespace waymark::bench;

namespace {

struct Options {
    GenSpec spec;
    int runs = 7;
    int buildRuns = 3;
    int threads = 0;
    std::string dataDir = WAYMARK_BENCH_DATA;
    std::string jsonPath;
    bool exportCsv = false;
    std::string only; // comma-separated measurements, for profiling one kernel; empty = all
    bool wants(const char* what) const
    {
        return only.empty() || ("," + only + ",").find(std::string(",") + what + ",") != std::string::npos;
    }
};

// Targets of the analysis-engine issue, for this 2-core machine.
constexpr double kFunnelTargetMs = 150;
constexpr double kPathsTargetMs = 150;
constexpr double kProcessMapTargetMs = 100;
constexpr double kBuildTargetMs = 4000;
constexpr double kBytesPerEventTarget = 24;

void usage()
{
    std::puts(
        "bench_analysis [--events N] [--users N] [--seed N] [--runs N] [--build-runs N] [--threads N]\n"
        "               [--data DIR] [--json FILE] [--csv] [--only build,funnel,paths,map,sessions]\n"
        "Generates (or reuses, in DIR) the project, then times snapshot build, funnel, paths, process map\n"
        "and sessionization; --csv also writes the events for bench/compare/, --json the results.");
}

Options parseArgs(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
            return argv[++i];
        };
        if (a == "--events")
            o.spec.events = std::stoll(value());
        else if (a == "--users")
            o.spec.users = static_cast<uint32_t>(std::stoul(value()));
        else if (a == "--seed")
            o.spec.seed = std::stoull(value());
        else if (a == "--runs")
            o.runs = std::max(1, std::stoi(value()));
        else if (a == "--build-runs")
            o.buildRuns = std::max(0, std::stoi(value()));
        else if (a == "--threads")
            o.threads = std::stoi(value());
        else if (a == "--data")
            o.dataDir = value();
        else if (a == "--json")
            o.jsonPath = value();
        else if (a == "--csv")
            o.exportCsv = true;
        else if (a == "--only")
            o.only = value();
        else if (a == "--help" || a == "-h") {
            usage();
            std::exit(0);
        } else
            throw std::invalid_argument("unknown argument " + a);
    }
    return o;
}

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out.push_back('\\');
        if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out.push_back(c);
        }
    }
    return out + "\"";
}

std::string fmt(double v, int decimals = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string withCommas(int64_t v)
{
    std::string digits = std::to_string(v), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string mb(size_t bytes)
{
    return fmt(static_cast<double>(bytes) / (1024.0 * 1024.0), 0) + " MiB";
}

// The cached project and a note of what produced it; a mismatch regenerates.
struct Dataset {
    std::string project, meta, csv;
    std::string metaText;
};

Dataset datasetFor(const Options& o)
{
    const std::string stem = o.dataDir + "/analysis_" + std::to_string(o.spec.events) + "_"
        + std::to_string(o.spec.users) + "_s" + std::to_string(o.spec.seed);
    Dataset d { stem + ".waymark", stem + ".meta", stem + ".csv", {} };
    d.metaText = "generator " + std::to_string(kGeneratorVersion) + " events " + std::to_string(o.spec.events)
        + " users " + std::to_string(o.spec.users) + " seed " + std::to_string(o.spec.seed);
    return d;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Returns the generation report when the project was (re)generated now.
std::optional<GenReport> ensureProject(const Options& o, const Dataset& d)
{
    fs::create_directories(o.dataDir);
    if (fs::exists(d.project) && readFile(d.meta).rfind(d.metaText, 0) == 0) return std::nullopt;
    for (const auto& p : { d.project, d.project + "-wal", d.project + "-shm", d.meta, d.csv })
        fs::remove(p);
    std::fprintf(stderr, "generating %s (%lld events, %u users; not timed as part of the analysis)\n",
        d.project.c_str(), static_cast<long long>(o.spec.events), o.spec.users);
    const GenReport r = generateProject(d.project, o.spec);
    std::ofstream(d.meta) << d.metaText << "\ngenerated in " << fmt(r.generateSeconds, 1)
                          << " s, imported through"
                          << " ImportWriter in " << fmt(r.importSeconds, 1) << " s\n";
    return r;
}

uint32_t typeCode(const analysis::Snapshot& s, const std::string& name)
{
    const auto& types = s.eventTypes();
    for (size_t t = 0; t < types.size(); ++t)
        if (types[t].displayName == name) return static_cast<uint32_t>(t);
    throw std::runtime_error("event type " + name + " is not in the project");
}

analysis::FunnelQuery funnelQuery(const analysis::Snapshot& s, bool strictIncrease, int threads)
{
    analysis::FunnelQuery q;
    for (const auto& name : funnelSteps())
        q.steps.push_back({ name, { typeCode(s, name) }, {} });
    q.windowMs = 14LL * 24 * 3600 * 1000;
    q.strictIncrease = strictIncrease;
    q.threads = threads;
    return q;
}

// There is no sessionization kernel over the snapshot in core: sessions are assigned by
// ImportWriter while rows stream in (a user's next event more than the gap after the previous
// one opens a new session) and stored with the events. This is that rule as a pass over the
// snapshot's time column, the cost of re-sessionizing with another gap at analysis time; its
// output is checked against the sessions the import writer stored.
struct Sessionized {
    std::vector<uint32_t> session; // per event, dense, numbered per thread range then offset
    uint32_t count = 0;
};

void sessionize(const analysis::Snapshot& s, int64_t gapMs, int threads, Sessionized& out)
{
    const uint32_t users = s.userCount();
    out.session.resize(s.eventCount());
    const auto ts = s.ts();
    threads = std::max(1, threads);
    std::vector<uint32_t> bounds { 0 };
    for (int t = 1; t < threads; ++t)
        bounds.push_back(std::max(
            bounds.back(), s.userOfEvent(static_cast<uint32_t>(uint64_t(s.eventCount()) * t / threads))));
    bounds.push_back(users);
    std::vector<uint32_t> counts(static_cast<size_t>(threads), 0);
    auto work = [&](int t) {
        uint32_t next = 0;
        uint32_t* session = out.session.data();
        for (uint32_t u = bounds[size_t(t)]; u < bounds[size_t(t) + 1]; ++u) {
            const uint32_t begin = s.userBegin(u), end = s.userEnd(u);
            session[begin] = next++;
            for (uint32_t i = begin + 1; i < end; ++i) {
                next += ts[i] - ts[i - 1] > gapMs;
                session[i] = next - 1;
            }
        }
        counts[size_t(t)] = next;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto& th : pool)
        th.join();
    // Thread ranges numbered from 0 each; shift them so session numbers are global.
    uint32_t offset = counts[0];
    for (int t = 1; t < threads; ++t) {
        for (uint32_t i = s.userBegin(bounds[size_t(t)]),
                      e = bounds[size_t(t) + 1] < users ? s.userBegin(bounds[size_t(t) + 1]) : s.eventCount();
             i < e; ++i)
            out.session[i] += offset;
        offset += counts[size_t(t)];
    }
    out.count = offset;
}

// Events whose session boundary differs between the recomputed and the stored sessions.
int64_t sessionMismatches(const analysis::Snapshot& s, const Sessionized& z)
{
    const auto stored = s.sessions();
    int64_t bad = 0;
    for (uint32_t u = 0; u < s.userCount(); ++u)
        for (uint32_t i = s.userBegin(u) + 1; i < s.userEnd(u); ++i)
            bad += (stored[i] != stored[i - 1]) != (z.session[i] != z.session[i - 1]);
    return bad;
}

// The events as CSV for the comparison engines, in snapshot order: user (users.id), session
// (sessions.id), timestamp in ms, event name, events.id (import order, which breaks timestamp ties
// in Waymark's ordering).
void writeCsv(const analysis::Snapshot& s, const std::string& path)
{
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw std::runtime_error("cannot write " + tmp);
    std::string buf;
    buf.reserve(1 << 22);
    buf += "user_id,session_id,ts,event,row_id\n";
    const auto ts = s.ts();
    const auto types = s.types();
    const auto sessions = s.sessions();
    char num[24];
    auto put = [&](int64_t v) {
        const auto r = std::to_chars(num, num + sizeof num, v);
        buf.append(num, r.ptr);
    };
    for (uint32_t u = 0; u < s.userCount(); ++u) {
        for (uint32_t i = s.userBegin(u); i < s.userEnd(u); ++i) {
            put(s.userId(u));
            buf.push_back(',');
            put(s.sessionId(sessions[i]));
            buf.push_back(',');
            put(ts[i]);
            buf.push_back(',');
            buf += s.eventTypes()[types[i]].displayName;
            buf.push_back(',');
            put(s.eventRowId(i));
            buf.push_back('\n');
            if (buf.size() > (1 << 22) - 256) {
                std::fwrite(buf.data(), 1, buf.size(), f);
                buf.clear();
            }
        }
    }
    std::fwrite(buf.data(), 1, buf.size(), f);
    if (std::fclose(f) != 0) throw std::runtime_error("cannot write " + tmp);
    fs::rename(tmp, path);
}

struct Row {
    std::string what, result, target, met;
};

std::string timingText(const Timing& t)
{
    return fmt(t.medianMs, 1) + " ms (min " + fmt(t.minMs, 1) + ", max " + fmt(t.maxMs, 1) + ", "
        + std::to_string(t.runs) + " runs)";
}

std::string timingJson(const Timing& t)
{
    return "{\"median_ms\": " + fmt(t.medianMs, 3) + ", \"min_ms\": " + fmt(t.minMs, 3)
        + ", \"max_ms\": " + fmt(t.maxMs, 3) + ", \"runs\": " + std::to_string(t.runs) + "}";
}

std::string countsJson(const analysis::FunnelResult& r)
{
    std::string out = "[";
    for (size_t k = 0; k < r.steps.size(); ++k)
        out += (k ? ", " : "") + std::to_string(r.steps[k].count);
    return out + "]";
}

int run(const Options& o)
{
    const Dataset d = datasetFor(o);
    const std::string loadAtStart = loadAverages();
    const std::optional<GenReport> generated = ensureProject(o, d);
    const int threads
        = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::fprintf(stderr, "project %s\n", d.project.c_str());

    // Snapshot build from the store: one warm-up (the page cache holds the file afterwards, as it
    // does for a project the app has open), then the median of the timed builds. The previous
    // snapshot is released before each build so that one peak is measured at a time.
    auto project = store::Project::openReadOnly(d.project);
    analysis::SnapshotPtr snapshot;
    const size_t rssBefore = residentBytes();
    std::vector<double> buildMs;
    size_t buildPeak = 0;
    bool peakReset = true;
    for (int i = 0; i <= o.buildRuns; ++i) {
        snapshot.reset();
        const size_t base = residentBytes();
        peakReset = resetPeakResident() && peakReset;
        const auto t0 = std::chrono::steady_clock::now();
        snapshot = analysis::Snapshot::build(project->db());
        const double ms = msSince(t0);
        if (i > 0) {
            buildMs.push_back(ms);
            buildPeak = std::max(buildPeak, peakResidentBytes() - std::min(base, peakResidentBytes()));
        }
        std::fprintf(stderr, "  snapshot build %s%.0f ms\n", i ? "" : "(warm-up) ", ms);
    }
    const analysis::Snapshot& s = *snapshot;
    const size_t rssWithSnapshot = residentBytes();
    const double bytesPerEvent = static_cast<double>(s.coreBytes()) / s.eventCount();
    Timing build;
    build.runs = o.buildRuns;
    build.medianMs = median(buildMs);
    if (!buildMs.empty()) {
        build.minMs = *std::min_element(buildMs.begin(), buildMs.end());
        build.maxMs = *std::max_element(buildMs.begin(), buildMs.end());
    }

    // Funnel: Waymark's default semantics (ties in time keep import order), and strict increase,
    // which is what ClickHouse's windowFunnel(..., 'strict_increase') computes (see
    // bench/compare/funnel_chdb.cjs for why the default modes differ on ties).
    analysis::FunnelResult funnel, funnelStrict;
    const auto fq = funnelQuery(s, false, o.threads);
    const auto fqStrict = funnelQuery(s, true, o.threads);
    const Timing funnelT
        = !o.wants("funnel") ? Timing {} : timeRuns(1, o.runs, [&] { funnel = analysis::runFunnel(s, fq); });
    const Timing funnelStrictT = !o.wants("funnel")
        ? Timing {}
        : timeRuns(1, o.runs, [&] { funnelStrict = analysis::runFunnel(s, fqStrict); });
    std::fprintf(
        stderr, "  funnel %.1f ms, strict increase %.1f ms\n", funnelT.medianMs, funnelStrictT.medianMs);

#if WAYMARK_BENCH_FLOW
    analysis::PathQuery pq;
    pq.mode = analysis::PathMode::Start;
    pq.startTypes = { typeCode(s, pathStart()) };
    pq.steps = 5;
    pq.threads = o.threads;
    analysis::PathResult paths;
    const Timing pathsT
        = !o.wants("paths") ? Timing {} : timeRuns(1, o.runs, [&] { paths = analysis::runPaths(s, pq); });
    std::fprintf(stderr, "  paths %.1f ms\n", pathsT.medianMs);

    analysis::ProcessMapQuery mq;
    mq.unit = analysis::CountingUnit::Sessions;
    mq.threads = o.threads;
    analysis::ProcessMapResult map;
    const Timing mapT
        = !o.wants("map") ? Timing {} : timeRuns(1, o.runs, [&] { map = analysis::buildProcessMap(s, mq); });
    std::fprintf(stderr, "  process map %.1f ms\n", mapT.medianMs);
#endif

    Sessionized z;
    const Timing sessT = !o.wants("sessions")
        ? Timing {}
        : timeRuns(1, o.runs, [&] { sessionize(s, kSessionGapMs, threads, z); });
    const int64_t sessBad = o.wants("sessions") ? sessionMismatches(s, z) : 0;
    std::fprintf(stderr, "  sessionization %.1f ms\n", sessT.medianMs);

    if (o.exportCsv && !fs::exists(d.csv)) {
        std::fprintf(stderr, "writing %s for the comparison engines\n", d.csv.c_str());
        writeCsv(s, d.csv);
    }

    // The report.
    auto met = [](bool ok) { return std::string(ok ? "met" : "**not met**"); };
    std::vector<Row> rows;
    rows.push_back({ "snapshot build from the store", timingText(build), "≤ 4 s",
        met(build.medianMs <= kBuildTargetMs) });
    rows.push_back({ "snapshot memory (coreBytes / events)",
        fmt(bytesPerEvent, 2) + " B/event (" + mb(s.coreBytes()) + ")", "≤ 24 B/event",
        met(bytesPerEvent <= kBytesPerEventTarget) });
    rows.push_back({ "process RSS holding the snapshot / peak during a build",
        mb(rssWithSnapshot - std::min(rssBefore, rssWithSnapshot)) + " / "
            + (peakReset ? mb(buildPeak) : "n/a"),
        "", "" });
    rows.push_back({ "funnel, 6 steps, 14 days, users", timingText(funnelT), "≤ 150 ms",
        met(funnelT.medianMs <= kFunnelTargetMs) });
    rows.push_back({ "funnel, same, strict increase", timingText(funnelStrictT), "≤ 150 ms",
        met(funnelStrictT.medianMs <= kFunnelTargetMs) });
#if WAYMARK_BENCH_FLOW
    rows.push_back({ std::string("paths, 5 steps from ") + pathStart() + ", users", timingText(pathsT),
        "≤ 150 ms", met(pathsT.medianMs <= kPathsTargetMs) });
    rows.push_back(
        { "process map, sessions", timingText(mapT), "≤ 100 ms", met(mapT.medianMs <= kProcessMapTargetMs) });
#else
    rows.push_back({ "paths", "not built: core/analysis/paths.h missing", "≤ 150 ms", "—" });
    rows.push_back({ "process map", "not built: core/analysis/process_map.h missing", "≤ 100 ms", "—" });
#endif
    rows.push_back({ "sessionization, 30-min gap over the snapshot (bench kernel)", timingText(sessT), "—",
        sessBad == 0 && z.count == s.sessionCount() ? "matches stored sessions"
                                                    : "**differs from stored sessions**" });

    std::printf("\n### Analysis benchmark: %s events, %s users, %s sessions, %zu event types\n\n",
        withCommas(s.eventCount()).c_str(), withCommas(s.userCount()).c_str(),
        withCommas(s.sessionCount()).c_str(), s.eventTypes().size());
    std::printf("| measurement | result | target | |\n| --- | --- | --- | --- |\n");
    for (const auto& r : rows)
        std::printf(
            "| %s | %s | %s | %s |\n", r.what.c_str(), r.result.c_str(), r.target.c_str(), r.met.c_str());
    std::printf("\nfunnel steps (users): ");
    for (size_t k = 0; k < funnel.steps.size(); ++k)
        std::printf("%s%s %s", k ? " → " : "", funnel.steps[k].label.c_str(),
            withCommas(funnel.steps[k].count).c_str());
    std::printf("\nstrict increase:      %s\n", countsJson(funnelStrict).c_str());
#if WAYMARK_BENCH_FLOW
    std::printf("paths: %zu nodes, %zu links, %s users; process map: %zu nodes, %zu edges, %s cases\n",
        paths.nodes.size(), paths.links.size(), withCommas(paths.units).c_str(), map.nodes.size(),
        map.edges.size(), withCommas(map.cases).c_str());
#endif
    std::printf("sessionization: %s sessions recomputed, %lld boundary mismatches with ImportWriter's\n",
        withCommas(z.count).c_str(), static_cast<long long>(sessBad));
    std::printf("threads %d; machine: %s; load average at start %s, at end %s\n", threads,
        cpuDescription().c_str(), loadAtStart.c_str(), loadAverages().c_str());
    if (generated)
        std::printf("project generated now: journeys %.1f s, ImportWriter (rows in, sessions assigned, "
                    "committed) %.1f s\n",
            generated->generateSeconds, generated->importSeconds);
    else
        std::printf("project reused from %s\n", d.project.c_str());

    if (!o.jsonPath.empty()) {
        std::ofstream j(o.jsonPath);
        j << "{\n  \"events\": " << s.eventCount() << ", \"users\": " << s.userCount()
          << ", \"sessions\": " << s.sessionCount() << ",\n  \"threads\": " << threads
          << ", \"cpu\": " << jsonString(cpuDescription()) << ", \"load_start\": " << jsonString(loadAtStart)
          << ", \"load_end\": " << jsonString(loadAverages())
          << ",\n  \"csv\": " << jsonString(fs::absolute(d.csv).string())
          << ",\n  \"snapshot\": {\"build\": " << timingJson(build)
          << ", \"bytes_per_event\": " << fmt(bytesPerEvent, 3) << "},\n  \"funnel\": {\"steps\": [";
        for (size_t k = 0; k < funnelSteps().size(); ++k)
            j << (k ? ", " : "") << jsonString(funnelSteps()[k]);
        j << "], \"window_ms\": " << *fq.windowMs
          << ",\n    \"default\": {\"timing\": " << timingJson(funnelT)
          << ", \"counts\": " << countsJson(funnel)
          << "},\n    \"strict_increase\": {\"timing\": " << timingJson(funnelStrictT)
          << ", \"counts\": " << countsJson(funnelStrict) << "}}";
#if WAYMARK_BENCH_FLOW
        j << ",\n  \"paths\": {\"timing\": " << timingJson(pathsT)
          << "},\n  \"process_map\": {\"timing\": " << timingJson(mapT) << ", \"cases\": " << map.cases
          << ", \"edges\": [";
        for (size_t e = 0; e < map.edges.size(); ++e) {
            const auto& edge = map.edges[e];
            j << (e ? ",\n    " : "\n    ") << "{\"from\": " << jsonString(map.nodes[edge.from].name)
              << ", \"to\": " << jsonString(map.nodes[edge.to].name)
              << ", \"transitions\": " << edge.transitions << ", \"cases\": " << edge.cases;
            if (edge.medianSeconds) j << ", \"median_s\": " << fmt(*edge.medianSeconds, 6);
            if (edge.meanSeconds) j << ", \"mean_s\": " << fmt(*edge.meanSeconds, 9);
            j << "}";
        }
        j << "]}";
#endif
        j << ",\n  \"sessionization\": {\"timing\": " << timingJson(sessT) << ", \"mismatches\": " << sessBad
          << "}\n}\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(parseArgs(argc, argv));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_analysis: %s\n", e.what());
        return 1;
    }
}
