#include "funnel_run.h"

#include "core/analysis/funnel_spec.h"
#include "core/analysis/members.h"
#include "core/analysis/snapshot_cache.h"
#include "core/jobs/progress_sink.h"
#include "core/store/database.h"
#include "ui/common/format.h"
#include "ui/filters/segment_library.h"

namespace waymark::ui {

namespace {

struct Prepared {
    analysis::SnapshotPtr snapshot;
    FunnelDefinition definition;
    analysis::FunnelQuery query;
};

Prepared prepare(const FunnelRequest& r, const jobs::CancelToken& cancel, const jobs::ProgressRange& build)
{
    Prepared p;
    p.snapshot = r.snapshots->get(&cancel, &build);
    p.definition = r.definition.steps.isEmpty() ? defaultFunnel(*p.snapshot) : r.definition;
    if (p.definition.steps.isEmpty()) throw std::invalid_argument("the project has no events");
    p.query = buildFunnelQuery(*p.snapshot, p.definition, r.filter, r.unit);
    return p;
}

QString text(const store::Statement& st, int column)
{
    const auto view = st.columnText(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace

FunnelOutput computeFunnel(
    const FunnelRequest& r, const jobs::CancelToken& cancel, jobs::ProgressSink& progress)
{
    const jobs::ProgressRange whole(&progress, 0, 1);
    const Prepared p = prepare(r, cancel, whole.sub(0, 0.4));
    const jobs::ProgressRange run = whole.sub(0.4, 1);
    FunnelOutput out;
    out.definition = p.definition;
    out.unit = r.unit;
    out.result = analysis::runFunnel(*p.snapshot, p.query, r.segments, &cancel, &run);
    for (const auto& step : p.query.steps)
        out.stepTypeIds.push_back(step.types.empty() ? 0 : p.snapshot->eventTypes()[step.types.front()].id);
    out.entered = out.result.steps.empty() ? 0 : out.result.steps.front().count;
    return out;
}

std::vector<analysis::TrendBucket> computeTrend(const FunnelRequest& r, analysis::TrendInterval interval,
    const jobs::CancelToken& cancel, jobs::ProgressSink& progress)
{
    const jobs::ProgressRange whole(&progress, 0, 1);
    const Prepared p = prepare(r, cancel, whole.sub(0, 0.4));
    const jobs::ProgressRange run = whole.sub(0.4, 1);
    return analysis::funnelTrend(*p.snapshot, p.query, interval, r.segments, &cancel, &run);
}

DrillDown computeMembers(const FunnelRequest& r, const MembersRequest& m, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress)
{
    const jobs::ProgressRange whole(&progress, 0, 1);
    const Prepared p = prepare(r, cancel, whole.sub(0, 0.4));
    const jobs::ProgressRange run = whole.sub(0.4, 1);
    const analysis::Snapshot& s = *p.snapshot;
    const auto page
        = analysis::funnelMembers(s, p.query, m.step, m.dropped, 0, -1, r.segments, &cancel, &run);

    // Group membership per dense user; event-property groups are decided per attempt inside the
    // kernel, so for them the whole step is listed (the title says so).
    std::vector<uint8_t> inGroup;
    if (m.group >= 0) {
        const auto& b = p.query.breakdown;
        if (b.kind == analysis::FunnelBreakdown::Kind::Segments) {
            const auto it = r.segments.find(m.groupValue.toStdString());
            if (it != r.segments.end())
                inGroup = analysis::segmentMembers(s, it->second, r.segments, &cancel);
        } else if (b.kind == analysis::FunnelBreakdown::Kind::Property
            && b.property.scope == analysis::PropertyScope::User) {
            const auto column = s.propertyColumn(b.property.scope, b.property.name, &cancel);
            const uint32_t code = m.groupMissing ? 0 : column->find(m.groupValue.toStdString());
            inGroup.resize(s.userCount());
            for (uint32_t u = 0; u < s.userCount(); ++u)
                inGroup[u] = column->codes[u] == code;
        }
    }
    DrillDown d;
    d.title = m.title;
    for (const auto& unit : page.units) {
        if (!inGroup.empty() && !inGroup[unit.user]) continue;
        if (unit.session != analysis::kNoSession)
            d.sessionIds.push_back(s.sessionId(unit.session));
        else
            d.userIds.push_back(s.userId(unit.user));
    }
    return d;
}

FunnelChoices loadFunnelChoices(store::Database& db)
{
    FunnelChoices c;
    auto events = db.prepare(
        "SELECT id, display_name FROM event_types WHERE hidden = 0 ORDER BY display_name COLLATE NOCASE");
    while (events.step())
        c.events.push_back({ events.columnInt(0), text(events, 1) });
    auto stages = db.prepare("SELECT id, name FROM stages ORDER BY ordinal, id");
    while (stages.step())
        c.stages.push_back({ stages.columnInt(0), text(stages, 1) });
    const PropertyKeyLists keys = propertyKeys(db);
    c.eventProperties = keys.event;
    c.userProperties = keys.user;
    c.segments = savedSegmentNames(db);
    return c;
}

} // namespace waymark::ui
