// Compares the funnel kernels with the simple reference on thousands of random small journeys:
// all order modes, windows (0 and exact boundaries included), ties, repeated steps, step filters,
// exclusions, held properties, sessions, date ranges, breakdowns and 1-3 worker threads.
#include "core/analysis/funnel.h"
#include "core/analysis/snapshot.h"
#include "funnel_reference.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <sstream>

using namespace waymark;
using namespace waymark::analysis;

namespace {

constexpr int kTypes = 5; // A B C D X
const char* const kTypeNames[kTypes] = { "A", "B", "C", "D", "X" };

struct Journey {
    uint32_t user = 0;
    std::vector<test::ref::Event> events; // import order
};

struct Case {
    test::ref::Query ref;
    FunnelQuery query;
    bool sessions = false;
    std::optional<int64_t> fromMs, toMs;
    bool byP = false;
    std::string describe() const
    {
        std::ostringstream out;
        out << "order=" << static_cast<int>(ref.order)
            << " window=" << (ref.window ? std::to_string(*ref.window) : "none")
            << " strictIncrease=" << ref.strictIncrease << " hold=" << ref.hold << " sessions=" << sessions
            << " from=" << (fromMs ? std::to_string(*fromMs) : "-")
            << " to=" << (toMs ? std::to_string(*toMs) : "-") << " byP=" << byP << " steps=";
        for (const auto& s : ref.steps)
            out << kTypeNames[*s.types.begin()] << (s.whereP.empty() ? "" : "[p=" + s.whereP + "]") << ",";
        out << " exclusions=";
        for (const auto& x : ref.exclusions)
            out << kTypeNames[*x.types.begin()] << ":" << x.from << "-" << x.to << ",";
        return out.str();
    }
};

std::string dump(const std::vector<test::ref::Event>& events)
{
    std::ostringstream out;
    for (const auto& e : events)
        out << "  ts=" << e.ts << " " << kTypeNames[e.type] << " dev=" << e.dev << " p=" << e.p
            << " session=" << e.session << "\n";
    return out.str();
}

const ConditionGroup& wherePIsOne()
{
    static const ConditionGroup group = [] {
        ConditionGroup g;
        g.items.resize(1);
        g.items[0].node = parseRuleText("p=1");
        return g;
    }();
    return group;
}

Case randomCase(std::mt19937& rng)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Case c;
    const int n = pick(1, 4);
    for (int k = 0; k < n; ++k) {
        test::ref::Step s;
        s.types = { pick(0, 3) };
        if (pick(0, 4) == 0) s.whereP = "1";
        c.ref.steps.push_back(s);
        FunnelStep step;
        step.label = kTypeNames[*s.types.begin()];
        step.types = { static_cast<uint32_t>(*s.types.begin()) };
        if (!s.whereP.empty()) step.where = wherePIsOne();
        c.query.steps.push_back(step);
    }
    c.ref.order = static_cast<test::ref::Order>(pick(0, 2));
    c.query.order = static_cast<FunnelOrder>(static_cast<int>(c.ref.order));
    const std::optional<int64_t> windows[] = { std::nullopt, 0, 1000, 3000, 5000, 10000 };
    c.ref.window = windows[pick(0, 5)];
    c.query.windowMs = c.ref.window;
    c.ref.strictIncrease = c.ref.order != test::ref::Order::Any && pick(0, 3) == 0;
    c.query.strictIncrease = c.ref.strictIncrease;
    if (n >= 2) {
        const int exclusions = pick(0, 3) == 0 ? 0 : pick(0, 2);
        for (int e = 0; e < exclusions; ++e) {
            test::ref::Exclusion x;
            x.types = { pick(0, 4) == 0 ? pick(0, 3) : 4 };
            x.from = pick(1, n - 1);
            x.to = pick(x.from + 1, n);
            c.ref.exclusions.push_back(x);
            FunnelExclusion fx;
            fx.label = kTypeNames[*x.types.begin()];
            fx.types = { static_cast<uint32_t>(*x.types.begin()) };
            fx.fromStep = x.from;
            fx.toStep = x.to;
            c.query.exclusions.push_back(fx);
        }
    }
    c.ref.hold = pick(0, 3) == 0;
    if (c.ref.hold) c.query.holdConstant = PropertyRef { PropertyScope::Event, "dev" };
    c.sessions = pick(0, 4) == 0;
    c.query.unit = c.sessions ? CountingUnit::Sessions : CountingUnit::Users;
    if (pick(0, 6) == 0) {
        c.fromMs = 2000;
        c.toMs = 15000;
        c.query.filter.fromMs = c.fromMs;
        c.query.filter.toMs = c.toMs;
    }
    c.byP = pick(0, 2) == 0;
    if (c.byP) {
        c.query.breakdown.kind = FunnelBreakdown::Kind::Property;
        c.query.breakdown.property = { PropertyScope::Event, "p" };
    }
    c.query.threads = pick(1, 3);
    return c;
}

