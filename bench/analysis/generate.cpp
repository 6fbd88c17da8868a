#include "generate.h"

#include "core/ingest/rows.h"
#include "core/store/import_writer.h"
#include "core/store/project.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace waymark::bench {

namespace {

// Own generator and distributions instead of <random>'s: their output is not specified across
// standard libraries, and the cached project must be the same wherever it is rebuilt.
class Rng {
public:
    explicit Rng(uint64_t seed)
    {
        for (auto& s : m_s)
            s = splitmix(seed);
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal()
    {
        const double u1 = 1.0 - uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix(uint64_t& x)
    {
        uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::array<uint64_t, 4> m_s {};
};

constexpr int kEnd = -1;

struct Edge {
    const char* to; // nullptr = the session ends
    double weight;
};

struct StateRow {
    const char* from;
    std::vector<Edge> edges;
};

// Next-event weights of a shop's app or site. The funnel's progress edges (add_to_cart ->
// begin_checkout and so on) are scaled per user by purchase intent, so users differ the way real
// ones do and the funnel has drop-off at every step rather than one uniform rate.
const std::vector<StateRow>& chain()
{
    static const std::vector<StateRow> rows = {
        { "app_open",
            { { "page_view", 30 }, { "search", 25 }, { "product_view", 15 }, { "login", 10 },
                { "scroll_depth", 5 }, { "settings", 3 }, { "help_center", 2 }, { "view_cart", 5 },
                { nullptr, 5 } } },
        { "notification_open",
            { { "product_view", 40 }, { "page_view", 25 }, { "app_open", 10 }, { "search", 10 },
                { nullptr, 15 } } },
        { "page_view",
            { { "page_view", 20 }, { "search", 20 }, { "product_view", 25 }, { "scroll_depth", 15 },
                { "video_play", 5 }, { "signup", 3 }, { "help_center", 2 }, { "add_to_wishlist", 2 },
                { nullptr, 8 } } },
        { "search",
            { { "filter_results", 20 }, { "product_view", 45 }, { "search", 15 }, { "page_view", 8 },
                { nullptr, 12 } } },
        { "filter_results",
            { { "product_view", 55 }, { "search", 15 }, { "filter_results", 10 }, { nullptr, 20 } } },
        { "product_view",
            { { "product_view", 25 }, { "add_to_cart", 12 }, { "add_to_wishlist", 6 }, { "search", 12 },
                { "page_view", 10 }, { "share", 3 }, { "write_review", 2 }, { "video_play", 5 },
                { "scroll_depth", 8 }, { nullptr, 17 } } },
        { "add_to_cart",
            { { "begin_checkout", 20 }, { "view_cart", 25 }, { "product_view", 25 }, { "search", 10 },
                { "remove_from_cart", 5 }, { nullptr, 15 } } },
        { "view_cart",
            { { "begin_checkout", 35 }, { "remove_from_cart", 15 }, { "product_view", 20 },
                { "apply_coupon", 10 }, { nullptr, 20 } } },
        { "remove_from_cart",
            { { "product_view", 30 }, { "view_cart", 20 }, { "search", 20 }, { nullptr, 30 } } },
        { "begin_checkout",
            { { "add_payment_info", 45 }, { "apply_coupon", 15 }, { "view_cart", 15 }, { "help_center", 5 },
                { nullptr, 20 } } },
        { "apply_coupon",
            { { "add_payment_info", 40 }, { "begin_checkout", 20 }, { "view_cart", 10 }, { nullptr, 30 } } },
        { "add_payment_info",
            { { "purchase", 60 }, { "begin_checkout", 5 }, { "contact_support", 5 }, { nullptr, 30 } } },
        { "purchase",
            { { "page_view", 20 }, { "product_view", 15 }, { "share", 10 }, { "write_review", 5 },
                { "logout", 10 }, { nullptr, 40 } } },
        { "signup", { { "login", 50 }, { "page_view", 30 }, { nullptr, 20 } } },
        { "login",
            { { "page_view", 30 }, { "search", 30 }, { "product_view", 20 }, { "settings", 5 },
                { nullptr, 15 } } },
        { "add_to_wishlist", { { "product_view", 50 }, { "search", 20 }, { nullptr, 30 } } },
        { "share", { { "product_view", 40 }, { "page_view", 30 }, { nullptr, 30 } } },
        { "write_review", { { "product_view", 40 }, { "page_view", 20 }, { nullptr, 40 } } },
        { "help_center",
            { { "help_center", 20 }, { "contact_support", 25 }, { "page_view", 25 }, { nullptr, 30 } } },
        { "contact_support", { { "page_view", 30 }, { "help_center", 20 }, { nullptr, 50 } } },
        { "settings", { { "settings", 20 }, { "logout", 20 }, { "page_view", 30 }, { nullptr, 30 } } },
        { "video_play",
            { { "video_play", 20 }, { "product_view", 30 }, { "page_view", 30 }, { "scroll_depth", 5 },
                { nullptr, 15 } } },
        { "logout", { { "app_open", 10 }, { nullptr, 90 } } },
        { "scroll_depth",
            { { "scroll_depth", 15 }, { "page_view", 30 }, { "product_view", 30 }, { "search", 10 },
                { nullptr, 15 } } },
    };
    return rows;
}

constexpr std::array<Edge, 3> kSessionStarts { { { "app_open", 60 }, { "notification_open", 15 },
    { "page_view", 25 } } };

bool isProgressEdge(std::string_view from, std::string_view to)
{
    return (from == "product_view" && to == "add_to_cart")
        || (from == "add_to_cart" && to == "begin_checkout")
        || (from == "view_cart" && to == "begin_checkout")
        || (from == "begin_checkout" && to == "add_payment_info")
        || (from == "apply_coupon" && to == "add_payment_info")
        || (from == "add_payment_info" && to == "purchase");
}

int indexOf(std::string_view name)
{
    const auto& names = eventNames();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) throw std::logic_error("generator: unknown event " + std::string(name));
    return static_cast<int>(it - names.begin());
}

// Cumulative weights per state, one table per intent level.
struct Table {
    std::vector<std::vector<std::pair<double, int>>> next; // by state: (cumulative weight, state or kEnd)
    std::vector<std::pair<double, int>> start;
};

Table makeTable(double intent)
{
    Table t;
    t.next.resize(eventNames().size());
    for (const auto& row : chain()) {
        auto& out = t.next[static_cast<size_t>(indexOf(row.from))];
        double sum = 0;
        for (const auto& e : row.edges) {
            sum += e.weight * (e.to && isProgressEdge(row.from, e.to) ? intent : 1.0);
            out.emplace_back(sum, e.to ? indexOf(e.to) : kEnd);
        }
    }
    double sum = 0;
    for (const auto& e : kSessionStarts) {
        sum += e.weight;
        t.start.emplace_back(sum, indexOf(e.to));
    }
    return t;
}

int pick(const std::vector<std::pair<double, int>>& cumulative, Rng& rng)
{
    const double r = rng.uniform() * cumulative.back().first;
    for (const auto& [c, state] : cumulative)
        if (r < c) return state;
    return cumulative.back().second;
}

struct Event {
    int64_t ts;
    uint32_t user;
    uint32_t type;
};

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int64_t kBaseMs = 1735689600000; // 2025-01-01T00:00:00Z

// Events per user: log-normal, as activity is in real products (a few heavy users, many light
// ones), then nudged so the total is exact.
std::vector<uint32_t> eventBudgets(const GenSpec& spec, Rng& rng)
{
    constexpr double kSigma = 1.1;
    constexpr uint32_t kCap = 4000;
    std::vector<double> w(spec.users);
    double sum = 0;
    for (auto& x : w) {
        x = std::exp(kSigma * rng.normal());
        sum += x;
    }
    std::vector<uint32_t> n(spec.users);
    int64_t total = 0;
    for (size_t u = 0; u < n.size(); ++u) {
        const double share = w[u] * static_cast<double>(spec.events) / sum;
        n[u] = std::clamp<uint32_t>(static_cast<uint32_t>(share), 1, kCap);
        total += n[u];
    }
    for (size_t u = static_cast<size_t>(rng.next() % n.size()); total != spec.events;
         u = (u + 1) % n.size()) {
        if (total < spec.events && n[u] < kCap) {
            ++n[u];
            ++total;
        } else if (total > spec.events && n[u] > 1) {
            --n[u];
            --total;
        }
    }
    return n;
}

} // namespace

const std::vector<std::string>& eventNames()
{
    static const std::vector<std::string> names
        = { "app_open", "notification_open", "page_view", "search", "filter_results", "product_view",
              "add_to_cart", "view_cart", "remove_from_cart", "begin_checkout", "apply_coupon",
              "add_payment_info", "purchase", "signup", "login", "add_to_wishlist", "share", "write_review",
              "help_center", "contact_support", "settings", "video_play", "logout", "scroll_depth" };
    return names;
}

const std::vector<std::string>& funnelSteps()
{
    static const std::vector<std::string> steps
        = { "search", "product_view", "add_to_cart", "begin_checkout", "add_payment_info", "purchase" };
    return steps;
}

const char* pathStart()
{
    return "search";
}

GenReport generateProject(const std::string& path, const GenSpec& spec)
{
    if (spec.users == 0 || spec.events < spec.users)
        throw std::invalid_argument("generator: need at least one event per user");
    if (std::filesystem::exists(path)) throw std::invalid_argument("generator: " + path + " exists");
    using Clock = std::chrono::steady_clock;
    GenReport report;
    report.events = spec.events;
    report.users = spec.users;
    const auto t0 = Clock::now();

    Rng rng(spec.seed);
    const std::vector<uint32_t> budget = eventBudgets(spec, rng);
    const std::array<Table, 3> tables { makeTable(0.35), makeTable(1.0), makeTable(2.2) };
    std::vector<Event> events;
    events.reserve(static_cast<size_t>(spec.events));
    for (uint32_t u = 0; u < spec.users; ++u) {
        const double intentDraw = rng.uniform();
        const Table& table = tables[intentDraw < 0.45 ? 0 : intentDraw < 0.85 ? 1 : 2];
        uint32_t remaining = budget[u];
        // Sessions of about 6 events, spread so that a user's history covers roughly two months.
        const double sessions = std::max(1.0, remaining / 6.0);
        const double meanGapMs = std::max(2.0 * 3600 * 1000, 60.0 * kDayMs / sessions);
        auto t = kBaseMs + static_cast<int64_t>(rng.uniform() * 30 * kDayMs);
        while (remaining > 0) {
            int state = pick(table.start, rng);
            for (;;) {
                events.push_back({ t, u, static_cast<uint32_t>(state) });
                if (--remaining == 0) break;
                state = pick(table.next[static_cast<size_t>(state)], rng);
                if (state == kEnd) break;
                // Trackers often send several events in the same millisecond: ties are part of
                // real data and of the funnel semantics the comparison has to respect.
                if (rng.uniform() >= 0.015) {
                    const double gap = 12000.0 * std::exp(1.0 * rng.normal());
                    t += std::clamp<int64_t>(static_cast<int64_t>(gap), 200, 20 * 60 * 1000);
                }
            }
            t += kSessionGapMs + 60 * 1000 + static_cast<int64_t>(rng.exponential(meanGapMs));
        }
    }
    // An export lists events in time order, users interleaved; ties keep each user's order.
    std::stable_sort(
        events.begin(), events.end(), [](const Event& a, const Event& b) { return a.ts < b.ts; });
    report.generateSeconds = std::chrono::duration<double>(Clock::now() - t0).count();

    const auto t1 = Clock::now();
    auto project = store::Project::open(path);
    store::ImportSettings settings;
    settings.path = "bench_analysis generator (seed " + std::to_string(spec.seed) + ")";
    settings.format = "csv";
    settings.sessionGapMs = kSessionGapMs;
    store::ImportWriter writer(project->db(), settings);
    std::vector<std::string> userIds(spec.users);
    for (uint32_t u = 0; u < spec.users; ++u) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "u%07u", u);
        userIds[u] = buf;
    }
    const auto& names = eventNames();
    ingest::EventRow row;
    int64_t line = 1;
    for (const Event& e : events) {
        row.userId = userIds[e.user];
        row.event = names[e.type];
        row.timeMs = e.ts;
        row.line = ++line;
        writer.rowRead();
        writer.event(row);
        if (line % 2'000'000 == 0)
            std::fprintf(stderr, "  imported %lld events\n", static_cast<long long>(line));
    }
    events = {};
    const auto stats = writer.commit();
    if (stats.rowsImported != spec.events)
        throw std::runtime_error("generator: imported " + std::to_string(stats.rowsImported) + " of "
            + std::to_string(spec.events) + " events");
    report.importSeconds = std::chrono::duration<double>(Clock::now() - t1).count();
    return report;
}

} // namespace waymark::bench
