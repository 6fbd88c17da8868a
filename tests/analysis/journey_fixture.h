#pragma once

// Small journeys written as text for the path, process map, variant and member tests:
// journeys.user(1, "A@0 B@10 | C@5000") gives user 1 the events A at 0 s and B at 10 s in one
// session and C at 5000 s in a second one. Without "@" the events are one second apart.

#include "core/analysis/paths.h"
#include "core/analysis/snapshot.h"
#include "core/util/event_names.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace waymark::test {

class Journeys {
public:
    explicit Journeys(std::vector<std::string> names = { "A", "B", "C", "D", "E", "X" })
        : m_names(std::move(names))
    {
    }

    Journeys& user(uint32_t user, const std::string& text)
    {
        std::istringstream in(text);
        std::string token;
        uint32_t session = ++m_sessions;
        int64_t implicit = 0;
        while (in >> token) {
            if (token == "|") {
                session = ++m_sessions;
                continue;
            }
            const size_t at = token.find('@');
            const std::string name = token.substr(0, at);
            const int64_t ms = at == std::string::npos
                ? implicit
                : static_cast<int64_t>(std::stod(token.substr(at + 1)) * 1000);
            implicit = ms + 1000;
            m_events.push_back({ user, ms, type(name), session, {} });
        }
        return *this;
    }

    uint32_t type(const std::string& name) const
    {
        const auto it = std::find(m_names.begin(), m_names.end(), name);
        if (it == m_names.end()) throw std::invalid_argument("unknown test event " + name);
        return static_cast<uint32_t>(it - m_names.begin());
    }

    analysis::SnapshotPtr build() const
    {
        std::vector<analysis::EventTypeInfo> types;
        for (size_t t = 0; t < m_names.size(); ++t)
            types.push_back({ static_cast<int64_t>(t) + 1, canonicalEventKey(m_names[t]), m_names[t], 0 });
        return analysis::Snapshot::fromEvents(m_events, types);
    }

    const std::vector<analysis::RawEvent>& events() const { return m_events; }
    std::vector<analysis::RawEvent>& events() { return m_events; }
    const std::vector<std::string>& names() const { return m_names; }

private:
    std::vector<std::string> m_names;
    std::vector<analysis::RawEvent> m_events;
    uint32_t m_sessions = 0;
};

// A path result as text, nodes "step:name=count" and links "step:from>to=count" in the result's
// order separated by spaces, so a whole expected result fits in one QCOMPARE.
inline QString nodesText(const analysis::PathResult& r)
{
    QStringList out;
    for (const auto& n : r.nodes)
        out << QStringLiteral("%1:%2=%3").arg(n.step).arg(QString::fromStdString(n.name)).arg(n.count);
    return out.join(QLatin1Char(' '));
}

inline QString linksText(const analysis::PathResult& r)
{
    QStringList out;
    for (const auto& l : r.links)
        out << QStringLiteral("%1:%2>%3=%4")
                   .arg(l.step)
                   .arg(QString::fromStdString(r.nodes[l.from].name),
                       QString::fromStdString(r.nodes[l.to].name))
                   .arg(l.count);
    return out.join(QLatin1Char(' '));
}

// Every node's units equal its incoming links (from step 2) and, unless it is (end) or on the last
// step, its outgoing links; step 1 holds every unit.
inline bool flowConserved(const analysis::PathResult& r, int steps, QString* why = nullptr)
{
    std::vector<int64_t> in(r.nodes.size(), 0), out(r.nodes.size(), 0);
    for (const auto& l : r.links) {
        out[l.from] += l.count;
        in[l.to] += l.count;
        if (r.nodes[l.from].step != l.step || r.nodes[l.to].step != l.step + 1) {
            if (why) *why = QStringLiteral("link steps");
            return false;
        }
    }
    int64_t first = 0;
    for (size_t k = 0; k < r.nodes.size(); ++k) {
        const auto& n = r.nodes[k];
        if (n.step == 1) first += n.count;
        const bool terminal = n.label.kind == analysis::PathNodeKind::End || n.step == steps;
        if ((n.step > 1 && in[k] != n.count) || (!terminal && out[k] != n.count)
            || (terminal && out[k] != 0)) {
            if (why) *why = QStringLiteral("node %1:%2").arg(n.step).arg(QString::fromStdString(n.name));
            return false;
        }
    }
    if (first != r.units && why) *why = QStringLiteral("step 1 holds %1 of %2 units").arg(first).arg(r.units);
    return first == r.units;
}

} // namespace waymark::test