std::vector<Journey> randomJourneys(std::mt19937& rng, int users)
{
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    std::vector<Journey> out;
    for (int u = 0; u < users; ++u) {
        Journey j;
        j.user = static_cast<uint32_t>(u * 7 + 3);
        const int events = pick(0, 10);
        int64_t clock = 0;
        for (int i = 0; i < events; ++i) {
            test::ref::Event e;
            // Mostly forward in time with many ties; now and then imported out of order.
            clock += pick(0, 3) == 0 ? 0 : pick(1, 3) * 1000;
            e.ts = pick(0, 9) == 0 ? pick(0, 20) * 1000 : clock;
            e.type = pick(0, 9) < 8 ? pick(0, 3) : 4;
            const int dev = pick(0, 4);
            if (dev > 0) e.dev.assign(1, dev <= 2 ? 'a' : 'b');
            const int p = pick(0, 3);
            if (p > 0) e.p.assign(1, static_cast<char>('1' + p % 2));
            e.session = j.user * 10 + static_cast<uint32_t>(pick(0, 2) == 0 ? 1 : 0);
            j.events.push_back(e);
        }
        out.push_back(std::move(j));
    }
    return out;
}

SnapshotPtr snapshotOf(const std::vector<Journey>& journeys)
{
    std::vector<EventTypeInfo> types;
    for (int t = 0; t < kTypes; ++t)
        types.push_back({ t + 1, kTypeNames[t], kTypeNames[t], 0 });
    std::vector<RawEvent> raw;
    for (const auto& j : journeys)
        for (const auto& e : j.events) {
            std::string props = "{";
            if (!e.dev.empty()) props += "\"dev\":\"" + e.dev + "\"";
            if (!e.p.empty()) props += std::string(props.size() > 1 ? "," : "") + "\"p\":" + e.p;
            props += "}";
            raw.push_back({ j.user, e.ts, static_cast<uint32_t>(e.type), e.session, props });
        }
    return Snapshot::fromEvents(std::move(raw), types);
}

// The reference's units for a journey: time-ordered (ties keep import order), filtered, split
// into sessions when counting sessions.
std::vector<std::vector<test::ref::Event>> unitsOf(const Case& c, const Journey& j)
{
    std::vector<test::ref::Event> sorted = j.events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.ts < b.ts; });
    std::vector<test::ref::Event> kept;
    for (const auto& e : sorted)
        if ((!c.fromMs || e.ts >= *c.fromMs) && (!c.toMs || e.ts < *c.toMs)) kept.push_back(e);
    if (kept.empty()) return {};
    if (!c.sessions) return { kept };
    std::map<uint32_t, std::vector<test::ref::Event>> bySession;
    for (const auto& e : kept)
        bySession[e.session].push_back(e);
    std::vector<std::vector<test::ref::Event>> units;
    for (auto& [s, events] : bySession)
        units.push_back(std::move(events));
    return units;
}

struct Expected {
    int64_t units = 0;
    std::vector<int64_t> counts;
    std::vector<std::vector<int64_t>> times;
    std::map<std::string, std::vector<int64_t>> groups; // p at step 1 -> counts
};

