// The process map's scan (dense edge table, stamped case counts, packed times, histogram medians,
// threads) against a deliberately plain reference on thousands of random small logs: sessions
// interleaved in time, date filters, activity pruning, users or sessions, one or two threads.
#include "core/analysis/process_map.h"
#include "core/analysis/snapshot.h"
#include "core/analysis/unit_walk.h"

#include <QTest>
#include <map>
#include <random>
#include <set>

using namespace waymark;
using namespace waymark::analysis;

namespace {

struct RefEdge {
    int64_t transitions = 0;
    std::set<std::pair<uint32_t, uint32_t>> cases;
    std::vector<int64_t> ms;
};

// "from>to=transitions/cases/median/mean" for each edge, sorted by name; the same for nodes.
using Text = std::map<std::string, std::string>;

std::string timeText(std::vector<int64_t> ms)
{
    if (ms.empty()) return "-";
    std::sort(ms.begin(), ms.end());
    const size_t n = ms.size();
    const double median = n % 2 ? double(ms[n / 2]) : (double(ms[n / 2 - 1]) + double(ms[n / 2])) / 2;
    double sum = 0;
    for (int64_t v : ms)
        sum += double(v);
    return QString::number(median / 1000, 'g', 12).toStdString() + "/"
        + QString::number(sum / double(n) / 1000, 'g', 12).toStdString();
}

Text reference(const Snapshot& s, const ProcessMapQuery& q)
{
    const EventMask mask = buildEventMask(s, q.filter, {});
    std::vector<int64_t> count(s.eventTypes().size(), 0);
    int64_t total = 0;
    for (uint32_t i = 0; i < s.eventCount(); ++i)
        if (mask.empty() || mask[i]) ++count[s.types()[i]], ++total;
    auto kept = [&](uint32_t t) {
        return q.minActivityShare <= 0 || double(count[t]) / double(total) >= q.minActivityShare;
    };
    std::map<std::pair<std::string, std::string>, RefEdge> edges;
    std::map<std::string, std::pair<int64_t, std::set<std::pair<uint32_t, uint32_t>>>> nodes;
    UnitWalker walker(s, mask, q.unit);
    int64_t cases = 0;
    for (uint32_t u = 0; u < s.userCount(); ++u)
        walker.user(u, [&](UnitRef unit, std::span<const uint32_t> events) {
            ++cases;
            const auto key = std::make_pair(unit.user, unit.session);
            std::string previous = "START";
            int64_t previousTs = 0;
            auto add = [&](const std::string& to, int64_t ts, bool timed) {
                RefEdge& e = edges[{ previous, to }];
                ++e.transitions;
                e.cases.insert(key);
                if (timed) e.ms.push_back(ts - previousTs);
            };
            for (uint32_t i : events) {
                const uint32_t t = s.types()[i];
                if (!kept(t)) continue;
                const std::string name = s.eventTypes()[t].displayName;
                add(name, s.ts()[i], previous != "START");
                ++nodes[name].first;
                nodes[name].second.insert(key);
                previous = name;
                previousTs = s.ts()[i];
            }
            add("END", 0, false);
        });
    Text out;
    for (auto& [k, e] : edges)
        out[k.first + ">" + k.second]
            = std::to_string(e.transitions) + "/" + std::to_string(e.cases.size()) + "/" + timeText(e.ms);
    for (auto& [name, n] : nodes)
        out[name] = std::to_string(n.first) + "/" + std::to_string(n.second.size());
    if (cases) out["START"] = out["END"] = std::to_string(cases) + "/" + std::to_string(cases);
    return out;
}

Text text(const ProcessMapResult& r)
{
    Text out;
    for (const auto& e : r.edges) {
        const std::string times = e.medianSeconds ? QString::number(*e.medianSeconds, 'g', 12).toStdString()
                + "/" + QString::number(*e.meanSeconds, 'g', 12).toStdString()
                                                  : "-";
        out[r.nodes[e.from].name + ">" + r.nodes[e.to].name]
            = std::to_string(e.transitions) + "/" + std::to_string(e.cases) + "/" + times;
    }
    for (const auto& n : r.nodes)
        out[n.name] = std::to_string(n.events) + "/" + std::to_string(n.cases);
    return out;
}

std::string dump(const Text& t)
{
    std::string s;
    for (const auto& [k, v] : t)
        s += k + "=" + v + " ";
    return s;
}

} // namespace

class TstProcessMapRandom : public QObject {
    Q_OBJECT
private slots:
    void againstReference()
    {
        std::mt19937 rng(20261204);
        const std::vector<std::string> names { "A", "B", "C", "D", "E" };
        std::vector<EventTypeInfo> types;
        for (size_t t = 0; t < names.size(); ++t)
            types.push_back({ int64_t(t) + 1, names[t], names[t], 0 });
        int interleaved = 0;
        for (int round = 0; round < 3000; ++round) {
            std::vector<RawEvent> events;
            const int users = 1 + int(rng() % 6);
            uint32_t sessionKey = 0;
            for (int u = 0; u < users; ++u) {
                const int sessions = 1 + int(rng() % 3);
                const uint32_t firstSession = sessionKey + 1;
                sessionKey += uint32_t(sessions);
                int64_t ts = int64_t(rng() % 5) * 1000;
                for (int k = int(rng() % 9); k > 0; --k) {
                    // Mostly in session order; sometimes an earlier session again (interleaved).
                    const uint32_t session = firstSession + uint32_t(rng() % sessions);
                    ts += rng() % 4 == 0 ? 0 : int64_t(rng() % 100000); // ties too
                    events.push_back({ uint32_t(u + 1), ts, uint32_t(rng() % names.size()), session, {} });
                }
            }
            const auto s = Snapshot::fromEvents(events, types);
            for (uint32_t u = 0; u < s->userCount(); ++u)
                for (uint32_t i = s->userBegin(u) + 1; i < s->userEnd(u); ++i)
                    if (s->sessions()[i - 1] > s->sessions()[i]) {
                        ++interleaved;
                        break;
                    }
            ProcessMapQuery q;
            q.unit = rng() % 2 ? CountingUnit::Sessions : CountingUnit::Users;
            if (rng() % 3 == 0) q.filter.fromMs = int64_t(rng() % 100000);
            if (rng() % 3 == 0) q.filter.toMs = int64_t(100000 + rng() % 300000);
            if (rng() % 3 == 0) q.minActivityShare = double(rng() % 30) / 100.0;
            q.threads = 1 + int(rng() % 2);
            const Text expected = reference(*s, q);
            const Text actual = text(buildProcessMap(*s, q));
            if (expected != actual)
                QFAIL(qPrintable(
                    QStringLiteral("round %1\nexpected %2\nactual   %3")
                        .arg(round)
                        .arg(QString::fromStdString(dump(expected)), QString::fromStdString(dump(actual)))));
        }
        QVERIFY(interleaved > 100); // the sorted walk was exercised
    }
};

QTEST_GUILESS_MAIN(TstProcessMapRandom)
#include "tst_process_map_random.moc"
