#pragma once

// Sankey inputs for the geometry tests: a small hand-made graph whose naive order crosses, and
// seeded random journeys aggregated the way the path analysis does (with (end) nodes), so flow is
// conserved at every node.
#include "ui/journey/sankey_input.h"

#include <map>
#include <random>

namespace sankey_fixtures {

using waymark::ui::SankeyInput;
using waymark::ui::SankeyLink;
using waymark::ui::SankeyNode;
using waymark::ui::SankeyNodeKind;

inline SankeyNode node(
    int step, const char* name, qint64 count, qint64 id, SankeyNodeKind kind = SankeyNodeKind::Event)
{
    return { step, kind, id, QString::fromLatin1(name), count };
}

// S -> A 40, B 35, C 25; A -> Q 40; B -> P 20, R 15; C -> P 25. Sorted by count, step 3 reads
// P Q R, which crosses three times; Q R P crosses none.
inline SankeyInput crossed()
{
    SankeyInput in;
    in.units = 100;
    in.nodes = { node(1, "S", 100, 1), node(2, "A", 40, 2), node(2, "B", 35, 3), node(2, "C", 25, 4),
        node(3, "P", 45, 5), node(3, "Q", 40, 6), node(3, "R", 15, 7) };
    in.links = { { 1, 0, 1, 40, 60.0 }, { 1, 0, 2, 35, 120.0 }, { 1, 0, 3, 25, {} }, { 2, 1, 5, 40, {} },
        { 2, 2, 4, 20, {} }, { 2, 2, 6, 15, {} }, { 2, 3, 4, 25, {} } };
    return in;
}

// `units` journeys over `events` event types and up to `steps` steps. Each event type prefers a
// few successors, so there is structure for crossing reduction to find.
inline SankeyInput randomJourneys(unsigned seed, int units, int events, int steps, double endChance = 0.08)
{
    std::mt19937 rng(seed);
    std::vector<std::discrete_distribution<int>> next;
    for (int e = 0; e < events; ++e) {
        std::vector<double> w(static_cast<size_t>(events));
        for (int k = 0; k < events; ++k)
            w[static_cast<size_t>(k)] = std::uniform_real_distribution<double>(0, 1)(rng);
        for (int favourite = 0; favourite < 3; ++favourite)
            w[static_cast<size_t>(std::uniform_int_distribution<int>(0, events - 1)(rng))] += events * 0.6;
        next.emplace_back(w.begin(), w.end());
    }
    std::vector<double> firstWeights(static_cast<size_t>(events));
    for (int e = 0; e < events; ++e)
        firstWeights[static_cast<size_t>(e)] = 1.0 / (1 + e);
    std::discrete_distribution<int> first(firstWeights.begin(), firstWeights.end());
    std::bernoulli_distribution ends(endChance);

    const int endCode = events; // the (end) node of a step
    std::map<std::pair<int, int>, qint64> nodeCount; // (step, code)
    std::map<std::tuple<int, int, int>, qint64> linkCount; // (step, from code, to code)
    for (int u = 0; u < units; ++u) {
        int code = first(rng);
        ++nodeCount[{ 1, code }];
        for (int s = 2; s <= steps; ++s) {
            const int to = ends(rng) ? endCode : next[static_cast<size_t>(code)](rng);
            ++nodeCount[{ s, to }];
            ++linkCount[{ s - 1, code, to }];
            if (to == endCode) break;
            code = to;
        }
    }
    SankeyInput in;
    in.units = units;
    std::map<std::pair<int, int>, size_t> index;
    for (int s = 1; s <= steps; ++s) {
        std::vector<std::pair<qint64, int>> column;
        for (const auto& [key, count] : nodeCount)
            if (key.first == s && key.second != endCode) column.emplace_back(count, key.second);
        std::sort(
            column.begin(), column.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        if (nodeCount.count({ s, endCode })) column.emplace_back(nodeCount[{ s, endCode }], endCode);
        for (const auto& [count, code] : column) {
            index[{ s, code }] = in.nodes.size();
            const bool end = code == endCode;
            in.nodes.push_back({ s, end ? SankeyNodeKind::End : SankeyNodeKind::Event, end ? 0 : code + 1,
                end ? QStringLiteral("(end)") : QStringLiteral("event %1").arg(code), count });
        }
    }
    for (const auto& [key, count] : linkCount) {
        const auto [s, from, to] = key;
        in.links.push_back({ s, index[{ s, from }], index[{ s + 1, to }], count, {} });
    }
    std::stable_sort(in.links.begin(), in.links.end(), [](const SankeyLink& a, const SankeyLink& b) {
        return a.step != b.step ? a.step < b.step : a.count > b.count;
    });
    return in;
}

} // namespace sankey_fixtures