Expected expectedFor(const Case& c, const std::vector<Journey>& journeys)
{
    const size_t n = c.ref.steps.size();
    Expected x;
    x.counts.assign(n, 0);
    x.times.assign(n, {});
    for (const auto& j : journeys) {
        for (const auto& unit : unitsOf(c, j)) {
            ++x.units;
            const auto o = test::ref::evaluate(c.ref, unit);
            for (int k = 0; k < o.level; ++k) {
                ++x.counts[static_cast<size_t>(k)];
                if (k > 0)
                    x.times[static_cast<size_t>(k)].push_back(
                        o.stepTs[static_cast<size_t>(k)] - o.stepTs[static_cast<size_t>(k - 1)]);
            }
            if (o.level > 0) {
                auto& g = x.groups[unit[static_cast<size_t>(o.start)].p];
                g.resize(n, 0);
                for (int k = 0; k < o.level; ++k)
                    ++g[static_cast<size_t>(k)];
            }
        }
    }
    return x;
}

double refQuantile(std::vector<int64_t> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * q;
    const auto lo = static_cast<size_t>(h);
    const size_t hi = std::min(v.size() - 1, lo + 1);
    return static_cast<double>(v[lo]) + (h - static_cast<double>(lo)) * static_cast<double>(v[hi] - v[lo]);
}

// Returns an empty string when the result matches, otherwise what differs.
std::string compare(const Case& c, const Expected& x, const FunnelResult& r)
{
    std::ostringstream out;
    if (r.units != x.units) out << "units " << r.units << " != " << x.units << "; ";
    for (size_t k = 0; k < x.counts.size(); ++k) {
        if (r.steps[k].count != x.counts[k])
            out << "step " << k + 1 << " count " << r.steps[k].count << " != " << x.counts[k] << "; ";
        const auto& t = r.steps[k].timeFromPrevious;
        if (k == 0 || x.times[k].empty()) {
            if (t) out << "step " << k + 1 << " has times but should not; ";
            continue;
        }
        if (!t) {
            out << "step " << k + 1 << " lacks times; ";
            continue;
        }
        double sum = 0;
        for (int64_t v : x.times[k])
            sum += static_cast<double>(v);
        const double mean = sum / static_cast<double>(x.times[k].size()) / 1000.0;
        if (t->count != static_cast<int64_t>(x.times[k].size())
            || std::fabs(t->medianSeconds - refQuantile(x.times[k], 0.5) / 1000) > 1e-9
            || std::fabs(t->p90Seconds - refQuantile(x.times[k], 0.9) / 1000) > 1e-9
            || std::fabs(t->meanSeconds - mean) > 1e-9)
            out << "step " << k + 1 << " times differ; ";
    }
    if (c.byP) {
        std::map<std::string, std::vector<int64_t>> got;
        for (const auto& g : r.breakdown) {
            std::vector<int64_t> counts;
            for (const auto& s : g.steps)
                counts.push_back(s.count);
            got[g.missing ? std::string() : g.value] = counts;
        }
        if (got != x.groups) out << "breakdown by p differs; ";
    }
    return out.str();
}

} // namespace

class TstFunnelRandom : public QObject {
    Q_OBJECT
private slots:
    void kernels_match_reference()
    {
        std::mt19937 rng(20240601);
        int journeys = 0;
        for (int round = 0; round < 2000; ++round) {
            const Case c = randomCase(rng);
            const auto batch = randomJourneys(rng, 20);
            journeys += static_cast<int>(batch.size());
            const auto snapshot = snapshotOf(batch);
            const Expected expected = expectedFor(c, batch);
            const FunnelResult result = runFunnel(*snapshot, c.query);
            const std::string diff = compare(c, expected, result);
            if (diff.empty()) continue;
            // Narrow it down to one journey for the message.
            for (const auto& j : batch) {
                const std::vector<Journey> one { j };
                const std::string d = compare(c, expectedFor(c, one), runFunnel(*snapshotOf(one), c.query));
                if (!d.empty())
                    QFAIL(qPrintable(QString::fromStdString("round " + std::to_string(round) + ": "
                        + c.describe() + "\n" + d + "\njourney (import order):\n" + dump(j.events))));
            }
            QFAIL(qPrintable(QString::fromStdString(
                "round " + std::to_string(round) + ": " + c.describe() + "\n" + diff)));
        }
        QVERIFY(journeys >= 40000);
    }
};

QTEST_GUILESS_MAIN(TstFunnelRandom)
#include "tst_funnel_random.moc"
