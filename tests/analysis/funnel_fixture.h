#pragma once

// Small projects written as CSV text inside the tests, and shorthands for funnel queries.

#include "core/analysis/funnel.h"
#include "core/analysis/funnel_spec.h"
#include "core/analysis/snapshot.h"
#include "core/util/timestamp.h"
#include "testutil/temp_project.h"

#include <QList>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace waymark::test {

// 2024-01-01T00:00:00Z plus the given seconds (milliseconds allowed), as ISO text.
inline std::string at(double seconds)
{
    return formatIsoUtc(1704067200000LL + static_cast<int64_t>(std::llround(seconds * 1000.0)));
}

// Rows "user,event,seconds[,extra columns]" under the header; the seconds become ISO times.
class Csv {
public:
    explicit Csv(const std::string& header)
        : m_text(header + "\n")
        , m_extraColumns(std::count(header.begin(), header.end(), ',') > 2)
    {
    }
    // extra: the columns after the third, comma-separated (empty values allowed).
    Csv& row(const std::string& user, const std::string& event, double seconds, const std::string& extra = {})
    {
        m_text
            += user + "," + event + "," + at(seconds) + (m_extraColumns ? "," + extra : std::string()) + "\n";
        return *this;
    }
    Csv& raw(const std::string& line)
    {
        m_text += line + "\n";
        return *this;
    }
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
    bool m_extraColumns = false;
};

// Imports the CSV into the project and builds a snapshot of it.
inline analysis::SnapshotPtr load(TempProject& project, const std::string& csv)
{
    const auto report = project.import(project.writeFile("events.csv", csv));
    if (!report.ok()) throw std::runtime_error("import failed: " + report.error);
    return analysis::Snapshot::build(project.open().db());
}

inline analysis::FunnelQuery funnel(const analysis::Snapshot& s, const std::vector<std::string>& steps,
    std::optional<int64_t> windowMs = analysis::kDefaultFunnelWindowMs,
    analysis::FunnelOrder order = analysis::FunnelOrder::Ordered)
{
    analysis::FunnelQuery q;
    for (const auto& text : steps)
        q.steps.push_back(analysis::parseStep(s, text));
    q.windowMs = windowMs;
    q.order = order;
    return q;
}

using Counts = QList<qint64>;

inline Counts counts(const std::vector<analysis::FunnelStepResult>& steps)
{
    Counts out;
    for (const auto& s : steps)
        out.push_back(s.count);
    return out;
}

inline Counts counts(const analysis::FunnelResult& r)
{
    return counts(r.steps);
}

inline bool near(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance;
}

} // namespace waymark::test
